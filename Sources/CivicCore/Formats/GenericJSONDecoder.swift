/// Any JSON object with a `text` string: the common field names of hand-rolled exporters are picked up
/// (`author`/`user`/`username`/`screen_name`/`handle`, `created_at`/`timestamp`/`time`/`date`, `id`/`id_str`,
/// `hashtags`, `lang`/`language`, `url`).
enum GenericJSONDecoder {
  static func decode(_ object: JSONValue, _ context: DecodeContext) -> DecodeResult {
    var text: String?
    var author = ""
    var time: EpochMillis?
    var id: String?
    var tags: [String]?
    var language: String?
    var url: String?
    object.forEachMember { key, value in
      if key == "text" {
        text = value.entityDecodedString
      } else if key == "author" || key == "user" || key == "username" || key == "screen_name" || key == "handle" {
        if author.isEmpty, let name = value.nonEmptyString { author = name }
      } else if key == "created_at" || key == "timestamp" || key == "time" || key == "date" {
        time = time ?? value.epochMillis
      } else if key == "id_str" || (key == "id" && id == nil) {
        id = value.idString ?? id
      } else if key == "hashtags" {
        tags = value.elements.compactMap { $0.string.map(HashtagExtractor.stripHash) }
      } else if key == "lang" || key == "language" {
        language = value.languageCode
      } else if key == "url" {
        url = value.nonEmptyString
      }
      return true
    }
    guard let text else { return .malformed(reason: "JSON object has no text field") }
    return .posts([
      Post(
        id: id ?? context.fallbackID, platform: .json, authorHandle: author, eventTime: time,
        arrivalTime: context.arrivalTime, text: text, hashtags: DecodeContext.hashtags(tags, text: text),
        language: language, url: url, kind: DecodeContext.kind(ofText: text), source: context.sourceName)
    ])
  }
}

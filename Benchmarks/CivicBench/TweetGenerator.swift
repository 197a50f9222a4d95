import CivicCore

/// Deterministic generator of realistic Twitter v2 filtered-stream records (one JSON object per line, about
/// 420 bytes each): citizens' posts about public services with hashtags, mentions, links and some non-ASCII.
struct TweetGenerator {
  private var state: UInt64
  private var time: EpochMillis = 1_714_521_600_000  // 2024-05-01T00:00:00Z
  private var nextID: UInt64 = 1_785_000_000_000_000_000
  /// Multiplies the random gap between two posts' times (0-599 ms; mean 0.3 s): 10 makes 1,000,000 posts span
  /// about 35 days.
  private let gapScale: EpochMillis
  /// When not 0, every `uniqueTagEvery`-th post on average also carries a hashtag never seen before, so that
  /// a long run meets an unbounded number of distinct tags, as a real stream does.
  private let uniqueTagEvery: UInt64

  /// The defaults give the report bench's records, byte for byte.
  init(seed: UInt64, gapScale: EpochMillis = 1, uniqueTagEvery: UInt64 = 0) {
    state = seed
    self.gapScale = gapScale
    self.uniqueTagEvery = uniqueTagEvery
  }

  /// SplitMix64.
  private mutating func random() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  private mutating func pick<T>(_ values: [T]) -> T { values[Int(random() % UInt64(values.count))] }

  private static let subjects = [
    "The 42 bus", "Bin collection on Elm Street", "The wait at A&E", "The 7:15 train to Leeds",
    "Street light on Park Road", "The GP appointment line", "Pothole on the High Street", "Recycling pickup",
    "The tram to the city centre", "Library opening hours", "The leisure centre pool", "Council tax portal",
    "Water supply in Northside", "Night bus N29", "The hospital car park", "Road works on Station Lane",
    "Graffiti on the underpass", "The school crossing", "Flooded footpath by the canal", "Ticket machine at Central",
  ]
  private static let predicates = [
    "is late again", "was missed for the third week running", "has been broken since Monday",
    "is a disgrace, nobody answers", "was great today, thanks to the staff", "is cancelled with no notice",
    "has a four hour wait", "finally got fixed, well done", "is still blocked", "keeps crashing on my phone",
    "smells awful, please sort it", "was on time for once", "needs urgent attention", "is overflowing everywhere",
  ]
  private static let endings = [
    "", " Absolutely fed up.", " Can someone look into this?", " \"Soon\" they said.", " Thanks!",
    " Third time this month 😡", " Très bien.", " Seriously?!", " Any update @CityCouncil?",
    " Reported it twice already.", " Not good enough &amp; nobody cares.",
  ]
  private static let hashtags = [
    "bins", "Bins", "recycling", "NHS", "AandE", "buses", "Bus42", "trains", "Leeds", "potholes", "roads",
    "StreetLights", "council", "CouncilTax", "water", "flooding", "trams", "library", "parking", "GP",
    "NightBus", "schools", "transport", "fail", "thanks", "roadworks", "graffiti", "canal", "leisure", "Northside",
  ]
  private static let names = [
    ("jane_smith", "Jane Smith"), ("tomk", "Tom K"), ("northside_mum", "Northside Mum 🌻"),
    ("commuter42", "Daily Commuter"), ("r_patel", "Ravi Patel"), ("leedslad", "Leeds Lad"),
    ("anna.b", "Anna B."), ("cyclist_dave", "Dave on a bike"), ("mrs_o", "Mrs O'Neill"), ("kwame", "Kwame A"),
  ]

  /// Appends the next record and a newline to `out`.
  mutating func appendRecord(to out: inout String) {
    nextID += 1 + random() % 1000
    time += EpochMillis(random() % 600) * gapScale
    let id = String(nextID)
    var text = pick(Self.subjects) + " " + pick(Self.predicates) + "." + pick(Self.endings)
    var tags: [(Int, Int, String)] = []
    for _ in 0..<Int(random() % 4) {
      let tag = pick(Self.hashtags)
      let start = text.unicodeScalars.count + 1
      text += " #" + tag
      tags.append((start, start + 1 + tag.unicodeScalars.count, tag))
    }
    if uniqueTagEvery > 0 && random() % uniqueTagEvery == 0 {
      let tag = "t" + String(random(), radix: 36)
      let start = text.unicodeScalars.count + 1
      text += " #" + tag
      tags.append((start, start + 1 + tag.unicodeScalars.count, tag))
    }
    if random() % 5 == 0 { text += " https://t.co/" + String(random() % 100_000_000, radix: 36) }
    let (username, name) = pick(Self.names)
    let userID = String(1000 + random() % 900_000)
    out += "{\"data\":{\"id\":\"\(id)\",\"text\":\(Self.quoted(text)),\"author_id\":\"\(userID)\""
    out += ",\"created_at\":\"\(ISOTime.format(time))\",\"lang\":\"en\""
    out += ",\"entities\":{\"hashtags\":["
    for (i, tag) in tags.enumerated() {
      out += (i == 0 ? "" : ",") + "{\"start\":\(tag.0),\"end\":\(tag.1),\"tag\":\"\(tag.2)\"}"
    }
    out += "]},\"edit_history_tweet_ids\":[\"\(id)\"]}"
    out +=
      ",\"includes\":{\"users\":[{\"id\":\"\(userID)\",\"name\":\(Self.quoted(name)),\"username\":\"\(username)\"}]}"
    out += ",\"matching_rules\":[{\"id\":\"1784000000000000001\",\"tag\":\"public services\"}]}\n"
  }

  private static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}

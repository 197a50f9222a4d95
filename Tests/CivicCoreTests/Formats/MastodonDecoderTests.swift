import XCTest

@testable import CivicCore

final class MastodonDecoderTests: XCTestCase {
  static let status = #"""
    {"id":"1","created_at":"2022-11-21T13:10:48.151Z","in_reply_to_id":null,"spoiler_text":"","language":"en","uri":"https://town.example/users/ann/statuses/1","url":"https://town.example/@ann/1","content":"<p>Street lights out on <a href=\"https://town.example/tags/ParkRoad\" class=\"mention hashtag\">#<span>ParkRoad</span></a> &amp; Elm</p><p>Day 3</p>","reblog":null,"account":{"username":"ann","acct":"ann@town.example","display_name":"Ann"},"tags":[{"name":"parkroad"},{"name":"hidden"}]}
    """#

  /// Servers fold a tag's accents in `tags[].name` (mastodon.social: the text's #Zeitverträge is the tag
  /// "zeitvertrage"): the post has the tag once, as its text shows it, so report and Trending count it once.
  func testAccentFoldedTagNameIsTheTagTheTextShows() throws {
    let status = #"""
      {"id":"5","uri":"https://town.example/s/5","spoiler_text":"","in_reply_to_id":null,"reblog":null,"account":{"acct":"ann"},"content":"<p>Mehr <a href=\"https://town.example/tags/Zeitvertr%C3%A4ge\" class=\"mention hashtag\">#<span>Zeitverträge</span></a> und #SolidaritätMittelbau, #Café #ＢＩＮＳ</p>","tags":[{"name":"zeitvertrage"},{"name":"solidaritatmittelbau"},{"name":"café"},{"name":"bins"},{"name":"cafe"}]}
      """#
    let post = try XCTUnwrap(DecodeTally.run(status).posts.first)
    XCTAssertEqual(post.hashtags, ["Zeitverträge", "SolidaritätMittelbau", "Café", "ＢＩＮＳ"])
    XCTAssertTrue(MastodonDecoder.sameTag("Straße", "straße"))
    XCTAssertFalse(MastodonDecoder.sameTag("bins", "bin"))
    XCTAssertFalse(MastodonDecoder.sameTag("Zeitverträge", "zeitvertrag"))
  }

  func testStatusHTMLBecomesTextAndIdIsURI() throws {
    let post = try XCTUnwrap(DecodeTally.run(Self.status).posts.first)
    XCTAssertEqual(post.id, "https://town.example/users/ann/statuses/1")
    XCTAssertEqual(post.text, "Street lights out on #ParkRoad & Elm\n\nDay 3")
    XCTAssertEqual(post.hashtags, ["ParkRoad", "hidden"])
    XCTAssertEqual(post.authorHandle, "ann@town.example")
    XCTAssertEqual(post.authorName, "Ann")
    XCTAssertEqual(post.platform, .mastodon)
    XCTAssertEqual(post.eventTime, TimestampParser.parse("2022-11-21T13:10:48.151Z"))
  }

  func testReblogIsRepostWithReblogText() throws {
    let boost = #"""
      [{"id":"2","uri":"https://b.example/users/bob/statuses/2/activity","content":"","spoiler_text":"","in_reply_to_id":null,"account":{"acct":"bob"},"reblog":{"id":"1","uri":"https://a.example/s/1","content":"<p>Bridge closed</p>","spoiler_text":"Traffic","tags":[]},"tags":[]},
       {"id":"3","uri":"https://b.example/s/3","content":"reply without p","spoiler_text":"","in_reply_to_id":"2","account":{"acct":"cy"},"reblog":null,"tags":[]}]
      """#
    let tally = DecodeTally.run(boost)
    XCTAssertEqual(tally.counts, [2, 0, 0])
    XCTAssertEqual(tally.posts[0].kind, .repost)
    XCTAssertEqual(tally.posts[0].text, "Traffic\n\nBridge closed")
    XCTAssertEqual(tally.posts[0].authorHandle, "bob")
    XCTAssertEqual(tally.posts[1].kind, .reply)
    XCTAssertEqual(tally.posts[1].text, "reply without p")
  }

  func testStreamingEventsFramedAndFiltered() {
    let sse = """
      :)
      event: update
      data: \(Self.status)

      event: delete
      data: 109

      event: notification
      data: {"id":"5","type":"favourite"}

      :
      event: status.update
      data: \(Self.status)

      event: filters_changed
      data: undefined

      """
    let tally = DecodeTally.run(sse, chunkSize: 7)
    XCTAssertEqual(tally.counts, [2, 3, 0])
    XCTAssertEqual(tally.posts.map(\.isEdit), [false, true])
    XCTAssertEqual(tally.records, 5)
  }

  func testBrokenUpdatePayloadIsMalformed() {
    XCTAssertEqual(DecodeTally.run("event: update\ndata: {\"id\":\n\n").counts, [0, 0, 1])
  }
}

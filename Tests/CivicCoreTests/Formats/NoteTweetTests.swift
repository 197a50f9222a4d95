import XCTest

@testable import CivicCore

/// X API v2 note tweets (over 280 characters, `tweet.fields=note_tweet`): `text` holds only the start, the whole
/// text and its entities are in `note_tweet` (twarc added it to the fields it asks for: DocNow/twarc pull request
/// 702). The complaint is often in the part `text` leaves out.
final class NoteTweetTests: XCTestCase {
  private let start = String(repeating: "The 42 bus was late again today and ", count: 7) + "the dr…"
  private let whole =
    String(repeating: "The 42 bus was late again today and ", count: 7)
    + "the driver skipped the stop. Third time this week, please sort it out #buses #Route42"

  private func record(_ tweet: String) -> String {
    #"{"data":\#(tweet),"includes":{"users":[{"id":"9","username":"rider"}]}}"#
  }

  func testNoteTweetGivesTheWholeTextAndItsHashtags() {
    let wholeTags =
      #"{"hashtags":[{"start":322,"end":328,"tag":"buses"},{"start":329,"end":337,"tag":"Route42"}]}"#
    let tweet =
      #"{"id":"1","author_id":"9","created_at":"2024-05-01T10:00:00.000Z","text":"\#(start)","#
      + #""note_tweet":{"text":"\#(whole)","entities":\#(wholeTags)}}"#
    let plain = DecodeTally.run(record(tweet) + "\n")
    XCTAssertEqual(plain.posts.first?.text, whole)
    XCTAssertEqual(plain.posts.first?.hashtags, ["buses", "Route42"])
    XCTAssertEqual(plain.posts.first?.authorHandle, "rider")
  }

  func testNoteTweetWithoutEntitiesReadsTagsFromTheWholeText() {
    let tweet = #"{"id":"2","text":"\#(start)","entities":{"urls":[]},"note_tweet":{"text":"\#(whole)"}}"#
    let post = DecodeTally.run(record(tweet) + "\n").posts.first
    XCTAssertEqual(post?.text, whole)
    XCTAssertEqual(post?.hashtags, ["buses", "Route42"])
  }

  func testRetweetOfANoteTweetTakesTheOriginalsWholeText() {
    let original = #"{"id":"5","text":"\#(start)","note_tweet":{"text":"\#(whole)"}}"#
    let retweet =
      #"{"data":{"id":"6","text":"RT @rider: The 42 bus…","referenced_tweets":[{"type":"retweeted","id":"5"}]},"#
      + #""includes":{"tweets":[\#(original)]}}"#
    let post = DecodeTally.run(retweet + "\n").posts.first
    XCTAssertEqual(post?.text, "RT @rider: " + whole)
    XCTAssertEqual(post?.kind, .repost)
  }

  func testTweetWithoutNoteIsUnchanged() {
    let post = DecodeTally.run(record(#"{"id":"3","text":"short one #bins"}"#) + "\n").posts.first
    XCTAssertEqual(post?.text, "short one #bins")
    XCTAssertEqual(post?.hashtags, ["bins"])
  }
}

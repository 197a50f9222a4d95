import XCTest

@testable import CivicCore

/// Formats that carry only a post's text (CSV, generic JSON, plain text) tell a retweet by its "RT @name:" prefix,
/// so that it counts as a post but not as another complaint, as a retweet decoded from a platform's own fields does.
final class TextRetweetKindTests: XCTestCase {
  func testRTPrefixMakesARepostInEveryTextOnlyFormat() {
    let json =
      #"{"text":"RT @sam: Bins missed again on Mill Lane","id":"1"}"# + "\n"
      + #"{"text":"Bins missed again on Mill Lane","id":"2"}"# + "\n"
    let text = "RT @sam: Bins missed again on Mill Lane\nArt class at the library, RT @sam: if you can\n"
    let csv = "id,text\n3,RT @sam: Bins missed again on Mill Lane\n4,\"Bins missed, again\"\n"
    for (name, stream, platform) in [("json", json, Platform.json), ("text", text, .text), ("csv", csv, .csv)] {
      let posts = DecodeTally.run(stream).posts
      XCTAssertEqual(posts.map(\.platform), [platform, platform], name)
      XCTAssertEqual(posts.map(\.kind), [.repost, .original], name)
    }
  }
}

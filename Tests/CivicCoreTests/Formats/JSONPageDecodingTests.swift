import XCTest

@testable import CivicCore

/// API pages that hold their posts in an array member: every post of the page is a post, decoded by its own shape.
final class JSONPageDecodingTests: XCTestCase {
  private let postView =
    #"{"uri":"at://did:plc:ab/app.bsky.feed.post/3k1","cid":"c1","author":{"did":"did:plc:ab","handle":"#
    + #""ana.bsky.social"},"record":{"$type":"app.bsky.feed.post","text":"Pothole on Mill Lane #roads","#
    + #""createdAt":"2024-05-10T09:00:00Z"},"indexedAt":"2024-05-10T09:00:01Z"}"#
  private let otherView =
    #"{"uri":"at://did:plc:cd/app.bsky.feed.post/3k2","cid":"c2","author":{"did":"did:plc:cd","handle":"#
    + #""ben.bsky.social"},"record":{"$type":"app.bsky.feed.post","text":"No bus since 8","#
    + #""createdAt":"2024-05-10T09:05:00Z"},"indexedAt":"2024-05-10T09:05:01Z"}"#

  func testMastodonSearchResultsAreMastodonStatusesNotTweets() {
    let status =
      #"{"id":"11","uri":"https://m.example/users/cat/statuses/11","created_at":"2024-05-10T09:00:00.000Z","#
      + #""content":"<p>Bins not collected &amp; no reply</p>","account":{"acct":"cat","display_name":"Cat"},"#
      + #""tags":[{"name":"bins"}]}"#
    let tally = DecodeTally.run(#"{"accounts":[],"statuses":["# + status + #"],"hashtags":[]}"# + "\n")
    XCTAssertEqual(tally.counts, [1, 0, 0], "\(tally.malformed)")
    XCTAssertEqual(tally.posts.first?.platform, .mastodon)
    XCTAssertEqual(tally.posts.first?.text, "Bins not collected & no reply")
    XCTAssertEqual(tally.posts.first?.authorHandle, "cat")
    XCTAssertEqual(tally.posts.first?.hashtags, ["bins"])
  }

  func testTwitterSearchPagesStillGiveTweets() {
    let status =
      #"{"id_str":"7","text":"Street light out #lights","user":{"screen_name":"dee"},"#
      + #""created_at":"Wed Oct 10 20:19:24 +0000 2018","entities":{"hashtags":[{"text":"lights","indices":[17,24]}]}}"#
    let tally = DecodeTally.run(#"{"statuses":["# + status + #"],"search_metadata":{"count":1}}"# + "\n")
    XCTAssertEqual(tally.counts, [1, 0, 0], "\(tally.malformed)")
    XCTAssertEqual(tally.posts.first?.platform, .twitter)
    XCTAssertEqual(tally.posts.first?.id, "7")
    XCTAssertEqual(tally.posts.first?.authorHandle, "dee")
  }

  func testBlueskyFeedAndSearchPagesGiveTheirPosts() {
    let feed = #"{"feed":[{"post":"# + postView + #"},{"post":"# + otherView + #","reply":{}}],"cursor":"x"}"#
    let search = #"{"posts":["# + postView + "," + otherView + #"],"cursor":"y","hitsTotal":2}"#
    for page in [feed, search] {
      let tally = DecodeTally.run(page + "\n")
      XCTAssertEqual(tally.counts, [2, 0, 0], "\(tally.malformed)")
      XCTAssertEqual(tally.posts.map(\.platform), [.bluesky, .bluesky])
      XCTAssertEqual(tally.posts.map(\.authorHandle), ["ana.bsky.social", "ben.bsky.social"])
      XCTAssertEqual(
        tally.posts.map(\.id), ["at://did:plc:ab/app.bsky.feed.post/3k1", "at://did:plc:cd/app.bsky.feed.post/3k2"])
    }
  }

  func testAListeningToolsResultsPageGivesEachResultWithItsOwnStandInID() {
    let page =
      #"{"total":2,"results":[{"text":"Water main burst","date":"2024-05-10 09:00:00"},{"text":"Still no water"}]}"#
    let tally = DecodeTally.run(page + "\n")
    XCTAssertEqual(tally.posts.map(\.text), ["Water main burst", "Still no water"])
    XCTAssertEqual(Set(tally.posts.map(\.id)).count, 2)
  }

  func testAnObjectWithoutTextOrArraysOfObjectsIsStillMalformed() {
    let tally = DecodeTally.run(#"{"ids":[1,2,3],"next":"z"}"# + "\n" + #"{"results":[]}"# + "\n")
    XCTAssertEqual(tally.counts, [0, 0, 2])
    XCTAssertEqual(tally.malformed, ["line 1: JSON object has no text field", "line 2: JSON object has no text field"])
  }

  func testAPageWhoseObjectsAreNoPostsSaysWhy() {
    let tally = DecodeTally.run(#"{"results":[{"name":"a"},{"name":"b"}]}"# + "\n")
    XCTAssertEqual(tally.counts, [0, 0, 1])
    XCTAssertEqual(tally.malformed, ["line 1: JSON array holds no posts (JSON object has no text field)"])
  }

  func testArraysOfOtherMembersAreNoPage() {
    // A wrapper such as a test case's {"normalized": [...], "source": {...}} is not a page of posts.
    let tally = DecodeTally.run(#"{"normalized":[{"text":"a"}],"source":{"text":"b"}}"# + "\n")
    XCTAssertEqual(tally.malformed, ["line 1: JSON object has no text field"])
  }
}

/// A Bluesky thread saved from `getPostThread`: every post in it, once, parents first, replies depth first.
final class BlueskyThreadTests: XCTestCase {
  private func view(_ k: Int, replies: [String] = [], parent: String? = nil) -> String {
    let post =
      #"{"uri":"at://did:plc:a/app.bsky.feed.post/\#(k)","cid":"c","author":{"did":"did:plc:a","handle":"#
      + #""a.bsky.social"},"record":{"$type":"app.bsky.feed.post","text":"post \#(k)","#
      + #""createdAt":"2024-05-10T09:0\#(k):00Z"}}"#
    let parentPart = parent.map { #","parent":"# + $0 } ?? ""
    return #"{"$type":"app.bsky.feed.defs#threadViewPost","post":"# + post + parentPart + #","replies":["#
      + replies.joined(separator: ",") + "]}"
  }

  func testEveryPostOfTheThreadOnce() {
    let notFound = #"{"$type":"app.bsky.feed.defs#notFoundPost","uri":"at://x","notFound":true}"#
    let thread = view(3, replies: [view(4, replies: [view(5)]), notFound, view(6)], parent: view(2, parent: view(1)))
    let tally = DecodeTally.run(#"{"thread":"# + thread + "}\n")
    XCTAssertEqual(tally.counts, [6, 0, 0], "\(tally.malformed)")
    XCTAssertEqual(tally.posts.map(\.text), ["post 1", "post 2", "post 3", "post 4", "post 5", "post 6"])
  }

  func testAThreadWhosePostIsGoneIsSkipped() {
    let tally = DecodeTally.run(
      #"{"thread":{"$type":"app.bsky.feed.defs#blockedPost","uri":"at://x","blocked":true}}"# + "\n")
    XCTAssertEqual(tally.counts, [0, 1, 0])
  }
}

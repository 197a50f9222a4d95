import CivicCore
import XCTest

@testable import CivicTUI

/// `watch --replay` on an archive from 2024: the dashboard's clock is the replay's, so the archive's posts count in
/// the Services and Trending panes and its time shows in the header; the arrival rate stays on the wall clock.
final class ReplayDashboardTests: XCTestCase {
  /// What a test's replay reports, changed between frames.
  private final class FakeReplay: @unchecked Sendable {
    var time: EpochMillis?
    var late = 0
  }

  /// 2024-05-10 09:00:00Z: the archive's first post.
  private let start: EpochMillis = 1_715_331_600_000

  /// `count` archive posts 20 s apart from `start`, arrived now, rotating over two services and their tags.
  private func archivePosts(_ count: Int, arrival: EpochMillis) -> [Post] {
    (0..<count).map { i in
      let (service, tag) = i % 2 == 0 ? ("waste", "bins") : ("roads", "potholes")
      return Post(
        id: "a\(i)", platform: .twitter, authorHandle: "u\(i % 7)", eventTime: start + EpochMillis(i) * 20_000,
        arrivalTime: arrival, text: "complaint \(i) #\(tag)", hashtags: [tag], services: [service], complaint: true)
    }
  }

  private func makeApp(_ replay: FakeReplay?) throws -> (DashboardApp, LiveModel) {
    let services = [ServiceInfo(id: "waste", name: "Bins and recycling"), ServiceInfo(id: "roads", name: "Roads")]
    let model = LiveModel(
      keep: 1_000, analytics: AnalyticsEngine(services: services), serviceOrder: ["waste", "roads"])
    model.setSources([SourceStatus(name: "/tmp/old2024.jsonl", state: .following)])
    let app = DashboardApp(model: model, wake: try XCTUnwrap(WakePipe()))
    if let replay {
      app.replay = ReplayFeed(speed: 60, time: { replay.time }, lateCount: { replay.late })
    }
    return (app, model)
  }

  func testOldPostsCountOnTheReplayClockAndTheRateStaysOnTheWallClock() throws {
    let replay = FakeReplay()
    let (app, model) = try makeApp(replay)
    let wall = LiveModel.wallClock()
    // A first frame while the replay buffers (no time yet) must not move the analytics clock to today.
    let buffer = CellBuffer(width: 100, height: 30)
    app.draw(on: buffer)
    XCTAssertTrue(buffer.row(0).contains("replay 60x"), buffer.row(0))
    XCTAssertTrue(buffer.row(0).contains("buffering"), buffer.row(0))
    let posts = archivePosts(90, arrival: wall)
    model.add(posts, now: wall)
    replay.time = try XCTUnwrap(posts.last?.eventTime) + 5_000  // 09:29:45Z
    app.draw(on: buffer)
    let screen = (0..<30).map { buffer.row($0) }.joined(separator: "\n")
    XCTAssertFalse(screen.contains("no service posts"), screen)
    XCTAssertTrue(screen.contains(" Bins and"), screen)
    XCTAssertTrue(screen.contains("Roads"), screen)
    XCTAssertTrue(screen.contains("#bins"), screen)
    XCTAssertTrue(screen.contains("#potholes"), screen)
    // The posts are of the replay's day: the time column shows their time of day, not "May 2024".
    XCTAssertFalse(screen.contains("May 2024 -"), screen)
    XCTAssertTrue(buffer.row(2).hasPrefix(Formatting.clock(posts[89].time)), buffer.row(2))
    // Header: the replay's date and time; the arrival figure counts the 90 posts that just arrived.
    XCTAssertTrue(buffer.row(0).contains("10 May 2024 "), buffer.row(0))
    XCTAssertTrue(buffer.row(0).contains("90 posts in 1s"), buffer.row(0))
  }

  /// Without the replay clock (the old behaviour: the wall clock), the same posts are too old to count.
  func testWithoutTheReplayClockTheArchiveIsTooOldToCount() throws {
    let (app, model) = try makeApp(nil)
    let wall = LiveModel.wallClock()
    model.add(archivePosts(90, arrival: wall), now: wall)
    let buffer = CellBuffer(width: 100, height: 30)
    app.draw(on: buffer)
    let screen = (0..<30).map { buffer.row($0) }.joined(separator: "\n")
    XCTAssertTrue(screen.contains("no service posts"), screen)
    XCTAssertFalse(buffer.row(0).contains("replay"), buffer.row(0))
    // The pane says why it is empty and what to do.
    XCTAssertTrue(screen.contains("all posts are older: the newest is from 10 May 2024"), screen)
    XCTAssertTrue(screen.contains("--replay SPEED plays an archive as if live"), screen)
  }

  /// A quiet live feed (no service posts in the window, but recent posts) gets no archive hint.
  func testRecentPostsWithoutServicesGetNoArchiveHint() throws {
    let (app, model) = try makeApp(nil)
    let wall = LiveModel.wallClock()
    let chatter = (0..<3).map { index in
      Post(
        id: "chat\(index)", platform: .text, authorHandle: "a\(index)", eventTime: wall - 60_000,
        arrivalTime: wall, text: "lovely sunny day")
    }
    model.add(chatter, now: wall)
    let buffer = CellBuffer(width: 100, height: 30)
    app.draw(on: buffer)
    let screen = (0..<30).map { buffer.row($0) }.joined(separator: "\n")
    XCTAssertTrue(screen.contains("no service posts"), screen)
    XCTAssertFalse(screen.contains("all posts are older"), screen)
  }

  func testHeaderShowsTheReplayMarkerAndTimeAt80And100Columns() throws {
    for width in [80, 100] {
      let replay = FakeReplay()
      let (app, model) = try makeApp(replay)
      let wall = LiveModel.wallClock()
      model.add(archivePosts(30, arrival: wall), now: wall)
      replay.time = start + 24 * 60_000 + 10_000  // 09:24:10Z
      let buffer = CellBuffer(width: width, height: 24)
      app.draw(on: buffer)
      let header = buffer.row(0)
      XCTAssertTrue(header.contains("replay 60x"), "\(width): \(header)")
      XCTAssertTrue(
        header.contains("10 May 2024 " + Formatting.clock(start + 24 * 60_000 + 10_000)), "\(width): \(header)")
      XCTAssertTrue(header.contains("30 posts in 1s"), "\(width): \(header)")
      XCTAssertLessThanOrEqual(DisplayWidth.width(of: header), width)
    }
  }

  /// A replay's posts move the analytics clock as they come: posts half an hour ahead of the last frame (a fast
  /// replay, a low frame rate) count in their own minutes, not at the last frame's clock (the engine moves posts
  /// more than 5 minutes ahead of its clock back to it).
  func testReplayedPostsCountInTheirOwnMinutesHoweverFarAheadOfTheLastFrame() throws {
    for replaying in [true, false] {
      let model = LiveModel(keep: 100, analytics: AnalyticsEngine(services: [ServiceInfo(id: "waste", name: "Bins")]))
      model.replaying = replaying
      _ = model.view(now: start, pausedAt: nil, postsTop: 0, postsLimit: 5)
      let wall = LiveModel.wallClock()
      let later = archivePosts(20, arrival: wall).map { post -> Post in
        var post = post
        post.eventTime = (post.eventTime ?? 0) + 30 * 60_000  // 09:30 to 09:36:20
        post.services = ["waste"]
        return post
      }
      model.add(later, now: wall)
      let view = model.view(
        now: start + 40 * 60_000, pausedAt: nil, postsTop: 0, postsLimit: 5, window: .fifteenMinutes,
        arrivalNow: wall)
      let posts = view.services.first { $0.id == "waste" }?.posts ?? 0
      XCTAssertEqual(posts, replaying ? 20 : 0, "replaying: \(replaying)")
    }
  }

  func testLatePostsAreAnnouncedInTheStatusBarWhenTheirCountChanges() throws {
    let replay = FakeReplay()
    let (app, _) = try makeApp(replay)
    replay.time = start
    let buffer = CellBuffer(width: 80, height: 30)  // the notice fits 80 columns
    app.draw(on: buffer)
    XCTAssertFalse(buffer.row(29).contains("replay:"), buffer.row(29))
    replay.late = 1_234
    app.draw(on: buffer)
    XCTAssertTrue(
      buffer.row(29).contains("replay: 1,234 posts shown out of time order (raise --replay-buffer)"),
      buffer.row(29))
    XCTAssertEqual(
      ReplayFeed.lateNotice(1), "replay: 1 post shown out of time order (raise --replay-buffer)")
    XCTAssertNil(ReplayFeed.lateNotice(0))
  }
}

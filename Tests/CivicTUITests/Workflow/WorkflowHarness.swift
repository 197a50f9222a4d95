import CivicCore
import CivicTestSupport
import Foundation
import XCTest

@testable import CivicTUI

/// A dashboard app on a cell buffer with a few known posts and an in-memory triage store: tests type keys and
/// read the screen back.
final class WorkflowHarness {
  static let services = [ServiceInfo(id: "water", name: "Water supply"), ServiceInfo(id: "roads", name: "Roads")]

  /// Oldest first; the Posts pane shows them newest first.
  static let posts: [(id: String, author: String, service: String, complaint: Bool, text: String)] = [
    ("w1", "amy", "water", true, "Water main burst on High Street again, road flooded"),
    ("r1", "ben", "roads", true, "Pothole on Mill Lane damaged my tyre"),
    ("r2", "cat", "roads", false, "Thanks for fixing the streetlight on Elm Road so quickly"),
    ("w2", "dan", "water", true, "No water pressure since Monday, still waiting for an answer from anyone"),
    ("r3", "eve", "roads", true, "Another pothole near the school gates, this one is huge"),
  ]

  let model: LiveModel
  let app: DashboardApp
  let buffer: CellBuffer
  let store: any TriageStoring
  let now: EpochMillis

  init(
    store: any TriageStoring = MemoryTriageStore(), width: Int = 120, height: Int = 30,
    exportDirectory: String = NSTemporaryDirectory()
  ) throws {
    let now = LiveModel.wallClock()
    self.now = now
    model = LiveModel(
      keep: 100, analytics: AnalyticsEngine(services: Self.services), serviceOrder: Self.services.map(\.id))
    let posts = Self.posts.enumerated().map { i, p in
      Post(
        id: p.id, platform: .mastodon, authorHandle: p.author, authorName: p.author.uppercased(),
        arrivalTime: now - EpochMillis(Self.posts.count - i) * 60_000, text: p.text, hashtags: ["civic\(i)"],
        url: "https://example.social/@\(p.author)/\(p.id)",
        services: p.service == "water" ? ["water", "roads"] : [p.service],
        complaint: p.complaint, complaintScore: p.complaint ? 0.87 : 0.12, why: p.complaint ? ["again", "damaged"] : [])
    }
    model.add(posts, now: now)
    self.store = store
    let wake = try XCTUnwrap(WakePipe())
    app = DashboardApp(model: model, wake: wake)
    app.workflow = WorkflowController(
      triage: TriageSession(store: store, status: store.status), exportDirectory: exportDirectory)
    buffer = CellBuffer(width: width, height: height)
    app.draw(on: buffer)
  }

  /// Presses keys, waits for the triage writes they queued, then draws a frame.
  func press(_ keys: Key...) {
    for key in keys { app.handle(key, on: buffer) }
    settle()
    app.draw(on: buffer)
  }

  /// Types text (each character a key), optionally followed by Enter, waits for triage writes, then draws.
  func type(_ text: String, enter: Bool = true) {
    for character in text { app.handle(.character(character), on: buffer) }
    if enter { app.handle(.enter, on: buffer) }
    settle()
    app.draw(on: buffer)
  }

  /// Waits until the triage writes queued so far have finished and been applied, polling the workflow as the
  /// run loop does when the writer wakes it.
  func settle(file: StaticString = #filePath, line: UInt = #line) {
    waitFor("triage writes to finish", file: file, line: line) {
      _ = app.workflow.poll(now: LiveModel.wallClock())
      return !app.workflow.triage.isSaving
    }
  }

  var layout: DashboardLayout { DashboardLayout(size: buffer.size) }

  /// The Posts pane's content rows as text.
  var postRows: [String] {
    let content = layout.content(.posts)
    return (content.y..<content.maxY).map { buffer.row($0) }
  }

  /// The row of the Posts pane showing `text`, as a screen y.
  func postRow(containing text: String) -> Int? {
    let content = layout.content(.posts)
    return (content.y..<content.maxY).first { buffer.row($0).contains(text) }
  }

  var postsTitle: String { buffer.row(layout.panes[.posts]?.y ?? 1) }
  var statusBar: String { buffer.row(buffer.size.height - 1) }

  /// Screen x of the triage marker column.
  var markerColumn: Int {
    let columns = PostsPane.Columns(width: layout.content(.posts).width)
    return layout.content(.posts).x + columns.time + columns.author + columns.service + columns.marker + 4
  }
}

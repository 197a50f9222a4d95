import CivicCore
import Dispatch
import Foundation

/// Runs a dashboard session's triage writes off the UI thread: one serial queue, so marks and undos are written in
/// the order the officer made them, and a store locked by another process (waiting up to its busy timeout) never
/// freezes the screen. Finished writes wait in a box until the UI thread takes them (`takeFinished`); `onFinish`
/// wakes it.
///
/// It also remembers the ids of the marks this session made (on the queue only), so `u` undoes this dashboard's
/// own marks, newest first, never a mark the same officer made in another terminal.
final class TriageWriter: @unchecked Sendable {
  enum Request: Sendable {
    case mark(Post, TriageAction, team: String?, note: String?)
    case undo
  }

  enum Outcome: Sendable {
    case marked(TriageMark, Post)
    case undone(TriageMark)
    case nothingToUndo
    case failed(Request, String)
  }

  /// Own mark ids kept for `u` (the oldest are forgotten beyond this, keeping memory bounded).
  static let rememberedMarks = 10_000

  private let store: any TriageStoring
  private let queue = DispatchQueue(label: "civicpulse.triage.writes")
  private let lock = NSLock()
  private var finished: [Outcome] = []
  private var wake: (@Sendable () -> Void)?
  /// This session's marks not known to be undone, oldest first. Touched on `queue` only.
  private var ownMarks: [Int64] = []

  init(store: any TriageStoring) {
    self.store = store
  }

  /// Called (on the writer's queue) after each write, to wake the UI thread.
  var onFinish: (@Sendable () -> Void)? {
    get { locked { wake } }
    set { locked { wake = newValue } }
  }

  /// Queues a write; returns at once.
  func submit(_ request: Request) {
    queue.async { [self] in
      let outcome = perform(request)
      locked { finished.append(outcome) }
      onFinish?()
    }
  }

  /// The writes finished since the last call, in the order they were made.
  func takeFinished() -> [Outcome] {
    locked {
      defer { finished.removeAll() }
      return finished
    }
  }

  /// Blocks until every write queued so far has finished or `timeout` seconds passed; true when they all finished.
  @discardableResult
  func waitForWrites(timeout: TimeInterval) -> Bool {
    let done = DispatchSemaphore(value: 0)
    queue.async { done.signal() }
    return done.wait(timeout: .now() + timeout) == .success
  }

  private func perform(_ request: Request) -> Outcome {
    switch request {
    case .mark(let post, let action, let team, let note):
      do {
        let mark = try store.mark(post: post, action: action, team: team, note: note)
        ownMarks.append(mark.id)
        if ownMarks.count > Self.rememberedMarks { ownMarks.removeFirst(ownMarks.count - Self.rememberedMarks) }
        return .marked(mark, post)
      } catch {
        return .failed(request, "\(error)")
      }
    case .undo:
      // Newest first; a mark already undone (say from `civicpulse triage undo`) is skipped and forgotten.
      while let id = ownMarks.last {
        do {
          if let undo = try store.undo(markID: id, by: store.officer) {
            ownMarks.removeLast()
            return .undone(undo)
          }
          ownMarks.removeLast()
        } catch {
          return .failed(request, "\(error)")
        }
      }
      return .nothingToUndo
    }
  }

  private func locked<T>(_ body: () -> T) -> T {
    lock.lock()
    defer { lock.unlock() }
    return body()
  }
}

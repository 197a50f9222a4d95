import Foundation

/// A `TriageStoring` that keeps marks in memory only: for TUI tests and demos, never as a fallback for a broken
/// state file (its marks die with the process).
public final class MemoryTriageStore: TriageStoring, @unchecked Sendable {
  public let status: StoreStatus
  public let officer: String
  private let clock: @Sendable () -> EpochMillis
  private let lock = NSLock()
  private var marks: [TriageMark] = []
  private var posts: [String: TriagedPost] = [:]

  public init(
    officer: String = "officer", status: StoreStatus = .readWrite(path: ":memory:"),
    clock: @escaping @Sendable () -> EpochMillis = { EpochMillis(Date().timeIntervalSince1970 * 1_000) }
  ) {
    self.officer = officer
    self.status = status
    self.clock = clock
  }

  public func mark(post: Post, action: TriageAction, team: String?, note: String?) throws -> TriageMark {
    guard status.canWrite else { throw MemoryStoreError(message: "cannot mark: \(status.message)") }
    guard action != .undo else { throw MemoryStoreError(message: "use undo to cancel a mark") }
    return locked {
      posts[post.id] = TriagedPost(post)
      return append(
        TriageMark(
          id: 0, postID: post.id, action: action, team: action == .escalated ? team : nil, note: note,
          officer: officer, createdAt: clock()))
    }
  }

  public func undoLast(by officer: String, postID: String?) throws -> TriageMark? {
    guard status.canWrite else { throw MemoryStoreError(message: "cannot undo: \(status.message)") }
    return locked {
      let undone = Set(marks.compactMap(\.undoes))
      guard
        let target = marks.last(where: {
          $0.officer == officer && $0.action != .undo && !undone.contains($0.id) && (postID ?? $0.postID) == $0.postID
        })
      else { return nil }
      return append(
        TriageMark(
          id: 0, postID: target.postID, action: .undo, officer: officer, createdAt: clock(), undoes: target.id))
    }
  }

  public func undo(markID: Int64, by officer: String) throws -> TriageMark? {
    guard status.canWrite else { throw MemoryStoreError(message: "cannot undo: \(status.message)") }
    return locked {
      guard let target = marks.first(where: { $0.id == markID }), target.action != .undo,
        !marks.contains(where: { $0.undoes == markID })
      else { return nil }
      return append(
        TriageMark(
          id: 0, postID: target.postID, action: .undo, officer: officer, createdAt: clock(), undoes: target.id))
    }
  }

  public func currentState(postIDs: [String]) throws -> [String: TriageState] {
    let wanted = Set(postIDs)
    let relevant = locked { marks.filter { wanted.contains($0.postID) } }
    return Dictionary(grouping: relevant, by: \.postID).compactMapValues(TriageState.reduce)
  }

  public func history(postID: String) throws -> [TriageMark] {
    locked { marks.filter { $0.postID == postID } }
  }

  public func changes(since id: Int64, limit: Int) throws -> [TriageMark] {
    locked { Array(marks.filter { $0.id > id }.prefix(max(1, limit))) }
  }

  /// The stored copy of a marked post.
  public func storedPost(_ postID: String) -> TriagedPost? {
    locked { posts[postID] }
  }

  private func append(_ mark: TriageMark) -> TriageMark {
    var saved = mark
    saved.id = Int64(marks.count + 1)
    marks.append(saved)
    return saved
  }

  private func locked<T>(_ body: () -> T) -> T {
    lock.lock()
    defer { lock.unlock() }
    return body()
  }
}

/// Why `MemoryTriageStore` refused a request.
public struct MemoryStoreError: Error, Sendable, CustomStringConvertible {
  public var message: String
  public var description: String { message }
}

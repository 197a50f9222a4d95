/// The dashboard's interaction state: focus, scroll positions, pause, overlays. A pure value changed by key
/// actions, so every key is tested without a terminal.
public struct DashboardState: Sendable, Hashable {
  /// Where one pane is: the selected row and the first row shown (both 0-based).
  public struct Scroll: Sendable, Hashable {
    public var selected = 0
    public var top = 0

    public init(selected: Int = 0, top: Int = 0) {
      self.selected = selected
      self.top = top
    }
  }

  /// What the state needs to know about the content to move in it.
  public struct Metrics: Sendable, Hashable {
    /// Rows each pane has (posts: those kept, up to the pause point).
    public var rowCounts: [PaneID: Int]
    /// Rows each pane shows at once.
    public var visibleRows: [PaneID: Int]
    /// Sequence number of the newest post received (0 before any).
    public var newestSequence: Int

    public init(rowCounts: [PaneID: Int] = [:], visibleRows: [PaneID: Int] = [:], newestSequence: Int = 0) {
      self.rowCounts = rowCounts
      self.visibleRows = visibleRows
      self.newestSequence = newestSequence
    }

    func rows(_ pane: PaneID) -> Int { max(0, rowCounts[pane] ?? 0) }
    func visible(_ pane: PaneID) -> Int { max(1, visibleRows[pane] ?? 1) }
  }

  public var focus: PaneID = .posts
  public var showHelp = false
  /// First help line shown when the help is taller than the screen (the overlay clamps it).
  public var helpTop = 0
  /// True when the help is taller than the screen: then the scrolling keys move it instead of closing it (the app
  /// sets this from the screen size before handling a key).
  public var helpScrolls = false
  public var shouldQuit = false
  /// Set by Ctrl-L; the UI repaints the whole terminal and clears it.
  public var needsFullRedraw = false
  /// The newest post sequence number shown while paused; `nil` while following.
  public var pausedAtSequence: Int?
  public var scrolls: [PaneID: Scroll] = [:]
  public let keyMap: KeyMap

  public init(keyMap: KeyMap = .standard) {
    self.keyMap = keyMap
  }

  public var isPaused: Bool { pausedAtSequence != nil }

  public func scroll(_ pane: PaneID) -> Scroll { scrolls[pane] ?? Scroll() }

  /// Posts that arrived since the pause (0 while following).
  public func arrivedWhilePaused(newestSequence: Int) -> Int {
    guard let paused = pausedAtSequence else { return 0 }
    return max(0, newestSequence - paused)
  }

  /// Handles one key: looks it up in the key map and applies its action. Returns the action performed.
  @discardableResult
  public mutating func handle(_ key: Key, metrics: Metrics) -> KeyAction? {
    if showHelp, key != .resize {
      // Scrolling keys move a help taller than the screen; any other key closes it (q closes help rather than
      // quitting, as in htop).
      let limit = keyMap.bindings.count + 8
      switch helpScrolls ? keyMap.action(for: key) : nil {
      case .moveDown?: helpTop = min(limit, helpTop + 1)
      case .moveUp?: helpTop = max(0, helpTop - 1)
      case .pageDown?: helpTop = min(limit, helpTop + 5)
      case .pageUp?: helpTop = max(0, helpTop - 5)
      case .top?: helpTop = 0
      default:
        showHelp = false
        return .toggleHelp
      }
      return nil
    }
    guard let action = keyMap.action(for: key) else { return nil }
    apply(action, metrics: metrics)
    return action
  }

  public mutating func apply(_ action: KeyAction, metrics: Metrics) {
    switch action {
    case .quit: shouldQuit = true
    case .toggleHelp:
      showHelp.toggle()
      helpTop = 0
    case .focusNext: focus = Self.neighbour(of: focus, step: 1)
    case .focusPrevious: focus = Self.neighbour(of: focus, step: -1)
    case .moveDown: move(by: 1, metrics: metrics)
    case .moveUp: move(by: -1, metrics: metrics)
    case .pageDown: move(by: metrics.visible(focus), metrics: metrics)
    case .pageUp: move(by: -metrics.visible(focus), metrics: metrics)
    case .top:
      if focus == .posts {
        resume()
      } else {
        scrolls[focus] = Scroll()
      }
    case .bottom: move(by: metrics.rows(focus), metrics: metrics)
    case .togglePause:
      if isPaused {
        resume()
      } else {
        pausedAtSequence = metrics.newestSequence
      }
    case .redraw: needsFullRedraw = true
    case .resize: clamp(metrics: metrics)
    case .workflow, .live: break  // the app's WorkflowController and LiveController perform these
    }
  }

  /// Keeps every selection inside its pane's rows and visible (call after content or size changes).
  public mutating func clamp(metrics: Metrics) {
    for pane in PaneID.allCases {
      var s = scroll(pane)
      let rows = metrics.rows(pane)
      let visible = metrics.visible(pane)
      s.selected = min(max(0, s.selected), max(0, rows - 1))
      if s.selected < s.top { s.top = s.selected }
      if s.selected >= s.top + visible { s.top = s.selected - visible + 1 }
      s.top = min(max(0, s.top), max(0, rows - visible))
      scrolls[pane] = s
    }
  }

  private mutating func move(by delta: Int, metrics: Metrics) {
    if focus == .posts, delta > 0, !isPaused {
      // Moving into older posts freezes the list so rows do not slide under the cursor.
      pausedAtSequence = metrics.newestSequence
    }
    var s = scroll(focus)
    s.selected += delta
    scrolls[focus] = s
    clamp(metrics: metrics)
  }

  private mutating func resume() {
    pausedAtSequence = nil
    scrolls[.posts] = Scroll()
  }

  private static func neighbour(of pane: PaneID, step: Int) -> PaneID {
    let all = PaneID.allCases
    let index = all.firstIndex(of: pane) ?? 0
    let count = all.count
    return all[((index + step) % count + count) % count]
  }
}

/// Where each region of the dashboard goes for a terminal size: three columns when wide (160+), Posts above
/// Services and Trending side by side at medium widths (80x24), all stacked when narrow, and nothing but a
/// message below the minimum size. Each pane starts with a title row; panes with a neighbour on their left get a
/// separator column. Without `columns` (low-bandwidth mode) wide terminals keep the split layout, so the Posts
/// pane spans the full width and the terminal can scroll it by a row instead of repainting it.
public struct DashboardLayout: Sendable, Hashable {
  public enum Mode: String, Sendable, Hashable {
    case columns
    case split
    case stacked
    case tooSmall
  }

  public static let minimumWidth = 40
  public static let minimumHeight = 10
  /// From this width the three panes sit side by side.
  public static let columnsWidth = 160

  public var mode: Mode
  public var size: ScreenSize
  public var header: Rect
  public var status: Rect
  /// Each pane's outer rectangle (border included).
  public var panes: [PaneID: Rect]

  /// - Parameter columns: whether terminals of `columnsWidth` and wider get three columns (false: the split
  ///   layout at every width from 64, with Posts full width on top).
  public init(size: ScreenSize, columns: Bool = true) {
    self.size = size
    let w = size.width
    let h = size.height
    header = Rect(x: 0, y: 0, width: w, height: 1)
    status = Rect(x: 0, y: h - 1, width: w, height: 1)
    panes = [:]
    guard w >= Self.minimumWidth, h >= Self.minimumHeight else {
      mode = .tooSmall
      header = Rect(x: 0, y: 0, width: 0, height: 0)
      status = header
      return
    }
    let bodyY = 1
    let bodyHeight = h - 2
    if columns, w >= Self.columnsWidth {
      mode = .columns
      let trendingWidth = max(26, w / 7)
      // Room for a full hour of sparkline at 200 columns.
      let servicesWidth = min(92, max(48, w * 46 / 100))
      let postsWidth = w - trendingWidth - servicesWidth
      panes[.posts] = Rect(x: 0, y: bodyY, width: postsWidth, height: bodyHeight)
      panes[.services] = Rect(x: postsWidth, y: bodyY, width: servicesWidth, height: bodyHeight)
      panes[.trending] = Rect(x: postsWidth + servicesWidth, y: bodyY, width: trendingWidth, height: bodyHeight)
    } else if w >= 64 {
      mode = .split
      let postsHeight = bodyHeight - bodyHeight / 2
      let lowerHeight = bodyHeight - postsHeight
      let trendingWidth = max(24, w / 4)
      panes[.posts] = Rect(x: 0, y: bodyY, width: w, height: postsHeight)
      panes[.services] = Rect(x: 0, y: bodyY + postsHeight, width: w - trendingWidth, height: lowerHeight)
      panes[.trending] = Rect(
        x: w - trendingWidth, y: bodyY + postsHeight, width: trendingWidth, height: lowerHeight)
    } else {
      mode = .stacked
      let third = bodyHeight / 3
      let postsHeight = bodyHeight - 2 * third
      panes[.posts] = Rect(x: 0, y: bodyY, width: w, height: postsHeight)
      panes[.services] = Rect(x: 0, y: bodyY + postsHeight, width: w, height: third)
      panes[.trending] = Rect(x: 0, y: bodyY + postsHeight + third, width: w, height: third)
    }
  }

  /// Rows of content a pane shows (below its title row).
  public func visibleRows(_ pane: PaneID) -> Int {
    content(pane).height
  }

  /// The part of a pane inside its frame: below the title row and, for panes that have a pane to their left,
  /// right of the separator column.
  public func content(_ pane: PaneID) -> Rect {
    guard let rect = panes[pane] else { return Rect(x: 0, y: 0, width: 0, height: 0) }
    let left = rect.x > 0 ? 1 : 0
    return Rect(x: rect.x + left, y: rect.y + 1, width: rect.width - left, height: rect.height - 1)
  }

  /// The content rows of every pane, as the state's metrics want them.
  public var visibleRowsByPane: [PaneID: Int] {
    var rows: [PaneID: Int] = [:]
    for pane in PaneID.allCases { rows[pane] = visibleRows(pane) }
    return rows
  }
}

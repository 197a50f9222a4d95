/// Where each region of the wall display goes for a terminal size: a title row, the alert banner (always the
/// same height, so nothing jumps when an alert starts), the large figures with their labels, the Services pane
/// in the centre and the newest complaints below it. Rows are double-spaced when there is room, so they read
/// from across a room.
public struct WallLayout: Sendable, Hashable {
  public var size: ScreenSize
  public var isTooSmall: Bool
  public var title: Rect
  public var banner: Rect
  /// The large figures (digits) and, in its last row, their labels.
  public var figures: Rect
  public var digits: BigDigits
  public var services: Rect
  public var complaints: Rect
  /// Rows between the starts of two service rows (1 or 2).
  public var serviceSpacing: Int
  /// Rows between the starts of two complaint rows (1 or 2).
  public var complaintSpacing: Int

  /// Texts the figures can show at most (sizes the digits): five-digit counts and the clock.
  static let sampleFigures = ["88888", "88", "88:88"]

  public init(size: ScreenSize, serviceCount: Int, ink: String = "█") {
    self.size = size
    let w = size.width
    let h = size.height
    let empty = Rect(x: 0, y: 0, width: 0, height: 0)
    isTooSmall = w < DashboardLayout.minimumWidth || h < DashboardLayout.minimumHeight
    title = Rect(x: 0, y: 0, width: w, height: 1)
    let bannerHeight = h >= 40 ? 3 : (h >= 20 ? 2 : 1)
    banner = Rect(x: 0, y: 1, width: w, height: bannerHeight)
    // Digits take about a quarter of the height and a third of the width each.
    let column = max(1, (w - 4) / 3 - 2)
    digits = BigDigits.fitting(Self.sampleFigures, width: column, height: max(5, h / 4), ink: ink)
    let figuresY = banner.maxY + (h >= 30 ? 1 : 0)
    figures = Rect(x: 0, y: figuresY, width: w, height: digits.height + 1)
    let bodyY = figures.maxY + (h >= 30 ? 1 : 0)
    let body = max(0, h - bodyY)
    // The Services pane gets about 65% of the rest, the complaints the remainder (at least a title and 2 rows).
    let wantedServices = 1 + max(1, serviceCount)
    let complaintsMinimum = min(body / 2, 3)
    let servicesHeight = min(wantedServices * 2 - 1, max(2, body - complaintsMinimum), max(2, body * 65 / 100))
    serviceSpacing = servicesHeight >= 1 + 2 * max(1, serviceCount) ? 2 : 1
    let servicesRows = serviceSpacing == 2 ? servicesHeight : min(servicesHeight, wantedServices)
    services = Rect(x: 0, y: bodyY, width: w, height: servicesRows)
    complaints = Rect(x: 0, y: services.maxY, width: w, height: max(0, h - services.maxY))
    complaintSpacing = complaints.height >= 12 ? 2 : 1
    if isTooSmall {
      (title, banner, figures, services, complaints) = (empty, empty, empty, empty, empty)
    }
  }

  /// Service rows the pane shows (below its title row).
  public var serviceRows: Int { max(0, (services.height - 1 + serviceSpacing - 1) / serviceSpacing) }
  /// Complaint rows shown (below their title row).
  public var complaintRows: Int { max(0, (complaints.height - 1 + complaintSpacing - 1) / complaintSpacing) }
}

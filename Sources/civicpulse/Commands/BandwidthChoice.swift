import ArgumentParser
import CivicTUI

/// `watch --bandwidth`: how much the dashboard may write to the terminal.
enum BandwidthChoice: String, ExpressibleByArgument, CaseIterable {
  case auto
  case full
  case low

  func policy(environment: [String: String]) -> RefreshPolicy {
    switch self {
    case .auto: return RefreshPolicy.automatic(environment: environment)
    case .full: return .full
    case .low: return .lowBandwidth
    }
  }
}

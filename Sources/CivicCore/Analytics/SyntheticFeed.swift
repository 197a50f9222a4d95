import Foundation

/// A deterministic generated feed of routed and scored posts, for the analytics tests and the bench.
///
/// Each minute, each service gets Poisson(rate x rhythm) posts, each a complaint with the service's share;
/// optional incidents add complaints spread evenly over their minutes. Each post has an author of its own (a feed of
/// many residents: spike detection counts an author once per service and window). The rhythm can be flat or follow a day
/// (quiet night, morning rise, evening peak) and a week (quieter weekend). Posts come out in time order.
public struct SyntheticFeed: Sequence, Sendable {
  public struct ServiceProfile: Sendable, Hashable {
    public var id: String
    public var postsPerMinute: Double
    public var complaintShare: Double
    public init(id: String, postsPerMinute: Double, complaintShare: Double) {
      self.id = id
      self.postsPerMinute = postsPerMinute
      self.complaintShare = complaintShare
    }
  }

  public struct Incident: Sendable, Hashable {
    public var service: String
    public var start: EpochMillis
    public var minutes: Int
    public var complaints: Int
    public init(service: String, start: EpochMillis, minutes: Int, complaints: Int) {
      self.service = service
      self.start = start
      self.minutes = minutes
      self.complaints = complaints
    }
  }

  public enum Rhythm: Sendable, Hashable {
    case flat
    /// Quiet nights, a morning rise, an evening peak, quieter weekends (UTC clock).
    case dailyAndWeekly
  }

  /// The 21 services of the reference taxonomy with plausible daytime rates (about 17 posts a minute in all).
  public static let defaultProfiles: [ServiceProfile] = [
    ("waste", 2.0, 0.45), ("flytipping", 0.4, 0.5), ("street-cleaning", 0.6, 0.4), ("roads", 1.5, 0.5),
    ("pavements", 0.5, 0.45), ("street-lighting", 0.4, 0.55), ("traffic", 1.2, 0.4), ("parking", 1.0, 0.4),
    ("buses", 2.0, 0.45), ("rail", 1.5, 0.45), ("drainage", 0.3, 0.5), ("water", 0.5, 0.4),
    ("parks", 0.8, 0.25), ("noise", 0.5, 0.6), ("housing", 0.8, 0.5), ("homelessness", 0.2, 0.3),
    ("health", 1.2, 0.4), ("social-care", 0.3, 0.4), ("schools", 0.6, 0.3), ("council-tax", 0.5, 0.45),
    ("libraries", 0.2, 0.2),
  ].map { ServiceProfile(id: $0.0, postsPerMinute: $0.1, complaintShare: $0.2) }

  public var start: EpochMillis
  public var minutes: Int
  public var seed: UInt64
  public var profiles: [ServiceProfile]
  public var rhythm: Rhythm
  public var incidents: [Incident]
  /// Posts per minute routed to no service (at rhythm 1).
  public var unroutedPerMinute: Double
  /// Hashtags attached to posts: each post gets one with this probability, drawn from `tagVocabulary`.
  public var tagProbability: Double
  public var tagVocabulary: [String]

  public init(
    start: EpochMillis, minutes: Int, seed: UInt64 = 1, profiles: [ServiceProfile] = SyntheticFeed.defaultProfiles,
    rhythm: Rhythm = .flat, incidents: [Incident] = [], unroutedPerMinute: Double = 3,
    tagProbability: Double = 0, tagVocabulary: [String] = []
  ) {
    self.start = start
    self.minutes = minutes
    self.seed = seed
    self.profiles = profiles
    self.rhythm = rhythm
    self.incidents = incidents
    self.unroutedPerMinute = unroutedPerMinute
    self.tagProbability = tagProbability
    self.tagVocabulary = tagVocabulary
  }

  /// Services for an `AnalyticsEngine` matching the profiles.
  public var services: [ServiceInfo] { profiles.map { ServiceInfo(id: $0.id, name: $0.id.capitalized) } }

  /// End of the feed (exclusive).
  public var end: EpochMillis { start + EpochMillis(minutes) * 60_000 }

  /// Traffic multiplier at `time` (1 = daytime weekday).
  public func intensity(at time: EpochMillis) -> Double {
    switch rhythm {
    case .flat:
      return 1
    case .dailyAndWeekly:
      let minuteOfDay = Double(((time / 60_000) % 1440 + 1440) % 1440)
      let hour = minuteOfDay / 60
      let daily: Double
      switch hour {
      case ..<6: daily = 0.15
      case ..<9: daily = 0.15 + (hour - 6) / 3 * 0.85
      case ..<17: daily = 1.0
      case ..<19: daily = 1.0 + (hour - 17) / 2 * 0.6
      case ..<21: daily = 1.6
      default: daily = 1.6 - (hour - 21) / 3 * 1.45
      }
      // 1970-01-01 was a Thursday: day index 0 = Thursday, so 2 = Saturday and 3 = Sunday.
      let weekday = ((time / 86_400_000) % 7 + 7) % 7
      let weekly = weekday == 2 ? 0.7 : (weekday == 3 ? 0.55 : 1.0)
      return daily * weekly
    }
  }

  public func makeIterator() -> Iterator { Iterator(feed: self) }

  public struct Iterator: IteratorProtocol {
    private let feed: SyntheticFeed
    private var rng: SplitMix64
    private var minute = 0
    private var buffer: [Post] = []
    private var position = 0
    private var serial = 0

    init(feed: SyntheticFeed) {
      self.feed = feed
      rng = SplitMix64(seed: feed.seed)
    }

    public mutating func next() -> Post? {
      while position >= buffer.count {
        guard minute < feed.minutes else { return nil }
        fillMinute()
        minute += 1
      }
      defer { position += 1 }
      return buffer[position]
    }

    private mutating func fillMinute() {
      buffer.removeAll(keepingCapacity: true)
      position = 0
      let minuteStart = feed.start + EpochMillis(minute) * 60_000
      let level = feed.intensity(at: minuteStart + 30_000)
      for profile in feed.profiles {
        let n = rng.poisson(profile.postsPerMinute * level)
        for _ in 0..<n {
          addPost(minuteStart, service: profile.id, complaint: rng.unit() < profile.complaintShare)
        }
      }
      for _ in 0..<rng.poisson(feed.unroutedPerMinute * level) {
        addPost(minuteStart, service: nil, complaint: false)
      }
      for incident in feed.incidents where incident.minutes > 0 {
        let offset = Int((minuteStart - incident.start) / 60_000)
        guard minuteStart >= incident.start, offset < incident.minutes else { continue }
        // Spread the complaints evenly: minute k gets the difference of the cumulative shares.
        let before = incident.complaints * offset / incident.minutes
        let through = incident.complaints * (offset + 1) / incident.minutes
        for _ in before..<through { addPost(minuteStart, service: incident.service, complaint: true) }
      }
      buffer.sort { $0.time < $1.time }
    }

    private mutating func addPost(_ minuteStart: EpochMillis, service: String?, complaint: Bool) {
      let time = minuteStart + EpochMillis(rng.next() % 60_000)
      serial += 1
      var tags: [String] = []
      if !feed.tagVocabulary.isEmpty && rng.unit() < feed.tagProbability {
        tags.append(feed.tagVocabulary[Int(rng.next() % UInt64(feed.tagVocabulary.count))])
      }
      buffer.append(
        Post(
          id: "syn-\(serial)", platform: .demo, authorHandle: "r\(serial)", eventTime: time, arrivalTime: time,
          text: "", hashtags: tags, source: "synthetic", services: service.map { [$0] } ?? [],
          complaint: complaint, complaintScore: complaint ? 1 : 0))
    }
  }
}

/// SplitMix64: a small, fast, deterministic generator (same sequence on every platform).
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64
  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Uniform in [0, 1).
  public mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

  /// A Poisson draw (Knuth's product method below 30, a rounded normal above).
  public mutating func poisson(_ mean: Double) -> Int {
    guard mean > 0 else { return 0 }
    if mean >= 30 {
      let u1 = max(unit(), 1e-300)
      let u2 = unit()
      let normal = (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
      return max(0, Int((mean + normal * mean.squareRoot()).rounded()))
    }
    let limit = exp(-mean)
    var k = 0
    var product = unit()
    while product > limit {
      k += 1
      product *= unit()
    }
    return k
  }
}

/// Everything `AnalyticsEngine.ingest` updates per post, kept as one value: the engine reaches it with one
/// exclusivity check per post instead of one per property it touches.
struct AnalyticsCounts {
  let config: AnalyticsConfig
  var series: [ServiceSeries] = []
  var all: ServiceSeries
  var trends: HashtagTrends
  /// Service id -> index in `series`.
  private(set) var serviceTable = ServiceIndexTable([])
  /// Series index by `ServiceCodes` position (-1 = not seen yet), confirmed with the id before use.
  private var seriesByCode = [Int32](repeating: -1, count: 255)
  /// The series indices of the post being counted: the first `targetCount` entries of storage with room for every
  /// service (no allocation or resizing per post).
  private var targets: [Int] = [0]
  private var targetCount = 0
  /// The minute last counted and its hour (`floorDiv(cachedMinute, 60)`).
  private var cachedMinute = Int64.min
  private var cachedHour = Int64.min

  var headMinute: Int64?
  var firstMinute: Int64?
  var latestEventTime: EpochMillis?
  var lastAdvance: EpochMillis?
  /// Newest minute with data.
  var lastDataMinute: Int64?

  var totalPosts = 0
  var totalComplaints = 0
  var latePosts = 0
  var clampedFuturePosts = 0
  var ignoredEdits = 0
  var unknownServiceMentions = 0

  /// Sets the service ids, in `series` order.
  mutating func setServiceIDs(_ ids: [String]) {
    serviceTable = ServiceIndexTable(ids)
    seriesByCode = [Int32](repeating: -1, count: 255)
    targets = Array(repeating: 0, count: max(1, ids.count))
    targetCount = 0
  }

  init(config: AnalyticsConfig) {
    self.config = config
    all = ServiceSeries(hourSlots: config.hourlyHistoryDays * 24)
    trends = HashtagTrends(config: config.trends)
  }

  /// Counts one post (see `AnalyticsEngine.ingest(_:)`).
  mutating func ingest(
    time eventTime: EpochMillis, arrivalTime: EpochMillis, isEdit: Bool, complaint isComplaint: Bool,
    services ids: UnsafeBufferPointer<String>, codes: ServiceCodes = ServiceCodes(),
    hashtags: UnsafeBufferPointer<String>
  ) {
    if isEdit && !config.countEdits {
      ignoredEdits += 1
      return
    }
    var time = eventTime
    let skew = config.maxFutureSkewMillis
    if time > arrivalTime &+ skew {
      time = arrivalTime
      clampedFuturePosts += 1
    }
    if let now = lastAdvance, time > now &+ skew {
      time = now
      clampedFuturePosts += 1
    }
    let minute = floorDiv(time, 60_000)
    totalPosts += 1
    if isComplaint { totalComplaints += 1 }
    let complaint = isComplaint ? 1 : 0

    unknownServiceMentions += resolveTargets(ids, codes)
    for t in 0..<targetCount {
      let i = targets[t]
      series[i].totalPosts += 1
      series[i].totalComplaints += complaint
    }
    all.totalPosts += 1
    all.totalComplaints += complaint

    if let head = headMinute, minute <= head - Int64(ServiceSeries.minuteSlots) {
      latePosts += 1
      return
    }
    if let last = lastDataMinute, minute > last + Int64(ServiceSeries.minuteSlots) {
      // More than a day after everything seen (a stray old first post, or a feed back after a long pause):
      // observation starts again, so warm-up and baselines do not trust the empty day(s) in between.
      firstMinute = minute
    }
    headMinute = max(headMinute ?? minute, minute)
    lastDataMinute = max(lastDataMinute ?? minute, minute)
    firstMinute = min(firstMinute ?? minute, minute)
    latestEventTime = max(latestEventTime ?? time, time)
    let hour = minute == cachedMinute ? cachedHour : floorDiv(minute, 60)
    cachedMinute = minute
    cachedHour = hour
    all.add(minute: minute, hour: hour, posts: 1, complaints: complaint)
    for t in 0..<targetCount { series[targets[t]].add(minute: minute, hour: hour, posts: 1, complaints: complaint) }
    if config.trackTrends {
      for tag in hashtags { trends.add(tag, at: time) }
    }
  }

  /// Sets `targets` to the distinct indices of the known ids among `ids` (only the first id unless
  /// `countSecondaryServices`) and returns the number of unknown ones.
  private mutating func resolveTargets(_ ids: UnsafeBufferPointer<String>, _ codes: ServiceCodes) -> Int {
    targetCount = 0
    var unknown = 0
    let count = config.countSecondaryServices ? ids.count : min(1, ids.count)
    for k in 0..<count {
      guard let i = seriesIndex(ids[k], codes.position(k)) else {
        unknown += 1
        continue
      }
      if !targets[..<targetCount].contains(i) {
        targets[targetCount] = i  // distinct indices of `series`: never more than there is room for
        targetCount += 1
      }
    }
    return unknown
  }

  /// The series index of `id`, through the cache by code when the code is known and its entry holds `id`.
  @inline(__always) private mutating func seriesIndex(_ id: String, _ code: Int?) -> Int? {
    guard let code else { return serviceTable.index(of: id) }
    let cached = Int(seriesByCode[code])
    if cached >= 0 && serviceTable.id(at: cached) == id { return cached }
    let found = serviceTable.index(of: id)
    if let found { seriesByCode[code] = Int32(found) }
    return found
  }
}

/// Everything `AnalyticsEngine.ingest` updates per post, kept as one value: the engine reaches it with one
/// exclusivity check per post instead of one per property it touches.
struct AnalyticsCounts {
  let config: AnalyticsConfig
  var series: [ServiceSeries] = []
  var all: ServiceSeries
  var trends: HashtagTrends
  /// Service id -> index in `series`.
  var serviceTable = ServiceIndexTable([])
  /// The series indices of the post being counted (reused storage: no allocation per post).
  private var targets: [Int] = []
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

  init(config: AnalyticsConfig) {
    self.config = config
    all = ServiceSeries(hourSlots: config.hourlyHistoryDays * 24)
    trends = HashtagTrends(config: config.trends)
  }

  /// Counts one post (see `AnalyticsEngine.ingest(_:)`).
  mutating func ingest(
    time eventTime: EpochMillis, arrivalTime: EpochMillis, isEdit: Bool, complaint isComplaint: Bool,
    services ids: [String], hashtags: [String]
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

    unknownServiceMentions += resolveTargets(ids)
    for i in targets {
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
    for i in targets { series[i].add(minute: minute, hour: hour, posts: 1, complaints: complaint) }
    if config.trackTrends {
      for tag in hashtags { trends.add(tag, at: time) }
    }
  }

  /// Fills `targets` with the distinct indices of the known ids among `ids` (only the first id unless
  /// `countSecondaryServices`) and returns the number of unknown ones.
  private mutating func resolveTargets(_ ids: [String]) -> Int {
    targets.removeAll(keepingCapacity: true)
    var unknown = 0
    let count = config.countSecondaryServices ? ids.count : min(1, ids.count)
    for id in ids[..<count] {
      guard let i = serviceTable.index(of: id) else {
        unknown += 1
        continue
      }
      if !targets.contains(i) { targets.append(i) }
    }
    return unknown
  }
}

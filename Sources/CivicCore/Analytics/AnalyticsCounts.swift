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
  /// An author's complaints counted for detection: at most one per service in any tested window (see
  /// `VoiceTable` and `voice(_:service:minute:)`). The services' minute and hour buckets count these, not every
  /// complaint; their totals and `all` count every complaint.
  private(set) var voices: VoiceTable
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
    voices.removeAll()  // keyed by index in `series`, which changed
  }

  init(config: AnalyticsConfig) {
    self.config = config
    all = ServiceSeries(hourSlots: config.hourlyHistoryDays * 24)
    trends = HashtagTrends(config: config.trends)
    let spike = config.spike
    voices = VoiceTable(spanMinutes: max(spike.windowMinutes, spike.longWindowMinutes))
  }

  /// Counts one post (see `AnalyticsEngine.ingest(_:)`), reading its fields in place.
  mutating func ingest(_ post: Post) {
    let counted = post.services.withUnsafeBufferPointer { ids in
      count(
        time: post.time, arrivalTime: post.arrivalTime, isEdit: post.isEdit,
        complaint: post.countsAsComplaint, services: ids, codes: post.serviceCodes)
    }
    guard let counted else { return }
    let complaint = counted.complaint
    for t in 0..<targetCount {
      let i = targets[t]
      series[i].totalPosts += 1
      series[i].totalComplaints += complaint
    }
    all.totalPosts += 1
    all.totalComplaints += complaint
    guard let minute = counted.minute else { return }
    let hour = hour(of: minute)
    all.add(minute: minute, hour: hour, posts: 1, complaints: complaint)
    let trackTags = config.trackTrends && !post.hashtags.isEmpty
    let author = (complaint != 0 && targetCount > 0) || trackTags ? post.authorKey : 0
    for t in 0..<targetCount {
      let i = targets[t]
      let voice = complaint != 0 ? self.voice(author, service: i, minute: minute) : 0
      series[i].add(minute: minute, hour: hour, posts: 1, complaints: voice)
    }
    if trackTags {
      for tag in post.hashtags { trends.add(tag, at: counted.time, author: author) }
    }
  }

  /// `ingest(_:)` on each post of a run, in order, with the same counts in the end. The posts of a run mostly
  /// share a minute: while it stays the same, their bucket counts (all posts, and per service) are summed here and
  /// added to the buckets once, when the minute changes or the run ends (adding to a bucket twice in a row is
  /// adding the sum once); the per-service totals are added once per run. Nothing reads the buckets in between:
  /// every other count (totals, late and clamped posts, first, head and latest times, trends) is updated per post,
  /// as there (`count(time:...)`, then the trends).
  mutating func ingest(_ posts: UnsafeBufferPointer<Post>) {
    guard !posts.isEmpty else { return }
    let n = series.count
    // Per service: the run's posts and complaints, then the pending minute's; then the services with posts in the
    // pending minute, in the order first met.
    withUnsafeTemporaryAllocation(of: Int.self, capacity: 5 * n + 1) { scratch in
      scratch.initialize(repeating: 0)
      guard let runPosts = scratch.baseAddress else { return }
      let runComplaints = runPosts + n
      let minutePosts = runComplaints + n
      let minuteComplaints = minutePosts + n
      let touched = minuteComplaints + n
      var touchedCount = 0
      var allRunPosts = 0
      var allRunComplaints = 0
      var pendingMinute: Int64 = 0
      var pendingHour: Int64 = 0
      var pendingPosts = 0
      var pendingComplaints = 0

      func flushMinute() {
        guard pendingPosts > 0 else { return }
        all.add(minute: pendingMinute, hour: pendingHour, posts: pendingPosts, complaints: pendingComplaints)
        for k in 0..<touchedCount {
          let i = touched[k]
          series[i].add(
            minute: pendingMinute, hour: pendingHour, posts: minutePosts[i], complaints: minuteComplaints[i])
          minutePosts[i] = 0
          minuteComplaints[i] = 0
        }
        touchedCount = 0
        pendingPosts = 0
        pendingComplaints = 0
      }

      let trackTrends = config.trackTrends
      for p in posts.indices {
        let counted = posts[p].services.withUnsafeBufferPointer { ids in
          count(
            time: posts[p].time, arrivalTime: posts[p].arrivalTime, isEdit: posts[p].isEdit,
            complaint: posts[p].countsAsComplaint, services: ids, codes: posts[p].serviceCodes)
        }
        guard let counted else { continue }
        let complaint = counted.complaint
        for t in 0..<targetCount {
          let i = targets[t]
          runPosts[i] += 1
          runComplaints[i] += complaint
        }
        allRunPosts += 1
        allRunComplaints += complaint

        guard let minute = counted.minute else { continue }
        if pendingPosts == 0 || minute != pendingMinute {
          flushMinute()
          pendingMinute = minute
          pendingHour = hour(of: minute)
        }
        pendingPosts += 1
        pendingComplaints += complaint
        let trackTags = trackTrends && !posts[p].hashtags.isEmpty
        let author = (complaint != 0 && targetCount > 0) || trackTags ? posts[p].authorKey : 0
        for t in 0..<targetCount {
          let i = targets[t]
          if minutePosts[i] == 0 {
            touched[touchedCount] = i
            touchedCount += 1
          }
          minutePosts[i] += 1
          if complaint != 0 { minuteComplaints[i] += voice(author, service: i, minute: minute) }
        }
        if trackTags {
          posts[p].hashtags.withUnsafeBufferPointer { hashtags in
            for tag in hashtags { trends.add(tag, at: counted.time, author: author) }
          }
        }
      }
      flushMinute()
      all.totalPosts += allRunPosts
      all.totalComplaints += allRunComplaints
      for i in 0..<n where runPosts[i] > 0 {
        series[i].totalPosts += runPosts[i]
        series[i].totalComplaints += runComplaints[i]
      }
    }
  }

  /// The part of counting a post that is the same one by one and in runs: an edit that is not counted only adds to
  /// `ignoredEdits` (nil). `complaint` is the post's `countsAsComplaint` (a repost is a post, not another
  /// complaint). Any other post is added to the totals (not its services' or `all`'s: the caller adds
  /// it there), `targets` is set to its services' series, and the result is its complaint (0 or 1), its clamped
  /// time (for the trends) and its minute, nil for a post older than the minute ring (counted in `latePosts`),
  /// whose buckets and hashtags are not counted.
  @inline(__always) private mutating func count(
    time eventTime: EpochMillis, arrivalTime: EpochMillis, isEdit: Bool, complaint isComplaint: Bool,
    services ids: UnsafeBufferPointer<String>, codes: ServiceCodes
  ) -> (complaint: Int, time: EpochMillis, minute: Int64?)? {
    if isEdit && !config.countEdits {
      ignoredEdits += 1
      return nil
    }
    let time = clamped(eventTime, arrivalTime: arrivalTime)
    let minute = floorDiv(time, 60_000)
    totalPosts += 1
    if isComplaint { totalComplaints += 1 }
    unknownServiceMentions += resolveTargets(ids, codes)
    let complaint = isComplaint ? 1 : 0
    return (complaint, time, inRing(minute: minute, time: time) ? minute : nil)
  }

  /// A complaint counted in `minute` for the series at index `service`, as spike detection counts it: 1, or 0 when
  /// `voices` says its author (`Post.authorKey`) already counted for that service within a tested window. A post
  /// with no author (0) counts.
  @inline(__always) private mutating func voice(_ author: UInt64, service: Int, minute: Int64) -> Int {
    author == 0 || voices.counts(author: author, service: service, minute: minute) ? 1 : 0
  }

  /// The hour of `minute` (`floorDiv(minute, 60)`), kept for the next post of the same minute.
  @inline(__always) private mutating func hour(of minute: Int64) -> Int64 {
    if minute != cachedMinute {
      cachedMinute = minute
      cachedHour = floorDiv(minute, 60)
    }
    return cachedHour
  }

  /// A post's time for counting: not after its arrival or the last advance by more than the skew allowance
  /// (counted in `clampedFuturePosts` when moved back).
  @inline(__always) private mutating func clamped(_ eventTime: EpochMillis, arrivalTime: EpochMillis) -> EpochMillis {
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
    return time
  }

  /// False (counted in `latePosts`) for a post older than the minute ring; else moves the first, head and latest
  /// times on to include it.
  @inline(__always) private mutating func inRing(minute: Int64, time: EpochMillis) -> Bool {
    if let head = headMinute, minute <= head - Int64(ServiceSeries.minuteSlots) {
      latePosts += 1
      return false
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
    return true
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
    if cached >= 0 && serviceTable.id(at: cached, is: id) { return cached }
    let found = serviceTable.index(of: id)
    if let found { seriesByCode[code] = Int32(found) }
    return found
  }
}

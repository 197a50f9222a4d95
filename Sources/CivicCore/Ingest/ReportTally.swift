/// The counts behind a `Report`, kept as one value so a batch is counted without touching the owning class's
/// properties per post (each such access is an exclusivity check).
struct ReportTally {
  struct ServiceCount {
    var id: String
    var posts: Int
    var complaints: Int
  }

  let maxDistinctTags: Int
  var complaints = 0
  var first: EpochMillis?
  var last: EpochMillis?
  /// Per primary service. A short list searched linearly: service ids come from the taxonomy, so equal ids
  /// usually share storage and compare without reading their bytes (cheaper than hashing a `String`).
  var services: [ServiceCount] = []
  /// Hashtag counts keyed by a 64-bit hash of the lowercased tag (hashing a tag's bytes is much cheaper than
  /// hashing a `String`, and ASCII tags with capitals need no lowercased copy), with one display string per key.
  var tags = TagCountTable()
  /// Counts at or below this were dropped to keep `tagCounts` bounded (0 = exact so far).
  var prunedBelow = 0
  /// Index in `services` by `ServiceCodes` position (-1 = not seen yet), confirmed with the id before use.
  private var serviceByCode = [Int32](repeating: -1, count: 255)

  init(maxDistinctTags: Int) { self.maxDistinctTags = maxDistinctTags }

  mutating func add(_ posts: [Post]) { add(posts, tags: PostTagArena()) }

  /// Counts a batch whose posts may keep their hashtags in `arena` (see `PostTagArena`).
  mutating func add(_ posts: [Post], tags arena: PostTagArena) {
    var low = first ?? Int64.max
    var high = last ?? Int64.min
    var lastService = -1
    // Fields are read in place, through buffer pointers (borrowed, so neither a post nor its arrays and strings
    // are retained and released per read).
    posts.withUnsafeBufferPointer { posts in
      for i in posts.indices {
        let time = posts[i].time
        if time < low { low = time }
        if time > high { high = time }
        // As the dashboard's and the alerts' counts: a repost is a post, not another complaint.
        let complaint = posts[i].countsAsComplaint
        if complaint { complaints += 1 }
        posts[i].services.withUnsafeBufferPointer { ids in
          guard let service = ids.first else { return }
          // Through the cache by code when it holds this id, else: runs of posts about the same service are
          // common, so the previous one first, then a search.
          let code = posts[i].serviceCodes.position(0)
          var at = code.map { Int(serviceByCode[$0]) } ?? -1
          if at < 0 || services[at].id != service {
            at = lastService >= 0 && services[lastService].id == service ? lastService : serviceIndex(service)
            if let code { serviceByCode[code] = Int32(at) }
          }
          services[at].posts += 1
          if complaint { services[at].complaints += 1 }
          lastService = at
        }
        if !posts[i].hashtags.isEmpty {
          posts[i].hashtags.withUnsafeBufferPointer { tags in
            for t in tags.indices { count(tags[t]) }
          }
        }
        let span = posts[i].tagSpan
        var t = Int(span.start)
        let end = min(t + Int(span.count), arena.count)  // a post's span lies in its own batch's arena
        while t < end {
          tags.increment(arena.key(t)) { arena.display(t) }
          t += 1
        }
      }
    }
    first = low
    last = high
    if tags.count > maxDistinctTags { prune() }
  }

  private mutating func serviceIndex(_ id: String) -> Int {
    if let found = services.firstIndex(where: { $0.id == id }) { return found }
    services.append(ServiceCount(id: id, posts: 0, complaints: 0))
    return services.count - 1
  }

  /// Counts one hashtag under the key of its folded form (`HashtagFold`).
  private mutating func count(_ tag: String) {
    // Native and small strings (every tag a decoder makes) are read in place; anything else via `withUTF8`.
    var tag = tag
    var key = tag.utf8.withContiguousStorageIfAvailable(TagKey.ofASCII) ?? tag.withUTF8(TagKey.ofASCII)
    if key == nil {
      tag = HashtagFold.fold(tag)
      key = tag.withUTF8 { TagKey.of(bytes: $0) }
    }
    tags.increment(key ?? 0) { ReportBuilder.normalise(tag) }
  }

  private mutating func prune() {
    while tags.count > maxDistinctTags / 2 {
      prunedBelow += 1
      tags.removeAll(countedAtMost: prunedBelow)
    }
  }
}

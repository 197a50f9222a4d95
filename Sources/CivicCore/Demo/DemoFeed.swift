/// The built-in demo feed: realistic posts about public services, generated from the phrasebook with a seeded
/// generator. The same seed and the same sequence of times give the same posts.
///
/// Every few minutes an incident starts in one district (a burst water main, flooding, a bus breakdown...) and
/// for a minute or two most posts are about it, so counts, sparklines and trends visibly move.
public struct DemoFeed: Sendable {
  private var random: DemoRandom
  private let seed: UInt64
  private var sequence = 0
  private var incident: (kind: DemoIncident, place: String, street: String, route: String, ends: Int64)?
  private var nextIncident: Int64?
  /// Share of posts about the running incident (a major one takes more of the feed for longer).
  private var incidentShare = 0.6
  private var majorPending = false

  /// Service ids and display names the feed posts about.
  public static var services: [ServiceInfo] { DemoCatalog.services }

  public init(seed: UInt64) {
    self.seed = seed
    random = DemoRandom(seed: seed)
  }

  /// The next post, timed `time` (use increasing times).
  public mutating func next(at time: EpochMillis) -> Post {
    sequence += 1
    updateIncident(at: time)
    if let incident, random.chance(incidentShare) { return incidentPost(incident, at: time) }
    if random.chance(0.06) { return communityPost(at: time) }
    return servicePost(at: time)
  }

  /// `count` posts spread evenly from `start` to `end` (for filling the last hour at start-up).
  public mutating func history(from start: EpochMillis, to end: EpochMillis, count: Int) -> [Post] {
    guard count > 0, end > start else { return [] }
    let step = (end - start) / Int64(count)
    return (0..<count).map { next(at: start + Int64($0) * step) }
  }

  // MARK: - Incidents

  /// Makes the next incident start with the first post at or after `time` (unless one is already running).
  /// A `major` one (`watch --demo-incident-now`, to show an alert at once) is a burst water main: it replaces any
  /// running incident, lasts five minutes and takes 85% of the posts, well above the routine bursts the alert
  /// baselines have learnt.
  public mutating func scheduleIncident(at time: EpochMillis, major: Bool = false) {
    nextIncident = time
    majorPending = major
  }

  /// The service of the incident running now, if any.
  var incidentService: String? { incident?.kind.service }

  private mutating func updateIncident(at time: EpochMillis) {
    if let current = incident, time >= current.ends {
      incident = nil
      incidentShare = 0.6
    }
    if majorPending, let due = nextIncident, time >= due { incident = nil }
    guard let due = nextIncident else {
      // The first incident starts within two minutes of the feed's first post.
      nextIncident = time + Int64(45 + random.below(75)) * 1000
      return
    }
    // A major incident is always the burst water main, whose posts read as complaints beyond doubt, so that its
    // alert shows within the first minute whatever the seed; routine ones are any kind.
    guard incident == nil, time >= due,
      let kind = majorPending ? DemoIncident.kinds.first : random.pick(DemoIncident.kinds)
    else { return }
    let place = random.pick(DemoCatalog.ukPlaces + DemoCatalog.usPlaces) ?? "Riverside"
    let street = random.pick(DemoCatalog.ukStreets + DemoCatalog.usStreets) ?? "High Street"
    let route = random.pick(DemoCatalog.routes) ?? "12"
    var length = Int64(70 + random.below(80)) * 1000
    if majorPending {
      length = DemoDriver.majorIncidentMillis
      incidentShare = 0.85
      majorPending = false
    }
    incident = (kind, place, street, route, time + length)
    // Next one three to six minutes after this one starts.
    nextIncident = time + Int64(180 + random.below(180)) * 1000
  }

  private mutating func incidentPost(
    _ i: (kind: DemoIncident, place: String, street: String, route: String, ends: Int64), at time: EpochMillis
  ) -> Post {
    let tag = fill(i.kind.hashtag, place: i.place, street: i.street, route: i.route).filter {
      $0.isLetter || $0.isNumber
    }
    let placeTag = i.place.filter { $0.isLetter }
    if random.chance(0.08), let update = random.pick(i.kind.updates) {
      let official = DemoCatalog.officials[i.kind.official % DemoCatalog.officials.count]
      let text = fill(update, place: i.place, street: i.street, route: i.route)
      return make(
        text: text, tags: [tag], author: official, service: i.kind.service, complaint: false, language: "en",
        at: time)
    }
    var text = fill(random.pick(i.kind.complaints) ?? "", place: i.place, street: i.street, route: i.route)
    if random.chance(0.3), let emoji = random.pick(DemoPhrasebook.complaintEmoji) { text += " " + emoji }
    var tags = [tag]
    if random.chance(0.4) { tags.append(placeTag) }
    let author = random.pick(DemoCatalog.residents) ?? ("resident", "Resident")
    return make(
      text: text, tags: tags, author: author, service: i.kind.service, complaint: true, language: "en", at: time)
  }

  // MARK: - Everyday posts

  private mutating func servicePost(at time: EpochMillis) -> Post {
    let id = random.pick(DemoCatalog.services)?.id ?? "waste"
    guard let phrases = DemoPhrasebook.byService[id] else { return communityPost(at: time) }
    let us = random.chance(0.3)
    let place = random.pick(us ? DemoCatalog.usPlaces : DemoCatalog.ukPlaces) ?? "Riverside"
    let street = random.pick(us ? DemoCatalog.usStreets : DemoCatalog.ukStreets) ?? "High Street"
    let route = random.pick(DemoCatalog.routes) ?? "12"
    let complaint = random.chance(0.62) || phrases.others.isEmpty
    var text: String
    var author = random.pick(DemoCatalog.residents) ?? ("resident", "Resident")
    if complaint {
      let opener = random.pick(DemoPhrasebook.complaintOpeners) ?? ""
      let closer = random.pick(DemoPhrasebook.complaintClosers) ?? ""
      text = opener + (random.pick(phrases.complaints) ?? "") + closer
      if random.chance(0.2), let emoji = random.pick(DemoPhrasebook.complaintEmoji) { text += " " + emoji }
    } else {
      let line = random.pick(phrases.others) ?? DemoPhrasebook.Line(text: "", tone: .question)
      text = line.text
      switch line.tone {
      case .praise:
        if let emoji = random.pick(DemoPhrasebook.friendlyEmoji) { text += " " + emoji }
      case .announcement:
        let official = DemoCatalog.officials[DemoCatalog.announcer[id] ?? 0]
        author = random.chance(0.7) ? official : (random.pick(DemoCatalog.organisations) ?? official)
      case .question, .complaint:
        break
      }
    }
    text = fill(text, place: place, street: street, route: route)
    var tags: [String] = []
    if random.chance(0.55), let tag = random.pick(phrases.hashtags) {
      tags.append(fill(tag, place: place, street: street, route: route))
    }
    if random.chance(0.2) { tags.append(place.filter { $0.isLetter }) }
    return make(text: text, tags: tags, author: author, service: id, complaint: complaint, language: "en", at: time)
  }

  private mutating func communityPost(at time: EpochMillis) -> Post {
    let line = random.pick(DemoPhrasebook.community) ?? DemoPhrasebook.community[0]
    let place = random.pick(DemoCatalog.ukPlaces) ?? "Riverside"
    let street = random.pick(DemoCatalog.ukStreets) ?? "High Street"
    let route = random.pick(DemoCatalog.routes) ?? "12"
    let text = fill(line.text, place: place, street: street, route: route)
    let author = random.pick(DemoCatalog.residents) ?? ("resident", "Resident")
    let tags = random.chance(0.3) ? [DemoPhrasebook.byService[line.service]?.hashtags.first ?? line.service] : []
    return make(
      text: text, tags: tags, author: author, service: line.service, complaint: line.tone.isComplaint,
      language: line.language, at: time)
  }

  // MARK: - Helpers

  private mutating func fill(_ template: String, place: String, street: String, route: String) -> String {
    guard template.contains("{") else { return template }
    let station = random.pick(DemoCatalog.stations) ?? "Central"
    let n = String(2 + random.below(9))
    return
      template
      .replacing("{place}", with: place).replacing("{street}", with: street).replacing("{route}", with: route)
      .replacing("{station}", with: station).replacing("{n}", with: n)
  }

  private mutating func make(
    text: String, tags: [String], author: (handle: String, name: String), service: String, complaint: Bool,
    language: String, at time: EpochMillis
  ) -> Post {
    var body = text
    for tag in tags where !tag.isEmpty { body += " #" + tag }
    let id = "demo-\(seed)-\(sequence)"
    var post = Post(
      // Seed and number: a triage mark made on a demo post (stored by post id) must not show on another seed's
      // post N ("demo-N" alone did), while dashboards on one server with the same seed share their marks.
      id: id, platform: .demo, authorHandle: author.handle, authorName: author.name,
      eventTime: time, arrivalTime: time, text: body, hashtags: tags.filter { !$0.isEmpty }, language: language,
      source: "demo", services: [service], complaint: complaint, complaintScore: complaint ? 0.9 : 0.1)
    // The cast's few dozen handles stand for a city's residents: each post counts as a different person's, or
    // spike detection, which counts an author once per service and window, would see the same forty people
    // complaining about everything all the time.
    post.authorID = AuthorID(handle: id)
    return post
  }
}

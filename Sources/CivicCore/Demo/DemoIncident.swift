/// A burst of posts about one thing going wrong in one place (a water main bursts, a storm floods a district),
/// so the demo's counts, sparklines, trends and alerts move.
struct DemoIncident: Sendable {
  var service: String
  /// Hashtag everyone uses; "{place}" is filled with the district.
  var hashtag: String
  var complaints: [String]
  /// What the responsible body posts while it lasts.
  var updates: [String]
  var official: Int

  static let kinds: [DemoIncident] = [
    DemoIncident(
      service: "water", hashtag: "WaterMainBurst",
      complaints: [
        "No water at all in {place} since this morning, apparently a main has burst on {street}",
        "{street} is literally a river right now 💧 water main gone",
        "Brown water out of the taps in {place}, anyone else?",
        "Still no water in {place}. Kids can't wash before school",
        "Water pressure zero in {place}, any idea when it's back?",
        "Burst main on {street} has flooded three gardens and no one from the water company is here",
      ],
      updates: [
        "We're aware of a burst main affecting {place}. Engineers are on site and bottled water is at the {place} community centre.",
        "Update: repairs on {street} are under way; supplies in {place} should return by this evening.",
      ], official: 2),
    DemoIncident(
      service: "drainage", hashtag: "{place}Flooding",
      complaints: [
        "Drains on {street} can't cope, water coming up through the manholes", "{street} flooded again, cars stuck",
        "Sewage in the road on {street} after the storm, the smell is awful",
        "Water coming under our front door in {place}",
      ],
      updates: ["Crews are clearing blocked gullies in {place}. Sandbags available at the depot on {street}."],
      official: 0),
    DemoIncident(
      service: "buses", hashtag: "BusChaos",
      complaints: [
        "No {route} for 50 minutes in {place}, stop is rammed",
        "Three {route} buses cancelled in a row, going to be late for work",
        "Buses through {place} all diverted and nobody told us", "Waiting for the {route} bus in the rain for an hour",
      ],
      updates: [
        "Route {route} is diverted around {place} due to a broken-down vehicle. Expect delays of up to 30 minutes."
      ],
      official: 1),
    DemoIncident(
      service: "street-lighting", hashtag: "{place}Blackout",
      complaints: [
        "Every street light in {place} is out tonight", "Walking home through {place} in total darkness, not safe",
        "All the lamps on {street} dead, can't see a thing",
      ],
      updates: ["A power fault has taken out street lights in {place}. Engineers expect to restore them overnight."],
      official: 3),
    DemoIncident(
      service: "rail", hashtag: "SignalFailure",
      complaints: [
        "Signal failure at {station}, everything cancelled",
        "Stuck outside {station} for 40 minutes with no announcement",
        "No trains out of {station} for an hour and nobody can say when",
      ],
      updates: ["Due to a signal failure at {station} trains may be cancelled or delayed until the end of the day."],
      official: 0),
    DemoIncident(
      service: "waste", hashtag: "BinStrike",
      complaints: [
        "No bin collections in {place} for two weeks now, rats everywhere",
        "Bags piling up on {street}, the smell in this heat",
        "When are bins in {place} actually going to be collected?",
      ],
      updates: ["Collections in {place} are delayed. Please keep bins out; crews will catch up over the weekend."],
      official: 0),
  ]
}

/// The demo feed's sentences, written for this project. Placeholders: {place} {street} {route} {station} {n}.
/// Complaints and the other things people post about public services: praise, questions and announcements.
enum DemoPhrasebook {
  enum Tone: Sendable {
    case complaint, praise, question, announcement

    var isComplaint: Bool { self == .complaint }
  }

  struct Line: Sendable {
    var text: String
    var tone: Tone
  }

  struct ServicePhrases: Sendable {
    var complaints: [String]
    var others: [Line]
    var hashtags: [String]
  }

  static func c(_ text: String) -> Line { Line(text: text, tone: .complaint) }
  static func p(_ text: String) -> Line { Line(text: text, tone: .praise) }
  static func q(_ text: String) -> Line { Line(text: text, tone: .question) }
  static func a(_ text: String) -> Line { Line(text: text, tone: .announcement) }

  static let byService: [String: ServicePhrases] = [
    "waste": ServicePhrases(
      complaints: [
        "Bins on {street} missed AGAIN. That's {n} weeks running",
        "Recycling not collected in {place}, overflowing everywhere",
        "Trash pickup skipped our block on {street} again, raccoons having a party",
        "Bin lorry came, emptied next door, drove past ours. Brilliant.",
        "Green bin still sitting full on {street}, been reported twice",
        "Garbage truck hasn't been to {place} since last Tuesday",
      ],
      others: [
        p("Shout out to the bin crew on {street}, always cheerful at 7am"),
        q("Does anyone know if bin day moves because of the bank holiday in {place}?"),
        a("Garden waste collections in {place} restart on Monday. Please have bins out by 7am."),
      ],
      hashtags: ["bins", "recycling", "BinDay"]),
    "flytipping": ServicePhrases(
      complaints: [
        "Someone has dumped a mattress and two sofas at the end of {street}",
        "Fly-tipping on {street} again, builders rubble this time",
        "Illegal dumping behind the shops in {place}, tyres and paint cans",
        "The lay-by near {place} is a tip. Fridges, bags, the lot",
      ],
      others: [
        p("Dumped furniture on {street} cleared within a day of reporting, thank you"),
        q("How do I report fly-tipping on private land in {place}?"),
      ],
      hashtags: ["flytipping", "dumping"]),
    "environmental-health": ServicePhrases(
      complaints: [
        "Rats running across the bins behind the takeaway on {street} every night, disgusting",
        "Bonfire smoke from the allotments in {place} every weekend, can't open a window",
        "Mice in the flats on {street} again, pest control never came back",
        "Food poisoning after a kebab from a shop in {place}, reported it and heard nothing",
      ],
      others: [
        a("Free pest control visits for council tenants in {place} this month, book online"),
        q("Who checks food hygiene ratings for the cafes in {place}?"),
        p("Pest control sorted the wasps' nest on {street} the same day, brilliant service"),
      ],
      hashtags: ["rats", "pestcontrol", "airquality"]),
    "street-cleaning": ServicePhrases(
      complaints: [
        "Broken glass all over the pavement outside the school on {street}",
        "Dog mess every few metres on {street}, disgusting",
        "Graffiti on the underpass in {place} has been there for months",
        "Litter everywhere in {place} after the weekend",
      ],
      others: [
        p("The street sweeper was round {place} this morning, looks so much better"),
        a("Volunteer litter pick in {place} on Saturday at 10, gloves and bags provided"),
      ],
      hashtags: ["litter", "graffiti", "CleanStreets"]),
    "roads": ServicePhrases(
      complaints: [
        "Pothole on {street} the size of a paddling pool", "Another burst tyre thanks to the crater on {street}",
        "Roadworks on {street} for six weeks and nobody is ever working on them",
        "The road surface in {place} is falling apart", "Pothole on {street} just ate my front wheel",
      ],
      others: [
        p("{street} resurfacing finished early, smooth as anything"),
        a("{street} closed overnight Tuesday to Thursday for resurfacing, diversion via {place}"),
        q("Who do I claim from for pothole damage on {street}?"),
      ],
      hashtags: ["potholes", "roadworks", "roads"]),
    "pavements": ServicePhrases(
      complaints: [
        "Cracked slabs on {street}, my mum tripped and hurt her wrist",
        "No dropped kerb anywhere near {street}, impossible with a wheelchair",
        "Sidewalk on {street} buckled by tree roots, trip hazard for weeks",
      ],
      others: [
        q("Is the council responsible for the pavement outside the shops on {street}?"),
        p("New pavement on {street} is lovely and smooth, much easier with the buggy"),
        a("Footway repairs on {street} start Monday; one side stays open throughout"),
      ],
      hashtags: ["pavements", "sidewalks", "accessibility"]),
    "street-lighting": ServicePhrases(
      complaints: [
        "Street light outside {n} {street} out for a month, pitch black",
        "Lamp post flickering all night on {street}, like a disco",
        "Half the lights in {place} park are out, doesn't feel safe walking home",
      ],
      others: [
        p("Street light on {street} fixed two days after reporting, impressed"),
        q("How long does a street light repair usually take?"),
      ],
      hashtags: ["streetlights", "SaferStreets"]),
    "traffic": ServicePhrases(
      complaints: [
        "Temporary lights on {street} stuck on red, queue back to {place}",
        "Traffic signal at {street} junction not working, chaos",
        "Gridlock through {place} every morning since the junction changed",
      ],
      others: [
        a("Signal upgrade at {street} junction completes this weekend, expect delays"),
        p("The new pedestrian crossing on {street} has made the walk to the shops so much calmer"),
        q("Are the temporary lights on {street} staying up over the weekend?"),
      ],
      hashtags: ["traffic", "gridlock"]),
    "parking": ServicePhrases(
      complaints: [
        "Parking ticket while my permit was clearly on the dashboard. Appealing.",
        "Someone blocking my driveway on {street} again, third time this week",
        "Abandoned car on {street} for two months, untaxed",
        "Wardens everywhere in {place} but nobody stops the pavement parking",
      ],
      others: [
        q("Can I get a visitor parking permit online for {place}?"),
        a("Residents' parking permits for {place} can now be renewed online"),
        p("Thanks for sorting the bay markings on {street}, parking is far easier now"),
      ],
      hashtags: ["parking"]),
    "buses": ServicePhrases(
      complaints: [
        "The {route} didn't turn up AGAIN, 40 minutes at the stop", "Number {route} sailed past a full stop in {place}",
        "Bus shelter on {street} smashed for weeks, standing in the rain", "The {route} timetable is fiction",
        "Bus driver on the {route} refused to lower the ramp for my buggy",
      ],
      others: [
        p("Lovely driver on the {route} this morning waited for an old man running for it"),
        a("From Monday the {route} runs every 12 minutes through {place}"),
        q("Is the {route} still diverted around {street}?"),
      ],
      hashtags: ["buses", "bus{route}"]),
    "rail": ServicePhrases(
      complaints: [
        "Train cancelled again at {station}, third time this week",
        "Lift at {station} broken, carried a pushchair up 40 steps",
        "Subway delays every single morning, how is this acceptable", "Tram from {station} packed and 25 minutes late",
      ],
      others: [
        q("Are trains running from {station} on Sunday with the engineering works?"),
        p("Fair play, staff at {station} sorted a taxi when the last train was cancelled"),
      ],
      hashtags: ["trains", "commute"]),
    "drainage": ServicePhrases(
      complaints: [
        "Blocked drain on {street} floods the road every time it rains",
        "Sewage smell coming up from the drains in {place}",
        "{street} flooded again, gullies haven't been cleared in years",
      ],
      others: [
        a("Gully cleaning in {place} this week, please move cars from {street} on Wednesday"),
        p("Gullies on {street} cleared yesterday, no puddles this morning for once"),
        q("Where can I pick up sandbags for the flooding in {place}?"),
      ],
      hashtags: ["flooding", "drains"]),
    "water": ServicePhrases(
      complaints: [
        "Water pressure in {place} terrible again this evening", "Brown water from the taps on {street}, is it safe?",
        "Leak in the road on {street} pouring for days, what a waste of water",
      ],
      others: [
        q("Is there planned work on the water supply in {place} this week?"),
        a("Planned work on the water main in {place} on Tuesday, supply off 9am to 1pm"),
        p("Water supply back on in {place}, thanks to the crew who worked through the night"),
      ],
      hashtags: ["water"]),
    "parks": ServicePhrases(
      complaints: [
        "Playground in {place} park still taped off, kids gutted",
        "Fallen tree blocking the path in {place} park since the storm",
        "Grass in {place} park not cut in weeks, knee high",
      ],
      others: [
        p("The new playground in {place} is fantastic, well done everyone"),
        a("Summer fun day in {place} park on Saturday, free entry"),
      ],
      hashtags: ["parks", "playground"]),
    "noise": ServicePhrases(
      complaints: [
        "Loud music from a flat on {street} till 3am again", "Building site on {street} starting at 6am on a Saturday",
        "Dog barking all day every day on {street}, reported three times",
      ],
      others: [
        q("What hours are building sites allowed to work in {place}?"),
        p("Noise team came out about the party on {street} within an hour, thank you"),
        a("Noise from building work in {place} is only allowed 8am to 6pm on weekdays"),
      ],
      hashtags: ["noise"]),
    "housing": ServicePhrases(
      complaints: [
        "Damp and mould in my council flat for a year, kids keep getting ill",
        "Boiler broken for {n} days, housing repairs keep cancelling",
        "Leak from upstairs coming through the ceiling, still no housing officer",
        "Landlord ignoring the heating repair for weeks",
      ],
      others: [
        p("Repairs team fixed our windows same day, really grateful"),
        q("How do I join the housing register in {place}?"),
      ],
      hashtags: ["housing", "damp", "repairs"]),
    "homelessness": ServicePhrases(
      complaints: [
        "More people sleeping rough by {station} every week and no outreach",
        "Family of four in one hotel room for six months, temporary accommodation is a joke",
      ],
      others: [
        a("Night shelter in {place} open from tonight, beds for 30, referrals via outreach"),
        q("Who do I call if I see someone sleeping rough in {place} in this cold?"),
        p("Outreach workers in {place} do amazing work, thank you"),
      ],
      hashtags: ["homelessness", "RoughSleeping"]),
    "health": ServicePhrases(
      complaints: [
        "Tried to get a GP appointment for 3 days, phone lines full at 8:01", "Six hours in A&E with a broken wrist",
        "Waited 3 hours for an ambulance for my dad", "ER wait at the hospital was 7 hours last night",
      ],
      others: [
        p("The nurses on ward {n} were amazing with my nan, thank you NHS"),
        a("Walk-in flu jabs at the {place} health centre this Saturday"),
        q("Is the minor injuries unit in {place} open at weekends?"),
      ],
      hashtags: ["NHS", "GP", "health"]),
    "social-care": ServicePhrases(
      complaints: [
        "Mum's care package cut and nobody told us", "Waiting four months for a social care assessment for dad",
        "Carers keep turning up late or not at all",
      ],
      others: [
        p("The day centre in {place} has given my dad his spark back"),
        q("Who do I call to arrange respite care for my mum in {place}?"),
        a("Carers' support drop-in at {place} every Thursday, 10 till 2"),
      ],
      hashtags: ["socialcare", "carers"]),
    "schools": ServicePhrases(
      complaints: [
        "Still no school place for my son and term starts Monday",
        "EHCP review overdue by five months, SEND support is failing",
        "School bus didn't turn up, kids stranded in {place}",
      ],
      others: [
        q("When do secondary school admissions open for {place}?"),
        a("Schools in {place} open as normal tomorrow despite the weather"),
      ],
      hashtags: ["schools", "SEND"]),
    "council-tax": ServicePhrases(
      complaints: [
        "Charged council tax twice this month, still waiting for the refund",
        "Council tax website down again on payment day",
        "Property tax bill went up again and services keep getting worse",
      ],
      others: [
        q("How do I apply for the single person council tax discount?"),
        a("Council tax bills for next year arrive in March; pay by direct debit to spread the cost"),
        p("Council tax support application done online in ten minutes, easier than I feared"),
      ],
      hashtags: ["counciltax"]),
    "libraries": ServicePhrases(
      complaints: [
        "{place} library closed on Saturdays now, where are students meant to go",
        "Pool at the leisure centre closed again with no notice",
      ],
      others: [
        p("{place} library storytime is the highlight of our week"),
        q("Does the library in {place} have a printer?"),
        a("New opening hours at {place} library from next month, now open Sundays"),
      ],
      hashtags: ["libraries", "leisure"]),
  ]

  /// Posts in other languages from community groups: (text, service, tone, language code).
  static let community: [(text: String, service: String, tone: Tone, language: String)] = [
    ("Dydy'r biniau ddim wedi cael eu casglu ers pythefnos yn {place}.", "waste", .complaint, "cy"),
    ("Mae'r ffordd yn llawn tyllau ger yr ysgol.", "roads", .complaint, "cy"),
    ("Diolch i staff y llyfrgell am eu help heddiw!", "libraries", .praise, "cy"),
    ("Od tygodnia nikt nie odebrał śmieci na {street}. Kiedy to się skończy?", "waste", .complaint, "pl"),
    ("Autobus {route} znowu spóźnił się o 20 minut.", "buses", .complaint, "pl"),
    ("Dziękuję za szybką naprawę latarni!", "street-lighting", .praise, "pl"),
    ("ہماری گلی میں تین دن سے پانی نہیں آ رہا", "water", .complaint, "ur"),
    ("کوڑا ابھی تک نہیں اٹھایا گیا", "waste", .complaint, "ur"),
    ("我们小区的路灯坏了一个星期了，晚上很黑。", "street-lighting", .complaint, "zh"),
    ("图书馆周末几点开门？", "libraries", .question, "zh"),
    ("公交车又晚点了，等了半个小时。", "buses", .complaint, "zh"),
    ("La basura no se ha recogido en toda la semana en {street}.", "waste", .complaint, "es"),
    ("¿Alguien sabe si la biblioteca abre el domingo?", "libraries", .question, "es"),
  ]

  /// Openers and closers that vary the sentences.
  static let complaintOpeners = ["", "", "", "Honestly. ", "Day {n} of this: ", "Not again. ", "Yet again: "]
  static let complaintClosers = [
    "", "", "", " Sort it out!", " Not good enough.", " Any update?", " Ridiculous.", " 🙄",
  ]
  static let complaintEmoji = ["😡", "😤", "🙄", "😩", "🤬", "💩"]
  static let friendlyEmoji = ["👍", "🙏", "😊", "💚", "👏", "🎉"]
}

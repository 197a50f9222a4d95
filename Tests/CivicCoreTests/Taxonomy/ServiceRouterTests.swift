import XCTest

@testable import CivicCore

final class ServiceRouterTests: XCTestCase {
  let builtIn = ServiceRouter.builtIn

  func router(_ toml: String) throws -> ServiceRouter {
    ServiceRouter(taxonomy: try Taxonomy.parse(toml, file: "t.toml"))
  }

  // MARK: traps from the issue and the reference notes

  func testRubbishAsAnAdjectiveIsNotWaste() {
    XCTAssertNil(builtIn.primaryService(for: "this phone case is rubbish"))
    XCTAssertNil(builtIn.primaryService(for: "What a rubbish day"))
    XCTAssertEqual(builtIn.primaryService(for: "rubbish not collected for two weeks"), "waste")
    XCTAssertEqual(builtIn.primaryService(for: "The service is rubbish, bins left unemptied"), "waste")
  }

  /// German "ich bin" ("I am", and the #IchBinHanna campaign in the shared Mastodon and v2 samples) is no bin.
  func testGermanIchBinIsNotWaste() {
    XCTAssertNil(builtIn.primaryService(for: "Ich bin Hanna #IchBinHanna"))
    XCTAssertNil(builtIn.primaryService(for: "bin ich zu spät?"))
    XCTAssertEqual(builtIn.primaryService(for: "bin ich zu spät? the bin was not collected"), "waste")
    XCTAssertEqual(builtIn.primaryService(for: "the bin men never came"), "waste")
  }

  func testLeakFromTheFlatUpstairsIsHousingNotWater() {
    XCTAssertEqual(builtIn.services(for: "a leak from the flat upstairs"), ["housing"])
    XCTAssertEqual(builtIn.primaryService(for: "water leaking through my ceiling from the flat upstairs"), "housing")
    XCTAssertEqual(builtIn.primaryService(for: "burst water main, leak in the road outside number 4"), "water")
  }

  func testBinAsAVerb() {
    XCTAssertNil(builtIn.primaryService(for: "bin it"))
    XCTAssertNil(builtIn.primaryService(for: "I binned the leaflet"))
    XCTAssertEqual(builtIn.primaryService(for: "bin it? the bin hasn't been emptied in weeks"), "waste")
  }

  func testTrainAsAVerb() {
    XCTAssertNil(builtIn.primaryService(for: "we need to train more staff"))
    XCTAssertNil(builtIn.primaryService(for: "staff training day"))
    XCTAssertNil(builtIn.primaryService(for: "I trained hard at the weekend"))
    XCTAssertEqual(builtIn.primaryService(for: "the 7:42 train to Leeds is late again"), "rail")
  }

  func testPlaceNamesDoNotRoute() {
    XCTAssertNil(builtIn.primaryService(for: "Meet me on Water Lane"))
    XCTAssertNil(builtIn.primaryService(for: "The cafe on Station Road is great"))
    XCTAssertNil(builtIn.primaryService(for: "Lovely flat on Park Avenue for sale"))
    XCTAssertNil(builtIn.primaryService(for: "Sunny afternoon on Library Way"))
    // The rest of the post still routes, and the words route when they are not a place name.
    XCTAssertEqual(builtIn.primaryService(for: "Huge potholes on Station Road"), "roads")
    XCTAssertEqual(builtIn.primaryService(for: "the park is covered in litter and dog mess"), "street-cleaning")
    XCTAssertEqual(builtIn.primaryService(for: "Broken swings in the park by Water Lane"), "parks")
  }

  /// "Rats running around" is vermin, "rat running" through an estate is traffic (both read as rat + run).
  func testRatsRunningIsVerminAndRatRunningIsTraffic() {
    XCTAssertEqual(
      builtIn.primaryService(for: "Rats running across the bins behind the takeaway"), "environmental-health")
    XCTAssertEqual(builtIn.services(for: "rats running around the kitchen again"), ["environmental-health"])
    XCTAssertEqual(builtIn.primaryService(for: "Drivers rat running through our estate to avoid the lights"), "traffic")
    XCTAssertEqual(builtIn.services(for: "another rat run, cars speeding"), ["traffic"])
  }

  /// A longer form of a phrase word ("running") listed in an earlier phrase takes the id of its stem ("run") listed
  /// in a later one, as it does in a post: which service the file lists first changes nothing.
  func testPhraseWordFormsDoNotDependOnTheOrderOfTheFile() throws {
    for order in [["a", "b"], ["b", "a"]] {
      let services = [
        "a": "[[service]]\nid = \"vermin\"\nkeywords = [\"rats running around\"]\n",
        "b": "[[service]]\nid = \"traffic\"\nkeywords = [\"rat run\"]\n",
      ]
      let router = try router(order.compactMap { services[$0] }.joined())
      XCTAssertEqual(router.services(for: "rat running through the estate"), ["traffic"], "\(order)")
      XCTAssertEqual(router.primaryService(for: "rats running around the kitchen"), "vermin", "\(order)")
    }
  }

  func testRoadTripAndOtherExclusions() {
    XCTAssertNil(builtIn.primaryService(for: "Road trip to the coast!"))
    XCTAssertEqual(builtIn.primaryService(for: "Road trip ruined by potholes the size of bathtubs"), "roads")
    XCTAssertNil(builtIn.primaryService(for: "nowhere left to park the car at the shops"), "park as a verb")
  }

  // MARK: matching rules, on a small taxonomy of its own

  let small = """
    place_words = ["road", "lane"]

    [[service]]
    id = "roads"
    keywords = ["pothole", "road surface", "fly-tip"]
    weak = ["road", "dangerous"]
    hashtags = ["potholes"]
    handles = ["@NationalHighways"]
    exclude = ["road trip"]

    [[service]]
    id = "drainage"
    keywords = ["flood", "blocked drain", "library"]

    [[service]]
    id = "parks"
    weight = 3
    keywords = ["park"]
    exclude = ["to park"]
    """

  func testCaseInsensitiveWholeWords() throws {
    let r = try router(small)
    XCTAssertEqual(r.services(for: "POTHOLE!!"), ["roads"])
    XCTAssertEqual(r.services(for: "PotHole"), ["roads"])
    XCTAssertEqual(r.services(for: "potholed"), ["roads"], "-ed form")
    XCTAssertEqual(r.services(for: "potholery"), [], "not a whole word")
    XCTAssertEqual(r.services(for: "flooding"), ["drainage"])
    XCTAssertEqual(r.services(for: "flooded"), ["drainage"])
    XCTAssertEqual(r.services(for: "floods"), ["drainage"])
    XCTAssertEqual(r.services(for: "libraries"), ["drainage"], "ies plural")
    XCTAssertEqual(r.services(for: "Blocked drains"), ["drainage"], "plural inside a phrase")
    XCTAssertEqual(r.services(for: "blocked, drain"), [], "a phrase does not span punctuation")
    XCTAssertEqual(r.services(for: "blocked   drain"), ["drainage"])
  }

  func testInflectionsOfPhrasesAndHyphens() throws {
    let r = try router(small)
    XCTAssertEqual(r.services(for: "fly tip"), ["roads"])
    XCTAssertEqual(r.services(for: "fly-tipped"), ["roads"])
    XCTAssertEqual(r.services(for: "flytip"), ["roads"])
    XCTAssertEqual(r.services(for: "road surfaces"), ["roads"])
  }

  func testHashtagsMatchHashtagPatternsAndKeywords() throws {
    let r = try router(small)
    let match = r.route("#Potholes again")
    XCTAssertEqual(match.map { $0.serviceID }, ["roads"])
    XCTAssertEqual(match.first?.terms, ["#potholes", "pothole"])
    XCTAssertEqual(match.first?.score, 3)
    XCTAssertEqual(r.route("#pothole").first?.terms, ["#potholes", "pothole"])
    XCTAssertEqual(r.route("#flood").first?.terms, ["flood"])
    XCTAssertEqual(r.services(for: "C#potholes"), ["roads"], "the word after a glued # still counts as a word")
  }

  func testCamelCaseHashtagsAreReadAsWords() throws {
    let r = try router(small)
    XCTAssertEqual(r.route("#RoadSurfaceDamage").first?.terms, ["road surface"])
    XCTAssertEqual(r.services(for: "#FixThePotholes"), ["roads"])
    XCTAssertEqual(r.services(for: "#ROADSurface"), ["roads"])
    XCTAssertEqual(r.services(for: "#roadsurface"), [], "without capitals there is no word boundary")
    XCTAssertEqual(r.services(for: "#DangerousRoad"), ["roads"], "two weak words inside one hashtag")
    XCTAssertEqual(builtIn.primaryService(for: "third week running #BinsNotCollected"), "waste")
    XCTAssertEqual(builtIn.primaryService(for: "#NHSCrisis"), "health")
    XCTAssertEqual(builtIn.primaryService(for: "#A38Closed"), nil)
  }

  func testAKeywordReadFromACamelCaseHashtagWeighsAsAHashtag() throws {
    let r = try router(small)
    XCTAssertEqual(r.route("#FixThePotholes").first?.score, 2, "pothole, read from the hashtag: a hashtag's 2")
    XCTAssertEqual(r.route("pothole").first?.score, 1, "the same keyword as a word")
    XCTAssertEqual(r.route("#RoadSurfaceDamage").first?.score, 2, "a phrase read from a hashtag: 2, not 1.5")
    XCTAssertEqual(r.route("#DangerousRoad").first?.score, 1, "weak words stay weak")
    XCTAssertEqual(r.route("#FixThePotholes and the pothole").first?.score, 2.25, "the word is then a repeat")
    // The demo's incident post: two weak rail words in the text, the bus in the hashtag.
    XCTAssertEqual(
      builtIn.services(for: "Three 38s cancelled in a row, going to be late for work #BusChaos"), ["buses", "rail"])
    XCTAssertEqual(builtIn.services(for: "Three 38s cancelled in a row, going to be late for work"), ["rail"])
  }

  func testHandles() throws {
    let r = try router(small)
    XCTAssertEqual(r.route("@nationalhighways sort it out").first?.terms, ["@NationalHighways"])
    XCTAssertEqual(r.route("@NationalHighways.").first?.score, 2.5)
    XCTAssertEqual(r.services(for: "@NationalHighways@mastodon.social hello"), ["roads"])
    XCTAssertEqual(r.services(for: "@NationalHighwaysFan hello"), [])
    XCTAssertEqual(r.services(for: "mail nationalhighways"), [], "a handle only matches as a mention")
    XCTAssertEqual(r.services(for: "me@NationalHighways.com"), [], "an e-mail address is not a mention")
  }

  func testWeakTermsNeedASecondTerm() throws {
    let r = try router(small)
    XCTAssertEqual(r.services(for: "the road"), [])
    XCTAssertEqual(r.services(for: "the road road road"), [])
    XCTAssertEqual(r.services(for: "the road is dangerous"), ["roads"])
    XCTAssertEqual(r.route("the road is dangerous").first?.score, 1)
    XCTAssertEqual(r.services(for: "the road has a pothole"), ["roads"])
  }

  func testExclusionsCancelOnlyWhatTheyOverlap() throws {
    let r = try router(small)
    XCTAssertEqual(r.services(for: "road trip, dangerous"), [])
    XCTAssertEqual(r.services(for: "road trip over a pothole"), ["roads"])
    XCTAssertEqual(r.services(for: "nowhere to park"), [])
    XCTAssertEqual(r.services(for: "walk to the park"), ["parks"])
    // An exclusion cancels the terms inside it, not a longer term reaching past it.
    let drains = try router(
      "[[service]]\nid = \"d\"\nkeywords = [\"drain\", \"storm drain\"]\nexclude = [\"drain on\"]\n")
    XCTAssertEqual(drains.services(for: "a drain on resources"), [])
    XCTAssertEqual(drains.route("storm drain on my block").first?.terms, ["storm drain"])
  }

  func testPlaceWordsNeedCapitals() throws {
    let r = try router(small)
    XCTAssertEqual(r.services(for: "Flood Lane"), [])
    XCTAssertEqual(r.services(for: "flood lane"), ["drainage"])
    XCTAssertEqual(r.services(for: "Flood. Lane"), ["drainage"])
  }

  func testSeveralServicesStrongestFirst() throws {
    let r = try router(small)
    // park (1 x weight 3) beats pothole + road surface (2 + weak... = 2.5).
    let both = r.route("pothole and road surface damage by the park")
    XCTAssertEqual(both.map { $0.serviceID }, ["parks", "roads"])
    XCTAssertEqual(both.map { $0.score }, [3, 2.5])
    // Equal scores: the earlier match comes first.
    XCTAssertEqual(r.services(for: "flood near the pothole"), ["drainage", "roads"])
    XCTAssertEqual(r.services(for: "pothole near the flood"), ["roads", "drainage"])
    // A repeated term adds a little; a term inside a longer one adds nothing.
    XCTAssertEqual(r.route("pothole pothole").first?.score, 1.25)
    XCTAssertEqual(r.route("road surface").first?.terms, ["road surface"])
  }

  func testApostrophesAndUnicode() throws {
    let r = try router("[[service]]\nid = \"a\"\nkeywords = [\"didn't come\", \"café\", \"a&e\"]\n")
    XCTAssertEqual(r.services(for: "bus didn’t come"), ["a"])
    XCTAssertEqual(r.services(for: "bus didnt come"), ["a"])
    XCTAssertEqual(r.services(for: "CAFÉ closed"), ["a"])
    XCTAssertEqual(r.services(for: "8 hours in A&E 😡"), ["a"])
    XCTAssertEqual(r.services(for: "a & e"), [])
    XCTAssertEqual(r.services(for: "😡😡😡 \u{0}\u{FFFF} ééé"), [])
  }

  func testBadAndHugeInputDoNotCrash() {
    XCTAssertEqual(builtIn.services(for: ""), [])
    XCTAssertEqual(builtIn.services(for: "#"), [])
    XCTAssertEqual(builtIn.services(for: "@"), [])
    XCTAssertEqual(builtIn.services(for: "# @ #_ @_ ’ ' & -"), [])
    let long = String(repeating: "pothole bins noise ", count: 5000)
    let services = builtIn.services(for: long)
    XCTAssertTrue(services.contains("roads"))
    XCTAssertTrue(services.contains("noise"))
    let invalid = String(decoding: [0xFF, 0xC3, 0x28, 0x62, 0x69, 0x6E, 0x73, 0xE2, 0x80], as: UTF8.self)
    _ = builtIn.route(invalid)
  }

  func testCompilingManyServicesKeepsOneAutomaton() throws {
    var toml = ""
    for i in 0..<300 { toml += "[[service]]\nid = \"s\(i)\"\nkeywords = [\"word\(i)\", \"phrase number \(i)\"]\n" }
    let r = try router(toml)
    XCTAssertEqual(r.serviceIDs.count, 300)
    XCTAssertEqual(r.services(for: "we saw word299 and phrase number 7"), ["s7", "s299"])
  }

  func testPostClassifierFillsServicesAndScore() {
    struct Stub: ComplaintScoring {
      func score(text: String) -> ComplaintScore {
        ComplaintScore(score: text.contains("again") ? 0.9 : 0.1, complaint: text.contains("again"), why: ["again"])
      }
    }
    let classifier = PostClassifier(router: builtIn, scorer: Stub())
    var post = Post(id: "1", platform: .text, authorHandle: "a", arrivalTime: 0, text: "Bins missed again #potholes")
    classifier.classify(&post)
    XCTAssertEqual(post.services.first, "roads")
    XCTAssertTrue(post.services.contains("waste"))
    XCTAssertTrue(post.complaint)
    XCTAssertEqual(post.complaintScore, 0.9)
    XCTAssertEqual(post.why, ["again"])
    XCTAssertEqual(classifier.explainRouting(post).first?.terms, ["#potholes", "pothole"])

    var plain = Post(id: "2", platform: .text, authorHandle: "a", arrivalTime: 0, text: "lovely day", complaint: true)
    PostClassifier(router: builtIn, scorer: nil).classify(&plain)
    XCTAssertEqual(plain.services, [])
    XCTAssertTrue(plain.complaint, "without a scorer the complaint fields are left alone")
  }
}

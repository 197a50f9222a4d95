import XCTest

@testable import CivicCore

/// Realistic posts (written for this test, UK and US phrasing) and the primary service each should route to.
final class RoutingTableTests: XCTestCase {
  static let cases: [(text: String, primary: String?)] = [
    // waste
    ("Bins not collected AGAIN on our street, third week running", "waste"),
    ("@MyCouncil you missed our recycling collection, the blue bin is overflowing", "waste"),
    ("Trash pickup skipped our block again, garbage piling up on the curb", "waste"),
    ("Can I get a replacement wheelie bin? Ours was stolen", "waste"),
    ("The bin men left rubbish all over the road after emptying the bins", "waste"),
    // flytipping
    ("Someone has dumped a mattress and two sofas in the alley behind the shops", "flytipping"),
    ("More fly-tipping on the lane by the allotments, builders rubble everywhere", "flytipping"),
    ("Illegal dumping under the overpass again, old tires and a fridge", "flytipping"),
    // street-cleaning
    ("Dog poo all over the pavement outside the primary school, disgusting", "street-cleaning"),
    ("Broken glass and litter all along the high street this morning", "street-cleaning"),
    ("Graffiti tagged across the underpass walls overnight", "street-cleaning"),
    // roads
    ("Huge pothole on the A38 nearly took my wheel off", "roads"),
    ("When are the roadworks outside the station going to finish?", "roads"),
    ("Road surface on the bypass is crumbling, potholes everywhere", "roads"),
    ("There is a massive sinkhole in the middle of 5th Avenue", "roads"),
    // pavements
    ("Cracked paving slabs outside number 12, my mum tripped and fell", "pavements"),
    ("The sidewalk on Maple is completely broken up, can't get a stroller past", "pavements"),
    ("Dropped kerb needed at the corner, wheelchair users can't cross", "pavements"),
    // street-lighting
    ("Street light outside my house has been out for a month", "street-lighting"),
    ("Streetlights flickering all night on Elm, it's pitch black by the alley", "street-lighting"),
    ("Lamp post knocked over by a van and nobody has fixed it", "street-lighting"),
    // traffic
    ("Traffic lights at the junction stuck on red for 20 minutes", "traffic"),
    ("Gridlock on the ring road every evening since the temporary lights went in", "traffic"),
    ("The stop sign at Oak and 3rd is missing, someone will get killed", "traffic"),
    // parking
    ("Someone parked across my driveway again and I can't get out", "parking"),
    ("Got a parking ticket while the pay and display machine was broken", "parking"),
    ("Abandoned car with no plates outside our house for three weeks", "parking"),
    ("Cars parked on the pavement every day, nowhere to park for residents", "parking"),
    // buses
    ("The number 38 bus didn't turn up again, waited 40 minutes", "buses"),
    ("Bus driver drove straight past the stop even though I waved", "buses"),
    ("The bus shelter on Church Road has had its glass smashed", "buses"),
    // rail
    ("My train was cancelled AGAIN, how am I supposed to get to work", "rail"),
    ("Subway delays on the L train every single morning", "rail"),
    ("The lift at the station has been broken for weeks, no step-free access", "rail"),
    ("Tube signal failure on the Northern line, packed platforms", "rail"),
    // drainage
    ("Road completely flooded outside the school, the drains are blocked", "drainage"),
    ("Raw sewage coming up through the manhole into our garden", "drainage"),
    // water
    ("No water in the whole street since 6am, what's going on?", "water"),
    ("Water main burst on the high road, water gushing everywhere", "water"),
    ("Brown water coming out of the taps again", "water"),
    // parks
    ("The playground in the park has a broken swing and glass everywhere", "parks"),
    ("A fallen tree is blocking the path in the park", "parks"),
    ("When was the grass last cut on the rec? It's knee high", "parks"),
    // noise
    ("Neighbours playing loud music until 4am every weekend", "noise"),
    ("Dog barking non stop all day next door", "noise"),
    ("Construction noise starting at 6am on a Sunday, is that even allowed", "noise"),
    // housing
    ("Black mould in my council flat and the landlord won't fix it", "housing"),
    ("A leak from the flat upstairs has ruined my kitchen ceiling", "housing"),
    ("Our boiler has been broken for two weeks, no heating with a newborn", "housing"),
    ("Landlord won't fix the heat, building has had no heat since Tuesday", "housing"),
    // homelessness
    ("So many people sleeping rough in doorways in the town centre", "homelessness"),
    ("Family of four in temporary accommodation for two years now", "homelessness"),
    // health
    ("Can't get a GP appointment for three weeks, absolute joke", "health"),
    ("Waited 9 hours in A&E with my daughter last night", "health"),
    ("ER wait at the hospital was six hours, nobody even triaged us", "health"),
    ("Ambulance took two hours to come for my grandad", "health"),
    // social-care
    ("My dad's care package was cut without any assessment", "social-care"),
    ("Still waiting for a social worker to call back about mum's dementia", "social-care"),
    // schools
    ("We didn't get any of our school places, the admissions team won't reply", "schools"),
    ("Still no EHCP after 40 weeks, SEN support is failing our son", "schools"),
    // council-tax
    ("Council tax went up again and the bins are still not collected", "council-tax"),
    ("Why has my property tax bill doubled this year?", "council-tax"),
    ("Charged twice for council tax this month, need a refund", "council-tax"),
    // libraries
    ("Why is the library closing at 4pm on weekdays now?", "libraries"),
    ("Leisure centre pool closed again for maintenance", "libraries"),
    // none
    ("This phone case is rubbish", nil),
    ("Going on a road trip with the family this weekend", nil),
    ("Just bin it, it's not worth keeping", nil),
    ("We need to train our new staff properly", nil),
    ("Meet me on Park Avenue at 6", nil),
    ("Lovely sunny day today, hope everyone is well", nil),
    ("That film was absolutely rubbish", nil),
    ("Flooded with messages after the match, thanks everyone", nil),
  ]

  func testPrimaryServiceOfEachSentence() {
    let router = ServiceRouter.builtIn
    var failures: [String] = []
    for (text, primary) in RoutingTableTests.cases where router.primaryService(for: text) != primary {
      let got = router.route(text).map { "\($0.serviceID) \($0.score) \($0.terms)" }
      failures.append("\"\(text)\": expected \(primary ?? "none"), got \(got)")
    }
    XCTAssertTrue(failures.isEmpty, failures.joined(separator: "\n"))
    XCTAssertGreaterThanOrEqual(RoutingTableTests.cases.count, 60)
  }

  func testEveryRequiredServiceIsCoveredByTheTable() {
    let covered = Set(RoutingTableTests.cases.compactMap { $0.primary })
    for id in TaxonomyParserTests.requiredIDs {
      XCTAssertTrue(covered.contains(id), "no sentence for \(id)")
    }
  }
}

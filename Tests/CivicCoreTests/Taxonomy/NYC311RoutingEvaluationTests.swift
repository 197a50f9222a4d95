import XCTest

@testable import CivicCore

/// Honest evaluation of the built-in taxonomy on 2,000 real NYC 311 requests (2011): the text routed is
/// "Complaint Type: Descriptor"; the expected service comes from the mapping of complaint types below, fixed
/// before the router was run on this file (types no default service covers expect no route). The figures are
/// printed, not asserted: this file is for evaluation only and nothing is tuned on it.
final class NYC311RoutingEvaluationTests: XCTestCase {
  static let expected: [String: String?] = [
    "Street Condition": "roads", "Highway Condition": "roads", "Bridge Condition": "roads",
    "Noise - Residential": "noise", "Noise - Commercial": "noise", "Noise - Vehicle": "noise",
    "Noise - Street/Sidewalk": "noise", "Noise - Park": "noise", "Noise - House of Worship": "noise",
    "Blocked Driveway": "parking", "Illegal Parking": "parking", "Derelict Vehicle": "parking",
    "Derelict Vehicles": "parking", "Broken Muni Meter": "parking", "Broken Parking Meter": "parking",
    "DOF Parking - Payment Issue": "parking", "DOF Parking - Request Status": "parking",
    "DOF Parking - DMV Clearance": "parking", "DOF Parking - Request Copy": "parking", "Parking Card": "parking",
    "DHS Advantage - Tenant": "homelessness", "DHS Advantage -Landlord/Broker": "homelessness",
    "DHS Advantage - Third Party": "homelessness", "Homeless Encampment": "homelessness",
    "Panhandling": "homelessness",
    "DOF Property - Owner Issue": "council-tax", "DOF Property - Reduction Issue": "council-tax",
    "DOF Property - Request Copy": "council-tax", "DOF Property - Payment Issue": "council-tax",
    "DOF Property - City Rebate": "council-tax",
    "SCRIE": "housing", "HPD Literature Request": "housing", "Home Repair": "housing", "Window Guard": "housing",
    "Mold": "housing", "Weatherization": "housing", "Housing Options": "housing",
    "Housing - Low Income Senior": "housing",
    "Sidewalk Condition": "pavements", "Curb Condition": "pavements", "Root/Sewer/Sidewalk Condition": "pavements",
    "Damaged Tree": "parks", "New Tree Request": "parks", "Overgrown Tree/Branches": "parks", "Dead Tree": "parks",
    "Illegal Tree Damage": "parks", "Maintenance or Facility": "parks", "Animal in a Park": "parks",
    "Street Sign - Missing": "traffic", "Street Sign - Dangling": "traffic", "Street Sign - Damaged": "traffic",
    "Traffic": "traffic",
    "Bus Stop Shelter Complaint": "buses", "Bus Stop Shelter Placement": "buses",
    "School Maintenance": "schools",
    "Sanitation Condition": "street-cleaning", "Graffiti": "street-cleaning",
    "Elder Abuse": "social-care", "Alzheimer's Care": "social-care", "Senior Center Complaint": "social-care",
    "Home Delivered Meal - Missed Delivery": "social-care", "Home Delivered Meal Complaint": "social-care",
    "Bereavement Support Group": "social-care",
    "Drinking Water": "water", "Bottled Water": "water",
    "Smoking": "environmental-health", "Indoor Air Quality": "environmental-health",
    "Food Establishment": "environmental-health", "Food Poisoning": "environmental-health",
    "Unsanitary Animal Pvt Property": "environmental-health", "Unsanitary Pigeon Condition": "environmental-health",
    "Asbestos": "environmental-health",
  ]

  static var datasetPath: String {
    TaxonomyParserTests.packageRoot.deletingLastPathComponent()
      .appendingPathComponent("shared/datasets/nyc311/311_subset.micro.csv").path
  }

  /// Minimal RFC 4180 reader: quoted fields, doubled quotes, commas and newlines inside quotes.
  static func rows(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var iterator = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    while let c = pending ?? iterator.next() {
      pending = nil
      if quoted {
        if c == "\"" {
          let next = iterator.next()
          if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
        } else {
          field.unicodeScalars.append(c)
        }
      } else if c == "\"" {
        quoted = true
      } else if c == "," {
        row.append(field)
        field = ""
      } else if c == "\n" {
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      } else if c != "\r" {
        field.unicodeScalars.append(c)
      }
    }
    if !field.isEmpty || !row.isEmpty {
      row.append(field)
      rows.append(row)
    }
    return rows
  }

  func testRoutingAgreementWithNYC311ComplaintTypes() throws {
    guard let data = FileManager.default.contents(atPath: NYC311RoutingEvaluationTests.datasetPath) else {
      throw XCTSkip("NYC 311 sample not found at \(NYC311RoutingEvaluationTests.datasetPath) (../shared is absent)")
    }
    let table = NYC311RoutingEvaluationTests.rows(String(decoding: data, as: UTF8.self))
    guard let header = table.first, let typeColumn = header.firstIndex(of: "Complaint Type"),
      let descriptorColumn = header.firstIndex(of: "Descriptor")
    else { return XCTFail("unexpected header") }
    let router = ServiceRouter.builtIn
    var inScope = 0
    var primaryCorrect = 0
    var anyCorrect = 0
    var outOfScope = 0
    var outOfScopeUnrouted = 0
    var unmapped = Set<String>()
    var confusion: [String: Int] = [:]
    for row in table.dropFirst() where row.count > max(typeColumn, descriptorColumn) {
      let type = row[typeColumn]
      let services = router.services(for: type + ": " + row[descriptorColumn])
      guard let expectation = NYC311RoutingEvaluationTests.expected[type] else {
        unmapped.insert(type)
        outOfScope += 1
        if services.isEmpty { outOfScopeUnrouted += 1 }
        continue
      }
      guard let service = expectation else { continue }
      inScope += 1
      if services.first == service {
        primaryCorrect += 1
      } else {
        confusion["\(type) -> \(services.first ?? "none")", default: 0] += 1
      }
      if services.contains(service) { anyCorrect += 1 }
    }
    let total = inScope + outOfScope
    func percent(_ a: Int, _ b: Int) -> String {
      b == 0 ? "n/a" : String(format: "%.1f%%", 100 * Double(a) / Double(b))
    }
    print("NYC311 routing evaluation: \(total) requests, \(inScope) of a type a default service covers")
    print("  primary service correct: \(primaryCorrect)/\(inScope) = \(percent(primaryCorrect, inScope))")
    print("  expected service among matches: \(anyCorrect)/\(inScope) = \(percent(anyCorrect, inScope))")
    print(
      "  other types left unrouted: \(outOfScopeUnrouted)/\(outOfScope) = \(percent(outOfScopeUnrouted, outOfScope))"
    )
    for (key, count) in confusion.sorted(by: { $0.value > $1.value }).prefix(12) { print("  miss x\(count): \(key)") }
    XCTAssertEqual(total, 2000, "all rows read")
  }
}

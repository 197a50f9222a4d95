import XCTest

final class CivicTUITestsPlaceholder: XCTestCase {}

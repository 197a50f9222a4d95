import XCTest

final class CivicStoreTestsPlaceholder: XCTestCase {}

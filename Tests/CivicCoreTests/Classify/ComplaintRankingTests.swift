import Foundation
import XCTest

@testable import CivicCore

final class ComplaintRankingTests: XCTestCase {
  func testAUCCountsOrderedPairsAndTiesHalf() {
    // Complaints 0.9, 0.4; others 0.6, 0.4, 0.1. Pairs (complaint above other): 0.9 beats all three; 0.4 beats
    // 0.1, ties 0.4 (half) and loses to 0.6: (3 + 1.5) / 6 = 0.75.
    let ranking = ComplaintRanking(scores: [(0.9, true), (0.4, true), (0.6, false), (0.4, false), (0.1, false)])
    XCTAssertEqual(ranking.auc, 0.75, accuracy: 1e-12)
    let expectedLoss = -(log(0.9) + log(0.4) + log(0.4) + log(0.6) + log(0.9)) / 5
    XCTAssertEqual(ranking.logLoss, expectedLoss, accuracy: 1e-12)
    XCTAssertEqual(ComplaintRanking(scores: [(0.2, true), (0.8, false)]).auc, 0)
    XCTAssertEqual(ComplaintRanking(scores: [(0.2, true), (0.3, true)]).auc, 0.5)
    XCTAssertEqual(ComplaintRanking(scores: []).logLoss, 0)
  }

  func testOneClassHasNoAUC() {
    XCTAssertFalse(ComplaintRanking(scores: [(0.2, true), (0.3, true)]).hasBothClasses)
    XCTAssertFalse(ComplaintRanking(scores: [(0.2, false)]).hasBothClasses)
    XCTAssertFalse(ComplaintRanking(scores: []).hasBothClasses)
    XCTAssertTrue(ComplaintRanking(scores: [(0.2, true), (0.8, false)]).hasBothClasses)
  }
}

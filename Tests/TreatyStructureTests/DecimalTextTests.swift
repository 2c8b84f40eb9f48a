import Foundation
import TreatyRender
import TreatyText
import XCTest

/// Three-decimal numbers written without a format call must read exactly as `%.3f` does.
final class DecimalTextTests: XCTestCase {
  func testThreePlacesMatchTheCFormatter() {
    var random = SplitMix64(seed: 3)
    var values: [Double] = [0, 1, 0.5, 0.0005, 1.0005, 0.9995, -0.0, -0.25, 12.345, 999.9995, 1e20, -3.75, .nan, .infinity]
    for _ in 0..<20_000 {
      let thousandths = Double(random.below(2001)) - 1000
      values.append(thousandths / 1000)
      values.append((thousandths / 1000 * 1000).rounded() / 1000)
      values.append(Double(random.below(1_000_000)) / 997)
    }
    for value in values {
      XCTAssertEqual(DecimalText.threePlaces(value), String(format: "%.3f", value), "\(value)")
    }
  }

  /// Any value, ties and near-ties included, at every count of places the reports use and a few more.
  func testOtherPlacesMatchTheCFormatter() {
    var random = SplitMix64(seed: 5)
    var values: [Double] = [0, -0.0, 0.005, 0.015, 0.125, 0.875, 2.5, -2.5, 0.995, 0.9949999999, -0.004, 1e20, .nan]
    for _ in 0..<20_000 {
      values.append(Double(random.below(1_000_000)) / 1_000_000)
      values.append(Double(random.below(2_000_001)) / 2000 - 500)
    }
    for places in 0...7 {
      for value in values {
        XCTAssertEqual(DecimalText.places(value, places), String(format: "%.\(places)f", value), "\(value) \(places)")
      }
    }
  }
}

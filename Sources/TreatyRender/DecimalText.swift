import Foundation

/// Numbers with a fixed count of decimals («0.597», «0.87»), as every report prints similarities: the same text as
/// `String(format: "%.3f")`, without a Foundation format call per number — a matrix of a thousand agreements prints
/// a million of them, and a call cost about 19,000 instructions.
public enum DecimalText {
  public static func threePlaces(_ value: Double) -> String { places(value, 3) }

  /// `String(format: "%.<count>f", value)` for `count` from 0 to 6.
  public static func places(_ value: Double, _ count: Int) -> String {
    var bytes: [UInt8] = []
    append(value, places: count, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  public static func append(_ value: Double, to bytes: inout [UInt8]) { append(value, places: 3, to: &bytes) }

  /// Written here where the rounding is beyond doubt: the scaled value lies clearly off the midpoint between two
  /// neighbours (or on a neighbour itself), so the product's own rounding error cannot flip it. Anything closer to a
  /// tie, and any count outside 0...6, goes to the C formatter, whose rounding is exact.
  public static func append(_ value: Double, places count: Int, to bytes: inout [UInt8]) {
    guard (0...6).contains(count), value.isFinite else { return bytes.append(contentsOf: formatted(value, count).utf8) }
    let scale = powersOfTen[count]
    let scaled = value * Double(scale)
    let fraction = abs(scaled - scaled.rounded(.down))
    guard abs(scaled) < 1e15, abs(fraction - 0.5) > 1e-6 else { return bytes.append(contentsOf: formatted(value, count).utf8) }
    var units = Int64(scaled.rounded())
    if units < 0 || (units == 0 && value.sign == .minus) {
      bytes.append(UInt8(ascii: "-"))
      units = -units
    }
    bytes.append(contentsOf: String(units / scale).utf8)
    guard count > 0 else { return }
    bytes.append(UInt8(ascii: "."))
    let decimals = units % scale
    var place = scale / 10
    while place > 0 {
      bytes.append(UInt8(ascii: "0") + UInt8(decimals / place % 10))
      place /= 10
    }
  }

  private static let powersOfTen: [Int64] = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000]

  private static func formatted(_ value: Double, _ count: Int) -> String { String(format: "%.\(count)f", value) }
}

import Foundation

/// Numbers with three decimals («0.597»), as every report prints similarities: the same text as
/// `String(format: "%.3f")`, without a Foundation format call per number — a matrix of a thousand agreements prints
/// a million of them.
public enum DecimalText {
  public static func threePlaces(_ value: Double) -> String {
    var bytes: [UInt8] = []
    append(value, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Only values a thousandth away from a tie are written here (all that reports hold: they round to three places
  /// first); for anything else the C formatter's exact rounding decides.
  public static func append(_ value: Double, to bytes: inout [UInt8]) {
    let scaled = value * 1000
    let nearest = scaled.rounded()
    guard value.isFinite, abs(scaled) < 1e15, abs(scaled - nearest) < 1e-6 else {
      bytes.append(contentsOf: String(format: "%.3f", value).utf8)
      return
    }
    var thousandths = Int64(nearest)
    if thousandths < 0 || (thousandths == 0 && value.sign == .minus) {
      bytes.append(UInt8(ascii: "-"))
      thousandths = -thousandths
    }
    let whole = thousandths / 1000
    let fraction = Int(thousandths % 1000)
    bytes.append(contentsOf: String(whole).utf8)
    bytes.append(UInt8(ascii: "."))
    bytes.append(UInt8(ascii: "0") + UInt8(fraction / 100))
    bytes.append(UInt8(ascii: "0") + UInt8(fraction / 10 % 10))
    bytes.append(UInt8(ascii: "0") + UInt8(fraction % 10))
  }
}

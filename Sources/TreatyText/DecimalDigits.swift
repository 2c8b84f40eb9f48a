/// An integer's decimal digits appended to UTF-8 bytes, without a `String` per number: the tree's JSON writes six
/// numbers a node, and the parser's ids an ordinal for most nodes.
public enum DecimalDigits {
  public static func append(_ value: Int, to bytes: inout [UInt8]) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    let magnitude = value.magnitude
    var place: UInt = 1
    while magnitude / place >= 10 { place *= 10 }
    while place > 0 {
      bytes.append(UInt8(ascii: "0") + UInt8(magnitude / place % 10))
      place /= 10
    }
  }
}

/// The one loop behind HTML and XML escaping: each format says which scalars become references and what becomes of
/// the rest, so the three escapers differ only in their tables.
enum MarkupEscaping {
  static func escape(
    _ text: String, reference: (Unicode.Scalar) -> String?, other: (Unicode.Scalar, inout String) -> Void
  ) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if let replacement = reference(scalar) { out += replacement } else { other(scalar, &out) }
    }
    return out
  }
}

/// Dates as Russian legal texts write them, read into ISO form.
///
/// Treaties are identified and cross-referenced by their signing date («Соглашение … от 17 июля 2000 года»), so
/// the date must come out in one comparable form together with where it stood.
public enum RussianDates {
  /// The first date in `text`, as `yyyy-MM-dd`, and the range it occupies.
  ///
  /// Understands «26 ноября 2019 года», ««26» ноября 2019 г.», «13.04.2024» and «28.07.2000г.»; month names are the
  /// genitive ones (января … декабря) in any case. A following «г.», «г» or «года» is part of the range; a
  /// preceding «от» is not. Dates that do not exist (31.02.2020, month 13) are skipped.
  public static func parse(_ text: String) -> (iso: String, range: Range<String.Index>)? {
    guard hasDigit(text) else { return nil }
    let located = LocatedScalars(text)
    var scanner = RussianDateScanner(located.scalars)
    return scanner.next().map { (iso: $0.iso, range: located.range($0)) }
  }

  /// Every date in `text`, in order of appearance; see `parse`.
  public static func all(in text: String) -> [(iso: String, range: Range<String.Index>)] {
    guard hasDigit(text) else { return [] }
    let located = LocatedScalars(text)
    var scanner = RussianDateScanner(located.scalars)
    var dates: [(iso: String, range: Range<String.Index>)] = []
    while let match = scanner.next() { dates.append((iso: match.iso, range: located.range(match))) }
    return dates
  }
}

extension RussianDates {
  /// Every date the scanner finds starts at an ASCII digit, and the extractors ask of many phrases that have none:
  /// a look at the bytes spares listing their scalars and indices.
  static func hasDigit(_ text: String) -> Bool {
    let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
    return text.utf8.withContiguousStorageIfAvailable { $0.contains(where: isDigit) } ?? text.utf8.contains(where: isDigit)
  }
}

/// A text's scalars together with the index of each, so that scalar offsets turn back into `String.Index`.
private struct LocatedScalars {
  let scalars: [Unicode.Scalar]
  /// One index per scalar, then the end index.
  private let indices: [String.Index]

  init(_ text: String) {
    var scalars: [Unicode.Scalar] = []
    var indices: [String.Index] = []
    let view = text.unicodeScalars
    var index = view.startIndex
    while index != view.endIndex {
      scalars.append(view[index])
      indices.append(index)
      index = view.index(after: index)
    }
    indices.append(view.endIndex)
    self.scalars = scalars
    self.indices = indices
  }

  func range(_ match: RussianDateMatch) -> Range<String.Index> {
    indices[match.start]..<indices[match.end]
  }
}

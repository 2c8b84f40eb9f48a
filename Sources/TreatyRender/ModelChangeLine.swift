import TreatyCompare

extension ModelChange {
  /// «dataCategories added (party): left → right», each part marked as the report's format writes it: the one line
  /// layout the text and the Markdown reports share.
  func line(
    party: (String) -> String, left: (String) -> String, right: (String) -> String, counterpartyMark: String
  ) -> String {
    var line = "\(category) \(change.rawValue)"
    if let name = self.party { line += " (\(party(name)))" }
    line += ": " + [self.left.map(left), self.right.map(right)].compactMap { $0 }.joined(separator: " → ")
    return counterparty ? line + counterpartyMark : line
  }
}

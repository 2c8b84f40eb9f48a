import TreatyText

/// The word-level changes inside an aligned pair: a Myers diff over word and punctuation tokens (compared by their
/// folded keys), cleaned up so that changes read as phrases, each change then classified.
struct WordDiff {
  let classifier: EditClassifier

  /// The changes, and the texts interleaved for a redline. `stems` remembers the changed words' stems across the
  /// pairs of one comparison (`EditClassifier.classify`).
  func diff(
    _ left: [WordToken], _ right: [WordToken], stems: inout StemMemo
  ) -> (edits: [Edit], inline: [InlineSegment]) {
    let result = Self.keyDiff(left, right)
    let runs = DiffCleanup.semantic(result.runs)
    var edits: [Edit] = []
    var inline: [InlineSegment] = []
    var index = 0
    while index < runs.count {
      guard runs[index].operation != .equal else {
        // Joined from the run's tokens where they lie: copying them into an array of their own retained and
        // released every token's strings.
        inline.append(Self.shownOnBothSides(right[runs[index].new]))
        index += 1
        continue
      }
      // A changed region: consecutive delete and insert runs.
      var old = runs[index].old
      var new = runs[index].new
      var next = index + 1
      while next < runs.count && runs[next].operation != .equal {
        old = min(old.lowerBound, runs[next].old.lowerBound)..<max(old.upperBound, runs[next].old.upperBound)
        new = min(new.lowerBound, runs[next].new.lowerBound)..<max(new.upperBound, runs[next].new.upperBound)
        next += 1
      }
      let deleted = left[old]
      let inserted = right[new]
      let before = left[max(0, old.lowerBound - 4)..<old.lowerBound]
      let kind = classifier.classify(deleted: deleted, inserted: inserted, before: before, stems: &stems)
      // Joined once for both the edit and the redline.
      let (deletedText, insertedText) = (Self.join(deleted), Self.join(inserted))
      edits.append(Edit(kind: kind, deleted: deletedText, inserted: insertedText, before: Self.join(before)))
      if let first = deleted.first {
        inline.append(InlineSegment(side: .left, text: deletedText, kind: kind, spaceBefore: first.spaceBefore))
      }
      if let first = inserted.first {
        inline.append(InlineSegment(side: .right, text: insertedText, kind: kind, spaceBefore: first.spaceBefore))
      }
      index = next
    }
    return (edits, inline)
  }

  /// What `diff` gives for a unit and a byte-identical one (two equal token lists): no change, the text shown once.
  /// Without interning and comparing every key: most pairs of two versions of one agreement are such.
  static func unchanged(_ tokens: [WordToken]) -> (edits: [Edit], inline: [InlineSegment]) {
    ([], tokens.isEmpty ? [] : [shownOnBothSides(tokens)])
  }

  private static func shownOnBothSides(_ tokens: some Collection<WordToken>) -> InlineSegment {
    InlineSegment(side: .both, text: join(tokens), kind: nil, spaceBefore: tokens.first?.spaceBefore ?? true)
  }

  /// The Myers diff of two key sequences. Keys of plain scalars (`PlainScalars`) are equal exactly when their
  /// bytes are, so where every key is plain they are compared and interned by bytes (`FoldedWord`): `String`'s own
  /// hashing and comparison normalise each Cyrillic key first, which made up a third of a long document's diff.
  static func keyDiff(_ left: [WordToken], _ right: [WordToken]) -> DiffResult {
    guard left.allSatisfy(\.keyIsPlain), right.allSatisfy(\.keyIsPlain) else {
      return MyersDiff.diff(left.map(\.key), right.map(\.key))
    }
    // The common prefix and suffix compared by bytes where the tokens lie; only the middle is hashed and interned.
    return MyersDiff.diff(
      oldCount: left.count, newCount: right.count, equal: { FastSearch.bytesEqual(left[$0].key, right[$1].key) }
    ) { oldMiddle, newMiddle in
      let oldWords = left[oldMiddle].map { FoldedWord($0.key) }
      let newWords = right[newMiddle].map { FoldedWord($0.key) }
      return FoldedWordInterner.intern(oldWords[...], newWords[...])
    }
  }

  /// Whether the two token lists hold the same words (by key) in the same order, punctuation aside: keys of plain
  /// scalars compare by bytes (see `keyDiff`), any other by `String` equality.
  static func sameWords(_ left: [WordToken], _ right: [WordToken]) -> Bool {
    var rightWords = right.lazy.filter(\.isWord).makeIterator()
    for word in left where word.isWord {
      guard let other = rightWords.next() else { return false }
      let equal = word.keyIsPlain && other.keyIsPlain ? FastSearch.bytesEqual(word.key, other.key) : word.key == other.key
      guard equal else { return false }
    }
    return rightWords.next() == nil
  }

  /// Tokens back into text: a space between words, none before closing punctuation or after opening brackets.
  /// The bytes are counted first and copied once into a string of that size: appending token by token regrew the
  /// string and went through `String`'s generic append, a tenth of a long document's comparison.
  static func join(_ tokens: some Collection<WordToken>) -> String {
    var count = 0
    for token in tokens {
      if count > 0 && token.spaceBefore { count += 1 }
      count += token.text.utf8.count
    }
    return String(unsafeUninitializedCapacity: count) { output in
      var written = 0
      for token in tokens {
        if written > 0 && token.spaceBefore {
          output[written] = 0x20
          written += 1
        }
        written += UTF8Scalars.withBytes(token.text) { bytes in
          UnsafeMutableBufferPointer(rebasing: output[written...]).initialize(fromContentsOf: bytes)
        }
      }
      return written
    }
  }
}

/// Editorial, counterparty, renumbering or substantive: what a change of words means.
struct EditClassifier {
  let parameters: TemplateParameters
  /// Left article number → right article number, for the aligned articles.
  let articleNumbers: [String: String]
  /// Left point number → right point number inside the pair being diffed.
  let paragraphNumbers: [String: String]

  /// `stems` remembers each changed word's stem: one comparison's changes repeat their words («Сторона»,
  /// «Республики»), and stemming was most of classifying.
  func classify(
    deleted: ArraySlice<WordToken>, inserted: ArraySlice<WordToken>, before: ArraySlice<WordToken>, stems: inout StemMemo
  ) -> Edit.Kind {
    let oldWords = deleted.filter(\.isWord)
    let newWords = inserted.filter(\.isWord)
    // Punctuation, dashes, quotes and case only.
    if oldWords.map(\.key) == newWords.map(\.key) { return .editorial }
    // «6 месяцев» / «6 (шести) месяцев» / «шести месяцев»: the same number in words.
    if let number = before.last(where: \.isWord), number.isNumber, let value = Int(number.key) {
      if oldWords.isEmpty, RussianNumerals.value(ofWords: newWords.map(\.text).joined(separator: " ")) == value {
        return .editorial
      }
      if newWords.isEmpty, RussianNumerals.value(ofWords: oldWords.map(\.text).joined(separator: " ")) == value {
        return .editorial
      }
    }
    if let oldValue = numberValue(oldWords), let newValue = numberValue(newWords), oldValue == newValue {
      return .editorial
    }
    // The other party's name or bodies swapped for the other's; one side may be empty where the two names put
    // their words in different order («Кыргызской Республики» / «Республики Армения»).
    // A word token is one word (`WordTokenizer` and `RussianText.stems` share their word bounds), so its stems are
    // the one stem of its text.
    let oldStems = oldWords.map { stems.stem(FoldedWord($0.text)) }
    let newStems = newWords.map { stems.stem(FoldedWord($0.text)) }
    let oldIsParameter = oldStems.isEmpty || parameters.isCounterpartyText(oldStems, left: true)
    let newIsParameter = newStems.isEmpty || parameters.isCounterpartyText(newStems, left: false)
    if parameters.isActive && oldIsParameter && newIsParameter && !(oldStems.isEmpty && newStems.isEmpty) {
      return .counterparty
    }
    // «статье 6» → «статье 5» where article 6 is aligned with article 5.
    if oldWords.count == 1, newWords.count == 1, oldWords[0].isNumber, newWords[0].isNumber,
      let reference = before.last(where: \.isWord)?.key
    {
      if reference.hasPrefix("стать"), articleNumbers[oldWords[0].key] == newWords[0].key { return .renumbering }
      if reference.hasPrefix("пункт"), paragraphNumbers[oldWords[0].key] == newWords[0].key { return .renumbering }
    }
    return .substantive
  }

  /// A number written in digits or in words.
  private func numberValue(_ words: [WordToken]) -> Int? {
    guard !words.isEmpty else { return nil }
    if words.count == 1, words[0].isNumber { return Int(words[0].key) }
    return RussianNumerals.value(ofWords: words.map(\.text).joined(separator: " "))
  }
}

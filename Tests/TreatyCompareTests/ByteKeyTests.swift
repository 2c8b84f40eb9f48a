import TreatyText
import XCTest

@testable import TreatyCompare

/// The comparator tells words apart by their bytes where that is exact (keys of plain scalars) and by `String`
/// equality otherwise; both must give the answers `String` equality gives.
final class ByteKeyTests: XCTestCase {
  func testKeyDiffByBytesEqualsTheStringDiff() throws {
    let left = try tokens("kz-kg-migration-2019.txt")
    let right = try tokens("kz-am-migration-2019.md")
    XCTAssertTrue(left.allSatisfy(\.keyIsPlain), "the corpus keys take the byte path")
    XCTAssertEqual(WordDiff.keyDiff(left, right), MyersDiff.diff(left.map(\.key), right.map(\.key)))
  }

  func testFoldedWordIdsAreTheGenericInternersIds() throws {
    let left = try tokens("kz-kg-migration-2019.txt").map { FoldedWord($0.key) }
    let right = try tokens("kz-am-migration-2019.md").map { FoldedWord($0.key) }
    let expected = TokenInterner.intern(left[...], right[...])
    let folded = FoldedWordInterner.intern(left[...], right[...])
    XCTAssertEqual(folded.old, expected.old)
    XCTAssertEqual(folded.new, expected.new)
    // More distinct words than the table is first sized for: it grows.
    let many = (0..<10_000).map { FoldedWord("слово\($0 % 6_000)") }
    let grown = FoldedWordInterner.intern(many[..<7_000], many[7_000...])
    let reference = TokenInterner.intern(many[..<7_000], many[7_000...])
    XCTAssertEqual(grown.old, reference.old)
    XCTAssertEqual(grown.new, reference.new)
  }

  /// The classifier stems a word token's text as one word: what `RussianText.stems` finds in it.
  func testAWordTokenIsOneWord() throws {
    for token in try tokens("kz-kg-migration-2019.txt") + tokens("kz-am-migration-2019.md") where token.isWord {
      XCTAssertEqual(RussianText.stems(token.text), [RussianStemmer.stem(token.text)], token.text)
    }
  }

  func testTokensKnowWhetherTheirKeysArePlain() {
    let tokens = WordTokenizer.tokens("İstanbul Стороны «и\u{0306}од» ёж –\r\n")
    XCTAssertEqual(tokens.map(\.keyIsPlain), tokens.map { PlainScalars.isPlain($0.key) })
    XCTAssertTrue(tokens.contains { !$0.keyIsPlain })
  }

  /// A pair of byte-identical texts is not diffed: what stands in must be what the diff gives, line by line of a
  /// corpus file and for no words at all.
  func testUnchangedIsTheDiffOfEqualTokens() throws {
    let text = try String(contentsOf: CompareCorpus.directory.appendingPathComponent("kz-kg-migration-2019.txt"), encoding: .utf8)
    let diff = WordDiff(classifier: EditClassifier(
      parameters: TemplateParameters(ownParties: []), articleNumbers: [:], paragraphNumbers: [:]))
    var stems = StemMemo()
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) + [""] {
      let tokens = WordTokenizer.tokens(line)
      let expected = diff.diff(tokens, tokens, stems: &stems)
      let shortcut = WordDiff.unchanged(tokens)
      XCTAssertEqual(shortcut.edits, expected.edits, line)
      XCTAssertEqual(shortcut.inline, expected.inline, line)
    }
  }

  /// The word-diff tokens of a corpus file's text.
  private func tokens(_ name: String) throws -> [WordToken] {
    let text = try String(contentsOf: CompareCorpus.directory.appendingPathComponent(name), encoding: .utf8)
    return WordTokenizer.tokens(text)
  }

  func testCanonicallyEquivalentKeysStayEqual() {
    // «й» precomposed and as «и» with a combining breve: equal Strings, different bytes.
    let result = WordDiff.keyDiff(WordTokenizer.tokens("статья й"), WordTokenizer.tokens("статья и\u{0306}"))
    XCTAssertEqual(result.runs, [DiffRun(.equal, old: 0..<2, new: 0..<2)])
  }

  func testCanonicallyEquivalentStemsShareTheirNumber() {
    var vocabulary = StemVocabulary()
    var cache = StemMemo()
    // Plain stems first (numbered by bytes), then a decomposed spelling of one of them, then plain again.
    let ids = vocabulary.ids(ofWordsIn: "йодом стороны и\u{0306}одом йодом сторон", cache: &cache)
    XCTAssertEqual(ids[0], ids[2])
    XCTAssertEqual(ids[0], ids[3])
    XCTAssertEqual(ids[1], ids[4])
    XCTAssertEqual(vocabulary.stems.count, 2)
  }

  func testKeyWordsCountSharedWordsAsSetsDo() {
    // Two spellings of «йод», precomposed and decomposed: equal Strings, so one word.
    let keys = ["дат рожден", "мест рожден дат", "гражданств", "дат дат рожден", "", "йод дат", "и\u{0306}од"]
    var words = KeyWords()
    let numbered = keys.map { words.words(of: $0) }
    for (i, a) in keys.enumerated() {
      for (j, b) in keys.enumerated() {
        let expected = Set(a.split(separator: " ")).intersection(Set(b.split(separator: " "))).count
        XCTAssertEqual(KeyWords.sharedCount(numbered[i], numbered[j]), expected, "\(a) / \(b)")
        XCTAssertEqual(numbered[i].count, Set(a.split(separator: " ")).count)
      }
    }
  }
}

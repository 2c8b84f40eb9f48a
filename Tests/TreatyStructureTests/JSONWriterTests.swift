import XCTest

@testable import TreatyRender
import TreatyStructure
import TreatyText

/// The JSON writer: the corpus's golden files depend on its exact bytes.
final class JSONWriterTests: XCTestCase {
  func testLayoutAndSortedKeys() {
    let value = JSONValue.object([
      "b": .array([.int(1), .null, .bool(true), .decimal(0.5)]), "a": .object([:]), "c": .array([]),
    ])
    XCTAssertEqual(value.rendered(), """
      {
        "a": {},
        "b": [
          1,
          null,
          true,
          0.500
        ],
        "c": []
      }

      """)
  }

  func testStringEscapes() {
    let text = "«Статья» \"1\" \\ \n\r\t\u{01}\u{1F} \u{2028}\u{2029} — \u{2027}\u{202A} 🙂"
    XCTAssertEqual(JSONValue.string(text).rendered(),
      "\"«Статья» \\\"1\\\" \\\\ \\n\\r\\t\\u0001\\u001f \\u2028\\u2029 — \u{2027}\u{202A} 🙂\"\n")
  }

  func testWrittenJSONReadsBack() throws {
    let text = "a\u{2028}b\u{0}c\"d\\e\u{7F}ё"
    let data = Data(JSONValue.array([.string(text)]).rendered().utf8)
    let decoded = try JSONSerialization.jsonObject(with: data) as? [String]
    XCTAssertEqual(decoded, [text])
  }
}

/// `treaty parse` streams a large tree's JSON in chunks; the chunks must add up to the JSON rendered whole.
final class TreeJSONStreamTests: XCTestCase {
  func testStreamedChunksEqualTheWholeJSON() {
    let articles = (1...3000).map { "Статья \($0)\n\nСтороны обмениваются информацией «о мигрантах» в течение \($0) дней.\n" }
    let document = DocumentParser.parse(SourceText(text: articles.joined(separator: "\n")))
    var chunks: [[UInt8]] = []
    TreeJSON.stream(document) { chunks.append($0) }
    XCTAssertGreaterThan(chunks.count, 2, "a tree of this size streams in several chunks")
    XCTAssertEqual(chunks.flatMap { $0 }, TreeJSON.renderUTF8(document))
  }
}

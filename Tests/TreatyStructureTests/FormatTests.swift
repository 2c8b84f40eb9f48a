import Foundation
import TreatyStructure
import TreatyText
import XCTest

/// RTF and HTML inputs: detected by content, read as text, positions still in the original file.
final class FormatTests: XCTestCase {
  private func parse(_ bytes: [UInt8], name: String) throws -> Document {
    let document = DocumentParser.parse(try TextLoader.decode(bytes, name: name))
    XCTAssertEqual(Coverage.problems(in: document), [], "lossless over the extracted text")
    return document
  }

  func testRTFWithWindows1251BytesUnderAWrongCodePageHeader() throws {
    // «Статья 1» and «Текст.» as \'hh bytes of Windows-1251, under a header that claims code page 1252; a \uN
    // escape with its replacement character; a font table that is not text.
    func escaped(_ text: String) -> String {
      (text.data(using: .windowsCP1251) ?? Data()).map { $0 < 0x80 ? String(UnicodeScalar($0)) : String(format: "\\'%02x", $0) }
        .joined()
    }
    let rtf = "{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Times New Roman;}}\n\\pard " + escaped("Статья 1")
      + "\\par\n\\pard " + escaped("Текст ") + "\\u8470?" + escaped(" 5.") + "\\par}"
    let document = try parse(Array(rtf.utf8), name: "law.doc")
    XCTAssertEqual(document.source.decoded.format, .rtf)
    XCTAssertEqual(document.source.encoding, .windows1251)
    let article = try XCTUnwrap(document.acts.first?.all(.article).first)
    XCTAssertEqual(article.number, "1")
    XCTAssertEqual(document.text(of: article.children[0]), "Текст № 5.")
    XCTAssertTrue(document.diagnostics.contains { $0.code == "decode.repaired" && $0.message.contains("1252") })
    // The article's position is in the RTF file as written: line 2, after «\pard ».
    let start = document.source.location(of: article.range.start)
    XCTAssertEqual(start.line, 2)
    XCTAssertEqual(start.column, 7)
    XCTAssertEqual(start.offset, rtf.utf8.distance(from: rtf.utf8.startIndex, to: try XCTUnwrap(rtf.range(of: "\\'d1"))
      .lowerBound.samePosition(in: rtf.utf8) ?? rtf.utf8.startIndex))
  }

  func testHTMLTagsAreMarkupEntitiesAreDecodedScriptsAreSkipped() throws {
    let html = """
      <!DOCTYPE html><html><head><title>Закон</title><style>p { color: red; }</style>
      <script>var x = "<p>Статья 9</p>";</script></head><body>
      <h1>Статья 1</h1><p>Стороны&nbsp;обмениваются &laquo;сведениями&raquo; &amp; данными &#8470; 5.</p>
      <p>Вторая часть<br>с переносом.</p></body></html>
      """
    let document = try parse(Array(html.utf8), name: "page.txt")
    XCTAssertEqual(document.source.decoded.format, .html)
    let articles = try XCTUnwrap(document.acts.first).all(.article)
    XCTAssertEqual(articles.map(\.number), ["1"], "the script's «Статья 9» is not text")
    let texts = articles[0].children.map { document.text(of: $0) }
    XCTAssertEqual(texts, ["Стороны обмениваются «сведениями» & данными № 5.", "Вторая часть с переносом."])
    let location = document.source.location(of: articles[0].range.start)
    XCTAssertEqual(location.line, 3)
    XCTAssertEqual(location.column, 5)
  }

  func testHTMLInWindows1251IsDecodedFirst() throws {
    let html = "<html><body><p>Статья 2</p><p>Текст статьи.</p></body></html>"
    let bytes = Array(try XCTUnwrap(html.data(using: .windowsCP1251)))
    let document = try parse(bytes, name: "page.html")
    XCTAssertEqual(document.source.encoding, .windows1251)
    let article = try XCTUnwrap(document.acts.first?.all(.article).first)
    XCTAssertEqual(article.number, "2")
    // Offsets count the original single-byte characters.
    XCTAssertEqual(document.source.location(of: article.range.start).offset, 15)
  }
}

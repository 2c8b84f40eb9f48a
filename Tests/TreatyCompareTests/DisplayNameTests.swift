import Foundation
import TreatyStructure
import XCTest

@testable import TreatyCompare

/// The display name of an attachment's unit is cut from its id by bytes: the same as Foundation's split.
final class DisplayNameTests: XCTestCase {
  func testAttachmentNamesAreTheSplitOnes() throws {
    var attachmentUnits = 0
    for name in ["kz-uz-labour-migrants-2019.md", "kz-tj-customs-interagency-2000.md", "kz-mvd-order-195-2025.md"] {
      try CompareCorpus.document(name).acts.forEach { act in
        act.forEach { node, _ in
          let expected: String
          if !node.citation.isEmpty {
            expected = node.citation
          } else {
            // The name of what it is: the same node without id or citation.
            let kind = ActRun.displayName(Node(kind: node.kind, range: node.range))
            guard node.id.hasPrefix("att_"), let attachment = node.id.components(separatedBy: "__").first else {
              return XCTAssertEqual(ActRun.displayName(node), kind)
            }
            attachmentUnits += 1
            expected = "\(attachment): \(kind)"
          }
          XCTAssertEqual(ActRun.displayName(node), expected, node.id)
        }
      }
    }
    XCTAssertGreaterThan(attachmentUnits, 0)
  }
}

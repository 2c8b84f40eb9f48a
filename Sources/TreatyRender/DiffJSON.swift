import TreatyCompare
import TreatyModel
import TreatyStructure

/// A comparison as JSON (`treaty diff --format json`), schema version 1.
public enum DiffJSON {
  public static func render(_ comparison: Comparison) -> String {
    func side(_ document: Document, _ model: StructuralModel) -> JSONValue {
      .object([
        "file": .string(document.source.name),
        "acts": .array(model.acts.map { act in
          .object([
            "id": .string(act.id), "kind": .string(act.kind.rawValue), "title": .optional(act.title),
            "number": .optional(act.number), "date": .optional(act.date),
          ])
        }),
        "parties": .array(model.parties.map { .string($0.name) }),
      ])
    }
    var counts: [String: JSONValue] = [:]
    for kind in AlignedPair.Kind.allCases { counts[kind.rawValue] = .int(comparison.count(kind)) }
    let summary: JSONValue = .object([
      "counts": .object(counts),
      "substantiveChanges": .int(comparison.pairs.filter { $0.substantive && $0.level != .act }.count),
      "differsInSubstance": .bool(comparison.differsInSubstance),
      "substitutions": .array(comparison.substitutions.map { .object(["left": .string($0.left), "right": .string($0.right)]) }),
    ])
    let root: [String: JSONValue] = [
      "schemaVersion": .int(Comparison.schemaVersion),
      "left": side(comparison.left, comparison.leftModel),
      "right": side(comparison.right, comparison.rightModel),
      "summary": summary,
      "modelChanges": .array(comparison.modelChanges.map { change in
        .object([
          "category": .string(change.category), "change": .string(change.change.rawValue), "party": .optional(change.party),
          "left": .optional(change.left), "right": .optional(change.right), "leftSource": .optional(change.leftSource),
          "rightSource": .optional(change.rightSource), "counterparty": .bool(change.counterparty),
        ])
      }),
      "changes": .array(comparison.pairs.map { pair in
        .object([
          "kind": .string(pair.kind.rawValue), "level": .string(pair.level.rawValue), "modified": .bool(pair.modified),
          "left": .array(pair.left.map(JSONValue.string)), "right": .array(pair.right.map(JSONValue.string)),
          "leftCitation": .string(pair.leftCitation), "rightCitation": .string(pair.rightCitation),
          "similarity": .decimal(pair.similarity), "substantive": .bool(pair.substantive),
          "evidence": .string(pair.evidence.rawValue),
          "edits": .array(pair.edits.map { edit in
            .object([
              "kind": .string(edit.kind.rawValue), "deleted": .string(edit.deleted), "inserted": .string(edit.inserted),
              "before": .string(edit.before),
            ])
          }),
        ])
      }),
    ]
    return JSONValue.object(root).rendered()
  }
}

import Foundation

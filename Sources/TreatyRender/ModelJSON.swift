import TreatyModel
import TreatyStructure
import TreatyText

/// The structural model as JSON (`treaty model --format json`), schema version 1. Every item's `source` is a node
/// id; `range` gives that node's place in the original file.
public enum ModelJSON {
  public static func render(_ model: StructuralModel, document: Document) -> String {
    func range(_ id: String) -> JSONValue {
      document.node(id: id).map { TreeJSON.range($0.range, in: document.source) } ?? .null
    }
    func sourced(_ members: [String: JSONValue], _ id: String) -> JSONValue {
      var members = members
      members["source"] = .string(id)
      members["range"] = range(id)
      return .object(members)
    }
    let acts: [JSONValue] = model.acts.map { act in
      sourced([
        "id": .string(act.id), "kind": .string(act.kind.rawValue), "title": .optional(act.title),
        "number": .optional(act.number), "date": .optional(act.date), "place": .optional(act.place),
        "issuer": .optional(act.issuer),
        "statusNotes": .array(act.statusNotes.map { note in
          sourced(["kind": .string(note.kind.rawValue), "text": .string(note.text), "date": .optional(note.date)], note.source)
        }),
        "approvedBy": act.approvedBy.map { reference in
          .object([
            "text": .string(reference.text), "kind": .string(reference.kind.rawValue), "date": .optional(reference.date),
            "number": .optional(reference.number), "act": .optional(reference.act),
          ])
        } ?? .null,
        "signatories": .array(act.signatories.map { signatory in
          sourced([
            "role": .string(signatory.role.rawValue), "position": .optional(signatory.position),
            "name": .optional(signatory.name), "onBehalfOf": .optional(signatory.onBehalfOf),
            "text": .string(signatory.text),
          ], signatory.source)
        }),
      ], act.source)
    }
    let root: [String: JSONValue] = [
      "schemaVersion": .int(StructuralModel.schemaVersion),
      "file": .string(document.source.name),
      "acts": .array(acts),
      "parties": .array(model.parties.map { party in
        sourced([
          "name": .string(party.name), "collectiveName": .optional(party.collectiveName),
          "sideNames": .array(party.sideNames.map(JSONValue.string)), "act": .string(party.act),
        ], party.source)
      }),
      "competentBodies": .array(model.competentBodies.map { body in
        sourced(["party": .string(body.party), "name": .string(body.name), "role": .string(body.role.rawValue)], body.source)
      }),
      "dataCategories": .array(model.dataCategories.map { category in
        sourced(["kind": .string(category.kind.rawValue), "text": .string(category.text), "key": .string(category.key)],
          category.source)
      }),
      "terms": .array(model.terms.map { term in
        sourced([
          "term": .string(term.term), "definition": .string(term.definition),
          "uses": .array(term.uses.map(JSONValue.string)),
        ], term.source)
      }),
      "references": .array(model.references.map { reference in
        sourced(["text": .string(reference.text), "target": .optional(reference.target)], reference.source)
      }),
      "citedActs": .array(model.citedActs.map { act in
        sourced([
          "kind": .string(act.kind.rawValue), "text": .string(act.text), "title": .optional(act.title),
          "number": .optional(act.number), "date": .optional(act.date), "articles": .array(act.articles.map(JSONValue.string)),
        ], act.source)
      }),
      "durations": .array(model.durations.map { duration in
        sourced([
          "text": .string(duration.text), "value": .int(duration.value), "unit": .string(duration.unit.rawValue),
          "qualifier": .optional(duration.qualifier), "governs": .string(duration.governs),
          "context": .string(duration.context), "wordsAgree": duration.wordsAgree.map(JSONValue.bool) ?? .null,
        ], duration.source)
      }),
      "languages": .array(model.languages.map(JSONValue.string)),
      "entryIntoForce": model.entryIntoForce.map { sourced(["text": .string($0.text)], $0.source) } ?? .null,
      "clauseTypes": .array(model.clauseTypes.map { clause in
        .object([
          "node": .string(clause.node), "citation": .string(clause.citation), "type": .string(clause.type.rawValue),
          "rule": .string(clause.rule),
        ])
      }),
    ]
    return JSONValue.object(root).rendered()
  }
}

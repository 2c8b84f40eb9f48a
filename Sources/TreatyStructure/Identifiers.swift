import TreatyText

/// Gives every node its eId, its citation and its range, once the tree is built.
///
/// eIds follow the Akoma Ntoso naming convention: levels joined by `__`, a kind and its number joined by `_`
/// (`art_3__para_1__list_1__point_5`); unnumbered units take their ordinal among siblings of their kind
/// (`al_2`, `item_4`). The enacting act is `main` and its children carry no prefix; attached acts are `att_N`
/// and prefix their nodes (`att_1__art_7`). A number seen twice under one parent gets `_dupN`, so ids stay
/// unique without hiding the repeat (the numbering check reports it).
enum Identifiers {
  static func assign(_ acts: inout [Node]) {
    var used = UsedIds()
    for index in acts.indices {
      let id = index == 0 ? "main" : "att_\(index)"
      acts[index].id = id
      used.insert(id)
      assignChildren(&acts[index], prefix: index == 0 ? "" : id + "__", used: &used, citation: CitationContext())
      acts[index].range = extent(of: acts[index])
    }
  }

  /// Ids given so far, and the last duplicate suffix used for each base.
  struct UsedIds {
    private var ids = Set<String>()
    var duplicates: [String: Int] = [:]

    func contains(_ id: String) -> Bool { ids.contains(id) }
    mutating func insert(_ id: String) { ids.insert(id) }
  }

  struct CitationContext {
    var parts: [String] = []
    var hasArticle = false
    var alineaCounter = 0
  }

  private static func assignChildren(_ node: inout Node, prefix: String, used: inout UsedIds, citation: CitationContext) {
    var ordinals: [NodeKind: Int] = [:]
    let context = citation
    // Unnumbered text units are cited as абзацы of the nearest numbered unit; its own text is абз. 1.
    var alinea = node.kind == .list ? citation.alineaCounter : (node.kind.isNumbered && !node.textPieces.isEmpty ? 1 : 0)
    for index in node.children.indices {
      var child = node.children[index]
      let kind = child.kind
      ordinals[kind, default: 0] += 1
      var base: String
      if kind.isNumbered, let number = child.number, !number.isEmpty {
        base = prefix + kind.idPrefix + "_" + sanitize(number)
      } else if [.title, .preamble, .finalFormula].contains(kind) {
        base = prefix + kind.idPrefix
      } else {
        base = prefix + kind.idPrefix + "_\(ordinals[kind] ?? 1)"
      }
      var id = base
      if used.contains(id) {
        // Remember the last suffix per base, so a number repeated n times costs n steps, not n².
        var duplicate = used.duplicates[base] ?? 1
        repeat {
          duplicate += 1
          id = base + "_dup\(duplicate)"
        } while used.contains(id)
        used.duplicates[base] = duplicate
      }
      used.insert(id)
      child.id = id
      var childContext = context
      switch kind {
      case .article:
        childContext.parts = ["ст. \(child.number ?? "")"]
        childContext.hasArticle = true
      case .chapter, .section, .subsection:
        if !context.hasArticle, let prefix = kind.citationPrefix { childContext.parts = context.parts + ["\(prefix) \(child.number ?? "")"] }
      case .paragraph:
        childContext.parts = context.parts + ["п. \(child.number ?? "")"]
      case .point:
        childContext.parts = context.parts + ["пп. \(child.number ?? ""))"]
      case .alinea, .item, .indent:
        alinea += 1
        child.citation = (context.parts + ["абз. \(alinea)"]).joined(separator: " ")
      case .footnote:
        child.citation = "сноска \(child.number ?? "")"
      default:
        break
      }
      if [.article, .chapter, .section, .subsection, .paragraph, .point].contains(kind) {
        child.citation = childContext.parts.joined(separator: " ")
      }
      if kind == .list { childContext.alineaCounter = alinea }
      assignChildren(&child, prefix: id + "__", used: &used, citation: childContext)
      // Entries of a list continue the абзац count of the unit that holds the list.
      if kind == .list { alinea += child.children.filter { [.item, .indent].contains($0.kind) }.count }
      child.range = extent(of: child)
      node.children[index] = child
    }
  }

  /// The node's range: its own pieces and its children, whichever come first and last.
  static func extent(of node: Node) -> SourceRange {
    var start = Int.max
    var end = Int.min
    for piece in node.ownedPieces {
      start = min(start, piece.range.start)
      end = max(end, piece.range.end)
    }
    for child in node.children where !child.range.isEmpty || child.range.start != 0 {
      start = min(start, child.range.start)
      end = max(end, child.range.end)
    }
    return start <= end ? SourceRange(start, end) : SourceRange(0, 0)
  }

  /// Numbers as written become id-safe: «5-1» stays, «12¹» becomes `12-1`, spaces and dots go.
  static func sanitize(_ number: String) -> String {
    var out = ""
    for scalar in number.unicodeScalars {
      switch scalar.value {
      case 0xB9: out += "-1"
      case 0xB2: out += "-2"
      case 0xB3: out += "-3"
      case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D: out.unicodeScalars.append(scalar)
      case 0x410...0x44F, 0x451, 0x401: out += String(scalar).lowercased()
      case 0x2E: out += "."
      default: break
      }
    }
    return out.isEmpty ? "x" : out
  }
}

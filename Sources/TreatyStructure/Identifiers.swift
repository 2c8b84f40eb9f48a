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
    private var duplicates: [String: Int] = [:]

    mutating func insert(_ id: String) { ids.insert(id) }

    /// `base`, or `base_dupN` when `base` is taken, recorded as used: one hash of the id in the usual case.
    mutating func claim(_ base: String) -> String {
      if ids.insert(base).inserted { return base }
      // Remember the last suffix per base, so a number repeated n times costs n steps, not n².
      var duplicate = duplicates[base] ?? 1
      var id: String
      repeat {
        duplicate += 1
        id = base + "_dup\(duplicate)"
      } while ids.contains(id)
      duplicates[base] = duplicate
      ids.insert(id)
      return id
    }
  }

  struct CitationContext {
    var parts: [String] = []
    var hasArticle = false
    var alineaCounter = 0
  }

  private static func assignChildren(_ node: inout Node, prefix: String, used: inout UsedIds, citation: CitationContext) {
    var ordinals = Ordinals()
    let context = citation
    // Unnumbered text units are cited as абзацы of the nearest numbered unit; its own text is абз. 1.
    var alinea = node.kind == .list ? citation.alineaCounter : (node.kind.isNumbered && !node.textPieces.isEmpty ? 1 : 0)
    // The children are taken out of the node, so that each is changed in place below: a child copied out and
    // written back would share its own children with the copy and have them copied on the first change.
    var children = node.children
    node.children = []
    for index in children.indices {
      let kind = children[index].kind
      let ordinal = ordinals.next(kind)
      let number = children[index].number
      let base: String
      if kind.isNumbered, let number, !number.isEmpty {
        base = "\(prefix)\(kind.idPrefix)_\(sanitize(number))"
      } else if kind == .title || kind == .preamble || kind == .finalFormula {
        base = prefix + kind.idPrefix
      } else {
        base = "\(prefix)\(kind.idPrefix)_\(ordinal)"
      }
      let id = used.claim(base)
      children[index].id = id
      var childContext = context
      switch kind {
      case .article:
        childContext.parts = ["ст. \(number ?? "")"]
        childContext.hasArticle = true
      case .chapter, .section, .subsection:
        if !context.hasArticle, let prefix = kind.citationPrefix { childContext.parts = context.parts + ["\(prefix) \(number ?? "")"] }
      case .paragraph:
        childContext.parts = context.parts + ["п. \(number ?? "")"]
      case .point:
        childContext.parts = context.parts + ["пп. \(number ?? ""))"]
      case .alinea, .item, .indent:
        alinea += 1
        children[index].citation = (context.parts + ["абз. \(alinea)"]).joined(separator: " ")
      case .footnote:
        children[index].citation = "сноска \(number ?? "")"
      default:
        break
      }
      switch kind {
      case .article, .chapter, .section, .subsection, .paragraph, .point:
        children[index].citation = childContext.parts.joined(separator: " ")
      default:
        break
      }
      if kind == .list { childContext.alineaCounter = alinea }
      assignChildren(&children[index], prefix: id + "__", used: &used, citation: childContext)
      // Entries of a list continue the абзац count of the unit that holds the list.
      if kind == .list {
        for entry in children[index].children where entry.kind == .item || entry.kind == .indent { alinea += 1 }
      }
      children[index].range = extent(of: children[index])
    }
    node.children = children
  }

  /// How many children of each kind came so far: the ordinal of an unnumbered unit. A parent has children of a
  /// few kinds, so a short list searched in order beats hashing each kind.
  private struct Ordinals {
    private var counts: [(kind: NodeKind, count: Int)] = []

    mutating func next(_ kind: NodeKind) -> Int {
      for index in counts.indices where counts[index].kind == kind {
        counts[index].count += 1
        return counts[index].count
      }
      counts.append((kind, 1))
      return 1
    }
  }

  /// The node's range: its own pieces and its children, whichever come first and last.
  static func extent(of node: Node) -> SourceRange {
    var start = Int.max
    var end = Int.min
    // The three lists one by one: `ownedPieces` would concatenate them into a new array for every node.
    func include(_ pieces: [TextPiece]) {
      for piece in pieces {
        start = min(start, piece.range.start)
        end = max(end, piece.range.end)
      }
    }
    include(node.label)
    include(node.titlePieces)
    include(node.textPieces)
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

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
      var id = Array((index == 0 ? "main" : "att_").utf8)
      if index > 0 { DecimalDigits.append(index, to: &id) }
      acts[index].id = String(decoding: id, as: UTF8.self)
      _ = used.insert(id)
      assignChildren(&acts[index], prefix: index == 0 ? [] : id + [0x5F, 0x5F], used: &used, citation: CitationContext())
      acts[index].range = extent(of: acts[index])
    }
  }

  /// Ids given so far, by their bytes, and the last duplicate suffix used for each base.
  ///
  /// A `Set<String>` hashed every id with `Hasher` and grew by rehashing, about a thousand instructions an id: the
  /// ids are ASCII bytes, hashed and compared where they lie in one table (`WordNumbers`) instead.
  struct UsedIds {
    private var ids = WordNumbers()
    private var duplicates: [String: Int] = [:]

    /// Records `id` as used; false when it was already.
    mutating func insert(_ id: [UInt8]) -> Bool {
      id.withUnsafeBufferPointer { bytes in
        let hash = StableHash.fnv1a(bytes)
        guard ids.number(of: bytes, hash: hash) == nil else { return false }
        ids.insert(bytes, hash: hash, number: Int32(truncatingIfNeeded: ids.count))
        return true
      }
    }

    /// `base`, or `base_dupN` when `base` is taken, recorded as used: one hash of the id in the usual case.
    mutating func claim(_ base: [UInt8]) -> [UInt8] {
      if insert(base) { return base }
      // Remember the last suffix per base, so a number repeated n times costs n steps, not n².
      let key = String(decoding: base, as: UTF8.self)
      var duplicate = duplicates[key] ?? 1
      var id: [UInt8]
      repeat {
        duplicate += 1
        id = base + Array("_dup".utf8)
        DecimalDigits.append(duplicate, to: &id)
      } while !insert(id)
      duplicates[key] = duplicate
      return id
    }
  }

  struct CitationContext {
    var parts: [String] = []
    var hasArticle = false
    var alineaCounter = 0
  }

  private static func assignChildren(_ node: inout Node, prefix: [UInt8], used: inout UsedIds, citation: CitationContext) {
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
      // The id's bytes, made once into a `String`: interpolating strings piece by piece was most of giving ids.
      var base = prefix
      base.append(contentsOf: kind.idPrefix.utf8)
      if kind.isNumbered, let number, !number.isEmpty {
        base.append(0x5F)
        appendSanitized(number, to: &base)
      } else if kind != .title && kind != .preamble && kind != .finalFormula {
        base.append(0x5F)
        DecimalDigits.append(ordinal, to: &base)
      }
      let id = used.claim(base)
      children[index].id = String(decoding: id, as: UTF8.self)
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
      assignChildren(&children[index], prefix: id + [0x5F, 0x5F], used: &used, citation: childContext)
      // Entries of a list continue the абзац count of the unit that holds the list (counted where they lie: a
      // loop over the entries copied each node).
      if kind == .list {
        for entry in children[index].children.indices {
          let entryKind = children[index].children[entry].kind
          if entryKind == .item || entryKind == .indent { alinea += 1 }
        }
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
    for index in node.children.indices {
      let range = node.children[index].range
      guard !range.isEmpty || range.start != 0 else { continue }
      start = min(start, range.start)
      end = max(end, range.end)
    }
    return start <= end ? SourceRange(start, end) : SourceRange(0, 0)
  }

  /// Numbers as written become id-safe: «5-1» stays, «12¹» becomes `12-1`, Cyrillic letters go lower case, other
  /// characters go; a number with nothing left is `x`.
  static func appendSanitized(_ number: String, to bytes: inout [UInt8]) {
    let start = bytes.count
    for scalar in number.unicodeScalars {
      switch scalar.value {
      case 0xB9, 0xB2, 0xB3: bytes += [0x2D, scalar.value == 0xB9 ? 0x31 : UInt8(truncatingIfNeeded: scalar.value - 0x80)]
      case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E: bytes.append(UInt8(truncatingIfNeeded: scalar.value))
      case 0x410...0x44F, 0x451, 0x401:
        // А–Я to а–я, Ё to ё: Russian letters have these one-to-one lower cases.
        let lower = scalar.value == 0x401 ? 0x451 : scalar.value < 0x430 ? scalar.value + 0x20 : scalar.value
        bytes += [UInt8(truncatingIfNeeded: 0xC0 | (lower >> 6)), UInt8(truncatingIfNeeded: 0x80 | (lower & 0x3F))]
      default: break
      }
    }
    if bytes.count == start { bytes.append(0x78) }
  }
}

import TreatyModel
import TreatyText

/// Differences between the structural models of two documents: parties, competent bodies per party, data
/// categories and personal-data fields (by key), defined terms, deadlines and durations (by what they govern), the
/// languages of the authentic texts, and the entry-into-force and termination terms.
enum ModelDiff {
  static func changes(_ left: StructuralModel, _ right: StructuralModel, parameters: TemplateParameters) -> [ModelChange] {
    var changes: [ModelChange] = []
    changes += parties(left, right, parameters)
    changes += bodies(left, right, parameters)
    changes += dataCategories(left, right)
    changes += terms(left, right)
    changes += durations(left, right)
    changes += languages(left, right, parameters)
    changes += entryIntoForce(left, right)
    return changes
  }

  private static func parties(_ left: StructuralModel, _ right: StructuralModel, _ parameters: TemplateParameters) -> [ModelChange] {
    if let l = parameters.leftCounterparty, let r = parameters.rightCounterparty {
      return [ModelChange(category: "parties", change: .replaced, left: l, right: r, counterparty: true)]
    }
    let leftNames = left.parties.map(\.name)
    let rightNames = right.parties.map(\.name)
    return leftNames.filter { !rightNames.contains($0) }.map {
      ModelChange(category: "parties", change: .removed, left: $0, counterparty: false)
    } + rightNames.filter { !leftNames.contains($0) }.map {
      ModelChange(category: "parties", change: .added, right: $0, counterparty: false)
    }
  }

  /// Bodies per party; the other party's bodies change with the party, as the template's parameter.
  private static func bodies(_ left: StructuralModel, _ right: StructuralModel, _ parameters: TemplateParameters) -> [ModelChange] {
    var changes: [ModelChange] = []
    var partyPairs: [(String, String, Bool)] = left.parties.map(\.name).filter { name in
      right.parties.contains { $0.name == name }
    }.map { ($0, $0, false) }
    if let l = parameters.leftCounterparty, let r = parameters.rightCounterparty { partyPairs.append((l, r, true)) }
    if partyPairs.isEmpty {
      partyPairs = Array(Set(left.competentBodies.map(\.party)).union(right.competentBodies.map(\.party))).sorted()
        .map { ($0, $0, false) }
    }
    // Grouped once: a long document has many parties, and filtering every body by each compared every name.
    let leftByParty = Dictionary(grouping: left.competentBodies, by: \.party)
    let rightByParty = Dictionary(grouping: right.competentBodies, by: \.party)
    for (leftParty, rightParty, counterparty) in partyPairs {
      let leftBodies = leftByParty[leftParty] ?? []
      let rightBodies = rightByParty[rightParty] ?? []
      // Each body's key made once: composing a long name's key for the set and again for the look-up was most of
      // comparing the bodies.
      let (leftKeys, rightKeys) = (leftBodies.map(BodyKey.init), rightBodies.map(BodyKey.init))
      let (leftKeySet, rightKeySet) = (Set(leftKeys), Set(rightKeys))
      let removed = zip(leftBodies, leftKeys).filter { !rightKeySet.contains($0.1) }.map(\.0)
      let added = zip(rightBodies, rightKeys).filter { !leftKeySet.contains($0.1) }.map(\.0)
      if !removed.isEmpty && !added.isEmpty {
        changes.append(ModelChange(
          category: "competentBodies", change: .replaced, party: rightParty,
          left: removed.map(\.name).joined(separator: "; "), right: added.map(\.name).joined(separator: "; "),
          leftSource: removed.first?.source, rightSource: added.first?.source, counterparty: counterparty))
      } else {
        for body in removed {
          changes.append(ModelChange(category: "competentBodies", change: .removed, party: leftParty, left: body.name,
            leftSource: body.source, counterparty: counterparty))
        }
        for body in added {
          changes.append(ModelChange(category: "competentBodies", change: .added, party: rightParty, right: body.name,
            rightSource: body.source, counterparty: counterparty))
        }
      }
    }
    return changes
  }

  private static func dataCategories(_ left: StructuralModel, _ right: StructuralModel) -> [ModelChange] {
    var changes: [ModelChange] = []
    for kind in [DataCategory.Kind.information, .personalData] {
      let category = kind == .personalData ? "personalData" : "dataCategories"
      let lefts = left.dataCategories.filter { $0.kind == kind }
      let rights = right.dataCategories.filter { $0.kind == kind }
      var unused = UnusedByKey(rights.map { FoldedWord(canonical: $0.key) })
      var vocabulary = KeyWords()
      let rightWords = rights.map { vocabulary.words(of: $0.key) }
      for item in lefts {
        let itemWords = vocabulary.words(of: item.key)
        if let index = unused.takeFirst(withKey: FoldedWord(canonical: item.key)) {
          if !sameWords(item.text, rights[index].text) {
            changes.append(ModelChange(category: category, change: .reworded, left: item.text, right: rights[index].text,
              leftSource: item.source, rightSource: rights[index].source, counterparty: false))
          }
        } else if let index = rights.indices.first(where: { !unused.taken.contains($0) && similar(rightWords[$0], itemWords) }) {
          unused.take(index)
          changes.append(ModelChange(category: category, change: .reworded, left: item.text, right: rights[index].text,
            leftSource: item.source, rightSource: rights[index].source, counterparty: false))
        } else {
          changes.append(ModelChange(category: category, change: .removed, left: item.text, leftSource: item.source,
            counterparty: false))
        }
      }
      for (index, item) in rights.enumerated() where !unused.taken.contains(index) {
        changes.append(ModelChange(category: category, change: .added, right: item.text, rightSource: item.source,
          counterparty: false))
      }
    }
    return changes
  }

  /// Stem keys that share most of their stems name the same category in other words.
  /// At least 60 % of the words of the larger key are shared.
  private static func similar(_ left: KeyWords.Set, _ right: KeyWords.Set) -> Bool {
    guard !left.isEmpty, !right.isEmpty else { return false }
    let larger = Double(max(left.count, right.count))
    // The shared words cannot outnumber the smaller key's: most pairs are settled without counting.
    guard Double(min(left.count, right.count)) / larger >= 0.6 else { return false }
    return Double(KeyWords.sharedCount(left, right)) / larger >= 0.6
  }

  private static func terms(_ left: StructuralModel, _ right: StructuralModel) -> [ModelChange] {
    let leftTerms = Set(left.terms.map(\.term))
    let rightTerms = Set(right.terms.map(\.term))
    return left.terms.filter { !rightTerms.contains($0.term) }.map {
      ModelChange(category: "terms", change: .removed, left: $0.term, leftSource: $0.source, counterparty: false)
    } + right.terms.filter { !leftTerms.contains($0.term) }.map {
      ModelChange(category: "terms", change: .added, right: $0.term, rightSource: $0.source, counterparty: false)
    }
  }

  private static func durations(_ left: StructuralModel, _ right: StructuralModel) -> [ModelChange] {
    var changes: [ModelChange] = []
    var unused = UnusedByKey(right.durations.map { FoldedWord(canonical: $0.governs) })
    for duration in left.durations {
      if let index = unused.takeFirst(withKey: FoldedWord(canonical: duration.governs)) {
        let other = right.durations[index]
        if other.value != duration.value || other.unit != duration.unit || other.qualifier != duration.qualifier {
          changes.append(ModelChange(category: "durations", change: .changed, left: "\(duration.text) (\(duration.governs))",
            right: "\(other.text) (\(other.governs))", leftSource: duration.source, rightSource: other.source,
            counterparty: false))
        }
      } else {
        changes.append(ModelChange(category: "durations", change: .removed, left: "\(duration.text) (\(duration.governs))",
          leftSource: duration.source, counterparty: false))
      }
    }
    for (index, duration) in right.durations.enumerated() where !unused.taken.contains(index) {
      changes.append(ModelChange(category: "durations", change: .added, right: "\(duration.text) (\(duration.governs))",
        rightSource: duration.source, counterparty: false))
    }
    return changes
  }

  /// «на казахском, кыргызском и русском языках» in the final formula: the languages of the authentic texts.
  static func languages(of model: StructuralModel) -> [String] {
    model.languages
  }

  private static func languages(_ left: StructuralModel, _ right: StructuralModel, _ parameters: TemplateParameters) -> [ModelChange] {
    let l = left.languages
    let r = right.languages
    guard l != r else { return [] }
    let removed = l.filter { !r.contains($0) }
    let added = r.filter { !l.contains($0) }
    let counterparty = removed.allSatisfy { parameters.isParameter(RussianStemmer.stem($0), left: true) }
      && added.allSatisfy { parameters.isParameter(RussianStemmer.stem($0), left: false) } && parameters.isActive
    return [ModelChange(category: "languages", change: .changed, left: l.joined(separator: ", "),
      right: r.joined(separator: ", "), counterparty: counterparty)]
  }

  private static func entryIntoForce(_ left: StructuralModel, _ right: StructuralModel) -> [ModelChange] {
    let l = left.entryIntoForce
    let r = right.entryIntoForce
    guard let l, let r, !sameWords(l.text, r.text) else { return [] }
    return [ModelChange(category: "entryIntoForce", change: .changed, left: l.text, right: r.text,
      leftSource: l.source, rightSource: r.source, counterparty: false)]
  }

  /// Whether two texts hold the same words, case, ё, punctuation and spacing aside.
  static func sameWords(_ left: String, _ right: String) -> Bool {
    FastSearch.bytesEqual(left, right) || WordDiff.sameWords(WordTokenizer.tokens(left), WordTokenizer.tokens(right))
  }

  /// What makes two competent bodies of one party the same body: the name (by `String` equality, hashed by bytes)
  /// and the role.
  private struct BodyKey: Hashable {
    let name: FoldedWord
    let role: CompetentBody.Role

    init(_ body: CompetentBody) {
      name = FoldedWord(canonical: body.name)
      role = body.role
    }
  }
}

/// The distinct words of data-category keys as sorted numbers. A long document's unmatched categories are each
/// compared with every other side's, and intersecting sets of Cyrillic `Substring`s hashed every word again for
/// every pair; numbering each distinct word once (by `String` equality, through `FoldedWord(canonical:)`) leaves a
/// merge of two short arrays.
struct KeyWords {
  typealias Set = [Int]
  private var numbers: [FoldedWord: Int] = [:]

  /// `Set(key.split(separator: " "))`, numbered.
  mutating func words(of key: String) -> Set {
    var words: [Int] = []
    for word in PlainScalars.split(key, separator: " ") {
      let word = FoldedWord(canonical: String(word))
      let number = numbers[word, default: numbers.count]
      if number == numbers.count { numbers[word] = number }
      words.append(number)
    }
    return Array(Swift.Set(words)).sorted()
  }

  /// `Set.intersection(_:).count` of two sorted arrays of distinct numbers.
  static func sharedCount(_ left: Set, _ right: Set) -> Int {
    var (i, j, shared) = (0, 0, 0)
    while i < left.count && j < right.count {
      if left[i] == right[j] {
        shared += 1
        i += 1
        j += 1
      } else if left[i] < right[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return shared
  }
}

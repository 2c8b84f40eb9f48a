/// Puts a Russian or Kazakh personal name («Тургумбаева Ерлана Заманбековича», «Нуртлеу Мурату Абугалиевичу»)
/// into the nominative case, word by word, by the endings of surnames in -ов/-ев/-ин, given names ending in a
/// consonant and patronymics in -ович/-евич/-ич. Names that do not decline (ending in a vowel) stay as written.
public enum PersonName {
  public static func nominative(_ name: String) -> String {
    let words = name.split(separator: " ").map(String.init)
    // A woman's patronymic (-овна, -евна, -ична in any case) makes the whole name feminine.
    let feminine = words.contains { word in
      let lower = word.lowercased()
      return ["овн", "евн", "ичн"].contains { stem in ["а", "ы", "е", "у", "ой"].contains { lower.hasSuffix(stem + $0) } }
    }
    return words.map { feminine ? feminineWord($0) : nominativeWord($0) }.joined(separator: " ")
  }

  /// «Ивановой» → «Иванова», «Марии» → «Мария», «Петровны» → «Петровна», «Айгуль» stays.
  static func feminineWord(_ word: String) -> String {
    guard word.count > 2, !word.hasSuffix(".") else { return word }
    let lower = word.lowercased()
    for stem in ["ов", "ев", "ин", "ын", "овн", "евн", "ичн"] {
      for ending in ["ой", "ы", "е", "у"] where lower.hasSuffix(stem + ending) {
        return String(word.dropLast(ending.count)) + "а"
      }
    }
    if lower.hasSuffix("ии") || lower.hasSuffix("ию") || lower.hasSuffix("ией") {
      return String(word.dropLast(lower.hasSuffix("ией") ? 2 : 1)) + "я"
    }
    for ending in ["ой", "ы", "е", "у"] where lower.hasSuffix(ending) {
      let stem = lower.dropLast(ending.count)
      if let last = stem.last, !"аеёиоуыэюяйь".contains(last) { return String(word.dropLast(ending.count)) + "а" }
    }
    return word
  }

  /// A patronymic in any case: «Заманбековича», «Абугалиевичу», «Ерлановна».
  public static func isPatronymic(_ word: String) -> Bool {
    let lower = word.lowercased()
    return ["ович", "евич", "ич", "овна", "евна", "ична", "улы", "кызы"].contains { stem in
      lower.hasSuffix(stem) || ["а", "у", "ем", "е", "ы", "ой"].contains { lower.hasSuffix(stem + $0) }
        || (stem.hasSuffix("а") && ["ы", "е", "у", "ой"].contains { lower.hasSuffix(String(stem.dropLast()) + $0) })
    }
  }

  static func nominativeWord(_ word: String) -> String {
    guard word.count > 2, !word.hasSuffix(".") else { return word }
    let lower = word.lowercased()
    // Patronymics: -овича/-овичу/-овичем → -ович; -овны/-овне/-овну → -овна.
    for stem in ["ович", "евич", "ич"] {
      for ending in ["а", "у", "ем", "е"] where lower.hasSuffix(stem + ending) {
        return String(word.dropLast(ending.count))
      }
    }
    for stem in ["овн", "евн", "ичн"] {
      for ending in ["ы", "е", "у", "ой"] where lower.hasSuffix(stem + ending) {
        return String(word.dropLast(ending.count)) + "а"
      }
    }
    // Surnames: -ова/-ову/-овым/-ове → -ов (and -ев, -ин, -ын).
    for stem in ["ов", "ев", "ёв", "ин", "ын"] {
      for ending in ["а", "у", "ым", "е"] where lower.hasSuffix(stem + ending) {
        return String(word.dropLast(ending.count))
      }
    }
    // Given names ending in a consonant: «Ерлана» → «Ерлан», «Мурату» → «Мурат», «Муратом» → «Мурат».
    for ending in ["ом", "ем", "а", "у", "е"] where lower.hasSuffix(ending) {
      let stem = lower.dropLast(ending.count)
      if let last = stem.last, !"аеёиоуыэюяйь".contains(last) { return String(word.dropLast(ending.count)) }
    }
    return word
  }
}

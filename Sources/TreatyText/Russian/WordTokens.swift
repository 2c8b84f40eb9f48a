/// A token of a text for word-level comparison: a word or a single punctuation mark.
///
/// `key` is what two tokens are compared by: words case- and ё-folded, dashes and quotation marks of every style
/// written one way, so that «–» against «-» or «Стороны» against «стороны» never reads as a change of words.
public struct WordToken: Sendable, Hashable {
  public var text: String
  public var key: String
  public var isWord: Bool
  /// Whitespace stood before it in the text, so that tokens can be joined back as written.
  public var spaceBefore = false

  public var isNumber: Bool { isWord && key.unicodeScalars.allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 } }
}

public enum WordTokenizer {
  public static func tokens(_ text: String) -> [WordToken] {
    var tokens: [WordToken] = []
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    var space = false
    while index != scalars.endIndex {
      let scalar = scalars[index]
      if RussianText.isWordStarter(scalar) {
        var end = scalars.index(after: index)
        while end != scalars.endIndex {
          let next = scalars[end]
          if RussianText.isWordStarter(next) || RussianText.isWordContinuation(next) {
            end = scalars.index(after: end)
          } else if RussianText.isHyphen(next), scalars.index(after: end) != scalars.endIndex,
            RussianText.isWordStarter(scalars[scalars.index(after: end)])
          {
            end = scalars.index(after: end)
          } else {
            break
          }
        }
        let word = String(scalars[index..<end])
        tokens.append(WordToken(text: word, key: RussianText.fold(word), isWord: true, spaceBefore: space))
        space = false
        index = end
        continue
      }
      if scalar.properties.isWhitespace {
        space = true
      } else {
        tokens.append(WordToken(text: String(scalar), key: punctuationKey(scalar), isWord: false, spaceBefore: space))
        space = false
      }
      index = scalars.index(after: index)
    }
    return tokens
  }

  /// Dashes and quotation marks of every style compare equal.
  static func punctuationKey(_ scalar: Unicode.Scalar) -> String {
    switch scalar.value {
    case 0x2010...0x2015, 0x2212: return "-"
    case 0xAB, 0xBB, 0x201C, 0x201D, 0x201E, 0x201F, 0x2033: return "\""
    case 0x2018, 0x2019: return "'"
    default: return String(scalar)
    }
  }
}

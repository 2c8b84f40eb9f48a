import Foundation

extension Prefilter {
  /// The parameters in one phrase, printed with results so that a reader knows what was left out and why.
  public var summary: String {
    "word \(shingleSize)-shingles, \(hashCount) MinHash functions, LSH \(bands) bands × \(rows) "
      + "row\(rows == 1 ? "" : "s"), estimated containment ≥ " + String(format: "%.2f", candidateThreshold)
  }
}

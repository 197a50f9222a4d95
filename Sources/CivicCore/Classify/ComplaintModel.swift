import Foundation

/// An explainable linear complaint model: logistic regression over word unigrams, bigrams and `ComplaintCue`s.
///
/// `score(text:)` is one allocation-free pass over the text's UTF-8 bytes (see `ComplaintFeatureScanner`) plus a few
/// short strings for `why`. Models come from `ComplaintTrainer`, `load(path:)` or `builtIn`.
public struct ComplaintModel: ComplaintScoring {
  /// Intercept of the linear score.
  public let bias: Double
  /// Scores at or above this are complaints.
  public let threshold: Double
  /// Weight of each cue, indexed by `ComplaintCue.rawValue`.
  public let cueWeights: [Double]
  /// Weight of each term: a normalised word, or two words separated by one space.
  public let termWeights: [String: Double]
  /// Letters of the stem terms ("disap…" with 5), 0 for a model without them (see `ComplaintFeatureScanner`).
  public let stemLetters: Int
  /// Free-form numbers describing how the model was trained (documents, iterations...), saved with it.
  public let training: [String: Double]
  /// Where the model came from ("built-in" or a file path), for messages.
  public let source: String

  let table: ComplaintFeatureTable
  private let cueVector: SIMD32<Float>
  /// The scoring part alone (no `why`), for the counting path.
  let linear: ComplaintLinearScorer

  /// How many entries `why` holds at most.
  public static let whyCount = 3

  public init(
    bias: Double, threshold: Double, cueWeights: [ComplaintCue: Double], termWeights: [String: Double],
    stemLetters: Int = 0, training: [String: Double] = [:], source: String = "memory"
  ) {
    self.bias = bias
    self.stemLetters = stemLetters
    self.threshold = threshold
    self.cueWeights = ComplaintCue.allCases.map { cueWeights[$0] ?? 0 }
    self.termWeights = termWeights
    self.training = training
    self.source = source
    var hashed: [UInt64: Float] = [:]
    hashed.reserveCapacity(termWeights.count)
    var bigramStarts: Set<UInt64> = []
    for (term, weight) in termWeights {
      let hashes = ComplaintTermHash.termAndStart(term)
      hashed[hashes.term] = Float(weight)
      if let start = hashes.start { bigramStarts.insert(start) }
    }
    table = ComplaintFeatureTable(weights: hashed, bigramStarts: bigramStarts, stemLetters: stemLetters)
    var vector = SIMD32<Float>(repeating: 0)
    for cue in ComplaintCue.allCases { vector[cue.rawValue] = Float(cueWeights[cue] ?? 0) }
    cueVector = vector
    linear = ComplaintLinearScorer(table: table, cueVector: vector, bias: bias, threshold: threshold)
  }

  /// The same model with another decision threshold.
  public func with(threshold: Double) -> ComplaintModel {
    var cues: [ComplaintCue: Double] = [:]
    for cue in ComplaintCue.allCases { cues[cue] = cueWeights[cue.rawValue] }
    return ComplaintModel(
      bias: bias, threshold: threshold, cueWeights: cues, termWeights: termWeights, stemLetters: stemLetters,
      training: training, source: source)
  }

  /// The weight of a cue.
  public func weight(of cue: ComplaintCue) -> Double { cueWeights[cue.rawValue] }

  /// Scores a text with an explanation.
  public func score(text: String) -> ComplaintScore {
    var text = text
    return text.withUTF8 { bytes in
      var scanner = ComplaintFeatureScanner(table: table, visitor: ComplaintExplainingVisitor())
      let cues = scanner.scan(bytes)
      var visitor = scanner.visitor
      var sum = visitor.sum
      var mask = cues.mask
      while mask != 0 {
        let index = mask.trailingZeroBitCount
        mask &= mask - 1
        let weight = cueVector[index]
        sum += weight
        let span = ComplaintTermSpan(
          start: cues.starts[index], firstEnd: cues.ends[index], secondStart: -1, end: cues.ends[index])
        visitor.add(key: ~UInt64(index), weight: weight, span: span)
      }
      let probability = Self.sigmoid(Double(sum) + bias)
      let complaint = probability >= threshold
      let top = complaint ? visitor.pushingUp : visitor.pushingDown
      var why: [String] = []
      why.reserveCapacity(Self.whyCount)
      top.forEachRanked { why.append(Self.describe($0, bytes)) }
      if why.isEmpty, let lean = baselineLean { why.append(Self.describeBaseline(lean)) }
      return ComplaintScore(score: probability, complaint: complaint, why: why)
    }
  }

  /// How far the bias alone sits from the threshold, in the sum's units (`bias - logit(threshold)`): what decides
  /// a text none of whose terms or cues pushes toward its decision ("bins missed": two complaint words, not enough
  /// to cross the threshold from where every text starts). Nil for a threshold of 0 or 1.
  var baselineLean: Double? {
    guard threshold > 0 && threshold < 1 else { return nil }
    return bias - log(threshold / (1 - threshold))
  }

  /// "baseline (-1.20)".
  private static func describeBaseline(_ lean: Double) -> String {
    String(unsafeUninitializedCapacity: 32) { buffer in
      var writer = ComplaintWhyWriter(buffer: buffer)
      writer.append("baseline (")
      writer.appendSigned(lean)
      writer.append(")")
      return writer.count
    }
  }

  /// Scores a text, with the explanation only when `explain` is true (without it `why` is empty and scoring is
  /// about three times faster: use it where `why` is not shown, or fill `why` later for the posts displayed).
  public func score(text: String, explain: Bool) -> ComplaintScore {
    guard !explain else { return score(text: text) }
    let probability = probability(text: text)
    return ComplaintScore(score: probability, complaint: probability >= threshold, why: [])
  }

  /// The score alone, without an explanation (the fastest path).
  public func probability(text: String) -> Double {
    var text = text
    return text.withUTF8 { probability(utf8: $0) }
  }

  /// The score of UTF-8 bytes, without an explanation.
  public func probability(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Double {
    linear.probability(utf8: bytes)
  }

  static func sigmoid(_ z: Double) -> Double { ComplaintLinearScorer.sigmoid(z) }

  /// "still waiting (+1.50)", "waiting time: 3 weeks (+0.80)", "shouting: RIDICULOUS (+0.90)".
  private static func describe(_ entry: ComplaintTopContributions.Entry, _ bytes: UnsafeBufferPointer<UInt8>) -> String
  {
    String(unsafeUninitializedCapacity: 160) { buffer in
      var writer = ComplaintWhyWriter(buffer: buffer)
      let span = entry.span
      if entry.key > ~UInt64(32), let cue = ComplaintCue(rawValue: Int(~entry.key)) {
        writer.append(cue.label)
        switch cue {
        case .still, .again, .question, .exclaim, .exclaimRun, .url:
          break
        default:
          writer.append(": ")
          writer.appendSurface(bytes, Int(span.start), Int(span.end), lowered: cue != .shouting)
        }
      } else if span.isBigram {
        writer.appendSurface(bytes, Int(span.start), Int(span.firstEnd), lowered: true)
        if span.stems & 1 != 0 { writer.append("\u{2026}") }
        writer.append(" ")
        writer.appendSurface(bytes, Int(span.secondStart), Int(span.end), lowered: true)
        if span.stems & 2 != 0 { writer.append("\u{2026}") }
      } else {
        if span.isNegated { writer.append("not_") }
        writer.appendSurface(bytes, Int(span.start), Int(span.end), lowered: true)
        if span.isStem { writer.append("\u{2026}") }
      }
      writer.append(" (")
      writer.appendSigned(Double(entry.weight))
      writer.append(")")
      return writer.count
    }
  }
}

/// Writes bytes into a fixed buffer (160 bytes: a cue label, two 40-byte words and a number always fit).
private struct ComplaintWhyWriter {
  let buffer: UnsafeMutableBufferPointer<UInt8>
  var count = 0

  init(buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

  mutating func append(_ byte: UInt8) {
    guard count < buffer.count else { return }
    buffer[count] = byte
    count += 1
  }

  mutating func append(_ text: StaticString) {
    let start = text.utf8Start
    for index in 0..<text.utf8CodeUnitCount { append(start[index]) }
  }

  mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
      for byte in bytes { append(byte) }
    }
  }

  /// The text of a byte range (lower-cased when asked), at most 40 bytes, cut on a character boundary.
  mutating func appendSurface(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, lowered: Bool) {
    guard start >= 0, start <= end, end <= bytes.count else { return }
    var limit = min(end, start + 40)
    while limit < end, limit > start, bytes[limit] & 0xC0 == 0x80 { limit -= 1 }
    for index in start..<limit {
      let byte = bytes[index]
      append(lowered && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
    }
  }

  /// "+1.23" / "-0.40".
  mutating func appendSigned(_ value: Double) {
    let hundredths = Int((abs(value) * 100).rounded())
    append(value < 0 ? 0x2D : 0x2B)
    let units = hundredths / 100
    if units >= 10 { append(String(units)) } else { append(UInt8(0x30 + units)) }
    append(0x2E)
    append(UInt8(0x30 + (hundredths % 100) / 10))
    append(UInt8(0x30 + hundredths % 10))
  }
}

/// Sums term weights.
struct ComplaintSumVisitor: ComplaintTermVisitor {
  var sum: Float = 0

  @inline(__always) mutating func visit(hash: UInt64, weight: Float, span: ComplaintTermSpan) { sum += weight }
}

/// Sums term weights and keeps the strongest contributions in each direction.
struct ComplaintExplainingVisitor: ComplaintTermVisitor {
  var sum: Float = 0
  var pushingUp = ComplaintTopContributions()
  var pushingDown = ComplaintTopContributions()

  @inline(__always) mutating func visit(hash: UInt64, weight: Float, span: ComplaintTermSpan) {
    guard weight != 0 else { return }
    sum += weight
    add(key: hash, weight: weight, span: span)
  }

  @inline(__always) mutating func add(key: UInt64, weight: Float, span: ComplaintTermSpan) {
    if weight > 0 {
      pushingUp.add(key: key, weight: weight, span: span)
    } else if weight < 0 {
      pushingDown.add(key: key, weight: weight, span: span)
    }
  }
}

/// The `ComplaintModel.whyCount` largest contributions (by magnitude) seen, repeated keys summed.
struct ComplaintTopContributions {
  struct Entry {
    var key: UInt64
    var weight: Float
    var span: ComplaintTermSpan
  }

  private var entries: (Entry?, Entry?, Entry?) = (nil, nil, nil)

  mutating func add(key: UInt64, weight: Float, span: ComplaintTermSpan) {
    withUnsafeMutablePointer(to: &entries) { tuple in
      tuple.withMemoryRebound(to: Entry?.self, capacity: 3) { slots in
        Self.insert(into: slots, key: key, weight: weight, span: span)
      }
    }
  }

  private static func insert(
    into slots: UnsafeMutablePointer<Entry?>, key: UInt64, weight: Float, span: ComplaintTermSpan
  ) {
    var weakest = 0
    var weakestMagnitude = Float.infinity
    for k in 0..<3 {
      guard let entry = slots[k] else {
        slots[k] = Entry(key: key, weight: weight, span: span)
        return
      }
      if entry.key == key {
        slots[k]?.weight += weight
        return
      }
      if abs(entry.weight) < weakestMagnitude {
        weakestMagnitude = abs(entry.weight)
        weakest = k
      }
    }
    if abs(weight) > weakestMagnitude { slots[weakest] = Entry(key: key, weight: weight, span: span) }
  }

  /// Entries, strongest first.
  /// Calls `body` with each entry, strongest first (ties keep insertion order).
  func forEachRanked(_ body: (Entry) -> Void) {
    var (a, b, c) = entries
    func stronger(_ x: Entry?, _ y: Entry?) -> Bool {
      guard let x else { return false }
      guard let y else { return true }
      return abs(x.weight) > abs(y.weight)
    }
    if stronger(b, a) { swap(&a, &b) }
    if stronger(c, b) { swap(&b, &c) }
    if stronger(b, a) { swap(&a, &b) }
    if let a { body(a) }
    if let b { body(b) }
    if let c { body(c) }
  }
}

extension ComplaintModel {
  /// The model compiled into civicpulse, trained on `corpus/complaints-corpus.csv` (see `corpus/README.md`).
  public static let builtIn: ComplaintModel = {
    do {
      return try ComplaintModel(json: Data(BuiltinModel.json.utf8), source: "built-in")
    } catch {
      // Unreachable while the generated literal is valid (BuiltinModelTests checks it parses).
      return ComplaintModel(bias: 0, threshold: 0.5, cueWeights: [:], termWeights: [:], source: "built-in (empty)")
    }
  }()
}

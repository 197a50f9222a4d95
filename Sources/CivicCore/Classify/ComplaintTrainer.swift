import Foundation

/// One labelled text for training or evaluation.
public struct LabelledText: Sendable, Hashable {
  public var text: String
  public var complaint: Bool

  public init(text: String, complaint: Bool) {
    self.text = text
    self.complaint = complaint
  }
}

/// Trains a `ComplaintModel`: L2-regularised logistic regression over the unigrams and bigrams seen in at least
/// `minCount` texts plus the cues, fitted by full-batch gradient descent with per-weight (Adagrad) step sizes; by
/// default NB-weighted over 0/1 term features and averaged with a plain fit (see `nbWeighting`, `binary` and
/// `averagePlain`).
/// The L2 strength and the decision threshold are chosen by an inner cross-validation on the training texts alone
/// (see `l2Choices` and `tuneThreshold`).
///
/// Training is deterministic: no randomness, every sum in a fixed order, so the same examples and settings give
/// the same model, byte for byte once saved.
public struct ComplaintTrainer: Sendable {
  public var iterations: Int
  public var learningRate: Double
  /// Strength of the L2 penalty on the mean log-loss, used as is when `l2Choices` is empty.
  public var l2: Double
  /// Candidate L2 strengths. With two or more, `train` picks the one with the lowest class-weighted log-loss in an
  /// `innerFolds`-fold cross-validation on its own training texts (never on anything else), then trains on all of
  /// them with it. Ties go to the stronger penalty.
  public var l2Choices: [Double]
  public var innerFolds: Int
  /// Replace `threshold` by the one (from 0.30 to 0.70 in steps of 0.025) that maximises macro-F1 on the texts held
  /// out in the same inner cross-validation.
  public var tuneThreshold: Bool
  /// A term must occur in at least this many texts to get a weight.
  public var minCount: Int
  /// Terms whose trained weight is smaller than this in magnitude are dropped from the model.
  public var prune: Double
  public var threshold: Double
  /// Extra noisy copies of each training text in which every term occurrence is dropped with probability
  /// `dropout` (deterministically, from a fixed seed). This teaches the model to score texts whose words it has
  /// never seen, as most real posts are, from the cues and the words it does know. Default 0 (sixth round: better
  /// in cross-validation on real posts); the built-in model, trained on the template-made corpus, passes 2.
  public var noisyCopies: Int
  public var dropout: Double
  /// Weight each class in inverse proportion to its size, so both classes count equally (what macro-F1 rewards).
  public var balanced: Bool
  /// NB-weighted logistic regression (Wang and Manning 2012, "NBSVM"): every term feature is scaled by its
  /// naive-Bayes log-count ratio `log((p_j / |p|) / (q_j / |q|))` from the training texts (`p_j`, `q_j`: how many
  /// complaints and other texts hold the term, plus `nbSmoothing`) before the fit, and the ratio is folded into the
  /// term's weight afterwards, so the saved model is still one weight per term.
  public var nbWeighting: Bool
  /// Added to every term's presence count in each class for `nbWeighting` (Laplace smoothing; 0 or less means 1).
  public var nbSmoothing: Double
  /// Term features are 0/1 (present or not) instead of occurrence counts during training. Scoring still adds a
  /// term's weight for each occurrence, which only differs for a word repeated in one post.
  public var binary: Bool
  /// NBSVM interpolation (Wang and Manning 2012) for `nbWeighting`: every fitted term weight `w_j` becomes
  /// `(1 - beta) * mean|w| + beta * w_j` before the log-count ratio is folded in, a mix of naive Bayes (beta 0: the
  /// ratios themselves, scaled) and the discriminative fit (beta 1, the default: no interpolation). Their published
  /// setting is 0.25. Cue weights and the bias are left as fitted.
  public var nbInterpolation: Double
  /// With `nbWeighting` (the default, fifth round): also fit plain logistic regression on the same features and L2 and
  /// average the two models' weights (terms, cues and bias). An average of linear models is one linear model, so
  /// scoring costs the same; training costs twice as much.
  public var averagePlain: Bool
  /// After the inner cross-validation, average the final fit with the inner folds' fits at the chosen L2 (a
  /// cross-validation committee, bagging-like: each inner fit saw all but one inner fold). Terms missing from a
  /// fit count as 0 there; averages below `prune` are dropped. Still one linear model: scoring costs the same.
  public var innerAverage: Bool
  /// With a value L above 0, every word longer than L letters also gives the stem term of its first L letters
  /// ("disap…"; see `ComplaintFeatureScanner`), saved in the model (format version 3). Default 0: no stems.
  public var stemLetters: Int
  /// Prior weights for words no training text holds (`train --prior-terms`, fourteenth round): each such word of
  /// `priorTerms` becomes a unigram term of `priorScale` times its weight (rounded as fitted weights are, and kept
  /// only when that reaches `prune`); a word of the corpus keeps its fitted weight, or none, whatever the file
  /// says. Default: none.
  public var priorTerms = ComplaintPriorTerms(weights: [:])
  public var priorScale = 1.0

  public init(
    iterations: Int = 400, learningRate: Double = 0.3, l2: Double = 5e-4, minCount: Int = 2, prune: Double = 0.02,
    threshold: Double = 0.5, noisyCopies: Int = 0, dropout: Double = 0.5, balanced: Bool = true,
    l2Choices: [Double] = ComplaintTrainer.defaultL2Choices, innerFolds: Int = 3, tuneThreshold: Bool = false,
    nbWeighting: Bool = true, nbSmoothing: Double = 1, binary: Bool = true, nbInterpolation: Double = 1,
    averagePlain: Bool = true, innerAverage: Bool = false, stemLetters: Int = 0
  ) {
    self.stemLetters = stemLetters
    self.innerAverage = innerAverage
    self.nbInterpolation = nbInterpolation
    self.averagePlain = averagePlain
    self.nbWeighting = nbWeighting
    self.nbSmoothing = nbSmoothing
    self.binary = binary
    self.tuneThreshold = tuneThreshold
    self.l2Choices = l2Choices
    self.innerFolds = innerFolds
    self.balanced = balanced
    self.noisyCopies = noisyCopies
    self.dropout = dropout
    self.iterations = iterations
    self.learningRate = learningRate
    self.l2 = l2
    self.minCount = minCount
    self.prune = prune
    self.threshold = threshold
  }

  /// Records every term of a text with its normalised spelling.
  private struct CollectingVisitor: ComplaintTermVisitor {
    var hashes: [UInt64] = []
    var spans: [ComplaintTermSpan] = []

    mutating func visit(hash: UInt64, weight: Float, span: ComplaintTermSpan) {
      hashes.append(hash)
      spans.append(span)
    }
  }

  /// One training text as the fit sees it: term indices (ascending) with their values, cues, label and weight.
  struct Sparse {
    var indices: [Int32]
    var values: [Double]
    var cues: UInt32
    var label: Double
    var weight: Double
  }

  /// Why `examples` cannot train a classifier, or nil when both classes are there: with one class only the model
  /// learns to give that answer for every text. The message counts each class.
  public static func oneClassProblem(_ examples: [LabelledText]) -> String? {
    let complaints = examples.filter(\.complaint).count
    let others = examples.count - complaints
    guard complaints == 0 || others == 0 else { return nil }
    return "\(Plural.count(complaints, "complaint")) and \(Plural.count(others, "other text")): training needs "
      + "examples of both classes"
  }

  /// Trains on the examples. An empty set gives a model that scores every text 0.5.
  public func train(_ examples: [LabelledText]) -> ComplaintModel {
    guard l2Choices.count > 1 || tuneThreshold || innerAverage, innerFolds > 1, examples.count >= 2 * innerFolds
    else {
      var fixed = self
      if let only = l2Choices.first { fixed.l2 = only }
      return fixed.trainFixed(examples, inner: nil)
    }
    let inner = innerValidation(examples)
    var fixed = self
    fixed.l2 = inner.l2
    fixed.threshold = inner.threshold
    let model = fixed.trainFixed(examples, inner: inner)
    guard innerAverage, !inner.models.isEmpty else { return model }
    return fixed.average([model] + inner.models, training: model.training)
  }

  /// The mean of linear models (terms missing from a model count as 0 there), pruned at `prune`, with this
  /// trainer's threshold.
  func average(_ models: [ComplaintModel], training: [String: Double]) -> ComplaintModel {
    let share = 1 / Double(max(models.count, 1))
    var sums: [String: Double] = [:]
    for model in models {
      for (term, weight) in model.termWeights { sums[term, default: 0] += weight * share }
    }
    var kept: [String: Double] = [:]
    for (term, sum) in sums {
      let weight = Self.round(sum)
      if abs(weight) >= prune, weight != 0 { kept[term] = weight }
    }
    var cues: [ComplaintCue: Double] = [:]
    for cue in ComplaintCue.allCases {
      cues[cue] = Self.round(models.reduce(0) { $0 + $1.weight(of: cue) * share })
    }
    var record = training
    record["inner_average"] = Double(models.count)
    record["terms_kept"] = Double(kept.count)
    return ComplaintModel(
      bias: Self.round(models.reduce(0) { $0 + $1.bias * share }), threshold: threshold, cueWeights: cues,
      termWeights: kept, stemLetters: stemLetters, training: record, source: "trained")
  }

  /// Trains with `l2` and `threshold` as they are; what the inner cross-validation found is recorded in the model.
  func trainFixed(_ examples: [LabelledText], inner: ComplaintInnerValidation?) -> ComplaintModel {
    let lexicon = ComplaintFeatureTable(weights: [:], stemLetters: stemLetters)
    var spelling: [UInt64: String] = [:]
    var documentFrequency: [UInt64: Int] = [:]
    var scanned: [(hashes: [UInt64], cues: UInt32)] = []
    scanned.reserveCapacity(examples.count)
    for example in examples {
      var text = example.text
      let result = text.withUTF8 { bytes -> ([UInt64], UInt32) in
        var scanner = ComplaintFeatureScanner(table: lexicon, visitor: CollectingVisitor())
        let cues = scanner.scan(bytes)
        for (hash, span) in zip(scanner.visitor.hashes, scanner.visitor.spans) where spelling[hash] == nil {
          let term = Self.spell(span, bytes)
          if ComplaintTermHash.term(term) == hash { spelling[hash] = term }
        }
        return (scanner.visitor.hashes, cues.mask)
      }
      for hash in Set(result.0) { documentFrequency[hash, default: 0] += 1 }
      scanned.append((result.0, result.1))
    }
    let vocabulary = documentFrequency.compactMap { hash, count -> (String, UInt64)? in
      guard count >= minCount, let term = spelling[hash] else { return nil }
      return (term, hash)
    }.sorted { $0.0 < $1.0 }
    var indexOf: [UInt64: Int32] = [:]
    for (index, entry) in vocabulary.enumerated() { indexOf[entry.1] = Int32(index) }
    let complaints = examples.filter(\.complaint).count
    let positiveWeight = balanced && complaints > 0 ? Double(examples.count) / Double(2 * complaints) : 1
    let negativeWeight =
      balanced && complaints < examples.count ? Double(examples.count) / Double(2 * (examples.count - complaints)) : 1
    let documents = zip(scanned, examples).map { document, example -> Sparse in
      var counts: [Int32: Double] = [:]
      for hash in document.hashes { if let index = indexOf[hash] { counts[index, default: 0] += 1 } }
      let sorted = counts.sorted { $0.key < $1.key }
      return Sparse(
        indices: sorted.map(\.key), values: sorted.map(\.value), cues: document.cues,
        label: example.complaint ? 1 : 0, weight: example.complaint ? positiveWeight : negativeWeight)
    }
    let (termWeights, cueWeights, bias) = fitFolded(documents, termCount: vocabulary.count)
    var kept: [String: Double] = [:]
    for (index, entry) in vocabulary.enumerated() {
      let weight = Self.round(termWeights[index])
      if abs(weight) >= prune, weight != 0 { kept[entry.0] = weight }
    }
    let priors = addPriors(to: &kept, corpus: documentFrequency)
    var cues: [ComplaintCue: Double] = [:]
    for cue in ComplaintCue.allCases { cues[cue] = Self.round(cueWeights[cue.rawValue]) }
    var training: [String: Double] = [
      "documents": Double(examples.count), "complaints": Double(complaints), "iterations": Double(iterations),
      "learning_rate": learningRate, "l2": l2, "min_count": Double(minCount), "prune": prune,
      "vocabulary": Double(vocabulary.count), "terms_kept": Double(kept.count),
      "noisy_copies": Double(noisyCopies), "dropout": dropout, "balanced": balanced ? 1 : 0,
      "binary": binary ? 1 : 0, "nb_weighting": nbWeighting ? 1 : 0,
    ]
    if nbWeighting { training["nb_smoothing"] = nbSmoothing }
    if nbWeighting, nbInterpolation != 1 { training["nb_interpolation"] = nbInterpolation }
    if nbWeighting, averagePlain { training["average_plain"] = 1 }
    if stemLetters > 0 { training["stem_letters"] = Double(stemLetters) }
    if !priorTerms.weights.isEmpty {
      training["prior_scale"] = priorScale
      training["prior_terms"] = Double(priors)
    }
    if let inner {
      training["inner_folds"] = Double(innerFolds)
      for (candidate, loss) in inner.losses { training["inner_loss_l2_\(candidate)"] = Self.round(loss) }
      if tuneThreshold { training["inner_macro_f1"] = Self.round(inner.macroF1) }
    }
    return ComplaintModel(
      bias: Self.round(bias), threshold: threshold, cueWeights: cues, termWeights: kept, stemLetters: stemLetters,
      training: training, source: "trained")
  }

  /// Adds the words of `priorTerms` that no training text holds (`corpus`: the hashes of every term of the training
  /// texts) to the kept terms, at `priorScale` times their weight; returns how many were added.
  private func addPriors(to kept: inout [String: Double], corpus: [UInt64: Int]) -> Int {
    var added = 0
    for (word, prior) in priorTerms.weights where corpus[ComplaintTermHash.word(Substring(word))] == nil {
      let weight = Self.round(priorScale * prior)
      guard abs(weight) >= prune, weight != 0 else { continue }
      kept[word] = weight
      added += 1
    }
    return added
  }

  /// Fits the training documents and their noisy copies and returns one weight per term with the naive-Bayes
  /// ratio already folded in (see `nbWeighting`, `nbInterpolation` and `averagePlain`), the cue weights and the bias.
  private func fitFolded(_ documents: [Sparse], termCount: Int) -> (terms: [Double], cues: [Double], bias: Double) {
    let all = documents + noisy(documents)
    guard nbWeighting else { return fit(all.map { scaled($0, nil) }, termCount: termCount) }
    let ratios = logCountRatios(documents, termCount: termCount)
    var nb = fit(all.map { scaled($0, ratios) }, termCount: termCount)
    if nbInterpolation != 1, termCount > 0 {
      let mean = nb.terms.reduce(0) { $0 + abs($1) } / Double(termCount)
      nb.terms = nb.terms.map { (1 - nbInterpolation) * mean + nbInterpolation * $0 }
    }
    for index in 0..<termCount { nb.terms[index] *= ratios[index] }
    guard averagePlain else { return nb }
    let plain = fit(all.map { scaled($0, nil) }, termCount: termCount)
    return (
      zip(nb.terms, plain.terms).map { ($0 + $1) / 2 }, zip(nb.cues, plain.cues).map { ($0 + $1) / 2 },
      (nb.bias + plain.bias) / 2
    )
  }

  /// The naive-Bayes log-count ratio of every term (see `nbWeighting`), from the 0/1 presence of terms in the
  /// training texts (not their noisy copies).
  func logCountRatios(_ documents: [Sparse], termCount: Int) -> [Double] {
    let smoothing = nbSmoothing > 0 ? nbSmoothing : 1
    var inComplaints = [Double](repeating: smoothing, count: termCount)
    var inOthers = [Double](repeating: smoothing, count: termCount)
    for document in documents {
      for index in document.indices {
        if document.label == 1 { inComplaints[Int(index)] += 1 } else { inOthers[Int(index)] += 1 }
      }
    }
    let complaintTotal = inComplaints.reduce(0, +)
    let otherTotal = inOthers.reduce(0, +)
    guard complaintTotal > 0, otherTotal > 0 else { return [Double](repeating: 1, count: termCount) }
    return (0..<termCount).map { log((inComplaints[$0] / complaintTotal) / (inOthers[$0] / otherTotal)) }
  }

  /// A document's feature values as the fit sees them: 0/1 or counts (`binary`), times the term's log-count ratio.
  private func scaled(_ document: Sparse, _ ratios: [Double]?) -> Sparse {
    guard binary || ratios != nil else { return document }
    var copy = document
    for k in 0..<copy.indices.count {
      let value = binary ? 1 : copy.values[k]
      copy.values[k] = value * (ratios?[Int(copy.indices[k])] ?? 1)
    }
    return copy
  }

  /// The noisy copies of the documents (see `noisyCopies`).
  private func noisy(_ documents: [Sparse]) -> [Sparse] {
    guard noisyCopies > 0, dropout > 0 else { return [] }
    var generator = ComplaintRandom(seed: 0x00C1_71C9_015E)
    var copies: [Sparse] = []
    copies.reserveCapacity(documents.count * noisyCopies)
    for _ in 0..<noisyCopies {
      for document in documents {
        var copy = document
        copy.indices.removeAll(keepingCapacity: true)
        copy.values.removeAll(keepingCapacity: true)
        for (index, count) in zip(document.indices, document.values) {
          var kept = 0.0
          for _ in 0..<Int(count) where Double(generator.next() >> 11) / Double(1 << 53) >= dropout { kept += 1 }
          if kept > 0 {
            copy.indices.append(index)
            copy.values.append(kept)
          }
        }
        copies.append(copy)
      }
    }
    return copies
  }

  /// Full-batch Adagrad on the mean log-loss plus `l2 / 2 * |w|^2` (the bias is not penalised).
  private func fit(_ documents: [Sparse], termCount: Int) -> (terms: [Double], cues: [Double], bias: Double) {
    let cueCount = ComplaintCue.allCases.count
    let width = termCount + cueCount
    var weights = [Double](repeating: 0, count: width)
    var squares = [Double](repeating: 0, count: width)
    var bias = 0.0
    var biasSquares = 0.0
    guard !documents.isEmpty else { return ([Double](repeating: 0, count: termCount), weights, 0) }
    let scale = 1 / Double(documents.count)
    var gradient = [Double](repeating: 0, count: width)
    for _ in 0..<iterations {
      for j in 0..<width { gradient[j] = 0 }
      var biasGradient = 0.0
      for document in documents {
        var z = bias
        for k in 0..<document.indices.count { z += weights[Int(document.indices[k])] * document.values[k] }
        var mask = document.cues
        while mask != 0 {
          z += weights[termCount + mask.trailingZeroBitCount]
          mask &= mask - 1
        }
        let error = (ComplaintModel.sigmoid(z) - document.label) * document.weight * scale
        for k in 0..<document.indices.count { gradient[Int(document.indices[k])] += error * document.values[k] }
        mask = document.cues
        while mask != 0 {
          gradient[termCount + mask.trailingZeroBitCount] += error
          mask &= mask - 1
        }
        biasGradient += error
      }
      for j in 0..<width {
        let g = gradient[j] + l2 * weights[j]
        squares[j] += g * g
        if squares[j] > 0 { weights[j] -= learningRate * g / squares[j].squareRoot() }
      }
      biasSquares += biasGradient * biasGradient
      if biasSquares > 0 { bias -= learningRate * biasGradient / biasSquares.squareRoot() }
    }
    return (Array(weights[0..<termCount]), Array(weights[termCount...]), bias)
  }

  static func round(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

  /// The normalised spelling of a term (the bytes its hash was computed from).
  static func spell(_ span: ComplaintTermSpan, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
    if span.isBigram {
      let marks = (
        span.stems & 1 != 0 ? ComplaintTermHash.stemSuffix : "", span.stems & 2 != 0 ? ComplaintTermHash.stemSuffix : ""
      )
      return normalised(bytes, Int(span.start), Int(span.firstEnd)) + marks.0 + " "
        + normalised(bytes, Int(span.secondStart), Int(span.end)) + marks.1
    }
    if span.isNegated { return ComplaintTermHash.negatedPrefix + normalised(bytes, Int(span.start), Int(span.end)) }
    if span.isStem { return normalised(bytes, Int(span.start), Int(span.end)) + ComplaintTermHash.stemSuffix }
    return normalised(bytes, Int(span.start), Int(span.end))
  }

  private static func normalised(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
    var out: [UInt8] = []
    var i = start
    while i < end {
      let byte = bytes[i]
      if byte == 0x27 {
        i += 1
      } else if byte == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x98 || bytes[i + 2] == 0x99 {
        i += 3
      } else {
        out.append(byte < 0x80 ? ComplaintTermHash.normalise(byte) : byte)
        i += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}

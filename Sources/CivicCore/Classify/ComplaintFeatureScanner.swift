/// Where a term sits in the scanned text: one word `[start, end)`, or a bigram whose first word is
/// `[start, firstEnd)` and second word `[secondStart, end)`; a stem term's letters are `[start, end)`.
struct ComplaintTermSpan {
  var start: Int32
  var firstEnd: Int32
  var secondStart: Int32
  var end: Int32
  /// Of a bigram: bit 0 when its first word is a stem, bit 1 when its second is.
  var stems: UInt8 = 0

  var isBigram: Bool { secondStart >= 0 }
  /// A word inside a negation's scope, weighed as the separate term "not_word".
  var isNegated: Bool { secondStart == ComplaintTermSpan.negatedMark }
  /// The first letters of a longer word, weighed as the separate term "letters…".
  var isStem: Bool { secondStart == ComplaintTermSpan.stemMark }

  static let negatedMark: Int32 = -2
  static let stemMark: Int32 = -3
}

/// Receives every unigram and bigram the scanner finds, with its weight in the scanner's table.
protocol ComplaintTermVisitor {
  mutating func visit(hash: UInt64, weight: Float, span: ComplaintTermSpan)
}

/// The cues that fired in one text, each with the byte range of its first trigger (for `why`).
struct ComplaintCueHits {
  var mask: UInt32 = 0
  var starts = SIMD32<Int32>(repeating: 0)
  var ends = SIMD32<Int32>(repeating: 0)

  @inline(__always) func has(_ cue: ComplaintCue) -> Bool { mask & cue.bit != 0 }

  @inline(__always) mutating func fire(_ cue: ComplaintCue, _ start: Int, _ end: Int) {
    if mask & cue.bit != 0 { return }
    mask |= cue.bit
    starts[cue.rawValue] = Int32(truncatingIfNeeded: start)
    ends[cue.rawValue] = Int32(truncatingIfNeeded: end)
  }
}

/// One pass over a text's UTF-8 bytes that finds words (normalised and hashed without allocating), bigrams of
/// adjacent words, emoji, and the cues of `ComplaintCue`. Training and scoring both use it, so the features a
/// model was trained on are exactly the features it scores.
///
/// Words are runs of ASCII letters and digits and non-ASCII letters; apostrophes inside a word are dropped
/// ("don't" is "dont"); ASCII is lower-cased and digits become "0". A hashtag is its word; @handles and links are
/// not words (they fire `mention` and `url`). Bigrams do not cross `.`, `,`, `;`, `?`, `!`, handles or links.
///
/// Stems (model format version 3): when the table has `stemLetters` L above 0, every word longer than L whose
/// first L bytes are ASCII letters is also visited as the term "letters…" of those L letters ("disappointed" and
/// "disappointing" both give "disapp…" with L 6), beside the word itself, and a bigram holding such a word also
/// as the bigram with its stem ("still waitin…" for "still waiting"), so inflections, typos and words the corpus
/// never had share a weight with the words they start like.
///
/// Negation scope (as in classic sentiment work: Das and Chen 2001, Pang et al. 2002): every word after a negator
/// ("not", "no", "never", "can't", "nobody"...) up to the next `.`, `,`, `;`, `:`, `?`, `!`, handle or link is also
/// visited as the term "not_word" (beside the word itself), so "not happy" and "happy" can weigh differently
/// wherever the negator stands. Praise and negative words in such a scope fire `negatedPraise` and
/// `negatedNegative`; two or more negative or problem words fire `manyNegative`, two or more praise words `manyPraise`.
struct ComplaintFeatureScanner<Visitor: ComplaintTermVisitor> {
  /// The table's memory, read without reference counting; `owner` keeps the table alive, or (for
  /// `init(borrowing:visitor:letterWords:)`) the caller does.
  let table: ComplaintFeatureTable.Reader
  private let owner: ComplaintFeatureTable?
  var visitor: Visitor
  private var cues = ComplaintCueHits()
  // Current word.
  // Previous word, for bigrams and two-word cues.
  private var prevHash: UInt64 = 0
  private var prevStart = 0
  private var prevEnd = 0
  private var prevFlags = ComplaintLexiconFlags()
  private var prevIsCount = false
  private var prevStartsBigram = false
  private var prevStem: UInt64 = 0
  private var prevStemStartsBigram = false
  // Whole-text state.
  private var youSeen = false
  private var capsWords = 0
  private var capsStart = -1
  private var capsEnd = 0
  private var longCaps = false
  // Negation scope and opinion word counts.
  private var negated = false
  private var negativeCount = 0
  private var praiseCount = 0
  /// Whether `scanWord` reads leading ASCII letters with its fast loop; off only in tests, which check that both
  /// ways find exactly the same features.
  var letterFastPath = true
  /// Words of the text the router already read and hashed (letters only, in text order), and the first of them
  /// not yet passed.
  private let letterWords: UnsafeBufferPointer<LetterWord>
  private var nextLetterWord = 0

  /// A scanner of texts; `letterWords`, when given, are the letter-only words `ServiceRouter` found in the text
  /// about to be scanned (their hashes are used instead of hashing those words again).
  init(
    table: ComplaintFeatureTable, visitor: Visitor,
    letterWords: UnsafeBufferPointer<LetterWord> = UnsafeBufferPointer(start: nil, count: 0)
  ) {
    self.init(reading: table.reader, owner: table, visitor: visitor, letterWords: letterWords)
  }

  /// A scanner that does not hold `table`: the caller keeps it alive while the scanner is used. For the scoring
  /// path, a scanner per text on threads that share the table: holding it there retained and released the table
  /// per text, and its reference count bounced between the cores.
  init(borrowing table: ComplaintFeatureTable, visitor: Visitor, letterWords: UnsafeBufferPointer<LetterWord>) {
    self.init(reading: table.reader, owner: nil, visitor: visitor, letterWords: letterWords)
  }

  private init(
    reading table: ComplaintFeatureTable.Reader, owner: ComplaintFeatureTable?, visitor: Visitor,
    letterWords: UnsafeBufferPointer<LetterWord>
  ) {
    self.table = table
    self.owner = owner
    self.visitor = visitor
    self.letterWords = letterWords
  }

  /// Scans `bytes` and returns the cues that fired; terms go to `visitor`.
  mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> ComplaintCueHits {
    let count = bytes.count
    var i = 0
    while i < count {
      let byte = bytes[i]
      if byte == 0x20 {  // a space: nothing to do (the common separator)
        i += 1
      } else if byte < 0x80 {
        i = scanASCII(bytes, i, byte)
      } else {
        i = scanNonASCII(bytes, i)
      }
    }
    if youSeen && cues.has(.mention) {
      cues.fire(
        .addressYou, Int(cues.starts[ComplaintCue.mention.rawValue]), Int(cues.ends[ComplaintCue.mention.rawValue]))
    }
    if capsWords >= 2 || longCaps { cues.fire(.shouting, capsStart, capsEnd) }
    return cues
  }

  @inline(__always) private static func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
  }

  @inline(__always) private mutating func scanASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ byte: UInt8) -> Int
  {
    if Self.isWordByte(byte) {
      if Self.mayStartLink(bytes, i), let end = Self.linkEnd(bytes, i) {
        cues.fire(.url, i, end)
        prevHash = 0
        negated = false
        return end
      }
      if nextLetterWord < letterWords.count, let end = knownWord(bytes, i) { return end }
      return scanWord(bytes, i)
    }
    switch byte {
    case 0x27:  // an apostrophe outside a word (inside one, `scanWord` drops it)
      return i + 1
    case 0x40:  // @handle
      var j = i + 1
      while j < bytes.count, Self.isWordByte(bytes[j]) || bytes[j] == 0x5F || bytes[j] == 0x2E || bytes[j] == 0x40 {
        j += 1
      }
      if j == i + 1 { break }
      cues.fire(.mention, i, j)
      prevHash = 0
      negated = false
      return j
    case 0x23:  // #hashtag: the word after it
      return i + 1
    case 0x3F:  // ?
      cues.fire(.question, i, i + 1)
      prevHash = 0
      negated = false
      return i + 1
    case 0x21:  // ! runs
      var j = i + 1
      while j < bytes.count, bytes[j] == 0x21 { j += 1 }
      if j - i >= 2 { cues.fire(.exclaimRun, i, j) } else { cues.fire(.exclaim, i, j) }
      prevHash = 0
      negated = false
      return j
    case 0x3A, 0x3B:  // emoticons :( :-( :) :D ;)
      var j = i + 1
      if j < bytes.count, bytes[j] == 0x2D { j += 1 }
      if j < bytes.count {
        let next = bytes[j]
        if next == 0x28 || (next == 0x2F && byte == 0x3A) || next == 0x7C {
          cues.fire(.angryEmoji, i, j + 1)
          prevHash = 0
          return j + 1
        }
        if next == 0x29 || next == 0x44 || next == 0x50 {
          cues.fire(.happyEmoji, i, j + 1)
          prevHash = 0
          return j + 1
        }
      }
      prevHash = 0
      negated = false
      return i + 1
    case 0x2E, 0x2C:  // . ,
      prevHash = 0
      negated = false
      return i + 1
    default:
      break
    }
    return i + 1
  }

  /// A cheap test before `linkEnd`: "ht" or "ww".
  @inline(__always) private static func mayStartLink(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    guard i + 3 < bytes.count else { return false }
    let first = bytes[i] | 0x20
    let second = bytes[i + 1] | 0x20
    return (first == 0x68 && second == 0x74) || (first == 0x77 && second == 0x77)
  }

  /// End of a link starting at `i` ("http://", "https://", "www."), or nil.
  private static func linkEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
    func matches(_ prefix: StaticString) -> Bool {
      let length = prefix.utf8CodeUnitCount
      guard i + length <= bytes.count else { return false }
      let expected = prefix.utf8Start
      for k in 0..<length where bytes[i + k] | 0x20 != expected[k] { return false }
      return true
    }
    guard matches("http://") || matches("https://") || matches("www.") else { return nil }
    var j = i
    while j < bytes.count, bytes[j] > 0x20 { j += 1 }
    return j
  }

  private mutating func scanNonASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
    let (scalar, length) = Self.decode(bytes, i)
    switch scalar {
    case 0x2018, 0x2019:  // curly apostrophes outside a word
      return i + length
    case 0xFE0F, 0x200D, 0x1F3FB...0x1F3FF:  // variation selector, joiner, skin tones
      return i + length
    case 0x80...0xBF, 0xD7, 0xF7, 0x2000...0x206F, 0x3000...0x303F:  // spaces and punctuation
      return i + length
    case 0x2190...0x2BFF, 0x1F000...0x1FAFF:  // symbols and emoji: a token of their own
      emoji(scalar, bytes, i, length)
      return i + length
    default:
      return scanWord(bytes, i)
    }
  }

  /// Decodes one UTF-8 scalar; an invalid sequence is one byte with scalar -1.
  @inline(__always) private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Int, Int) {
    let lead = bytes[i]
    let length: Int
    var scalar: Int
    if lead & 0xE0 == 0xC0 {
      length = 2
      scalar = Int(lead & 0x1F)
    } else if lead & 0xF0 == 0xE0 {
      length = 3
      scalar = Int(lead & 0x0F)
    } else if lead & 0xF8 == 0xF0 {
      length = 4
      scalar = Int(lead & 0x07)
    } else {
      return (-1, 1)
    }
    guard i + length <= bytes.count else { return (-1, 1) }
    for k in 1..<length {
      let continuation = bytes[i + k]
      guard continuation & 0xC0 == 0x80 else { return (-1, 1) }
      scalar = scalar << 6 | Int(continuation & 0x3F)
    }
    return (scalar, length)
  }

  private mutating func emoji(_ scalar: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ length: Int) {
    switch scalar {
    case 0x1F610...0x1F612, 0x1F614...0x1F616, 0x1F61E...0x1F631, 0x1F641, 0x2639, 0x1F644, 0x1F44E, 0x1F926,
      0x1F937, 0x1F4A9, 0x1F595, 0x1F92C, 0x1F92F, 0x1F976:
      cues.fire(.angryEmoji, i, i + length)
    case 0x1F600...0x1F60F, 0x1F617...0x1F61D, 0x1F642, 0x1F917, 0x1F929, 0x1F970, 0x1F973, 0x1F44D, 0x1F44F,
      0x1F64C, 0x1F64F, 0x2764, 0x1F495...0x1F49F, 0x1F389, 0x1F38A, 0x2728, 0x1F31F, 0x2B50, 0x1F4AF:
      cues.fire(.happyEmoji, i, i + length)
    default:
      break
    }
    var h = ComplaintTermHash.offset
    for k in i..<(i + length) { h = ComplaintTermHash.add(h, bytes[k]) }
    let term = ComplaintTermHash.finish(h)
    let span = ComplaintTermSpan(
      start: Int32(truncatingIfNeeded: i), firstEnd: Int32(truncatingIfNeeded: i + length), secondStart: -1,
      end: Int32(truncatingIfNeeded: i + length))
    visitor.visit(hash: term, weight: table.lookup(term).weight, span: span)
    prevHash = 0
  }

  /// Ends the word starting at `i` when the router already read it (letters only, see `LetterWord`) and it is
  /// the whole word here too (followed by the text's end or by an ASCII byte that no word holds): with the
  /// router's hash (never 0, so it is its own term hash) and entry, exactly as `scanWord` would end it. Returns
  /// the index after the word, or nil.
  @inline(__always) private mutating func knownWord(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
    var k = nextLetterWord
    while k < letterWords.count && Int(letterWords[k].start) < i { k += 1 }
    nextLetterWord = k
    guard k < letterWords.count, Int(letterWords[k].start) == i else { return nil }
    let word = letterWords[k]
    nextLetterWord = k + 1
    let end = Int(word.end)
    guard end == bytes.count || bytes[end] < 0x80 && !Self.isWordByte(bytes[end]) && bytes[end] != 0x27 else {
      return nil
    }
    // Upper-case letters matter only to shouting, which needs every letter upper case: a word starting with a
    // lower-case letter is counted as lower case only.
    var uppers = 0
    if bytes[i] < 0x60 {
      for k in i..<end where bytes[k] < 0x60 { uppers += 1 }
    }
    endWord(
      Word(
        start: i, end: end, hash: word.hash, uppers: uppers, lowers: end - i - uppers, others: 0, digits: 0,
        pastDigits: true, suffix: ComplaintTermHash.offset, stem: stem(bytes, i, end)), term: word.hash,
      entry: (word.weight, word.flags))
    return end
  }

  /// Consumes the word starting at `start` (hashing its normalised bytes as it goes), then ends it.
  /// Returns the index of the first byte after the word.
  private mutating func scanWord(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
    let count = bytes.count
    // Fast path: the leading run of ASCII letters (most words are nothing else), lower-cased and hashed without
    // the general loop's branches. What follows it (digits, apostrophes, non-ASCII letters) continues below
    // from the same state, exactly as if the general loop had read the letters.
    var i = start
    var hash = ComplaintTermHash.offset
    var uppers = 0
    if letterFastPath {
      while i < count {
        let byte = bytes[i]
        let lower = byte | 0x20
        guard lower &- 0x61 < 26 else { break }
        uppers &+= byte < 0x60 ? 1 : 0
        hash = ComplaintTermHash.add(hash, lower)
        i &+= 1
      }
    }
    var end = i
    var lowers = i - start - uppers
    var others = 0
    var digits = 0
    var pastDigits = i > start
    var suffix = ComplaintTermHash.offset
    if i == count || bytes[i] < 0x80 && !Self.isWordByte(bytes[i]) && bytes[i] != 0x27 {
      endWord(
        Word(
          start: start, end: end, hash: hash, uppers: uppers, lowers: lowers, others: 0, digits: 0,
          pastDigits: pastDigits, suffix: suffix, stem: stem(bytes, start, end)))
      return i
    }
    scanning: while i < count {
      let byte = bytes[i]
      if byte < 0x80 {
        var normal = byte
        if byte >= 0x61 && byte <= 0x7A {
          lowers += 1
        } else if byte >= 0x41 && byte <= 0x5A {
          uppers += 1
          normal = byte | 0x20
        } else if byte >= 0x30 && byte <= 0x39 {
          normal = 0x30
        } else if byte == 0x27 {
          i += 1
          end = i
          continue
        } else {
          break
        }
        hash = ComplaintTermHash.add(hash, normal)
        if !pastDigits && normal == 0x30 {
          digits += 1
        } else {
          pastDigits = true
          if digits > 0 { suffix = ComplaintTermHash.add(suffix, normal) }
        }
        i += 1
        end = i
        continue
      }
      let (scalar, length) = Self.decode(bytes, i)
      switch scalar {
      case 0x2018, 0x2019:
        i += length
        end = i
      case 0xFE0F, 0x200D, 0x1F3FB...0x1F3FF:
        i += length
      case 0x80...0xBF, 0xD7, 0xF7, 0x2000...0x206F, 0x3000...0x303F, 0x2190...0x2BFF, 0x1F000...0x1FAFF:
        break scanning
      default:
        for k in i..<(i + length) {
          hash = ComplaintTermHash.add(hash, bytes[k])
          if digits > 0 { suffix = ComplaintTermHash.add(suffix, bytes[k]) }
        }
        pastDigits = true
        others += 1
        i += length
        end = i
      }
    }
    endWord(
      Word(
        start: start, end: end, hash: hash, uppers: uppers, lowers: lowers, others: others, digits: digits,
        pastDigits: pastDigits, suffix: suffix, stem: stem(bytes, start, end)))
    return i
  }

  /// What `scanWord` learned about one word.
  private struct Word {
    var start: Int
    var end: Int
    var hash: UInt64
    var uppers: Int
    var lowers: Int
    var others: Int
    var digits: Int
    var pastDigits: Bool
    var suffix: UInt64
    /// The word's stem letters packed (see `stem(_:_:_:)`), 0 for none.
    var stem: UInt64
  }

  /// The first `table.stemLetters` bytes of the word `[start, end)`, lower-cased and packed into one integer (see
  /// `ComplaintTermHash.stem(packed:)`), when the word is longer than that and they are all ASCII letters; 0
  /// otherwise (and always when the model has no stems).
  @inline(__always) private func stem(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
    let letters = table.stemLetters
    guard letters > 0, end - start > letters else { return 0 }
    var packed: UInt64 = 0
    var letter = true
    for k in 0..<letters {
      let lower = bytes[start &+ k] | 0x20
      letter = letter && lower &- 0x61 < 26
      packed |= UInt64(lower) &<< UInt64(8 &* k)
    }
    return letter ? packed : 0
  }

  @inline(__always) private mutating func endWord(_ word: Word) {
    let term = ComplaintTermHash.finish(word.hash)
    endWord(word, term: term, entry: table.lookup(term))
  }

  /// Ends a word whose term hash `term` has the table entry `entry`.
  @inline(__always) private mutating func endWord(
    _ word: Word, term: UInt64, entry: (weight: Float, flags: UInt32)
  ) {
    let wordStart = word.start
    let wordEnd = word.end
    let start32 = Int32(truncatingIfNeeded: wordStart)
    let end32 = Int32(truncatingIfNeeded: wordEnd)
    visitor.visit(
      hash: term, weight: entry.weight,
      span: ComplaintTermSpan(start: start32, firstEnd: end32, secondStart: -1, end: end32))
    var stemTerm: UInt64 = 0
    var stemStartsBigram = false
    let stemEnd = start32 &+ Int32(truncatingIfNeeded: table.stemLetters)
    if word.stem != 0 {
      stemTerm = ComplaintTermHash.stem(packed: word.stem)
      let stemEntry = table.lookup(stemTerm)
      stemStartsBigram = stemEntry.flags & ComplaintFeatureTable.startsBigram != 0
      visitor.visit(
        hash: stemTerm, weight: stemEntry.weight,
        span: ComplaintTermSpan(
          start: start32, firstEnd: stemEnd, secondStart: ComplaintTermSpan.stemMark, end: stemEnd))
    }
    let flags = ComplaintLexiconFlags(rawValue: entry.flags & ~ComplaintFeatureTable.startsBigram)
    if negated && !flags.contains(.negation) {
      let notTerm = ComplaintTermHash.negated(term)
      visitor.visit(
        hash: notTerm, weight: table.lookup(notTerm).weight,
        span: ComplaintTermSpan(
          start: start32, firstEnd: end32, secondStart: ComplaintTermSpan.negatedMark, end: end32))
    }
    if prevHash != 0 && (prevStartsBigram || !table.filtersBigrams) {
      let pair = ComplaintTermHash.bigram(prevHash, term)
      let span = ComplaintTermSpan(
        start: Int32(truncatingIfNeeded: prevStart), firstEnd: Int32(truncatingIfNeeded: prevEnd),
        secondStart: start32, end: end32)
      visitor.visit(hash: pair, weight: table.lookup(pair).weight, span: span)
    }
    // The bigram again with its long words as stems ("still waitin…"), when it has one.
    if prevHash != 0 && (stemTerm != 0 || prevStem != 0)
      && ((prevStem != 0 ? prevStemStartsBigram : prevStartsBigram) || !table.filtersBigrams)
    {
      let pair = ComplaintTermHash.bigram(prevStem != 0 ? prevStem : prevHash, stemTerm != 0 ? stemTerm : term)
      let letters = table.stemLetters
      let span = ComplaintTermSpan(
        start: Int32(truncatingIfNeeded: prevStart),
        firstEnd: Int32(truncatingIfNeeded: prevStem != 0 ? prevStart + letters : prevEnd),
        secondStart: start32, end: stemTerm != 0 ? stemEnd : end32,
        stems: (prevStem != 0 ? 1 : 0) | (stemTerm != 0 ? 2 : 0))
      visitor.visit(hash: pair, weight: table.lookup(pair).weight, span: span)
    }
    if flags.rawValue != 0 { wordCues(flags, wordStart, wordEnd) }
    if word.uppers >= 3 && word.lowers == 0 && word.others == 0 {
      capsWords += 1
      if word.uppers >= 5 { longCaps = true }
      if capsStart < 0 {
        capsStart = wordStart
        capsEnd = wordEnd
      }
    }
    let isNumber = word.digits > 0 && !word.pastDigits
    if word.digits > 0 && word.pastDigits {
      let unit = ComplaintLexiconFlags(rawValue: table.lookup(ComplaintTermHash.finish(word.suffix)).flags)
      if unit.contains(.timeUnit) { cues.fire(.waitingTime, wordStart, wordEnd) }
    }
    prevHash = term
    prevStem = stemTerm
    prevStemStartsBigram = stemStartsBigram
    prevStart = wordStart
    prevEnd = wordEnd
    prevFlags = flags
    prevIsCount = isNumber || flags.contains(.count)
    prevStartsBigram = entry.flags & ComplaintFeatureTable.startsBigram != 0
  }

  /// Opinion words: counted (two or more fire `manyNegative` / `manyPraise`) and, inside a negation's scope,
  /// flipped (`negatedPraise`, `negatedNegative`).
  @inline(__always) private mutating func opinionCues(_ flags: ComplaintLexiconFlags, _ wordStart: Int, _ wordEnd: Int)
  {
    if flags.contains(.praise) {
      if negated && !flags.contains(.negation) { cues.fire(.negatedPraise, wordStart, wordEnd) }
      praiseCount += 1
      if praiseCount == 2 { cues.fire(.manyPraise, wordStart, wordEnd) }
    }
    if !flags.isDisjoint(with: [.negative, .problem]) {
      if negated && !flags.contains(.negation) { cues.fire(.negatedNegative, wordStart, wordEnd) }
      negativeCount += 1
      if negativeCount == 2 { cues.fire(.manyNegative, wordStart, wordEnd) }
    }
  }

  private mutating func wordCues(_ flags: ComplaintLexiconFlags, _ wordStart: Int, _ wordEnd: Int) {
    if flags.contains(.negation) {
      cues.fire(.negation, wordStart, wordEnd)
      negated = true
    }
    opinionCues(flags, wordStart, wordEnd)
    if flags.contains(.still) { cues.fire(.still, wordStart, wordEnd) }
    if flags.contains(.again) { cues.fire(.again, wordStart, wordEnd) }
    if flags.contains(.you) { youSeen = true }
    if flags.contains(.praise) { cues.fire(.praise, wordStart, wordEnd) }
    if flags.contains(.negative) { cues.fire(.negativeWord, wordStart, wordEnd) }
    if flags.contains(.problem) { cues.fire(.problemWord, wordStart, wordEnd) }
    guard prevHash != 0 else { return }
    // A repeated failure: "third time", "5 times", "third week", "2nd day", "in a row", "weeks running".
    if flags.contains(.timeWord) && (prevIsCount || prevFlags.contains(.ordinal))
      || flags.contains(.timeUnit) && prevFlags.contains(.ordinal)
      || flags.contains(.row) && prevIsCount
      || flags.contains(.running) && prevFlags.contains(.timeUnit)
    {
      cues.fire(.repeated, prevStart, wordEnd)
    }
    if flags.contains(.timeUnit) && prevIsCount
      || flags.contains(.sinceAnchor) && prevFlags.contains(.since)
      || flags.contains(.longSpan) && prevFlags.contains(.forWord)
    {
      cues.fire(.waitingTime, prevStart, wordEnd)
    }
  }
}

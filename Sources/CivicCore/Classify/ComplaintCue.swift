/// The hand-designed cue features the complaint model weighs beside its word unigrams and bigrams.
///
/// Each cue is binary per text (it fires or not). The raw value is the name used in model files, so the order
/// and names are part of the model format: add new cues at the end and bump the format version if meaning changes.
public enum ComplaintCue: Int, CaseIterable, Sendable {
  /// not, no, never, can't, won't, nobody, nothing...
  case negation
  /// "still" (still waiting, still broken).
  case still
  /// "again".
  case again
  /// "third time", "nth time", "5 times", "several times"; a span counted as a repeat: "third week", "2nd day",
  /// "in a row", "weeks running".
  case repeated
  /// "3 weeks", "two hours", "45mins", "since monday", "for ages".
  case waitingTime
  /// A question mark.
  case question
  /// ALL CAPS words (two of three letters or more, or one of five or more).
  case shouting
  /// A single exclamation mark.
  case exclaim
  /// A run of two or more exclamation marks.
  case exclaimRun
  /// Angry or sad emoji and emoticons (😡 🤬 😤 😭 🙄 👎 :( ...).
  case angryEmoji
  /// Happy or grateful emoji and emoticons (😊 👍 ❤️ 🎉 :) ...).
  case happyEmoji
  /// An @handle.
  case mention
  /// An @handle and second-person address in the same text (@council why have you...).
  case addressYou
  /// Thanks and praise words.
  case praise
  /// Strong negative words (worst, useless, disgusting, ridiculous...).
  case negativeWord
  /// Service-failure words (broken, delayed, cancelled, refund, overcharged...).
  case problemWord
  /// A link.
  case url
  /// A praise word inside a negation's scope ("not happy", "never helpful").
  case negatedPraise
  /// A negative or problem word inside a negation's scope ("not bad", "no problem").
  case negatedNegative
  /// Two or more negative or problem words (counted with repeats).
  case manyNegative
  /// Two or more praise words (counted with repeats).
  case manyPraise

  /// Name used in model files.
  public var name: String {
    switch self {
    case .negation: return "negation"
    case .still: return "still"
    case .again: return "again"
    case .repeated: return "repeated"
    case .waitingTime: return "waiting_time"
    case .question: return "question"
    case .shouting: return "shouting"
    case .exclaim: return "exclaim"
    case .exclaimRun: return "exclaim_run"
    case .angryEmoji: return "angry_emoji"
    case .happyEmoji: return "happy_emoji"
    case .mention: return "mention"
    case .addressYou: return "address_you"
    case .praise: return "praise"
    case .negativeWord: return "negative_word"
    case .problemWord: return "problem_word"
    case .url: return "url"
    case .negatedPraise: return "negated_praise"
    case .negatedNegative: return "negated_negative"
    case .manyNegative: return "many_negative"
    case .manyPraise: return "many_praise"
    }
  }

  /// Label shown in `why`.
  public var label: String {
    switch self {
    case .waitingTime: return "waiting time"
    case .exclaimRun: return "!!"
    case .exclaim: return "!"
    case .question: return "question"
    case .angryEmoji: return "angry emoji"
    case .happyEmoji: return "happy emoji"
    case .addressYou: return "@org + you"
    case .negativeWord: return "negative word"
    case .problemWord: return "problem word"
    case .negatedPraise: return "negated praise"
    case .negatedNegative: return "negated negative"
    case .manyNegative: return "negative words"
    case .manyPraise: return "praise words"
    default: return name
    }
  }

  /// The cue with this model-file name.
  public init?(name: String) {
    guard let cue = ComplaintCue.allCases.first(where: { $0.name == name }) else { return nil }
    self = cue
  }

  @inlinable var bit: UInt32 { 1 << UInt32(rawValue) }
}

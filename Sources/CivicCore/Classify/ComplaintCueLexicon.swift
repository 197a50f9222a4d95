/// Word classes the feature scanner recognises, one bit each, looked up by a token's normalised hash.
struct ComplaintLexiconFlags: OptionSet, Sendable {
  let rawValue: UInt32

  static let negation = ComplaintLexiconFlags(rawValue: 1 << 0)
  static let still = ComplaintLexiconFlags(rawValue: 1 << 1)
  static let again = ComplaintLexiconFlags(rawValue: 1 << 2)
  static let ordinal = ComplaintLexiconFlags(rawValue: 1 << 3)
  static let timeWord = ComplaintLexiconFlags(rawValue: 1 << 4)
  static let count = ComplaintLexiconFlags(rawValue: 1 << 5)
  static let timeUnit = ComplaintLexiconFlags(rawValue: 1 << 6)
  static let since = ComplaintLexiconFlags(rawValue: 1 << 7)
  static let sinceAnchor = ComplaintLexiconFlags(rawValue: 1 << 8)
  static let forWord = ComplaintLexiconFlags(rawValue: 1 << 9)
  static let longSpan = ComplaintLexiconFlags(rawValue: 1 << 10)
  static let you = ComplaintLexiconFlags(rawValue: 1 << 11)
  static let praise = ComplaintLexiconFlags(rawValue: 1 << 12)
  static let negative = ComplaintLexiconFlags(rawValue: 1 << 13)
  static let problem = ComplaintLexiconFlags(rawValue: 1 << 14)
  /// "row", as in "in a row".
  static let row = ComplaintLexiconFlags(rawValue: 1 << 15)
  /// "running", as in "third week running".
  static let running = ComplaintLexiconFlags(rawValue: 1 << 16)
}

/// The cue word lists. Words are written in normalised form: lower case, apostrophes removed, digits as "0".
enum ComplaintCueLexicon {
  static let entries: [(ComplaintLexiconFlags, [String])] = [
    (
      .negation,
      [
        "not", "no", "never", "nobody", "nothing", "none", "nowhere", "neither", "nor", "cant", "cannot", "dont",
        "doesnt", "didnt", "wont", "wouldnt", "couldnt", "shouldnt", "isnt", "arent", "wasnt", "werent", "havent",
        "hasnt", "hadnt", "aint", "without", "noone", "nope", "nah", "didn", "doesn", "isn", "wasn",
      ]
    ),
    (.still, ["still", "yet"]),
    (.again, ["again", "anymore", "repeatedly"]),
    (
      .ordinal,
      [
        "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "nth", "umpteenth",
        "millionth", "hundredth", "0nd", "0rd", "0th", "0st", "00th", "00nd", "00rd", "00st",
      ]
    ),
    (.timeWord, ["time", "times"]),
    (.row, ["row"]),
    (.running, ["running"]),
    (
      .count,
      [
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty", "thirty", "forty", "fifty", "few", "several", "couple", "multiple", "many", "countless",
        "numerous", "hundred", "hundreds", "dozen", "dozens", "0", "00", "000", "0000",
      ]
    ),
    (
      .timeUnit,
      [
        "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "h", "day", "days", "week", "weeks",
        "wk", "wks", "month", "months", "year", "years", "yr", "yrs", "fortnight", "fortnights",
      ]
    ),
    (.since, ["since"]),
    (
      .sinceAnchor,
      [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tues", "wed", "thurs",
        "fri", "sat", "sun", "yesterday", "last", "morning", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sept", "oct", "nov", "dec", "christmas", "easter", "0am", "0pm", "00am", "00pm", "0", "00", "0000",
        "early", "lunchtime", "forever",
      ]
    ),
    (.forWord, ["for", "over", "nearly", "almost"]),
    (.longSpan, ["hours", "days", "weeks", "months", "years", "ages", "ever", "forever", "decades"]),
    (.you, ["you", "your", "youre", "yours", "u", "ur", "yall", "youve", "youll", "youd", "yourselves"]),
    (
      .praise,
      [
        "thanks", "thank", "thx", "ty", "cheers", "appreciate", "appreciated", "grateful", "brilliant", "great",
        "excellent", "amazing", "awesome", "fantastic", "wonderful", "superb", "lovely", "love", "loved", "kudos",
        "helpful", "friendly", "quick", "quickly", "prompt", "promptly", "perfect", "impressed", "impressive",
        "congrats", "congratulations", "welldone", "fab", "legend", "legends", "star", "stars", "smooth",
        "resolved", "sorted", "fixed", "delighted", "pleased", "happy", "glad", "nice", "good", "beautiful",
        // Domain-general praise and satisfaction (any company, any service).
        "thankyou", "thanku", "tysm", "thankful", "gratitude", "recommend", "recommended", "best", "outstanding",
        "incredible", "exceptional", "marvellous", "marvelous", "terrific", "stellar", "splendid", "gorgeous",
        "adore", "enjoy", "enjoyed", "enjoying", "fun", "favourite", "favorite", "yay", "woohoo", "hooray", "cool",
        "neat", "handy", "easy", "effortless", "seamless", "reliable", "efficient", "courteous", "polite",
        "professional", "patient", "caring", "attentive", "knowledgeable", "speedy", "swift", "punctual",
        "comfortable", "comfy", "spotless", "tasty", "delicious", "yummy", "excited", "exciting", "proud",
        "thrilled", "blessed", "hero", "heroes", "gem", "bravo", "shoutout", "enjoyable", "satisfied", "better",
      ]
    ),
    (
      .negative,
      [
        "worst", "terrible", "awful", "horrible", "horrendous", "appalling", "disgusting", "disgraceful", "disgrace",
        "shocking", "pathetic", "useless", "ridiculous", "joke", "unacceptable", "outrageous", "rubbish",
        "crap", "crappy", "shit", "shite", "shitty", "sucks", "suck", "sucked", "poor", "poorly", "bad", "dreadful",
        "abysmal", "atrocious", "incompetent", "incompetence", "disappointed", "disappointing", "disappointment",
        "frustrated", "frustrating", "frustration", "annoyed", "annoying", "angry", "furious", "livid", "fuming",
        "sick", "tired", "fed", "hate", "hated", "nightmare", "mess", "shambles", "farce", "scam", "rude",
        "unhelpful", "clueless", "lies", "lied", "lying", "liar", "liars", "ripoff", "ripped", "robbery", "wtf",
        "ffs", "smh", "seriously", "unbelievable", "unreal", "insane", "absurd", "embarrassing", "shameful", "shame",
        "fail", "failed", "failing", "fails", "failure", "wasted", "waste", "garbage", "trash", "lousy", "worse",
        "ugh", "omg", "disgusted", "upset", "gutted", "sad", "zero", "dangerous", "unsafe", "filthy", "dirty",
        "horrid", "grim", "dire", "diabolical", "shoddy", "substandard", "inexcusable", "infuriating",
        "infuriated", "irritating", "ridiculously", "unprofessional", "misleading", "misled", "greedy", "cowboys",
        "shambolic", "laughable", "sucky", "meh", "worthless", "bs", "bullshit", "fucking", "fuck", "damn",
        "bloody", "stupid", "idiots", "morons", "ashamed", "neglected", "abandoned", "ignored", "struggling",
        // Domain-general bad experiences and anger (any company, any service).
        "disrespectful", "hopeless", "nasty", "mediocre", "regret", "regretting", "avoid", "beware", "boycott",
        "sloppy", "careless", "negligent", "negligence", "arrogant", "condescending", "patronising", "patronizing",
        "obnoxious", "inconsiderate", "unfair", "unjust", "cheated", "cheating", "conned", "extortionate",
        "robbed", "hellish", "torture", "painful", "headache", "hassle", "inconvenience", "inconvenienced",
        "stressful", "stressed", "exhausted", "fedup", "sigh", "argh", "grr", "grrr", "nonsense", "sham", "crooks",
        "thieves", "incorrect", "inaccurate", "unhappy", "dissatisfied", "unsatisfied", "displeased", "disgruntled",
        "aggravating", "horrific", "gross", "vile", "rotten", "pointless", "terribly", "horribly", "miserable",
        "misery", "disaster", "disastrous", "chaos", "chaotic", "inept", "amateur", "amateurs", "fiasco",
        "debacle", "embarrassment", "insult", "insulting", "disrespect", "rudeness", "rudely", "ignorant",
        "hostile", "harassment", "harassed", "spam", "spammed", "irritated", "pissed", "outraged", "appalled",
        "horrified", "shocked", "sickening", "unbearable", "intolerable", "bizarre", "questionable", "sucked",
      ]
    ),
    (
      .problem,
      [
        "broken", "broke", "breaks", "faulty", "damaged", "missing", "lost", "late", "later", "delayed", "delay",
        "delays", "cancelled", "canceled", "cancel", "cancellation", "refund", "refunds", "refunded", "overcharged",
        "charged", "charge", "charging", "billed", "bill", "error", "errors", "crash", "crashes", "crashed",
        "crashing", "down", "outage", "stuck", "waiting", "wait", "waited", "hold", "ignored", "ignoring",
        "ignore", "complaint", "complain", "complained", "complaining", "problem", "problems", "issue", "issues",
        "wrong", "leak", "leaking", "flooded", "flooding", "blocked", "overflowing", "uncollected", "missed",
        "potholes", "pothole", "dark", "freezing", "cold", "mould", "mold", "damp", "stranded", "stuck", "queue",
        "queues", "queuing", "queueing", "overdue", "unanswered", "nobody", "disconnected", "slow", "stopped",
        "unable", "refused", "denied", "declined", "lost", "stolen", "wrongly", "twice", "kept",
        "nowhere", "excuse", "excuses", "apology", "compensation", "ombudsman", "escalate", "escalated",
        "snapped", "leaks", "leaked", "dismissive", "terminated", "scratched", "scratch", "scratches", "dent",
        "dented", "torn", "ripped", "cracked", "smashed", "stained", "expired", "mouldy", "stale", "undercooked",
        "raw", "burnt", "soggy", "spilled", "disappeared", "vanished", "locked", "frozen", "bounced", "glitch",
        "glitches", "bug", "bugs", "buggy", "laggy", "lag", "freezes", "freezing", "unresponsive", "corrupted",
        "deleted", "overheats", "overheating", "drained", "died", "dead", "faulty", "fault", "defective",
        "shrank", "peeling", "unusable", "unreliable", "overpriced", "overbooked", "bumped", "fined",
        "penalty", "debt", "hacked", "fraud", "scammed", "nonexistent", "rescheduled",
        "postponed", "noshow", "noisy", "unpaid", "owed", "chasing", "chased", "disruption",
        // Domain-general service failures.
        "unreachable", "unavailable", "offline", "malfunction", "malfunctioning", "overdrawn", "rejected",
        "suspended", "banned", "misplaced", "incorrectly", "mistake", "mistakes", "jammed", "leaky", "shattered",
        "spoiled", "spoilt", "rotting", "contaminated", "infested", "cockroaches", "surcharge", "hidden",
        "cancelling", "canceling", "cancels", "delaying", "diverted", "misdelivered", "undelivered", "downgraded",
        "outages", "interruption", "interrupted", "dropped", "dropping", "disconnects", "buffering", "unsolved",
        "unresolved", "waiting", "neverending", "endless", "worsened", "deteriorated", "unanswered", "runaround",
      ]
    ),
  ]
}

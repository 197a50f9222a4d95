/// "N noun(s)" for the commands' and panes' counts: "1 post", "0 posts", "3 complaints".
public enum Plural {
  /// The count followed by the noun, singular for exactly 1. `number` is how the count is written (plain digits
  /// by default; the dashboard passes thousands separators), `plural` the plural when it is not `noun + "s"`.
  public static func count(
    _ n: Int, _ noun: String, plural: String? = nil, number: (Int) -> String = { String($0) }
  ) -> String {
    "\(number(n)) \(n == 1 ? noun : plural ?? noun + "s")"
  }
}

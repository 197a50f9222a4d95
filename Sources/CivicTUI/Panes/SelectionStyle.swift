extension TextStyle {
  /// The style as a selected row shows it (reverse video toggled) when `selected`, else unchanged.
  public func selected(_ selected: Bool) -> TextStyle {
    guard selected else { return self }
    var s = self
    s.reverse.toggle()
    return s
  }
}

/// Draws one whole frame of the dashboard onto a screen: layout, header, the three panes, status bar and, on
/// top, the help overlay. It never clears the terminal: it erases the drawing area and redraws, and the screen
/// sends only the cells that changed.
public struct DashboardRenderer {
  public var theme: Theme
  /// The characters to draw with; `nil`: Unicode, or ASCII when the screen shows only ASCII.
  public var glyphs: Glyphs?
  /// Three columns on wide terminals (false in low-bandwidth mode: Posts stays full width, see `DashboardLayout`).
  public var columns = true

  public init(theme: Theme = ThemeLoader.compiledDefault(), glyphs: Glyphs? = nil) {
    self.theme = theme
    self.glyphs = glyphs
  }

  /// The layout this renderer draws for a screen size.
  public func layout(for size: ScreenSize) -> DashboardLayout {
    DashboardLayout(size: size, columns: columns)
  }

  public func render(view: DashboardView, state: DashboardState, on screen: any Screen) {
    let layout = layout(for: screen.size)
    let context = RenderContext(screen: screen, theme: theme, glyphs: glyphs)
    screen.erase()
    if layout.mode == .tooSmall {
      TooSmallMessage().draw(context: context)
      return
    }
    HeaderBar().draw(view: view, layout: layout, context: context)
    PostsPane().draw(view: view, state: state, layout: layout, context: context)
    ServicesPane().draw(view: view, state: state, layout: layout, context: context)
    TrendingPane().draw(view: view, state: state, layout: layout, context: context)
    StatusBar().draw(view: view, state: state, layout: layout, context: context)
    if state.showHelp {
      HelpOverlay().draw(
        keyMap: state.keyMap, context: context, notes: [HelpOverlay.countsNote(view)], top: state.helpTop)
    }
  }
}

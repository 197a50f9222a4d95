/// A public service the analytics engine tracks (id as used in `Post.services`, name for display).
public struct ServiceInfo: Sendable, Hashable {
  public var id: String
  public var name: String

  public init(id: String, name: String) {
    self.id = id
    self.name = name
  }
}

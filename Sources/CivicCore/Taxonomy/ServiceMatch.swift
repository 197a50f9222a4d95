/// One service a post matched, with the evidence, for display ("why did this post land here?").
public struct ServiceMatch: Sendable, Hashable {
  public var serviceID: String
  public var serviceName: String
  /// Strength of the match: the sum of the matched terms' weights times the service weight.
  public var score: Double
  /// The taxonomy terms that matched, in order of appearance ("#potholes", "@NationalHighways", "pothole").
  public var terms: [String]

  public init(serviceID: String, serviceName: String, score: Double, terms: [String]) {
    self.serviceID = serviceID
    self.serviceName = serviceName
    self.score = score
    self.terms = terms
  }
}

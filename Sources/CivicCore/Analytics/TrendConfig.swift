/// Parameters of the trending-hashtag tracker.
public struct TrendConfig: Sendable, Hashable {
  /// Space-Saving counters (the most tags tracked at once; memory is proportional to this).
  public var capacity = 4096
  /// Width of a rate bucket, in minutes.
  public var bucketMinutes = 5
  /// Buckets kept per tag; `bucketMinutes * windowBuckets` is the window `TrendingTag.count` covers.
  public var windowBuckets = 12
  /// Buckets (the newest, partly elapsed one included) whose rate is compared with the baseline.
  public var recentBuckets = 3
  /// EWMA weight of each closed bucket in the tag's baseline mean and variance.
  public var ewmaWeight = 0.05
  /// SigniTrend noise floor beta: z = (rate - max(mean, beta)) / (sd + beta).
  public var noiseFloor = 2.0
  /// Score at or above which a tag is rising, at or below `-fallingScore` falling.
  public var risingScore = 2.0
  public var fallingScore = 1.0
  /// Tags with fewer uses in the window are not listed.
  public var minCount = 2
  /// Longer tags are cut to this many characters before counting.
  public var maxTagLength = 64

  public init() {}
}

/// Parameters of the per-service spike test (the method: README.md, "Spike alerts and trending hashtags").
public struct SpikeConfig: Sendable, Hashable {
  /// Length of the tested window of complaints, in minutes; the window slides by one minute.
  public var windowMinutes = 10
  /// A second, longer window tested the same way (finds sustained rises in busy services sooner); 0 = off.
  public var longWindowMinutes = 30
  /// EARS C2 guard gap between the tested window and its baseline, in windows.
  public var gapPeriods = 2
  /// EARS C2 baseline length, in windows (7 non-overlapping windows before the gap).
  public var baselinePeriods = 7
  /// Fewest complete baseline windows (after the first observed minute) needed for the recent baseline.
  public var minBaselinePeriods = 3
  /// Complete hours before the gap used to estimate the service's share of the other traffic.
  public var shareBaselineHours = 12
  /// Fewest other-service posts in the share baseline for the share estimate to be used.
  public var minReferenceVolume = 100
  /// Previous days looked at for the seasonal (same hour of day) baseline.
  public var seasonalDays = 7
  /// Complaints added to the share baseline (and to the recent one while there is no share baseline): an
  /// empty baseline must not make the expectation tiny, 0 complaints in 3 windows is not proof that 0 is normal.
  public var pseudoCount = 0.5
  /// Poisson tail probability below which the window is significant.
  public var alpha = 1e-6
  /// Poisson tail probability for the long window (stricter: it sees more data, and flukes over 30 minutes
  /// would otherwise add to the false alarms of the short window).
  public var longAlpha = 1e-8
  /// EARS-style standardised residual the window must also reach.
  public var zThreshold = 3.0
  /// Lower bound on the standard deviation used in the residual (keeps zero baselines finite).
  public var sigmaFloor = 0.5
  /// Fewest complaints in the window for an alert (minimum count floor).
  public var minCount = 3
  /// Lower bound on the expected count per window (so "3 where 0 are normal" can be tested).
  public var minExpected = 0.005
  /// A window is back to normal when its Poisson tail probability is at least this (hysteresis).
  public var endAlpha = 0.01
  /// Consecutive normal minutes that end an alert.
  public var endAfterMinutes = 10
  /// No alert before this many minutes of data have been seen.
  public var warmupMinutes = 60
  /// A minute is evaluated once `now` is this far past its end (room for slightly late posts).
  public var allowedLatenessMillis: EpochMillis = 20_000
  /// Severity `.medium` when the tail probability is below this, `.high` below `highP`.
  public var mediumP = 1e-8
  public var highP = 1e-12

  public init() {}
}

import Foundation

@testable import CivicCore

/// Runs bytes through a `StreamDecoder` the way a source does (in chunks) and tallies the outcome.
struct DecodeTally {
  var posts: [Post] = []
  var skipped: [String] = []
  var malformed: [String] = []
  var records = 0

  var counts: [Int] { [posts.count, skipped.count, malformed.count] }

  static func run(_ bytes: [UInt8], source: String = "test", chunkSize: Int = 65_536, options: DecoderOptions = .init())
    -> DecodeTally
  {
    let records = frame(bytes, source: source, chunkSize: chunkSize, options: options)
    var tally = DecodeTally()
    tally.records = records.count
    for record in records {
      switch StreamDecoder.decode(record, sourceName: source) {
      case .posts(let posts): tally.posts += posts
      case .skipped(let reason): tally.skipped.append(reason)
      case .malformed(let reason): tally.malformed.append("line \(record.line): \(reason)")
      }
    }
    return tally
  }

  /// The records a stream decoder frames from `bytes` read `chunkSize` bytes at a time.
  static func frame(_ bytes: [UInt8], source: String = "test", chunkSize: Int, options: DecoderOptions) -> [Record] {
    let decoder = StreamDecoder(sourceName: source, options: options)
    var records: [Record] = []
    var start = 0
    while start < bytes.count {
      let end = min(start + chunkSize, bytes.count)
      bytes[start..<end].withUnsafeBytes { decoder.frame($0, arrivalTime: 1_000, into: &records) }
      start = end
    }
    decoder.finish(arrivalTime: 1_000, into: &records)
    return records
  }

  static func run(_ text: String, chunkSize: Int = 65_536, options: DecoderOptions = .init()) -> DecodeTally {
    run(Array(text.utf8), chunkSize: chunkSize, options: options)
  }
}

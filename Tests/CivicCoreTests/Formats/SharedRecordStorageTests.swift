import XCTest

@testable import CivicCore

/// Lines framed in place share one copy of their read buffer; each record must still hold exactly its own bytes,
/// unaffected by what the source later writes into its (reused) read buffer.
final class SharedRecordStorageTests: XCTestCase {
  func testRecordsOfOneReadShareACopyAndKeepTheirBytesWhenTheBufferIsReused() {
    let decoder = StreamDecoder(sourceName: "test")
    let lines = [#"{"text":"one"}"#, #"{"text":"two"}"#, "plain words", #"{"text":"fo"#]
    let first = Array((lines.joined(separator: "\r\n")).utf8)
    let second = Array(#"ur"}"#.utf8) + [0x0A] + Array(#"{"text":"five"}"#.utf8) + [0x0A]
    // One reused read buffer, as the sources use it.
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 256, alignment: 16)
    defer { buffer.deallocate() }
    var records: [Record] = []
    for chunk in [first, second] {
      buffer.copyBytes(from: chunk)
      decoder.frame(UnsafeRawBufferPointer(rebasing: buffer[0..<chunk.count]), arrivalTime: 1, into: &records)
      buffer.initializeMemory(as: UInt8.self, repeating: UInt8(ascii: "x"))  // the next read overwrites it
    }
    decoder.finish(arrivalTime: 1, into: &records)
    XCTAssertEqual(
      records.map { String(decoding: $0.bytes, as: UTF8.self) },
      [#"{"text":"one"}"#, #"{"text":"two"}"#, "plain words", #"{"text":"four"}"#, #"{"text":"five"}"#])
    XCTAssertEqual(records.map(\.line), [1, 2, 3, 4, 5])
    // The first two lines were cut in place from the first read: slices of one shared copy.
    XCTAssertGreaterThan(records[1].storage.startIndex, 0)
    records[0].storage.withUnsafeBufferPointer { a in
      records[1].storage.withUnsafeBufferPointer { b in
        XCTAssertEqual(a.baseAddress.map { $0 + a.count + 2 }, b.baseAddress, "adjacent in one buffer")
      }
    }
    // Every record decodes from its slice.
    var posts: [Post] = []
    for record in records { _ = StreamDecoder.decode(record, sourceName: "test", into: &posts) }
    XCTAssertEqual(posts.map(\.text), ["one", "two", "plain words", "four", "five"])
  }

  func testRecordBytesRoundTripThroughStorage() {
    var record = Record(bytes: Array("abc".utf8), line: 1, arrivalTime: 0)
    XCTAssertEqual(record.bytes, Array("abc".utf8))
    record.bytes = Array("hello".utf8)
    XCTAssertEqual(Array(record.storage), Array("hello".utf8))
    let shared: [UInt8] = Array("xxhelloxx".utf8)
    let sliced = Record(storage: shared[2..<7], line: 1, arrivalTime: 0)
    XCTAssertEqual(sliced.bytes, Array("hello".utf8))
  }
}

import Foundation
import XCTest

@testable import CivicCore

#if canImport(Glibc)
  import Glibc
#endif

/// `gzip -c f.jsonl | civicpulse report -`: gzip data on stdin is inflated as `.gz` files are (QA4 found every
/// record reported as invalid UTF-8), read from a polled pipe so a stop request is still noticed.
final class StdinGzipTests: XCTestCase {
  private var pipeEnds: [Int32] = [-1, -1]

  override func setUpWithError() throws {
    XCTAssertEqual(pipe(&pipeEnds), 0)
  }

  override func tearDown() {
    for fd in pipeEnds where fd >= 0 { Glibc.close(fd) }
  }

  private func write(_ bytes: [UInt8]) {
    let written = bytes.withUnsafeBytes { Glibc.write(pipeEnds[1], $0.baseAddress, $0.count) }
    XCTAssertEqual(written, bytes.count)
  }

  private func closeWriter() {
    Glibc.close(pipeEnds[1])
    pipeEnds[1] = -1
  }

  /// Reads until the end or a failure, with a deadline; returns the bytes and the last result.
  private func readAll(_ reader: ByteReader, bufferSize: Int = 4096) -> ([UInt8], ByteReader.ReadResult) {
    var out: [UInt8] = []
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: bufferSize, alignment: 16)
    defer { buffer.deallocate() }
    let deadline = Date().addingTimeInterval(20)
    while Date() < deadline {
      let result = reader.read(into: buffer, timeout: 0.05)
      switch result {
      case .data(let n): out += buffer[0..<n]
      case .idle: continue
      case .eof, .failed: return (out, result)
      }
    }
    return (out, .idle)
  }

  private func gzipped(_ text: String) throws -> [UInt8] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "gzip -c"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    do { try process.run() } catch { throw XCTSkip("gzip cannot run: \(error)") }
    try input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try XCTSkipUnless(process.terminationStatus == 0, "gzip failed")
    return [UInt8](data)
  }

  func testGzipOnAPipeIsInflatedEvenWhenItsFirstByteArrivesAlone() throws {
    let text = (1...2000).map { "{\"id\":\($0),\"text\":\"pothole on road \($0)\"}\n" }.joined()
    let compressed = try gzipped(text)
    XCTAssertEqual(Array(compressed.prefix(2)), [0x1f, 0x8b])
    let reader = ByteReader.standardInput(fd: pipeEnds[0])
    write(Array(compressed.prefix(1)))
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64, alignment: 16)
    defer { buffer.deallocate() }
    XCTAssertEqual(reader.read(into: buffer, timeout: 0.05), .idle, "one byte cannot tell gzip from text yet")
    let writeEnd = pipeEnds[1]
    pipeEnds[1] = -1
    let writer = Thread {
      compressed.dropFirst().withUnsafeBytes { _ = Glibc.write(writeEnd, $0.baseAddress, $0.count) }
      Glibc.close(writeEnd)
    }
    writer.start()
    let (bytes, end) = readAll(reader, bufferSize: 1000)
    XCTAssertEqual(end, .eof)
    XCTAssertTrue(reader.isInflatingStream)
    XCTAssertEqual(String(decoding: bytes, as: UTF8.self), text)
  }

  func testAPipeThatGoesQuietMidStreamReturnsIdleSoAStopIsNoticed() throws {
    let compressed = try gzipped("one line\n")
    let reader = ByteReader.standardInput(fd: pipeEnds[0])
    // The 10-byte gzip header alone: nothing can be inflated from it yet.
    write(Array(compressed.prefix(10)))
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64, alignment: 16)
    defer { buffer.deallocate() }
    var results: [ByteReader.ReadResult] = []
    for _ in 0..<3 { results.append(reader.read(into: buffer, timeout: 0.02)) }
    XCTAssertEqual(results, [.idle, .idle, .idle], "a quiet pipe must not block the reader")
    write(Array(compressed.dropFirst(10)))
    closeWriter()
    let (bytes, end) = readAll(reader)
    XCTAssertEqual(end, .eof)
    XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "one line\n")
  }

  func testConcatenatedMembersAreAllInflated() throws {
    let reader = ByteReader.standardInput(fd: pipeEnds[0])
    write(try gzipped("first\n") + gzipped("second\n"))
    closeWriter()
    let (bytes, end) = readAll(reader)
    XCTAssertEqual(end, .eof)
    XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "first\nsecond\n")
  }

  func testTruncatedGzipIsAReadErrorNotACleanEnd() throws {
    let compressed = try gzipped(String(repeating: "a fairly long line of text\n", count: 50))
    let reader = ByteReader.standardInput(fd: pipeEnds[0])
    write(Array(compressed.dropLast(10)))
    closeWriter()
    let (_, end) = readAll(reader)
    guard case .failed(let message) = end else { return XCTFail("expected a failure, got \(end)") }
    XCTAssertTrue(message.contains("gzip"), message)
  }

  func testPlainTextIsPassedOnWhenItsFirstByteArrivesAlone() throws {
    let reader = ByteReader.standardInput(fd: pipeEnds[0])
    write(Array("h".utf8))
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64, alignment: 16)
    defer { buffer.deallocate() }
    XCTAssertEqual(reader.read(into: buffer, timeout: 0.02), .idle)
    write(Array("ello\n".utf8))
    closeWriter()
    let (bytes, end) = readAll(reader)
    XCTAssertEqual(end, .eof)
    XCTAssertFalse(reader.isInflatingStream)
    XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "hello\n")
  }

  func testASingleByteInputIsPassedOn() throws {
    let reader = ByteReader.standardInput(fd: pipeEnds[0])
    write([0x1f])
    closeWriter()
    let (bytes, end) = readAll(reader)
    XCTAssertEqual(end, .eof)
    XCTAssertEqual(bytes, [0x1f])
  }
}

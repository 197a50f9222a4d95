import XCTest

@testable import CivicCore

/// `StreamDecoder.decode(_:sourceName:into:)` (the engine's path, which moves one-post records straight into the
/// batch) must give exactly what `decode(_:sourceName:)` gives, record by record.
final class DecodeIntoTests: XCTestCase {
  func testDecodingIntoAnArrayMatchesDecodingEveryRecord() {
    var rng = JSONFuzzTests.SeededGenerator(state: 4_242)
    var lines = DecoderRobustnessTests.samples.map { Array($0.utf8) }
    lines.append(Array(#"{"data":{"id":"9","text":"plain text post","created_at":"2024-05-01T00:00:00.354Z"}}"#.utf8))
    lines.append(Array("just a line of text #tag".utf8))
    lines.append(Array(#""lang":"en"}"#.utf8))
    lines.append(Array(#"[{"id":"1","uri":"https://m/1","content":"<p>a</p>","account":{"acct":"a"}}]"#.utf8))
    for round in 0..<2000 {
      let seed = Array(DecoderRobustnessTests.samples[round % DecoderRobustnessTests.samples.count].utf8)
      lines.append(JSONFuzzTests.mutate(seed, &rng).filter { $0 != 0x0A })
    }
    var compared = [0, 0, 0]
    for (i, bytes) in lines.enumerated() {
      let record = Record(bytes: bytes, line: i + 1, arrivalTime: 5)
      var posts = [Post(id: "before", platform: .text, authorHandle: "", arrivalTime: 0, text: "")]
      let outcome = StreamDecoder.decode(record, sourceName: "s", into: &posts)
      XCTAssertEqual(posts.first?.id, "before", "posts already in the array are kept")
      let appended = Array(posts.dropFirst())
      switch StreamDecoder.decode(record, sourceName: "s") {
      case .posts(let expected):
        XCTAssertEqual(outcome, .posts(expected.count), "line \(i + 1)")
        XCTAssertEqual(appended, expected, "line \(i + 1)")
        compared[0] += 1
      case .skipped(let reason):
        XCTAssertEqual(outcome, .skipped(reason: reason), "line \(i + 1)")
        XCTAssertTrue(appended.isEmpty)
        compared[1] += 1
      case .malformed(let reason):
        XCTAssertEqual(outcome, .malformed(reason: reason), "line \(i + 1)")
        XCTAssertTrue(appended.isEmpty)
        compared[2] += 1
      }
    }
    // The mix exercises every outcome.
    XCTAssertGreaterThan(compared[0], 100)
    XCTAssertGreaterThan(compared[1], 0)
    XCTAssertGreaterThan(compared[2], 100)
  }

  /// `decode(recordAt:...)` (the engine's decode threads: the record read where it lies, not copied, into the
  /// batch's array, a text possibly left in an arena) gives the outcome and posts of `decode(_:sourceName:)` (each
  /// record's own array of posts) for every kind of record (JSON, fuzzed JSON, text lines, fragments, empty, SSE,
  /// CSV, oversized, invalid), counting or not, with and without an arena: a post whose text is in the arena gets
  /// it back from there before the comparison, and lean posts keep the same hashtags in the arena.
  func testDecodingInPlaceMatchesDecodingEveryRecord() {
    var rng = JSONFuzzTests.SeededGenerator(state: 77)
    var records = DecoderRobustnessTests.samples.map { Record(bytes: Array($0.utf8), line: 1, arrivalTime: 5) }
    for round in 0..<1500 {
      let seed = Array(DecoderRobustnessTests.samples[round % DecoderRobustnessTests.samples.count].utf8)
      records.append(Record(bytes: JSONFuzzTests.mutate(seed, &rng), line: round + 2, arrivalTime: 5))
    }
    let v2 =
      #"{"data":{"id":"9","text":"bins #Bins","created_at":"2024-05-01T00:00:00.354Z","entities":{"hashtags":[{"start":5,"end":10,"tag":"Bins"}]}}}"#
    records += [
      Record(bytes: Array(v2.utf8), line: 9000, arrivalTime: 5),
      Record(bytes: [], line: 9001, arrivalTime: 5),
      Record(bytes: Array("a line of text #tag".utf8), line: 9002, arrivalTime: 5),
      Record(bytes: Array(#""lang":"en"}"#.utf8), line: 9003, arrivalTime: 5),
      Record(bytes: Array(v2.utf8), line: 9004, context: .oversized(size: 5_000_000), arrivalTime: 5),
      Record(bytes: Array(v2.utf8), line: 9005, context: .invalid(reason: "bad columns"), arrivalTime: 5),
      Record(
        bytes: Array(#"{"id":"1","uri":"u","content":"<p>a</p>","account":{"acct":"a"}}"#.utf8), line: 9006,
        context: .sse(event: "update"), arrivalTime: 5),
      Record(
        bytes: Array("bins,2024-05-01".utf8), line: 9007, context: .csv(CSVColumns(text: 0, columnCount: 2)),
        arrivalTime: 5),
    ]
    // Records as slices of one shared buffer too, as a source frames them.
    let shared = Array((v2 + "\n" + v2).utf8)
    records.append(Record(storage: shared[0..<v2.utf8.count], line: 9008, arrivalTime: 5))
    records.append(Record(storage: shared[(v2.utf8.count + 1)...], line: 9009, arrivalTime: 5))
    for counting in [false, true] {
      for (withArena, lean) in [(false, false), (true, false), (true, true)] {
        var arena: PostTextArena? = withArena ? PostTextArena() : nil
        arena?.leanPosts = lean
        var inPlace: [Post] = []
        var expected: [Post] = []
        var implausibleTimes: [Int] = []
        records.withUnsafeBufferPointer { buffer in
          for i in buffer.indices {
            let outcome = StreamDecoder.decode(
              recordAt: buffer.baseAddress! + i, sourceName: "s", countingOnly: counting, texts: &arena,
              into: &inPlace, implausibleTimes: &implausibleTimes)
            let result = StreamDecoder.decode(buffer[i], sourceName: "s", countingOnly: counting)
            XCTAssertEqual(outcome, DecodeOutcome(result, into: &expected), "record \(i)")
          }
        }
        XCTAssertEqual(inPlace.count, expected.count)
        let texts = arena?.entries ?? []
        if counting && withArena { XCTAssertGreaterThan(texts.count, 0, "texts were left in the arena") }
        for entry in texts {
          XCTAssertEqual(inPlace[entry.post].text, "", "a text in the arena is not in its post")
          let bytes = arena?.bytes[entry.start..<(entry.start + entry.count)] ?? []
          inPlace[entry.post].text = String(decoding: bytes, as: UTF8.self)
        }
        var leanTags = 0
        for i in inPlace.indices where lean && counting {
          let tags = arena?.tags.tags(of: inPlace[i]) ?? []
          guard !tags.isEmpty || inPlace[i].tagSpan.count > 0 else { continue }
          XCTAssertEqual(inPlace[i].hashtags, [], "a lean post's tags are in the arena")
          XCTAssertEqual(tags.map(ReportBuilder.normalise), expected[i].hashtags.map(ReportBuilder.normalise))
          inPlace[i].hashtags = expected[i].hashtags
          inPlace[i].source = expected[i].source
          leanTags += 1
        }
        if lean && counting { XCTAssertGreaterThan(leanTags, 0, "lean posts were made") }
        XCTAssertEqual(inPlace, expected, "counting \(counting), arena \(withArena), lean \(lean)")
      }
    }
  }

  /// `Shape.dataAndIncludes` (the stream record's quick look) finds the members `Shape` finds: the last `data` and
  /// `includes`, raw names only, on the decoder samples, repeated and escaped names, and 3,000 fuzzed records.
  func testDataAndIncludesMatchTheShape() throws {
    var rng = JSONFuzzTests.SeededGenerator(state: 91)
    var lines = DecoderRobustnessTests.samples.map { Array($0.utf8) }
    lines.append(Array(#"{"data":{"a":1},"includes":{"b":2},"data":[3],"includes":4}"#.utf8))
    lines.append(Array(#"{"data":{"text":"x"},"includes":{},"dat":1,"datas":2,"include":3}"#.utf8))
    lines.append(Array(#"{ "data" : { "text" : "x" } , "includes" : { } }"#.utf8))
    for round in 0..<3000 {
      let seed = Array(DecoderRobustnessTests.samples[round % DecoderRobustnessTests.samples.count].utf8)
      lines.append(JSONFuzzTests.mutate(seed, &rng))
    }
    var found = 0
    for bytes in lines {
      _ = JSONScanner.withRoot(bytes) { root in
        let shape = JSONRecordDecoder.Shape(root)
        let quick = JSONRecordDecoder.Shape.dataAndIncludes(root)
        XCTAssertEqual(quick.data?.offset, shape.data?.offset, String(decoding: bytes, as: UTF8.self))
        XCTAssertEqual(quick.includes?.offset, shape.includes?.offset, String(decoding: bytes, as: UTF8.self))
        if quick.data != nil { found += 1 }
      }
    }
    XCTAssertGreaterThan(found, 50, "records with a data member were compared")
  }

  /// `JSONValue.entityHashtags` (read by position for Twitter's own layout) finds what `["hashtags"]` finds, for
  /// every layout of an entities object: compact, with white space, another member first, an escaped or repeated
  /// name, a non-array value, empty, and the fuzzed decoder samples' objects.
  func testEntityHashtagsMatchTheSubscript() throws {
    var objects = [
      #"{"hashtags":[{"start":0,"end":4,"tag":"Bins"}]}"#, #"{"hashtags":[]}"#, #"{ "hashtags" : [1] }"#,
      #"{"urls":[],"hashtags":[2]}"#, #"{"hashtags":[3],"hashtags":[4]}"#, #"{"h\u0061shtags":[5]}"#,
      #"{"hashtags":"x"}"#, #"{"hashtags":{}}"#, #"{}"#, #"{"hashtag":[6]}"#, #"{"hashtagss":[7]}"#, #"[]"#, #""s""#,
    ]
    var rng = JSONFuzzTests.SeededGenerator(state: 5)
    for round in 0..<2000 {
      objects.append(String(decoding: JSONFuzzTests.mutate(Array(objects[round % 6].utf8), &rng), as: UTF8.self))
    }
    var compared = 0
    for text in objects {
      _ = JSONScanner.withRoot(Array(text.utf8)) { root in
        XCTAssertEqual(root.entityHashtags?.offset, root["hashtags"]?.offset, text)
        compared += 1
      }
    }
    XCTAssertGreaterThan(compared, 300)
  }

  /// `countingOnly` (what `report` decodes) leaves out the URL, the v2 author lookup and the v2 language, puts a
  /// digest in place of a v2 id, and changes nothing else.
  func testCountingOnlyDecodingDiffersOnlyInDisplayFields() {
    var lines = DecoderRobustnessTests.samples.map { Array($0.utf8) }
    lines.append(
      Array(
        (#"{"data":{"id":"77","text":"Bins not collected #Bins","author_id":"5","created_at":"2024-05-01T00:00:00Z","lang":"en","#
          + #""entities":{"hashtags":[{"start":19,"end":24,"tag":"Bins"}]}},"#
          + #""includes":{"users":[{"id":"5","name":"Jo","username":"jo"}]}}"#).utf8))
    var urlsDropped = 0
    var authorsDropped = 0
    var languagesDropped = 0
    var idsDigested = 0
    var compared = 0
    for (i, bytes) in lines.enumerated() {
      let record = Record(bytes: bytes, line: i + 1, arrivalTime: 5)
      var full: [Post] = []
      var counting: [Post] = []
      let fullOutcome = StreamDecoder.decode(record, sourceName: "s", into: &full)
      let countingOutcome = StreamDecoder.decode(record, sourceName: "s", countingOnly: true, into: &counting)
      XCTAssertEqual(fullOutcome, countingOutcome, "line \(i + 1)")
      XCTAssertEqual(full.count, counting.count, "line \(i + 1)")
      for (a, b) in zip(full, counting) {
        if a.url != nil && b.url == nil { urlsDropped += 1 }
        if !a.authorHandle.isEmpty && b.authorHandle.isEmpty { authorsDropped += 1 }
        if a.language != nil && b.language == nil { languagesDropped += 1 }
        var expected = a
        expected.url = b.url == nil ? nil : a.url
        if b.authorHandle.isEmpty && b.authorName == nil && a.platform == .twitter {
          expected.authorHandle = ""
          expected.authorName = nil
        }
        if b.language == nil && a.platform == .twitter { expected.language = nil }
        if b.id != a.id && a.platform == .twitter {
          // The digest of the very id the full decoding gives.
          var id = a.id
          XCTAssertEqual(b.id, id.withUTF8 { DecodeContext.idDigest($0) }, "line \(i + 1)")
          XCTAssertEqual(b.id.utf8.count, DecodeContext.idDigestLength)
          expected.id = b.id
          idsDigested += 1
        }
        XCTAssertEqual(
          b, expected, "line \(i + 1): only the URL, the author, the language and the v2 id may be left out")
        compared += 1
      }
      let last = counting.last
      if i == lines.count - 1 {
        XCTAssertEqual(full.last?.id, "77")
        var id = "77"
        XCTAssertEqual(last?.id, id.withUTF8 { DecodeContext.idDigest($0) })
        XCTAssertEqual(last?.hashtags, ["Bins"])
        XCTAssertEqual(last?.text, "Bins not collected #Bins")
        XCTAssertNil(last?.url)
        XCTAssertNil(last?.language)
        XCTAssertEqual(full.last?.language, "en")
        XCTAssertEqual(full.last?.authorHandle, "jo")
        XCTAssertEqual(full.last?.url, "https://twitter.com/jo/status/77")
      }
    }
    XCTAssertGreaterThan(compared, 5)
    XCTAssertGreaterThan(urlsDropped, 1)
    XCTAssertGreaterThan(authorsDropped, 0)
    XCTAssertGreaterThan(languagesDropped, 0)
    XCTAssertGreaterThan(idsDigested, 0)
  }

  /// Digests of ids are equal exactly when the ids are (over many distinct ids), are 11 characters without ':',
  /// and are the same for an id given as a string, with escapes, or as a number.
  func testIDDigestsKeepIDsApart() {
    var seen: [String: String] = [:]
    for n in 0..<20_000 {
      var id = String(1_785_000_000_000_000_000 + UInt64(n) * 7919)
      let digest = id.withUTF8 { DecodeContext.idDigest($0) }
      XCTAssertEqual(digest.utf8.count, 11)
      XCTAssertFalse(digest.contains(":"))
      XCTAssertNil(seen[digest], "\(id) and \(seen[digest] ?? "") share a digest")
      seen[digest] = id
      XCTAssertEqual(id.withUTF8 { DecodeContext.idDigest($0) }, digest)
    }
    func countedID(_ json: String) -> String? {
      var posts: [Post] = []
      let record = Record(bytes: Array(json.utf8), line: 1, arrivalTime: 0)
      _ = StreamDecoder.decode(record, sourceName: "s", countingOnly: true, into: &posts)
      return posts.first?.id
    }
    let plain = countedID(#"{"data":{"id":"123","text":"hi"}}"#)
    XCTAssertNotNil(plain)
    XCTAssertNotEqual(plain, "123")
    XCTAssertEqual(countedID(#"{"data":{"id":"123","text":"hi"}}"#), plain)
    XCTAssertEqual(countedID(#"{"data":{"id":123,"text":"hi"}}"#), plain)
    XCTAssertNotEqual(countedID(#"{"data":{"id":"124","text":"hi"}}"#), plain)
    // No id: the "source:line" fallback, as without countingOnly.
    XCTAssertEqual(countedID(#"{"data":{"id":"","text":"hi"}}"#), "s:1")
  }

  func testNestedScratchBuffersAreDistinctAndReused() {
    withScratch(of: Int32.self, count: 100) { outer in
      outer.initialize(repeating: 7)
      withScratch(of: UInt8.self, count: 50_000) { inner in
        inner.initialize(repeating: 1)
        XCTAssertEqual(inner.count, 50_000)
      }
      // A huge request (above the cached size) still works and is not kept.
      withScratch(of: UInt8.self, count: 3 << 20) { huge in
        huge.initialize(repeating: 2)
        XCTAssertEqual(huge[(3 << 20) - 1], 2)
      }
      XCTAssertTrue(outer.allSatisfy { $0 == 7 }, "the nested buffers did not overlap the outer one")
    }
    // Validation through reused scratch memory still indexes correctly, record after record.
    for text in [
      #"{"a":[1,2,{"b":"c"}]}"#, #"[true,false,null,"x\u00e9"]"#,
      #"{"long":"\#(String(repeating: "y", count: 9000))"}"#,
    ] {
      let result = JSONScanner.withRoot(Array(text.utf8)) { root in root.endOffset }
      XCTAssertEqual(try? result.get(), text.utf8.count)
    }
  }
}

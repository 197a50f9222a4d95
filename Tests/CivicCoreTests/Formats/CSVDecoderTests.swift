import XCTest

@testable import CivicCore

final class CSVDecoderTests: XCTestCase {
  func testHeaderQuotedNewlinesListsAndEpochFloats() {
    let csv = #"""
      id,timestamp_utc,user_screen_name,text,lang,hashtags
      101,1610005273.5,@ann,"Bins not
      collected, again ""really""",en,bins|waste
      102,1610005274,bob,"{""json"": true} &amp; more",fr,

      """#
    let tally = DecodeTally.run(csv, chunkSize: 5)
    XCTAssertEqual(tally.counts, [2, 0, 0])
    XCTAssertEqual(tally.posts[0].text, "Bins not\ncollected, again \"really\"")
    XCTAssertEqual(tally.posts[0].hashtags, ["bins", "waste"])
    XCTAssertEqual(tally.posts[0].authorHandle, "ann")
    XCTAssertEqual(tally.posts[0].eventTime, 1_610_005_273_500)
    XCTAssertEqual(tally.posts[0].id, "101")
    XCTAssertEqual(tally.posts[1].text, "{\"json\": true} & more")
    XCTAssertEqual(tally.posts[1].language, "fr")
    XCTAssertEqual(tally.posts[0].platform, .csv)
  }

  func testJSONCellsAsInTwarcCSV() {
    let csv = #"""
      id,text,created_at,author.username,entities.hashtags
      7,"""\u201cLate\u201d bus \n#route5""",2019-09-06T20:38:01.000Z,rider,"[{""start"": 15, ""end"": 22, ""tag"": ""route5""}]"

      """#
    let post = DecodeTally.run(csv).posts.first
    XCTAssertEqual(post?.text, "“Late” bus \n#route5")
    XCTAssertEqual(post?.hashtags, ["route5"])
    XCTAssertEqual(post?.authorHandle, "rider")
  }

  /// RFC 4180: `"""bins"""` is the text `"bins"`. Only a cell that is a JSON string literal with an escape in it is
  /// read as JSON (twarc-csv's encoded text, above); before, any cell starting and ending with a quote lost them.
  func testACellWhollyInDoubledQuotesKeepsThem() {
    let csv = #"""
      id,text
      1,"""bins"""
      2,"""Fix the lights"" he said"
      3,"""Lights out"" ""again"""
      4,"""Late\u2019 bus"""

      """#
    XCTAssertEqual(
      DecodeTally.run(csv).posts.map(\.text),
      [#""bins""#, #""Fix the lights" he said"#, #""Lights out" "again""#, "Late\u{2019} bus"])
  }

  func testHeaderlessSentiment140Layout() {
    let csv = #"""
      "4","3","Mon May 11 03:17:40 UTC 2009","kindle2","tpryan","I love my &lt;3 Kindle2 #kindle"
      "0","5","Mon May 11 03:18:54 UTC 2009","kindle2","chadfu","meh"

      """#
    let tally = DecodeTally.run(csv)
    XCTAssertEqual(tally.counts, [2, 0, 0])
    XCTAssertEqual(tally.posts[0].text, "I love my <3 Kindle2 #kindle")
    XCTAssertEqual(tally.posts[0].authorHandle, "tpryan")
    XCTAssertEqual(tally.posts[0].id, "3")
    XCTAssertEqual(tally.posts[0].hashtags, ["kindle"])
    XCTAssertEqual(tally.posts[0].eventTime, TimestampParser.parse("2009-05-11T03:17:40Z"))
  }

  func testColumnSpecByIndexAndByName() {
    let headerless = "x,hello there,carol\ny,second,dan\n"
    let byIndex = DecodeTally.run(
      headerless, options: DecoderOptions(csvColumns: CSVColumnSpec(fields: ["text": "2", "author": "3"])))
    XCTAssertEqual(byIndex.posts.map(\.text), ["hello there", "second"])
    XCTAssertEqual(byIndex.posts.map(\.authorHandle), ["carol", "dan"])

    let named = "msg,who\nhi,eve\n"
    let byName = DecodeTally.run(
      named, options: DecoderOptions(csvColumns: CSVColumnSpec(fields: ["text": "msg", "author": "who"])))
    XCTAssertEqual(byName.counts, [1, 0, 0])
    XCTAssertEqual(byName.posts.first?.authorHandle, "eve")
  }

  /// polish19: with column numbers, a header of names the reader does not know (`comment`) was read as a post whose
  /// text is the column's name.
  func testColumnNumbersSkipAHeaderOfUnknownNames() throws {
    let numbers = DecoderOptions(csvColumns: try CSVColumnSpec(parsing: "text=3,author=2"))
    let oneWord = DecodeTally.run("num,person,comment\n1,ann,bins missed again\n", options: numbers)
    XCTAssertEqual(oneWord.posts.map(\.text), ["bins missed again"])
    XCTAssertEqual(oneWord.posts.map(\.authorHandle), ["ann"])
    // A text column named in words is a header when a name known for another field stands beside it.
    let known = DecodeTally.run("id,who,Review Text\n1,ann,bins missed again\n", options: numbers)
    XCTAssertEqual(known.posts.map(\.text), ["bins missed again"])
    // A header-less file keeps its first post.
    let data = DecodeTally.run("1,ann,bins missed\nx,bob,Pothole\n", options: numbers)
    XCTAssertEqual(data.posts.map(\.text), ["bins missed", "Pothole"])
    let words = DecodeTally.run("sam,kim,Pothole on Mill Lane\n", options: numbers)
    XCTAssertEqual(words.posts.map(\.text), ["Pothole on Mill Lane"])
  }

  func testColumnSpecNamingAColumnTheHeaderLacksIsReported() {
    let file = "id,text,author\n1,bins not collected,ann\n2,lovely park,bob\n"
    let tally = DecodeTally.run(
      file, options: DecoderOptions(csvColumns: CSVColumnSpec(fields: ["text": "nosuch", "author": "author"])))
    XCTAssertEqual(tally.counts, [2, 0, 1], "the rows still count, the mistake is counted once")
    XCTAssertEqual(tally.posts.map(\.text), ["bins not collected", "lovely park"])
    XCTAssertTrue(
      tally.malformed.first?.hasPrefix("line 1: --csv-columns names 'nosuch'") ?? false, "\(tally.malformed)")
  }

  /// D2 (arrays15): with a header that is not recognised, the same mistake was silently ignored (the header row read
  /// as a post).
  func testColumnSpecNamingAColumnAnUnknownHeaderLacksIsReported() {
    let file = "colA,colB\nhello there,x\nsecond row,y\n"
    let tally = DecodeTally.run(file, options: DecoderOptions(csvColumns: CSVColumnSpec(fields: ["text": "nope"])))
    XCTAssertEqual(tally.posts.map(\.text), ["hello there,x", "second row,y"], "rows are still read, as text")
    XCTAssertEqual(
      tally.malformed,
      [
        "line 1: --csv-columns names 'nope', not in the first row (colA, colB); it is no known header either, so rows "
          + "are read as plain text"
      ])
    let found = DecodeTally.run(file, options: DecoderOptions(csvColumns: CSVColumnSpec(fields: ["text": "colA"])))
    XCTAssertEqual(found.posts.map(\.text), ["hello there", "second row"])
    XCTAssertEqual(found.malformed, [])
  }

  func testUnterminatedQuoteAtEndIsMalformed() {
    let tally = DecodeTally.run("id,text\n1,ok\n2,\"never closed\n")
    XCTAssertEqual(tally.counts, [1, 0, 1])
  }

  func testAQuoteInsideAnUnquotedCellIsLiteral() {
    let file = "text,author\nsays 5\" of snow on the road,a\n\"bins not collected\",b\n\"pothole on main road\",c\n"
    for chunk in [1, 5, 65_536] {
      let tally = DecodeTally.run(file, chunkSize: chunk)
      XCTAssertEqual(tally.counts, [3, 0, 0], "chunk \(chunk): \(tally.malformed)")
      XCTAssertEqual(
        tally.posts.map(\.text), ["says 5\" of snow on the road", "bins not collected", "pothole on main road"])
      XCTAssertEqual(tally.posts.map(\.authorHandle), ["a", "b", "c"])
    }
  }

  func testOnlyACellStartingWithAQuoteIsQuotedAndMaySpanLines() {
    // As Python's csv: `a"b"` and ` "x"` are literal; `"ab"c` reads `abc`; `""` inside quotes is one quote.
    XCTAssertEqual(CSVRow.cells(Array(#"a"b",x"#.utf8)), [#"a"b""#, "x"])
    XCTAssertEqual(CSVRow.cells(Array(#" "x",y"#.utf8)), [#" "x""#, "y"])
    XCTAssertEqual(CSVRow.cells(Array(#""ab"c,"d""e",""#.utf8)), ["abc", #"d"e"#, ""])
    XCTAssertEqual(CSVRow.cells(Array(#""",x"#.utf8)), ["", "x"])
    let file = "id,text\n1,\"two\nlines, 5\"\" of \"\"snow\"\"\"\n2,tall 6\" man\n3,\"never closed\n"
    let tally = DecodeTally.run(file)
    XCTAssertEqual(tally.posts.map(\.text), ["two\nlines, 5\" of \"snow\"", "tall 6\" man"])
    XCTAssertEqual(tally.malformed, ["line 5: unterminated quoted CSV cell"])
  }

  func testResetStartsANewStreamSoAReplacedFileHeaderIsNotData() {
    let decoder = StreamDecoder(sourceName: "f.csv")
    var records: [Record] = []
    let first = Array("id,text\n1,first file\n".utf8)
    first.withUnsafeBytes { decoder.frame($0, arrivalTime: 1, into: &records) }
    decoder.reset()
    let second = Array("{\"text\":\"now JSON\"}\n".utf8)
    second.withUnsafeBytes { decoder.frame($0, arrivalTime: 2, into: &records) }
    decoder.finish(arrivalTime: 2, into: &records)
    let texts = records.compactMap { record -> String? in
      guard case .posts(let posts) = StreamDecoder.decode(record, sourceName: "f.csv") else { return nil }
      return posts.first?.text
    }
    XCTAssertEqual(texts, ["first file", "now JSON"])
    XCTAssertEqual(records.last?.line, 1)
  }

  func testAOneColumnCSVFileIsCSVButALineTextElsewhereIsAPost() {
    let bytes = Array("text\nWater cut off #water\n\"Bins, again\"\n".utf8)
    let csv = DecodeTally.run(bytes, source: "export.csv")
    XCTAssertEqual(csv.posts.map(\.text), ["Water cut off #water", "Bins, again"], "the header is no post")
    XCTAssertEqual(csv.posts.map(\.hashtags), [["water"], []])
    let plain = DecodeTally.run(bytes, source: "notes.txt")
    XCTAssertEqual(plain.posts.first?.text, "text", "not a CSV file: every line is a post")
    XCTAssertEqual(
      DecodeTally.run(Array("hello\nworld\n".utf8), source: "a.csv").posts.map(\.text), ["hello", "world"])
  }

  /// Social listening tools export with title-case headers ("Full Text", "Date Posted"): spaces and hyphens between
  /// a name's words read as underscores, so they map like their snake-case forms, and the header is no post.
  func testTitleCaseHeadersOfListeningToolExportsAreRecognised() {
    let csv = #"""
      Tweet Id,Date Posted,Author Handle,Tweet Content,Post-URL
      9,2025-03-01 10:00:00 +0000,@amy,Pothole on Mill Lane #roads,https://x.com/amy/status/9

      """#
    let tally = DecodeTally.run(csv)
    XCTAssertEqual(tally.counts, [1, 0, 0])
    let post = tally.posts.first
    XCTAssertEqual(post?.text, "Pothole on Mill Lane #roads")
    XCTAssertEqual(post?.id, "9")
    XCTAssertEqual(post?.authorHandle, "amy")
    XCTAssertEqual(post?.eventTime, 1_740_823_200_000)
    XCTAssertEqual(post?.url, "https://x.com/amy/status/9")
    XCTAssertEqual(post?.platform, .csv)
    let spaced = DecodeTally.run("Full Text,Created At,Screen Name\n\"Bins, again\",2025-03-01T10:00:00Z,bob\n")
    XCTAssertEqual(spaced.posts.map(\.text), ["Bins, again"])
    XCTAssertEqual(spaced.posts.map(\.authorHandle), ["bob"])
  }

  /// A header naming no text column this reader knows (`comment`): before, every line, the header too, was a
  /// plain-text post (`1,2024-05-10 09:00:00,ann,Bins not collected`). Now each row is malformed, saying why and how
  /// to name the column; `--csv-columns text=comment` reads the same file.
  func testAHeaderWithoutAKnownTextColumnMakesEachRowMalformedWithTheFix() {
    let file = "post_id,posted,username,comment\n1,2024-05-10 09:00:00,ann,Bins not collected\n2,,bob,\"Lights, out\"\n"
    let reason =
      "CSV header (post_id, posted, username, comment) has no text column known by name; give it with --csv-columns "
      + "text=COLUMN"
    for source in ["export.csv", "stdin"] {
      let tally = DecodeTally.run(Array(file.utf8), source: source)
      XCTAssertEqual(tally.counts, [0, 0, 2], source)
      XCTAssertEqual(tally.malformed, ["line 2: " + reason, "line 3: " + reason], source)
    }
    let named = DecodeTally.run(file, options: DecoderOptions(csvColumns: CSVColumnSpec(fields: ["text": "comment"])))
    XCTAssertEqual(named.posts.map(\.text), ["Bins not collected", "Lights, out"])
  }

  /// Only a `.csv` file's first row is a header for its shape alone; elsewhere a header must also name a known
  /// field. Lines of text with commas stay posts.
  func testLinesOfTextWithCommasAreNoHeader() {
    let unknown = "colour,shape\nred,round\n"
    XCTAssertEqual(DecodeTally.run(Array(unknown.utf8), source: "shapes.csv").counts, [0, 0, 1])
    XCTAssertEqual(DecodeTally.run(Array(unknown.utf8), source: "notes.txt").counts, [2, 0, 0])
    let text = "Bins not collected, again, on Mill Lane\nStreetlight out, 3 nights now\n"
    XCTAssertEqual(DecodeTally.run(Array(text.utf8), source: "notes.txt").counts, [2, 0, 0])
    let long = "The bins on our road were not collected, again\nsecond\n"
    XCTAssertEqual(DecodeTally.run(Array(long.utf8), source: "posts.csv").counts, [2, 0, 0])
  }
}

import CZlib
import Foundation
import XCTest

@testable import CivicCore

/// Every file in `../shared/formats`, framed and decoded like a source, with exact post / skipped / malformed
/// counts. Each expectation was computed independently with the Python one-liner beside it (F = the file).
///
/// What the non-stream files yield: `.md`, `.yml` and `.yaml` files are documentation and HTTP cassettes, not
/// post streams. CivicPulse reads any text it is given as plain-text posts, so they yield one text post per
/// non-blank line, except lines that hold JSON: JSON records are decoded by shape, and a line that is a
/// fragment of a JSON object (ends with `}` and holds `":` but does not start with `{`; or holds only `{}[],:`; or
/// is one string followed by a comma that ends it, or by a colon and a value: `"tag": "x"`; or is one number or
/// literal, with or without a comma) is malformed. For the three files that contain JSON, the counts come from an
/// emulation of those rules in Python (the script is in the `emulationScript` comment below, run as `python3 - F`).
final class SharedFormatsInteropTests: XCTestCase {
  struct Expected {
    var posts: Int
    var skipped: Int
    var malformed: Int
  }

  // emulationScript (python3 - F): the plain-text/JSON line rules above, written out independently.
  //   import json, re, sys
  //   def opens(t):
  //       t = t.strip()
  //       if not t or t[0] not in '{[': return False
  //       r = t[1:].lstrip()
  //       if not r: return True
  //       return r[0] in '"}' if t[0] == '{' else r[0] in '{["]-0123456789tfn'
  //   def depth(line, d):
  //       s = False; i = 0
  //       while i < len(line):
  //           c = line[i]
  //           if s:
  //               if c == '\\': i += 2; continue
  //               if c == '"': s = False
  //           elif c == '"': s = True
  //           elif c in '{[': d += 1
  //           elif c in '}]': d -= 1
  //           i += 1
  //       return d, s
  //   def member(t):
  //       return re.match(r'"(?:[^"\\]|\\.)*"\s*(?:,\s*$|:\s*(?:$|["{\[0-9-]|true|false|null))', t) is not None
  //   def scalar(t):
  //       return re.fullmatch(r'(-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?|true|false|null)\s*,?', t) is not None
  //   def judge(rec):
  //       try: v = json.loads(rec)
  //       except Exception: return 'bad'
  //       items = v if isinstance(v, list) else [v]
  //       got = [('post' if isinstance(x, dict) and ('text' in x or 'content' in x) else 'bad') for x in items]
  //       return 'post' if 'post' in got else 'bad'
  //   posts = bad = 0; doc = None; last = ''
  //   for raw in open(sys.argv[1], encoding='utf-8').read().split('\n'):
  //       line = raw.rstrip('\r'); t = line.strip()
  //       if doc is not None:
  //           if t[:1] in ('{', '[') and last not in (',', '[', ':'):
  //               bad += judge('\n'.join(doc)) == 'bad'; doc = None
  //           else:
  //               doc.append(line); d, s = depth(line, d)
  //               if t: last = t[-1]
  //               if s or d <= 0:
  //                   r = judge('\n'.join(doc)); posts += r == 'post'; bad += r == 'bad'; doc = None
  //               continue
  //       if not t: continue
  //       if t[0] in '{[' and t[-1] not in '}]' and opens(t):
  //           d, s = depth(line, 0)
  //           if t[-1] in '{[,:' and not s and 1 <= d <= 512:
  //               doc = [line]; last = t[-1]; continue
  //       if t[0] == '{' or (t[0] == '[' and opens(t)):
  //           r = judge(line); posts += r == 'post'; bad += r == 'bad'
  //       elif t.endswith('}') and '":' in line: bad += 1
  //       elif all(c in '{}[],:' for c in t) or member(t) or scalar(t): bad += 1
  //       else: posts += 1
  //   if doc is not None: bad += judge('\n'.join(doc)) == 'bad'
  //   print(posts, 0, bad)

  static let expectations: [String: Expected] = [
    // python3 -c "import json;print(sum('body' in json.loads(l) for l in open(F)))"
    "twitter-v1.1/activity_streams_examples.json": Expected(posts: 25, skipped: 0, malformed: 0),
    // python3 -c "import json;print(sum('text' in json.loads(l) for l in open(F)))"
    "twitter-v1.1/api-stream-small.json": Expected(posts: 681, skipped: 0, malformed: 0),
    // python3 -c "import json,gzip;print(sum('text' in json.loads(l) for l in gzip.open(F)))"
    "twitter-v1.1/api-stream-small.json.gz": Expected(posts: 681, skipped: 0, malformed: 0),
    // python3 -c "import json;print(int('id_str' in json.load(open(F))))"
    "twitter-v1.1/extended_tweet_in_compat_mode.json": Expected(posts: 1, skipped: 0, malformed: 0),
    "twitter-v1.1/extended_tweet_in_extended_mode.json": Expected(posts: 1, skipped: 0, malformed: 0),
    "twitter-v1.1/streaming_extended_tweet.json": Expected(posts: 1, skipped: 0, malformed: 0),
    // python3 -c "import json;print(len(json.load(open(F))['statuses']))"
    "twitter-v1.1/get_search_raw.json": Expected(posts: 100, skipped: 0, malformed: 0),
    "twitter-v1.1/twitter.json": Expected(posts: 100, skipped: 0, malformed: 0),
    // python3 -c "import json;print(sum('text' in json.loads(l) for l in open(F)))"
    "twitter-v1.1/lines.json": Expected(posts: 72, skipped: 0, malformed: 0),
    "twitter-v1.1/original_format_examples.json": Expected(posts: 25, skipped: 0, malformed: 0),
    "twitter-v1.1/public_api_sample.json": Expected(posts: 20, skipped: 0, malformed: 0),
    // One top-level array of test cases {normalized, source}, split into its elements: no element is a post, so
    // each is one malformed record. python3 -c "import json;d=json.load(open(F));print(len(d),sum('text' in x for x in d))" -> 9 0
    "twitter-v1.1/normalization.json": Expected(posts: 0, skipped: 0, malformed: 9),
    // python3 -c "import json;print(sum(len(d['data']) if isinstance(d['data'],list) else 1 for d in map(json.loads,open(F))))"
    "twitter-v2/2sets.jsonl": Expected(posts: 200, skipped: 0, malformed: 0),
    "twitter-v2/edited.jsonl": Expected(posts: 1, skipped: 0, malformed: 0),
    "twitter-v2/kpop.jsonl": Expected(posts: 100, skipped: 0, malformed: 0),
    "twitter-v2/media_policy_violation_off.jsonl": Expected(posts: 100, skipped: 0, malformed: 0),
    "twitter-v2/noflat.jsonl": Expected(posts: 100, skipped: 0, malformed: 0),
    "twitter-v2/withheld.jsonl": Expected(posts: 215, skipped: 0, malformed: 0),
    // python3 -c "import json;print(sum('text' in json.loads(l) for l in open(F)))"
    "twitter-v2/flat.jsonl": Expected(posts: 100, skipped: 0, malformed: 0),
    // 7 stream records, then a line cut mid-object:
    // python3 -c "import json
    // ok=bad=0
    // for l in open(F):
    //   try: json.loads(l); ok+=1
    //   except ValueError: bad+=1
    // print(ok,bad)"
    "twitter-v2/streaming_output_with_error.jsonl": Expected(posts: 7, skipped: 0, malformed: 1),
    // python3 -c "import json;print(len(json.load(open(F))))"
    "mastodon/get_timeline_public_default.body.json": Expected(posts: 20, skipped: 0, malformed: 0),
    // python3 -c "import json;print(sum('content' in json.loads(l) for l in open(F)))"
    "mastodon/handle_params_max_id.statuses.jsonl": Expected(posts: 160, skipped: 0, malformed: 0),
    "mastodon/mastodonsocial.json": Expected(posts: 48, skipped: 0, malformed: 0),
    // the same loop as for streaming_output_with_error.jsonl -> 49 1
    "mastodon/malformed.json": Expected(posts: 49, skipped: 0, malformed: 1),
    // python3 -c "import re;e=re.findall(r'^event: (\S+)',open(F).read(),re.M);print(sum(x in('update','status.update') for x in e),sum(x not in('update','status.update') for x in e))"
    "mastodon/streaming.md.events.sse": Expected(posts: 13, skipped: 13, malformed: 0),
    "mastodon/test_stream_user_direct.streaming_user.sse": Expected(posts: 3, skipped: 3, malformed: 0),
    // Cassettes and docs (see the type comment): python3 - F < emulationScript
    "mastodon/streaming.md": Expected(posts: 446, skipped: 0, malformed: 52),
    "mastodon/test_entity_status.yaml": Expected(posts: 195, skipped: 0, malformed: 45),
    "mastodon/test_stream_user_direct.yaml": Expected(posts: 826, skipped: 0, malformed: 7),
    // No JSON lines in these: python3 -c "print(sum(1 for l in open(F) if l.strip()))"
    "mastodon/handle_params_max_id.yml": Expected(posts: 3687, skipped: 0, malformed: 0),
    "mastodon/get_timeline_public_default.yml": Expected(posts: 326, skipped: 0, malformed: 0),
    "mastodon/SOURCE.md": Expected(posts: 15, skipped: 0, malformed: 0),
    "README.md": Expected(posts: 25, skipped: 0, malformed: 0),
    "bluesky/SOURCE.md": Expected(posts: 12, skipped: 0, malformed: 0),
    "bluesky/corpus-testdata-README.md": Expected(posts: 65, skipped: 0, malformed: 0),
    "bluesky/subscribe-testdata-README.md": Expected(posts: 37, skipped: 0, malformed: 0),
    "csv/SOURCE.md": Expected(posts: 7, skipped: 0, malformed: 0),
    "twitter-v1.1/SOURCE.md": Expected(posts: 16, skipped: 0, malformed: 0),
    "twitter-v2/SOURCE.md": Expected(posts: 13, skipped: 0, malformed: 0),
    // python3 -c "import json;print(sum(e['commit']['operation']=='create' and e['commit']['collection']=='app.bsky.feed.post' for e in json.load(open(F))))"
    "bluesky/bluesky-firehose-posts.json": Expected(posts: 9, skipped: 0, malformed: 0),
    // post views plus feed items wrapping one in "post":
    // python3 -c "import json;print(sum('record' in x or 'record' in x.get('post',{}) for x in json.load(open(F))))"
    "bluesky/bluesky-posts.json": Expected(posts: 123, skipped: 0, malformed: 0),
    // python3 -c "import json;print(sum(x['record']['action']=='create' and x['record']['collection']=='app.bsky.feed.post' for x in json.load(open(F))))"
    "bluesky/bluesky-tap-posts.json": Expected(posts: 14, skipped: 0, malformed: 0),
    // python3 -c "import json;e=[json.loads(l) for l in open(F)];p=sum(x.get('commit',{}).get('operation')=='create' and x['commit']['collection']=='app.bsky.feed.post' for x in e);print(p,len(e)-p)"
    "bluesky/expected_v1.jsonl": Expected(posts: 17, skipped: 135, malformed: 0),
    "bluesky/golden_v1.jsonl": Expected(posts: 1, skipped: 9, malformed: 0),
    // capture metadata, an object without text: python3 -c "import json;print('text' in json.load(open(F)))" -> False
    "bluesky/manifest.json": Expected(posts: 0, skipped: 0, malformed: 1),
    // python3 -c "import csv;print(len(list(csv.reader(open(F,newline=''))))-1)"   (header row)
    "csv/bluesky-posts-export.csv": Expected(posts: 157, skipped: 0, malformed: 0),
    "csv/small_sample.csv": Expected(posts: 4, skipped: 0, malformed: 0),
    "csv/tweet-export.csv": Expected(posts: 4, skipped: 0, malformed: 0),
    // no header row: python3 -c "import csv;print(len(list(csv.reader(open(F,newline='')))))"
    "csv/testdata.manual.2009.06.14.csv": Expected(posts: 498, skipped: 0, malformed: 0),
  ]

  func testEveryFileHasExactCounts() throws {
    let root = try SharedFixtures.directory("formats")
    let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
    var files: [String] = []
    while let url = enumerator?.nextObject() as? URL {
      guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
      files.append(String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1)))
    }
    XCTAssertEqual(Set(files), Set(Self.expectations.keys), "every shared file needs an expectation")
    for file in files.sorted() {
      guard let expected = Self.expectations[file] else { continue }
      var bytes = try [UInt8](Data(contentsOf: root.appendingPathComponent(file)))
      if file.hasSuffix(".gz") { bytes = try XCTUnwrap(Self.gunzip(bytes), "\(file) does not inflate") }
      for chunk in [4096, 65_536] {
        let tally = DecodeTally.run(bytes, source: file, chunkSize: chunk)
        XCTAssertEqual(tally.posts.count, expected.posts, "\(file) posts (chunk \(chunk))")
        XCTAssertEqual(tally.skipped.count, expected.skipped, "\(file) skipped (chunk \(chunk))")
        XCTAssertEqual(
          tally.malformed.count, expected.malformed,
          "\(file) malformed (chunk \(chunk)): \(tally.malformed.prefix(3))")
      }
    }
  }

  /// Spot checks of normalised fields on real samples.
  func testRealSamplesNormaliseFields() throws {
    let root = try SharedFixtures.directory("formats")
    func posts(_ file: String) throws -> [Post] {
      DecodeTally.run(try [UInt8](Data(contentsOf: root.appendingPathComponent(file)))).posts
    }
    for post in try posts("twitter-v1.1/twitter.json") {
      XCTAssertFalse(post.id.isEmpty)
      XCTAssertNotNil(post.eventTime)
      XCTAssertFalse(post.authorHandle.isEmpty)
    }
    // Rounded numeric ids are never used: every id equals the record's id_str.
    let search = try [UInt8](Data(contentsOf: root.appendingPathComponent("twitter-v1.1/twitter.json")))
    let idStrings = try XCTUnwrap(
      JSONScanner.withRoot(search) { root in root["statuses"]?.elements.compactMap { $0["id_str"]?.string } }.get())
    XCTAssertEqual(try posts("twitter-v1.1/twitter.json").map(\.id), idStrings)

    let jetstream = try posts("bluesky/expected_v1.jsonl")
    XCTAssertTrue(jetstream.allSatisfy { $0.id.hasPrefix("at://did:") && $0.platform == .bluesky })
    let mastodon = try posts("mastodon/mastodonsocial.json")
    XCTAssertTrue(mastodon.allSatisfy { !$0.text.contains("<p>") && $0.id.hasPrefix("http") })
    let flat = try posts("twitter-v2/flat.jsonl")
    XCTAssertTrue(flat.allSatisfy { !$0.authorHandle.isEmpty })
    XCTAssertGreaterThan(try posts("twitter-v2/kpop.jsonl").filter { !$0.hashtags.isEmpty }.count, 90)
  }

  /// Inflates a gzip file with the system zlib.
  static func gunzip(_ input: [UInt8]) -> [UInt8]? {
    var stream = z_stream()
    guard inflateInit2_(&stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      return nil
    }
    defer { inflateEnd(&stream) }
    var output: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    var status: Int32 = Z_OK
    var source = input
    source.withUnsafeMutableBufferPointer { input in
      stream.next_in = input.baseAddress
      stream.avail_in = uInt(input.count)
      repeat {
        buffer.withUnsafeMutableBufferPointer { out in
          stream.next_out = out.baseAddress
          stream.avail_out = uInt(out.count)
          status = inflate(&stream, Z_NO_FLUSH)
          output.append(contentsOf: out[0..<(out.count - Int(stream.avail_out))])
        }
      } while status == Z_OK
    }
    return status == Z_STREAM_END ? output : nil
  }
}

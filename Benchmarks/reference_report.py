#!/usr/bin/env python3
"""Reference for the civicpulse-bench: the same counting as `civicpulse report --format json` on Twitter v2
records (one JSON object per line), done the ordinary Python way with `json` and `collections.Counter`.

Counts posts (each `data` tweet, de-duplicated by id), malformed lines, the first and last `created_at`, and the
top 20 hashtags (lowercased). Prints one JSON line. Usage: reference_report.py FILE... (stdin when none).
"""
import collections
import json
import sys


def records(paths):
    if not paths:
        yield from sys.stdin.buffer
        return
    for path in paths:
        with open(path, "rb") as handle:
            yield from handle


def main():
    posts = malformed = duplicates = 0
    seen = set()
    tags = collections.Counter()
    first = last = None
    for line in records(sys.argv[1:]):
        line = line.strip()
        if not line:
            continue
        try:
            record = json.loads(line)
        except ValueError:
            malformed += 1
            continue
        data = record.get("data") if isinstance(record, dict) else None
        tweets = data if isinstance(data, list) else [data] if isinstance(data, dict) else []
        for tweet in tweets:
            tweet_id = tweet.get("id")
            if tweet_id in seen:
                duplicates += 1
                continue
            seen.add(tweet_id)
            posts += 1
            created = tweet.get("created_at")
            if created:
                first = created if first is None or created < first else first
                last = created if last is None or created > last else last
            for tag in tweet.get("entities", {}).get("hashtags", []):
                tags[tag["tag"].lower()] += 1
    top = sorted(tags.items(), key=lambda item: (-item[1], item[0]))[:20]
    print(json.dumps({
        "posts": posts, "malformed": malformed, "duplicates": duplicates, "first": first, "last": last,
        "hashtags": [{"tag": tag, "count": count} for tag, count in top],
    }, separators=(",", ":")))


if __name__ == "__main__":
    main()

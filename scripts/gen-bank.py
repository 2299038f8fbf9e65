#!/usr/bin/env python3
"""Writes an N-question bank on one line (minified JSON), for load-time benchmarks.

    scripts/gen-bank.py N OUT.json [--full]

Questions are small by default (the required fields and a one-line answer);
--full copies the questions of banks/rapid-fire.json with fresh ids instead.
Uses only Python's standard library.
"""
import json
import os
import sys


def small(i):
    return {
        "id": "gen.q%06d" % i,
        "lesson": "rapid-fire",
        "topic": "t%d" % (i % 50),
        "level": ["mid"],
        "format": "rapid-fire",
        "prompt": "What is term %d?" % i,
        "answer": "Term %d is λ-regularised." % i,
        "time_limit": 60,
    }


def full_source():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "banks", "rapid-fire.json"), encoding="utf-8") as f:
        return json.load(f)["questions"]


def main(argv):
    if len(argv) < 3 or not argv[1].isdigit():
        sys.stderr.write("usage: gen-bank.py N OUT.json [--full]\n")
        return 64
    n, out = int(argv[1]), argv[2]
    source = full_source() if "--full" in argv[3:] else None
    questions = []
    for i in range(n):
        if source:
            q = dict(source[i % len(source)])
            q["id"] = "gen.q%06d" % i
            q.pop("followups", None)  # their ids would repeat
            questions.append(q)
        else:
            questions.append(small(i))
    bank = {
        "bank": "generated",
        "title": "Generated",
        "format_version": 1,
        "description": "%d generated questions" % n,
        "questions": questions,
    }
    with open(out, "w", encoding="utf-8") as f:
        json.dump(bank, f, ensure_ascii=False, separators=(",", ":"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""A plain reference grader of the same rubrics, for speed comparisons.

Reads the banks and answer files (Markdown "## id" sections or JSON) and grades
every answer with Python's `re`: concept patterns anywhere in the answer, claims
bound to their subject within a sentence, contrasts and reversed patterns,
misconceptions, a negation just before a match, core concepts and the full-level
score of docs/banks.md. No thesaurus, typo tolerance or own-words credit: it is
the floor a plain script reaches, not drill's grade.

    scripts/ref-grader.py BANKDIR ANSWERDIR > report.json
"""
import json
import os
import re
import sys

NEGATORS = re.compile(r"\b(?:not|no|never|without|cannot|nor|neither)\b|n't\b", re.I)
DENIAL = re.compile(r"\bnot\b|n't|\bnever\b|\bwithout\b|\bcannot\b|\bno\b", re.I)
SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n\s*\n|\n\s*[-*] ")


def compile_list(patterns, skipped):
    out = []
    for p in patterns or []:
        try:
            out.append((re.compile(p, re.I), bool(DENIAL.search(p))))
        except re.error:
            skipped[0] += 1
    return out


def negated(text, start):
    before = text[max(0, start - 60):start]
    cut = max(before.rfind(c) for c in ".;:,!?")
    words = before[cut + 1:].split()[-4:]
    return any(NEGATORS.search(w) for w in words)


def find(compiled, text):
    """The first match of any alternative that is not denied: (start, end) or None."""
    for rx, denial in compiled:
        for m in rx.finditer(text):
            if denial or not negated(text, m.start()):
                return m.span()
    return None


class Rubric:
    def __init__(self, rubric, skipped):
        self.passmark = rubric.get("pass", 0.6)
        self.concepts = []
        for c in rubric.get("concepts", []):
            claim = c.get("claim") or {}
            self.concepts.append({
                "name": c["name"], "weight": c.get("weight", 1), "core": c.get("core", False),
                "required": c.get("required", False),
                "patterns": compile_list(c.get("patterns"), skipped),
                "reversed": compile_list(c.get("reversed"), skipped),
                "subject": compile_list(claim.get("subject"), skipped),
                "says": compile_list(claim.get("says"), skipped),
                "contrasts": compile_list(claim.get("contrasts"), skipped),
            })
        self.misconceptions = [{"name": m["name"], "penalty": m.get("penalty", 0.25),
                                "patterns": compile_list(m.get("patterns"), skipped),
                                "subject": compile_list((m.get("claim") or {}).get("subject"), skipped),
                                "says": compile_list((m.get("claim") or {}).get("says"), skipped)}
                               for m in rubric.get("misconceptions", [])]
        self.marked = any(c["core"] for c in self.concepts)

    def grade(self, answer):
        text = " ".join(answer.split())
        sentences = [s for s in SENTENCE.split(answer) if s.strip()]
        got = {"core": 0.0, "rest": 0.0}
        total = {"core": 0.0, "rest": 0.0}
        core_missed = contradicted_core = False
        penalty = 0.0
        missing, contradictions = [], []
        for c in self.concepts:
            core = c["core"] or (not self.marked and c["required"])
            part = "core" if core or not self.marked else "rest"
            total[part] += c["weight"]
            stated = find(c["patterns"], text) is not None
            contra = find(c["reversed"], text) is not None
            if c["says"]:
                for s in sentences:
                    s = " ".join(s.split())
                    about = not c["subject"] or find(c["subject"], s) is not None
                    if about and find(c["says"], s):
                        stated = True
                    if about and c["contrasts"] and find(c["contrasts"], s):
                        contra = True
            if stated and not contra:
                got[part] += c["weight"]
            else:
                missing.append(c["name"])
                core_missed = core_missed or core or c["required"]
                if contra:
                    contradictions.append(c["name"])
                    penalty += 0.25
                    contradicted_core = contradicted_core or core
        found = []
        for m in self.misconceptions:
            # a claim: its subject and what it says in one sentence
            said = m["says"] and any(find(m["subject"], " ".join(s.split())) is not None
                                     and find(m["says"], " ".join(s.split())) is not None for s in sentences)
            if find(m["patterns"], text) is not None or said:
                found.append(m["name"])
                penalty += m["penalty"]
        p = self.passmark
        share = {k: (got[k] / total[k] if total[k] else 1.0) for k in got}
        if self.marked and total["rest"]:
            score = p * share["core"] + (1 - p) * share["rest"]
        else:
            score = sum(got.values()) / max(sum(total.values()), 1e-9)
        score = min(1.0, max(0.0, score - penalty))
        ok = score >= p and not core_missed and not contradicted_core
        return {"score": score, "pass": ok, "missing": missing, "contradictions": contradictions,
                "misconceptions": found}


def load_banks(path, skipped):
    rubrics = {}

    def add(q):
        if q.get("rubric", {}).get("concepts"):
            rubrics[q["id"]] = Rubric(q["rubric"], skipped)
        for f in q.get("followups", []):
            if isinstance(f, dict):
                add(f)

    for name in sorted(os.listdir(path)):
        if name.endswith(".json"):
            with open(os.path.join(path, name), encoding="utf-8") as f:
                for q in json.load(f)["questions"]:
                    add(q)
    return rubrics


HEADING = re.compile(r"^ {0,3}## +([^\s#]+)\s*#*\s*$")


def read_answers(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if path.endswith(".json"):
        return [(k, v or "") for k, v in json.loads(text)["answers"].items()]
    out, current, lines = [], None, []
    for line in text.splitlines():
        m = HEADING.match(line)
        if m:
            if current:
                out.append((current, "\n".join(lines).strip()))
            current, lines = m.group(1), []
        elif current:
            lines.append(line)
    if current:
        out.append((current, "\n".join(lines).strip()))
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: ref-grader.py BANKDIR ANSWERDIR")
    skipped = [0]
    rubrics = load_banks(sys.argv[1], skipped)
    files = []
    for root, _, names in os.walk(sys.argv[2]):
        files += [os.path.join(root, n) for n in names if n.endswith((".md", ".json"))]
    report = {"files": [], "summary": {"answers": 0, "passed": 0, "skipped_patterns": skipped[0]}}
    for path in sorted(files):
        answers = []
        for qid, text in read_answers(path):
            rubric = rubrics.get(qid)
            if rubric is None or not text:
                answers.append({"id": qid, "status": "unanswered" if rubric else "error"})
                continue
            r = rubric.grade(text)
            answers.append({"id": qid, "score": r["score"], "pass": r["pass"],
                            "status": "pass" if r["pass"] else "fail", "missing": r["missing"],
                            "contradictions": r["contradictions"], "misconceptions": r["misconceptions"]})
            report["summary"]["answers"] += 1
            report["summary"]["passed"] += r["pass"]
        report["files"].append({"path": path, "answers": answers})
    json.dump(report, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()

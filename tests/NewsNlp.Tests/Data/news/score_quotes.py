#!/usr/bin/env python3
"""Scores NewsNlp's quotations on one of these files with the shared, independent scorer (../shared/tools/score.py).

Usage, from the repository root: python3 tests/NewsNlp.Tests/Data/news/score_quotes.py tests/NewsNlp.Tests/Data/news/news-test.jsonl

The scorer's quote_scores expects gold quotes as {"content": (start, end), "speaker": (start, end) or None,
"speaker_name": ...}; this turns our JSON contract into that, runs `newsnlp analyze` through the scorer, and prints the
figures `newsnlp eval quotes` should agree with.
"""
import importlib.util
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[4]
spec = importlib.util.spec_from_file_location("score", ROOT.parent / "shared" / "tools" / "score.py")
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)

documents = []
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    quotes = [{"content": (q["start"], q["end"]),
               "speaker": (q["speaker"]["start"], q["speaker"]["end"]) if q["speaker"] else None,
               "speaker_name": q["speaker"]["name"] if q["speaker"] else None} for q in d["quotes"]]
    documents.append({"id": d["id"], "text": d["text"], "quotes": quotes})

r = score.quote_scores(documents, score.run_system(documents, str(ROOT)))
print(f"score.py quotes {pathlib.Path(sys.argv[1]).name}: detection F1 {r['detection']['f1']:.4f} "
      f"(P {r['detection']['p']:.4f} R {r['detection']['r']:.4f}) | attribution {r['attribution']:.4f} | "
      f"end-to-end F1 {r['end_to_end']['f1']:.4f} | pronoun {r['pronoun']:.4f} (n {r['pronoun_n']})")

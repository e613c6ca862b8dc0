#!/usr/bin/env python3
"""Builds the annotated news JSONL files (CLI JSON contract) from their marked-up sources.

Usage: python3 build_news.py            (rebuilds every *.src.txt next to this script)

Source format (UTF-8), one document after another:

    === <id> | <domain> | <comma-separated case tags>
    Headline line (a sentence of its own)

    First sentence of paragraph one.
    Second sentence of paragraph one.

    Paragraph two.
    | A line starting with "| " joins the previous one with a single line break, not a space.

Every non-blank line is one gold sentence. Lines of a paragraph are joined by one space,
paragraphs (blank line in the source) by a blank line ("\\n\\n").

Inline markup (removed from the text; offsets are computed on the clean text):
    [[PER:Maria Okafor]]              entity (PER, ORG or LOC)
    {{q1:content}}                    quote q1's content: what is between the quote marks,
                                      the marks themselves stay outside the braces
    <<q1:she>>  <<q1,q2=Maria Okafor:she>>
                                      the speaker mention of q1 (and q2); after "=" the
                                      fullest name the document gives (default: the mention)
    ((q1:said))  ((q1,q2:according to))
                                      the cue of q1 (and q2)
Markup nests (an entity inside a speaker mention or inside a quote). A quote whose content
spans several sentence lines is fine. A quote without <<…>> has speaker null.
"""
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
OPENER = re.compile(r"\[\[(PER|ORG|LOC):|\{\{(q\d+):|<<(q\d+(?:,q\d+)*)(?:=([^:>]+))?:|\(\((q\d+(?:,q\d+)*):")
CLOSERS = {"]]": "entity", "}}": "quote", ">>": "speaker", "))": "cue"}
QUOTE_MARKS = set("\"'“”‘’«»")
SENT_START, SENT_END = "\x01", "\x02"


def documents(source: pathlib.Path):
    current = None
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("=== "):
            if current:
                yield current
            parts = [p.strip() for p in line[4:].split("|")]
            current = {"id": parts[0], "domain": parts[1] if len(parts) > 1 else "",
                       "cases": [c.strip() for c in parts[2].split(",")] if len(parts) > 2 and parts[2] else [],
                       "lines": [], "first": number}
        elif current is not None:
            current["lines"].append(line.rstrip())
        elif line.strip():
            raise SystemExit(f"{source}:{number}: text before the first === header")
    if current:
        yield current


def raw_text(lines):
    """Joins sentence lines into marked-up text with sentence markers around each line."""
    out, pending_break = [], None
    for line in lines:
        if not line.strip():
            if out:
                pending_break = "\n\n"
            continue
        joiner = pending_break or " "
        if line.startswith("| "):
            # A single line break, unless a blank line (a paragraph break) came first.
            line, joiner = line[2:], pending_break or "\n"
        if out:
            out.append(joiner)
        out.append(SENT_START + line.strip() + SENT_END)
        pending_break = None
    return "".join(out)


def parse(doc):
    raw = raw_text(doc["lines"])
    text, stack, sentences, entities = [], [], [], []
    quotes, speakers, cues = {}, {}, {}
    sentence_start = None
    i = 0
    while i < len(raw):
        c = raw[i]
        if c == SENT_START:
            sentence_start = len(text)
            i += 1
            continue
        if c == SENT_END:
            sentences.append((sentence_start, len(text)))
            i += 1
            continue
        m = OPENER.match(raw, i)
        if m:
            if m.group(1):
                stack.append(("entity", len(text), m.group(1)))
            elif m.group(2):
                stack.append(("quote", len(text), m.group(2)))
            elif m.group(3):
                stack.append(("speaker", len(text), (m.group(3).split(","), m.group(4))))
            else:
                stack.append(("cue", len(text), m.group(5).split(",")))
            i = m.end()
            continue
        two = raw[i:i + 2]
        if two in CLOSERS and stack and stack[-1][0] == CLOSERS[two]:
            kind, start, info = stack.pop()
            end = len(text)
            if kind == "entity":
                entities.append((start, end, info))
            elif kind == "quote":
                if info in quotes:
                    raise ValueError(f"quote {info} marked twice")
                quotes[info] = (start, end)
            elif kind == "speaker":
                ids, name = info
                for q in ids:
                    speakers[q] = (start, end, name)
            else:
                for q in info:
                    cues[q] = (start, end)
            i += 2
            continue
        text.append(c)
        i += 1
    if stack:
        raise ValueError(f"unclosed markup: {stack}")
    text = "".join(text)
    for q in list(speakers) + list(cues):
        if q not in quotes:
            raise ValueError(f"speaker/cue for unknown quote {q}")

    def trimmed(start, end):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end

    result_quotes = []
    for q, (start, end) in sorted(quotes.items(), key=lambda kv: kv[1]):
        speaker = cue = None
        if q in speakers:
            s, e, name = speakers[q]
            speaker = {"start": s, "end": e, "text": text[s:e], "name": (name or text[s:e]).strip()}
        if q in cues:
            s, e = cues[q]
            cue = {"start": s, "end": e, "text": text[s:e]}
        result_quotes.append({"start": start, "end": end, "text": text[start:end], "speaker": speaker, "cue": cue})

    return {
        "id": doc["id"],
        "domain": doc["domain"],
        "cases": doc["cases"],
        "text": text,
        "sentences": [{"start": s, "end": e} for s, e in (trimmed(*x) for x in sentences)],
        "entities": [{"start": s, "end": e, "label": label, "text": text[s:e]} for s, e, label in sorted(entities)],
        "quotes": result_quotes,
    }


def validate(d):
    text, problems = d["text"], []
    sentences = d["sentences"]
    for a, b in zip(sentences, sentences[1:]):
        if a["end"] > b["start"]:
            problems.append(f"sentences overlap at {b['start']}")
    for e in d["entities"]:
        if e["text"] != e["text"].strip() or not e["text"]:
            problems.append(f"entity {e['text']!r} has outer whitespace or is empty")
        if not any(s["start"] <= e["start"] and e["end"] <= s["end"] for s in sentences):
            problems.append(f"entity {e['text']!r} crosses a sentence boundary")
        if e["text"].endswith("'s") or e["text"].endswith("’s"):
            problems.append(f"entity {e['text']!r} includes a possessive")
    for a, b in zip(d["entities"], d["entities"][1:]):
        if a["end"] > b["start"]:
            problems.append(f"entities overlap: {a['text']!r} / {b['text']!r}")
    for q in d["quotes"]:
        s, e = q["start"], q["end"]
        if s == 0 or text[s - 1] not in QUOTE_MARKS:
            problems.append(f"quote {q['text'][:30]!r} does not start right after a quote mark")
        at_paragraph_end = e == len(text) or text.startswith("\n\n", e)
        if not (e < len(text) and text[e] in QUOTE_MARKS) and not at_paragraph_end:
            problems.append(f"quote {q['text'][:30]!r} does not end at a quote mark or paragraph end")
        if q["text"] != q["text"].strip():
            problems.append(f"quote {q['text'][:30]!r} has outer whitespace")
    return problems


def main():
    failed = False
    for source in sorted(HERE.glob("*.src.txt")):
        target = source.with_name(source.name.replace(".src.txt", ".jsonl"))
        lines, ids = [], set()
        for doc in documents(source):
            try:
                d = parse(doc)
            except ValueError as error:
                print(f"{source.name}:{doc['first']} ({doc['id']}): {error}", file=sys.stderr)
                failed = True
                continue
            if d["id"] in ids:
                print(f"{source.name}: duplicate id {d['id']}", file=sys.stderr)
                failed = True
            ids.add(d["id"])
            for problem in validate(d):
                print(f"{source.name}:{doc['first']} ({d['id']}): {problem}", file=sys.stderr)
                failed = True
            lines.append(json.dumps(d, ensure_ascii=False))
        target.write_text("\n".join(lines) + "\n", encoding="utf-8")
        quotes = sum(len(json.loads(l)["quotes"]) for l in lines)
        entities = sum(len(json.loads(l)["entities"]) for l in lines)
        print(f"{target.name}: {len(lines)} documents, {entities} entities, {quotes} quotes")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

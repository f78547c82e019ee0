#!/usr/bin/env python3
"""Writes a libFuzzer dictionary from the lexicon files named on the command line.

Every word or phrase the extractor knows (keys and string values; "_" keys are comments)
becomes an entry, so the fuzzer reaches number words, scales, hedges, months and currencies
without having to guess them byte by byte. Generated at fuzz time so it follows the lexicon.
"""
import json
import sys

# Shapes the digit scanner reacts to that no lexicon list spells out.
PUNCTUATION = [",", ".", "^", "x10^", "×10^", "e+", "e-", "%", "-", "–", "—", "~", "/", ":",
               "\n", "\n\n", "\"", "'", "(", ")", "000", ",000", "1e308", "9999999999999999999",
               "\u00a0", "\u2009", "\u202f", "\ufffd", "\u200d", "\u0301", "---\n", "title: ", "date: "]


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)
    elif isinstance(value, dict):
        for k, v in value.items():
            if not k.startswith("_"):
                yield k
                yield from strings(v)


def escape(s):
    out = []
    for b in s.encode("utf-8"):
        c = chr(b)
        out.append(c if 0x20 <= b < 0x7F and c not in '"\\' else "\\x%02X" % b)
    return "".join(out)


def main():
    words, extra = [], list(PUNCTUATION)
    for arg in sys.argv[1:]:
        if arg.startswith("--extra="):
            extra.append(arg[len("--extra="):].encode().decode("unicode_escape"))
            continue
        with open(arg, encoding="utf-8") as f:
            words.extend(w for w in strings(json.load(f)) if 0 < len(w.encode()) <= 40)
    seen = set()
    for w in words + extra:
        if w not in seen:
            seen.add(w)
            print('"%s"' % escape(w))


main()

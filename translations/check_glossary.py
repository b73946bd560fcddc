#!/usr/bin/env python3
"""Fails when a phrasebook entry uses a glossary term in English but its
Russian or Spanish translation lacks the term's word (glossary.md)."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import phrasebook  # noqa: E402


def glossary():
    rows = []
    with open(os.path.join(HERE, "glossary.md"), encoding="utf-8") as f:
        for line in f:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) != 6 or cells[0] in ("Concept", "") or cells[0].startswith("---"):
                continue
            rows.append({"en": cells[1].lower(), "ru": cells[4], "es": cells[5]})
    return rows


def forms(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def main():
    terms = glossary()
    if not terms:
        print("glossary.md: no terms read")
        return 1
    problems = []
    for (context, source, _comment), entry in phrasebook._entries.items():
        # Mnemonics and markup are not words.
        plain = re.sub(r"<[^>]+>|&(?!&)", "", source).lower()
        for term in terms:
            if not re.search(r"\b" + re.escape(term["en"]), plain):
                continue
            for language in ("ru", "es"):
                for form in forms(entry.get(language)):
                    text = re.sub(r"&(?!&)", "", form).lower()
                    if not re.search(term[language], text):
                        problems.append('%s: "%s" → %s "%s" lacks "%s"'
                                        % (term["en"], source, language, form, term[language]))
    for problem in problems:
        print(problem)
    print("%d glossary problem(s)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

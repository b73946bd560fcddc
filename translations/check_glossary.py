#!/usr/bin/env python3
"""Fails when a phrasebook entry uses a glossary term in English but its
Russian or Spanish translation lacks the term's word, or when a current
English source string uses one of the glossary's "Words not used in
English" (glossary.md).

  check_glossary.py [--glossary FILE] [--ts FILE]"""
import argparse
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import phrasebook  # noqa: E402


def glossary(path=os.path.join(HERE, "glossary.md")):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) != 6 or cells[0] in ("Concept", "") or cells[0].startswith("---"):
                continue
            rows.append({"en": cells[1].lower(), "ru": cells[4], "es": cells[5]})
    return rows


def words_not_used(path=os.path.join(HERE, "glossary.md")):
    """The first column of the table under "Words not used in English"."""
    words = []
    inside = False
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                inside = line.strip().lower().startswith("## words not used")
                continue
            if not inside or not line.startswith("|"):
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) != 2 or cells[0] in ("Not used", "") or cells[0].startswith("---"):
                continue
            words.append(cells[0])
    return words


def source_strings(ts_path):
    """The English source texts of a .ts file, unescaped, mnemonics removed."""
    with open(ts_path, encoding="utf-8") as f:
        text = f.read()
    return [re.sub(r"&(?!&)", "", html.unescape(s))
            for s in re.findall(r"<source>(.*?)</source>", text, re.S)]


def unused_word_problems(words, sources):
    problems = []
    for word in words:
        pattern = re.compile(r"\b" + re.escape(word) + r"\b", re.I)
        for source in sources:
            if pattern.search(source):
                problems.append('not used: "%s" in "%s"' % (word, source))
    return problems


def forms(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--glossary", default=os.path.join(HERE, "glossary.md"))
    parser.add_argument("--ts", default=os.path.join(HERE, "userdesk_ru.ts"))
    args = parser.parse_args(argv)
    terms = glossary(args.glossary)
    if not terms:
        print("glossary.md: no terms read")
        return 1
    words = words_not_used(args.glossary)
    if not words:
        print("glossary.md: no words not used read")
        return 1
    problems = unused_word_problems(words, source_strings(args.ts))
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

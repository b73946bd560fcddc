#!/usr/bin/env python3
"""Fill the <translation> elements of the userdesk_*.ts catalogues from
phrasebook.py, so translations live in one reviewable place and survive
lupdate runs.

Usage (from anywhere):
    python3 translations/fill_translations.py            # fill every userdesk_*.ts
    python3 translations/fill_translations.py --check    # change nothing, report only
    python3 translations/fill_translations.py --skeleton # print phrasebook stubs for
                                                         # messages without an entry

Typical refresh after someone added tr() strings:
    cmake --build build-tr --target update_translations   # lupdate: new messages appear
    python3 translations/fill_translations.py --skeleton  # stubs to paste into phrasebook.py
    # ...translate the stubs in phrasebook.py...
    python3 translations/fill_translations.py             # writes them into the .ts files

The script only touches <translation> elements and keeps lupdate's layout,
so a later lupdate run produces no spurious diff. It exits with status 1
when a message is left unfinished or a phrasebook entry is inconsistent
with its source (placeholders, mnemonics, plural forms).
"""

import argparse
import html
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import phrasebook  # noqa: E402

# Plural forms per target language, in Qt's order (see QLocale plural rules
# in lrelease: Russian one/few/many, Spanish and English one/other).
PLURAL_FORMS = {"ru": 3, "es": 2, "en": 2}

CONTEXT_RE = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
MESSAGE_RE = re.compile(r"(<message(?: [^>]*)?>)(.*?)(</message>)", re.S)
TRANSLATION_RE = re.compile(r"( *)<translation(?: [^>]*)?(?:/>|>.*?</translation>)", re.S)
PLACEHOLDER_RE = re.compile(r"%L?(?:[1-9]|n)")
TAG_RE = re.compile(r"<[^>]+>")


def unescape(text):
    return html.unescape(text)


def escape(text):
    # lupdate's own escaping (ts.cpp: protect()).
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def field(body, name):
    m = re.search(r"<%s>(.*?)</%s>" % (name, name), body, re.S)
    return unescape(m.group(1)) if m else ""


def mnemonics(text):
    return len(re.findall(r"(?<!&)&(?!&)", text.replace("&&", "")))


def problems(source, forms):
    """Why a translation (list of forms) does not fit its source."""
    out = []
    want = sorted(set(m.replace("%L", "%") for m in PLACEHOLDER_RE.findall(source)))
    for form in forms:
        if not form.strip():
            out.append("empty form")
            continue
        got = sorted(set(m.replace("%L", "%") for m in PLACEHOLDER_RE.findall(form)))
        if got != want:
            out.append("placeholders %s, source has %s: %r" % (got, want, form))
        if mnemonics(form) != mnemonics(source):
            out.append("%d '&' mnemonic(s), source has %d: %r"
                       % (mnemonics(form), mnemonics(source), form))
        if sorted(TAG_RE.findall(form)) != sorted(TAG_RE.findall(source)):
            out.append("HTML tags differ: %r" % form)
        if ("…" in source) != ("…" in form):
            out.append("'…' not kept: %r" % form)
        if form[: len(form) - len(form.lstrip())] != source[: len(source) - len(source.lstrip())] \
                or form[len(form.rstrip()):] != source[len(source.rstrip()):]:
            out.append("leading/trailing spaces differ: %r" % form)
    return out


def render(indent, forms, numerus):
    if not numerus:
        return '%s<translation>%s</translation>' % (indent, escape(forms[0]))
    inner = "".join("%s    <numerusform>%s</numerusform>\n" % (indent, escape(f)) for f in forms)
    return "%s<translation>\n%s%s</translation>" % (indent, inner, indent)


def process(ts_path, args, report, missing):
    text = ts_path.read_text(encoding="utf-8")
    lang = re.search(r'<TS [^>]*language="([a-z]+)', text).group(1)
    nforms = PLURAL_FORMS[lang]
    stats = {"messages": 0, "filled": 0, "unfinished": 0}

    def do_context(cm):
        context = unescape(cm.group(1))

        def do_message(mm):
            head, body, tail = mm.groups()
            numerus = 'numerus="yes"' in head
            source = field(body, "source")
            comment = field(body, "comment")
            stats["messages"] += 1
            entry = phrasebook.lookup(context, source, comment)
            forms = None
            if entry is not None and entry.get(lang) is not None:
                forms = entry[lang]
                forms = [forms] if isinstance(forms, str) else list(forms)
                expected = nforms if numerus else 1
                bad = problems(source, forms)
                if len(forms) != expected:
                    bad.append("%d form(s), %s needs %d" % (len(forms), lang, expected))
                if bad:
                    report.append("%s: [%s] %r: %s" % (ts_path.name, context, source, "; ".join(bad)))
                    forms = None
            tm = TRANSLATION_RE.search(body)
            finished = 'type="unfinished"' not in tm.group(0) and 'type="vanished"' not in tm.group(0) \
                and 'type="obsolete"' not in tm.group(0)
            if forms is None:
                if not finished:
                    stats["unfinished"] += 1
                    missing.setdefault((context, source, comment), [numerus, []])[1].append(lang)
                    if not args.skeleton:
                        report.append("%s: no translation for [%s] %r" % (ts_path.name, context, source))
                return mm.group(0)
            new = render(tm.group(1), forms, numerus)
            if new != tm.group(0):
                stats["filled"] += 1
            return head + body[: tm.start()] + new + body[tm.end():] + tail

        return cm.group(0)[: cm.start(2) - cm.start(0)] + MESSAGE_RE.sub(do_message, cm.group(2)) \
            + cm.group(0)[cm.end(2) - cm.start(0):]

    new_text = CONTEXT_RE.sub(do_context, text)
    if new_text != text and not args.check:
        ts_path.write_text(new_text, encoding="utf-8")
    return stats


def stub(context, source, comment, numerus, langs):
    parts = []
    for lang in langs:
        parts.append("%s=%s" % (lang, "[%s]" % ", ".join(['""'] * PLURAL_FORMS[lang])
                                if numerus else '""'))
    if comment:
        parts.append("comment=%r" % comment)
    return "t(%r, %s)  # %s%s" % (source, ", ".join(parts), context, ", plural" if numerus else "")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="report only, write nothing")
    parser.add_argument("--skeleton", action="store_true",
                        help="print phrasebook stubs for untranslated messages")
    parser.add_argument("ts", nargs="*", type=pathlib.Path,
                        help="catalogues (default: translations/userdesk_*.ts)")
    args = parser.parse_args()
    files = args.ts or sorted(HERE.glob("userdesk_*.ts"))
    report = []
    missing = {}
    unfinished = 0
    for ts_path in files:
        stats = process(ts_path, args, report, missing)
        unfinished += stats["unfinished"]
        print("%s: %d messages, %d updated, %d unfinished"
              % (ts_path.name, stats["messages"], stats["filled"], stats["unfinished"]))
    for line in report:
        print(line)
    if args.skeleton:
        for (context, source, comment), (numerus, langs) in missing.items():
            print(stub(context, source, comment, numerus, langs))
    return 1 if unfinished or report else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""check_glossary.py's check of the words the glossary does not use: found
in a source string whatever their case and mnemonic, not inside another
word."""
import os
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "translations"))
import check_glossary  # noqa: E402

GLOSSARY = """# Glossary

| Concept | English | Russian | Spanish | ru stem | es stem |
|---|---|---|---|---|---|
| a WoowUp person | customer | клиент | cliente | клиент | client |

## Words not used in English

| Not used | Use instead |
|---|---|
| Mailing | E-mail consent |
| Club inscription | Club member since |
"""


def ts(*sources):
    body = "".join("<message><source>%s</source></message>" % s for s in sources)
    return "<TS><context><name>X</name>%s</context></TS>" % body


class WordsNotUsed(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.glossary = os.path.join(self.dir.name, "glossary.md")
        with open(self.glossary, "w", encoding="utf-8") as f:
            f.write(GLOSSARY)

    def tearDown(self):
        self.dir.cleanup()

    def run_on(self, *sources):
        path = os.path.join(self.dir.name, "x.ts")
        with open(path, "w", encoding="utf-8") as f:
            f.write(ts(*sources))
        return check_glossary.main(["--glossary", self.glossary, "--ts", path])

    def test_reads_the_table(self):
        self.assertEqual(check_glossary.words_not_used(self.glossary),
                         ["Mailing", "Club inscription"])

    def test_fails_on_a_word_not_used(self):
        self.assertEqual(self.run_on("&amp;Mailing:"), 1)  # the mnemonic is not a letter
        self.assertEqual(self.run_on("Enter the club inscription date."), 1)
        self.assertEqual(self.run_on("MAILING"), 1)

    def test_passes_without_them(self):
        self.assertEqual(self.run_on("E-mail consent", "Club member since", "Mailings2x"), 0)


if __name__ == "__main__":
    unittest.main()

#!/usr/bin/python3
"""check_layers.py finds what it is there to find: small trees, each with one
fault, must fail the one check that looks for it (and a clean tree passes)."""

import os
import subprocess
import sys
import tempfile
import unittest

CHECKER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "check_layers.py")

CLEAN = {
    "models/CMakeLists.txt": "add_subdirectory(records)\nadd_subdirectory(tables)\n",
    "models/records/CMakeLists.txt":
        "add_library(userdesk_records STATIC record.h record.cpp)\n"
        "target_link_libraries(userdesk_records PUBLIC Qt6::Core PRIVATE userdesk_warnings)\n",
    "models/records/record.h": "#pragma once\n",
    "models/records/record.cpp": '#include "record.h"\n',
    "models/tables/CMakeLists.txt":
        "add_library(userdesk_tables STATIC table.h table.cpp)\n"
        "target_link_libraries(userdesk_tables PUBLIC userdesk_records)\n",
    "models/tables/table.h": '#pragma once\n#include "record.h"\n',
    "models/tables/table.cpp": '#include "table.h"\n',
    "services/CMakeLists.txt":
        "add_library(userdesk_services STATIC client.h client.cpp)\n"
        "target_link_libraries(userdesk_services PUBLIC userdesk_records)\n",
    "services/client.h": '#pragma once\n#include "record.h"\n',
    "services/client.cpp": '#include "client.h"\n',
    "ui/CMakeLists.txt":
        "add_library(userdesk_ui STATIC page.h page.cpp)\n"
        "target_link_libraries(userdesk_ui PUBLIC userdesk_tables PRIVATE userdesk_warnings)\n",
    "ui/page.h": "#pragma once\n",
    "ui/page.cpp": '#include "page.h"\n#include "table.h"\n#include "record.h"\n'
                   '#include "ui_page.h"\n',
}


def run(files, check):
    with tempfile.TemporaryDirectory() as root:
        for path, text in files.items():
            os.makedirs(os.path.dirname(os.path.join(root, path)), exist_ok=True)
            with open(os.path.join(root, path), "w", encoding="utf-8") as f:
                f.write(text)
        done = subprocess.run([sys.executable, CHECKER, "--root", root, "--check", check],
                              capture_output=True, text=True)
        return done.returncode, done.stdout


class CheckLayers(unittest.TestCase):
    def with_change(self, changes):
        files = dict(CLEAN)
        files.update(changes)
        return files

    def test_clean_tree_passes(self):
        for check in ("models-folder", "acyclic", "ui-services", "links"):
            code, out = run(CLEAN, check)
            self.assertEqual(code, 0, out)

    def test_file_directly_under_models(self):
        code, out = run(self.with_change({"models/stray.cpp": ""}), "models-folder")
        self.assertEqual(code, 1, out)
        self.assertIn("models/stray.cpp", out)

    def test_cycle(self):
        code, out = run(self.with_change(
            {"models/records/record.cpp": '#include "record.h"\n#include "table.h"\n'}),
            "acyclic")
        self.assertEqual(code, 1, out)
        self.assertIn("models/records -> models/tables -> models/records", out)
        self.assertIn("models/records/record.cpp:2", out)

    def test_ui_includes_services(self):
        code, out = run(self.with_change(
            {"ui/page.cpp": '#include "page.h"\n#include "client.h"\n'}), "ui-services")
        self.assertEqual(code, 1, out)
        self.assertIn("ui/page.cpp:2: includes services/client.h", out)

    def test_include_without_link(self):
        # ui links tables (PUBLIC records): client.h is not visible to it.
        code, out = run(self.with_change(
            {"ui/page.cpp": '#include "page.h"\n#include "client.h"\n'}), "links")
        self.assertEqual(code, 1, out)
        self.assertIn("ui/page.cpp:2: includes services/client.h, but userdesk_ui", out)

    def test_private_link_is_not_passed_on(self):
        files = self.with_change({
            "models/tables/CMakeLists.txt":
                "add_library(userdesk_tables STATIC table.h table.cpp)\n"
                "target_link_libraries(userdesk_tables PRIVATE userdesk_records)\n",
            "models/tables/table.h": "#pragma once\n",
        })
        code, out = run(files, "links")
        self.assertEqual(code, 1, out)
        self.assertIn("ui/page.cpp:3: includes models/records/record.h", out)


if __name__ == "__main__":
    unittest.main()

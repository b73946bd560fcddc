#!/usr/bin/python3
"""The layers of Userdesk, checked from the sources.

Every folder of product code (app, ui, ui/forms, models/<library>, services,
sandbox, translations) is a node; `#include "x.h"` is an edge to the folder
that holds x.h. Checks, each its own CTest test (--check NAME):

  models-folder   models/ holds only CMakeLists.txt and one folder per library
  acyclic         the folder graph has no cycle (one is printed with the
                  include lines that make it)
  ui-services     nothing under ui/ includes a header of services/: the UI
                  talks to the account objects
  links           a file includes only headers of its own target and of the
                  targets that target links (directly, or through their
                  PUBLIC links), as the CMakeLists.txt files say

Each violation is printed as "file:line: what is wrong". Python 3 standard
library only.
"""

import argparse
import os
import re
import sys

PRODUCT = ("app", "ui", "models", "services", "sandbox", "translations")
SOURCE_SUFFIXES = (".h", ".cpp")
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
COMMAND = re.compile(r"\b(add_library|add_executable|target_sources|target_link_libraries)"
                     r"\s*\(([^)]*)\)", re.S)
LINK_KEYWORDS = ("PUBLIC", "PRIVATE", "INTERFACE")


class Tree:
    def __init__(self, root):
        self.root = root
        self.files = []  # product sources, relative paths
        for top in PRODUCT:
            for folder, dirs, names in os.walk(os.path.join(root, top)):
                dirs.sort()
                for name in sorted(names):
                    if name.endswith(SOURCE_SUFFIXES):
                        self.files.append(os.path.relpath(os.path.join(folder, name), root))
        self.by_name = {}
        for path in self.files:
            if path.endswith(".h"):
                self.by_name.setdefault(os.path.basename(path), []).append(path)
        self.includes = {}  # path -> [(line, included path)]
        for path in self.files:
            with open(os.path.join(root, path), encoding="utf-8", errors="replace") as f:
                text = f.read()
            found = []
            for match in INCLUDE.finditer(text):
                target = self.resolve(path, match.group(1))
                if target:
                    found.append((text.count("\n", 0, match.start()) + 1, target))
            self.includes[path] = found

    def resolve(self, source, name):
        """The product header `#include "name"` in source means, or None for
        generated and outside headers (moc, ui_*.h, version.h, Qt)."""
        beside = os.path.normpath(os.path.join(os.path.dirname(source), name))
        if beside in self.includes or os.path.isfile(os.path.join(self.root, beside)):
            return beside if beside.endswith(".h") else None
        candidates = self.by_name.get(os.path.basename(name), [])
        if "/" in name:
            candidates = [c for c in candidates if c.endswith("/" + name)]
        return candidates[0] if len(candidates) == 1 else None

    def folder_edges(self):
        """{from folder: {to folder: [(file, line)]}}"""
        edges = {}
        for path, found in self.includes.items():
            here = os.path.dirname(path)
            for line, target in found:
                there = os.path.dirname(target)
                if there != here:
                    edges.setdefault(here, {}).setdefault(there, []).append((path, line))
        return edges


def check_models_folder(tree):
    problems = []
    models = os.path.join(tree.root, "models")
    for name in sorted(os.listdir(models)):
        if name == "CMakeLists.txt" or name.startswith("."):
            continue
        if not os.path.isdir(os.path.join(models, name)):
            problems.append("models/%s: a file directly under models/; it belongs in the "
                            "folder of its library" % name)
    return problems


def check_acyclic(tree):
    edges = tree.folder_edges()
    state = {}
    stack = []
    cycles = []

    def visit(node):
        state[node] = "open"
        stack.append(node)
        for nxt in sorted(edges.get(node, {})):
            if state.get(nxt) == "open":
                cycles.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = "done"

    for node in sorted(edges):
        if node not in state:
            visit(node)
    problems = []
    for cycle in cycles:
        lines = ["cycle between folders: " + " -> ".join(cycle)]
        for a, b in zip(cycle, cycle[1:]):
            path, line = edges[a][b][0]
            more = len(edges[a][b]) - 1
            lines.append("  %s:%d: %s includes %s%s" % (
                path, line, a, b, " (and %d more)" % more if more else ""))
        problems.append("\n".join(lines))
    return problems


def check_ui_services(tree):
    problems = []
    for path in tree.files:
        if not path.startswith("ui/"):
            continue
        for line, target in tree.includes[path]:
            if target.startswith("services/"):
                problems.append("%s:%d: includes %s; ui/ talks to the account objects "
                                "(models/accounts), never to services/" % (path, line, target))
    return problems


class Targets:
    """Targets of ours from the CMakeLists.txt files of the product folders:
    their folder, their sources and what they link with which keyword."""

    def __init__(self, tree):
        self.folder = {}
        self.sources = {}
        self.links = {}  # target -> [(keyword, target)]
        for cmake in self.cmake_files(tree):
            folder = os.path.dirname(cmake)
            with open(os.path.join(tree.root, cmake), encoding="utf-8") as f:
                text = re.sub(r"#[^\n]*", "", f.read())
            for command, body in COMMAND.findall(text):
                words = body.split()
                if not words:
                    continue
                name, rest = words[0], words[1:]
                if command in ("add_library", "add_executable"):
                    self.folder[name] = folder
                    self.sources.setdefault(name, set())
                if command in ("add_library", "add_executable", "target_sources"):
                    for word in rest:
                        if word.endswith(SOURCE_SUFFIXES) and "$" not in word:
                            self.sources.setdefault(name, set()).add(
                                os.path.normpath(os.path.join(folder, word)))
                if command == "target_link_libraries":
                    keyword = "PUBLIC"
                    for word in rest:
                        if word in LINK_KEYWORDS:
                            keyword = word
                        else:
                            self.links.setdefault(name, []).append((keyword, word))

    @staticmethod
    def cmake_files(tree):
        found = []
        for top in PRODUCT:
            for folder, dirs, names in os.walk(os.path.join(tree.root, top)):
                dirs.sort()
                if "CMakeLists.txt" in names:
                    found.append(os.path.relpath(os.path.join(folder, "CMakeLists.txt"),
                                                 tree.root))
        return found

    def targets_of(self, path):
        owners = [t for t, files in self.sources.items() if path in files]
        if owners:
            return owners
        # A header no target lists belongs to the targets of its folder.
        return [t for t, folder in self.folder.items() if folder == os.path.dirname(path)]

    def visible_folders(self, target):
        """Folders whose headers target may include: its own, those of the
        targets it links, and those of their PUBLIC/INTERFACE links, on down."""
        folders = {self.folder[target]}
        seen = set()
        todo = [t for _, t in self.links.get(target, [])]
        while todo:
            name = todo.pop()
            if name in seen or name not in self.folder:
                continue
            seen.add(name)
            folders.add(self.folder[name])
            todo.extend(t for keyword, t in self.links.get(name, [])
                        if keyword in ("PUBLIC", "INTERFACE"))
        return folders


def check_links(tree):
    targets = Targets(tree)
    problems = []
    for path in tree.files:
        owners = targets.targets_of(path)
        if not owners:
            problems.append("%s: no target of ours builds it" % path)
            continue
        for line, included in tree.includes[path]:
            there = os.path.dirname(included)
            for owner in owners:
                if there not in targets.visible_folders(owner):
                    problems.append(
                        "%s:%d: includes %s, but %s does not link the library of %s/ "
                        "(add it to target_link_libraries, or move the code)"
                        % (path, line, included, owner, there))
    return problems


CHECKS = {
    "models-folder": check_models_folder,
    "acyclic": check_acyclic,
    "ui-services": check_ui_services,
    "links": check_links,
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", default=os.path.join(os.path.dirname(__file__), "..", ".."))
    parser.add_argument("--check", choices=sorted(CHECKS), action="append",
                        help="run only these checks (default: all)")
    parser.add_argument("--dot", action="store_true",
                        help="print the folder graph in Graphviz's dot language and exit")
    args = parser.parse_args()
    tree = Tree(os.path.abspath(args.root))
    if args.dot:
        print("digraph folders {")
        for a, targets in sorted(tree.folder_edges().items()):
            for b, where in sorted(targets.items()):
                print('    "%s" -> "%s" [label="%d"];' % (a, b, len(where)))
        print("}")
        return 0
    failed = False
    for name in args.check or sorted(CHECKS):
        problems = CHECKS[name](tree)
        if problems:
            failed = True
            print("FAIL %s: %d problem(s)" % (name, len(problems)))
            for problem in problems:
                print(problem)
        else:
            print("PASS %s" % name)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

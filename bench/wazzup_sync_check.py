#!/usr/bin/env python3
"""Helpers of the Wazzup sync benchmark (run_sync_bench.sh), over plain HTTP
to the sandbox:

    wazzup_sync_check.py seed BASE KEY server.json   upsert the users, 100 a request
    wazzup_sync_check.py report DIR                  requests of the sync vs the minimum;
                                                     server state vs the file

`report` reads DIR/sets.json, DIR/users.csv, DIR/before.json and
DIR/after.json (/__sandbox/stats around the sync), DIR/cli.out and
DIR/base (the sandbox's address and key) and exits 1 when the sync sent more
requests than the minimum, failed a row, or left the server different
from the file.
"""

import csv
import json
import math
import sys
import urllib.request

PAGE = 100   # GET /v3/users?offset=N pages
BATCH = 100  # users per upsert, ids per bulk delete


def minimum_requests(server_users, changed, deleted):
    """The fewest requests the API allows for a sync.

    Listing reads pages of 100 and the list's `count` says when to stop, so
    an account of n users takes ceil(n / 100) pages (one for an empty one).
    Creates and updates share upsert batches of 100; each user to delete is
    read in full first (GET /v3/users/{id}: the list gives no phones, and
    the snapshot is what "Recently deleted" restores), then deletes go in
    bulk deletes of 100."""
    pages = max(1, math.ceil(server_users / PAGE))
    return pages, math.ceil(changed / BATCH), deleted + math.ceil(deleted / BATCH)


def call(base, key, method, path, body=None):
    data = json.dumps(body, ensure_ascii=False).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, method=method, headers={
        "Authorization": "Bearer " + key, "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as reply:
        text = reply.read().decode()
    return json.loads(text) if text else None


def seed(base, key, path):
    users = json.load(open(path, encoding="utf-8"))
    for i in range(0, len(users), BATCH):
        call(base, key, "POST", "/v3/users", users[i:i + BATCH])


def server_users(base, key):
    users, offset = {}, 0
    while True:
        page = call(base, key, "GET", f"/v3/users?offset={offset}")
        for user in page["data"]:
            users[user["id"]] = user["name"]
        offset += PAGE
        if len(page["data"]) < PAGE or len(users) >= int(page["count"]):
            return users


def by_route(stats):
    return {route: sum(outcomes.values())
            for route, outcomes in stats["requests"]["by_route"].items()}


def report(directory):
    def load(name):
        return json.load(open(f"{directory}/{name}", encoding="utf-8"))

    sets = load("sets.json")
    before, after = by_route(load("before.json")), by_route(load("after.json"))
    sync = {route: after.get(route, 0) - before.get(route, 0) for route in after}
    sync = {route: n for route, n in sync.items() if n}
    actual = sum(sync.values())
    changed = sets["new"] + sets["differ"]
    pages, upserts, deletes = minimum_requests(sets["server"], changed, sets["delete"])
    minimum = pages + upserts + deletes

    result = {}
    for line in open(f"{directory}/cli.out", encoding="utf-8"):
        if line.startswith("{"):
            result = json.loads(line)
    base, key = open(f"{directory}/base").read().split()
    wanted = {}
    with open(f"{directory}/users.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            wanted[row["id"]] = row["name"]
    state = server_users(base, key)
    missing = [i for i in wanted if i not in state]
    extra = [i for i in state if i not in wanted]
    wrong = [i for i in wanted if i in state and state[i] != wanted[i]]

    print(f"== 3. Wazzup sync: file {sets['file']} users, server {sets['server']} "
          f"({sets['same']} same, {sets['differ']} differ, {sets['delete']} not in the file); "
          f"{sets['new']} new; no phone column")
    print(f"expected: create {sets['new']}, update {sets['differ']}, unchanged {sets['same']}, "
          f"delete {sets['delete']}")
    print("userdesk-cli: " + (", ".join(f"{k} {v}" for k, v in sorted(result.items()))
                              if result else "printed no result"))
    print(f"{'requests by route during the sync':48}{'count':>6}")
    for route, n in sorted(sync.items()):
        print(f"  {route:46}{n:6}")
    print(f"  {'total':46}{actual:6}")
    print(f"minimum the API allows: {pages} list page(s) + ceil({changed}/100) = {upserts} "
          f"upsert(s) + {sets['delete']} snapshot read(s) and ceil({sets['delete']}/100) bulk "
          f"delete(s) = {deletes} = {minimum}")
    print(f"actual / minimum: {actual} / {minimum}")
    print(f"server afterwards: {len(state)} users; missing {len(missing)}, extra {len(extra)}, "
          f"wrong name {len(wrong)}")
    problems = []
    if actual > minimum:
        problems.append(f"{actual - minimum} request(s) over the minimum")
    if not result or result.get("failed") or result.get("not_sent") or result.get("invalid"):
        problems.append("rows failed or not sent")
    elif (result.get("created"), result.get("updated"), result.get("unchanged"),
          result.get("deleted")) != (sets["new"], sets["differ"], sets["same"], sets["delete"]):
        problems.append("counts differ from the expected ones")
    if missing or extra or wrong:
        problems.append("the server differs from the file")
    print("target (requests == minimum, server == file): "
          + ("met" if not problems else "NOT met: " + "; ".join(problems)))
    return 1 if problems else 0


def main(argv):
    if len(argv) == 5 and argv[1] == "seed":
        seed(argv[2], argv[3], argv[4])
        return 0
    if len(argv) == 3 and argv[1] == "report":
        return report(argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""Writes the Wazzup staff sync of the sync benchmark: the users already on
the server and the CSV file to sync them to.

    server  600 = 300 same as the file + 200 that differ (name) + 100 not in it
    file  1,000 = 300 same + 200 differing + 500 new

so the sync must create 500, update 200, leave 300 alone and delete 100;
afterwards the server holds exactly the file's 1,000 users (the account
limit). The file has no phone column: Wazzup's list gives no phones, so
a row with a phone can only be proven unchanged by reading that user
alone, and Userdesk sends it as an update instead (with phones, the 300
"same" rows would be 3 more upsert batches). Deterministic for a seed.

    gen_wazzup_sync.py OUT_DIR [--seed S]

Writes OUT_DIR/server.json (the users to seed), OUT_DIR/users.csv (the file)
and OUT_DIR/sets.json (the expected counts).
"""

import argparse
import csv
import json
import os
import random

SAME, DIFFER, DELETE, NEW = 300, 200, 100, 500

FIRST = ["Анна", "Пётр", "Ольга", "Дмитрий", "Юлия", "José", "María", "Lucía", "Martín",
         "Begoña", "John", "Zoë"]
LAST = ["Иванова", "Смирнов", "Кузнецова", "Соколов", "Muñoz", "Fernández", "Peña", "O'Neil",
        "Ibáñez", "Smith"]


def name(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir")
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    ids = [f"staff-{n:04d}" for n in range(1, SAME + DIFFER + DELETE + NEW + 1)]
    rng.shuffle(ids)
    same = ids[:SAME]
    differ = ids[SAME:SAME + DIFFER]
    delete = ids[SAME + DIFFER:SAME + DIFFER + DELETE]
    new = ids[SAME + DIFFER + DELETE:]

    server = {i: name(rng) for i in same + differ + delete}
    wanted = {i: server[i] for i in same}
    for i in differ:
        wanted[i] = server[i] + " (" + rng.choice(["ventas", "soporte", "отдел продаж"]) + ")"
    for i in new:
        wanted[i] = name(rng)

    os.makedirs(args.out_dir, exist_ok=True)
    with open(os.path.join(args.out_dir, "server.json"), "w", encoding="utf-8") as out:
        json.dump([{"id": i, "name": n} for i, n in server.items()], out, ensure_ascii=False)
    rows = list(wanted.items())
    rng.shuffle(rows)  # a staff list is not ordered by what changed
    with open(os.path.join(args.out_dir, "users.csv"), "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(["id", "name"])
        writer.writerows(rows)
    with open(os.path.join(args.out_dir, "sets.json"), "w", encoding="utf-8") as out:
        json.dump({"server": len(server), "file": len(wanted), "same": SAME, "differ": DIFFER,
                   "delete": DELETE, "new": NEW}, out)


if __name__ == "__main__":
    main()

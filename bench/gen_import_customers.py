#!/usr/bin/env python3
"""Writes the WoowUp customers of the import-rate benchmark, twice: as a CSV
for userdesk-cli import, and as one JSON create body per file for the curl
baselines, so that both sides send the same customers.

Every row is valid and new (service_uid, email and telephone are unique),
so each row is exactly one create request. Deterministic for a given seed.

    gen_import_customers.py OUT_DIR [--rows N] [--seed S]

Writes OUT_DIR/customers.csv and OUT_DIR/bodies/NNNNNN.json.
"""

import argparse
import csv
import json
import os
import random

FIRST_LATIN = ["José", "María", "Lucía", "Martín", "Sofía", "Iñaki", "Begoña", "Ana", "John",
               "Zoë", "Pablo", "Valentina", "Agustín", "Camila"]
LAST_LATIN = ["Muñoz", "Fernández", "Peña", "García", "O'Neil", "Ibáñez", "López", "Martínez",
              "Smith", "Gómez", "Díaz"]
FIRST_CYR = ["Пётр", "Анна", "Алексей", "Елена", "Дмитрий", "Ольга", "Сергей", "Юлия"]
LAST_CYR = ["Иванов", "Смирнова", "Кузнецов", "Попова", "Соколов", "Лебедева", "Ёлкин"]
CITIES = ["Buenos Aires", "Córdoba", "Rosario", "Москва", "Казань", "Montevideo"]
COUNTRIES = ["ARG", "URY", "RUS", "ESP", "MEX"]

# CSV headers are the API's request names, so the mapping is the obvious one.
FIELDS = ["service_uid", "email", "first_name", "last_name", "telephone", "gender",
          "birthdate", "city", "country", "mailing_enabled"]


def customer(rng, index):
    cyrillic = rng.random() < 0.35
    first = rng.choice(FIRST_CYR if cyrillic else FIRST_LATIN)
    last = rng.choice(LAST_CYR if cyrillic else LAST_LATIN)
    return {
        "service_uid": f"BENCH{index:06d}",
        "email": f"bench.{index}@example.com",
        "first_name": first,
        "last_name": last,
        "telephone": f"+54911{index:08d}",
        "gender": rng.choice(["F", "M"]),
        "birthdate": f"{rng.randint(1950, 2006)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "city": rng.choice(CITIES),
        "country": rng.choice(COUNTRIES),
        "mailing_enabled": rng.choice(["enabled", "disabled"]),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir")
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    bodies = os.path.join(args.out_dir, "bodies")
    os.makedirs(bodies, exist_ok=True)
    for stale in os.listdir(bodies):
        os.remove(os.path.join(bodies, stale))
    with open(os.path.join(args.out_dir, "customers.csv"), "w", encoding="utf-8",
              newline="") as out:
        writer = csv.DictWriter(out, FIELDS, lineterminator="\r\n")
        writer.writeheader()
        for index in range(1, args.rows + 1):
            row = customer(rng, index)
            writer.writerow(row)
            with open(os.path.join(bodies, f"{index:06d}.json"), "w", encoding="utf-8") as body:
                json.dump(row, body, ensure_ascii=False)


if __name__ == "__main__":
    main()

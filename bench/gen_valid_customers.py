#!/usr/bin/env python3
"""Writes an 18-column WoowUp customers CSV in which every row is valid and
new, for the dry-run benchmark (run_dryrun_bench.sh): a shop's export with
Spanish headers that the automatic mapping recognises, Latin and Cyrillic
names, some quoted cells (commas, quotes, line breaks), and unique
identifiers (external id, e-mail, document, telephone), so that every row
plans as one create. Deterministic for a given seed.

    gen_valid_customers.py OUTPUT --rows N [--seed S]
"""

import argparse
import csv
import random

from gen_customers_csv import CITIES, FIRST_CYR, FIRST_LATIN, LAST_CYR, LAST_LATIN, STATES, \
    TAGS, email

HEADERS = [
    "ID externo", "Email", "DNI", "Tipo de documento", "Teléfono", "Nombre", "Apellido",
    "Fecha de nacimiento", "Género", "Dirección", "Código postal", "Ciudad", "Provincia",
    "País", "Estado civil", "Etiquetas", "Puntos", "Acepta emails",
]

# Only values the validator takes as they are or converts without doubt.
COUNTRIES = ["ARG", "URY", "RUS", "ESP", "MEX"]
GENDERS = ["F", "M", "Mujer", "Hombre", ""]
MARITAL = ["single", "married", "divorced", ""]
YES_NO = ["Sí", "No", "yes", "no", "1", "0", ""]


def customer(rng, index):
    cyrillic = rng.random() < 0.35
    first = rng.choice(FIRST_CYR if cyrillic else FIRST_LATIN)
    last = rng.choice(LAST_CYR if cyrillic else LAST_LATIN)
    street = f"Calle {rng.randint(1, 9999)}, piso {rng.randint(1, 20)}"
    if rng.random() < 0.05:
        street += "\nentre Mitre y \"Sarmiento\""
    return [
        f"C{index:09d}",
        email(first, index),
        f"{index:08d}",
        "DNI",
        f"+54 9 11 {index // 10000:04d}-{index % 10000:04d}",
        first,
        last,
        f"{rng.randint(1950, 2006)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        rng.choice(GENDERS),
        street,
        f"{rng.randint(1000, 9999)}",
        rng.choice(CITIES),
        rng.choice(STATES),
        rng.choice(COUNTRIES),
        rng.choice(MARITAL),
        ", ".join(rng.sample(TAGS, rng.randint(0, 3))),
        str(rng.randint(0, 5000)),
        rng.choice(YES_NO),
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("--rows", type=int, required=True)
    parser.add_argument("--seed", type=int, default=20)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    with open(args.output, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(HEADERS)
        for index in range(1, args.rows + 1):
            writer.writerow(customer(rng, index))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes a WoowUp customers CSV for the import benchmark.

Every request field of the WoowUp docs has a column (headers in Spanish and
English, as shops' spreadsheets have them); names are Latin and Cyrillic;
some cells are quoted because they hold commas, quotes or line breaks; some
are empty. Deterministic for a given seed.

    gen_customers_csv.py OUTPUT (--rows N | --size-mb MB) [--seed S]
"""

import argparse
import csv
import random

HEADERS = [
    "ID externo", "Email", "DNI", "Tipo de documento", "Teléfono", "Nombre",
    "Apellido", "Fecha de nacimiento", "Género", "Dirección", "Código postal",
    "Ciudad", "Departamento", "Provincia", "País", "Estado civil", "Etiquetas",
    "Puntos", "Fecha de alta", "Acepta emails", "mailing_disabled_reason",
    "Acepta WhatsApp", "whatsapp_disabled_reason", "Acepta SMS",
    "sms_disabled_reason",
]

FIRST_LATIN = ["José", "María", "Lucía", "Martín", "Sofía", "Iñaki", "Begoña", "Ana",
               "John", "Zoë", "Pablo", "Valentina", "Agustín", "Camila"]
LAST_LATIN = ["Muñoz", "Fernández", "Peña", "García", "O'Neil", "Ibáñez", "López",
              "Martínez", "Smith", "Gómez", "Díaz"]
FIRST_CYR = ["Пётр", "Анна", "Алексей", "Елена", "Дмитрий", "Ольга", "Сергей", "Юлия"]
LAST_CYR = ["Иванов", "Смирнова", "Кузнецов", "Попова", "Соколов", "Лебедева", "Ёлкин"]
CITIES = ["Buenos Aires", "Córdoba", "Logroño", "Москва", "Санкт-Петербург", "Rosario",
          "Cádiz", "Казань"]
STATES = ["Buenos Aires", "Córdoba", "La Rioja", "Московская область", "Santa Fe"]
COUNTRIES = ["ARG", "Argentina", "España", "ES", "RUS", "Россия", "Uruguay", "MEX"]
TAGS = ["vip", "newsletter", "mayorista", "2024", "опт", "promo", "tienda online"]
YES_NO = ["Sí", "No", "yes", "no", "да", "нет", "1", "0", "enabled", "disabled", ""]
REASONS = ["bounce", "unsubscribe", "spamreport", "dropped", "other"]
MARITAL = ["single", "married", "Casada", "Soltero", "divorced", "вдова", ""]


def email(first, index):
    local = first.lower() if first.isascii() and first.isalpha() else "cliente"
    return f"{local}.{index}@example.com"


def customer(rng, index):
    cyrillic = rng.random() < 0.35
    first = rng.choice(FIRST_CYR if cyrillic else FIRST_LATIN)
    last = rng.choice(LAST_CYR if cyrillic else LAST_LATIN)
    birth = f"{rng.randint(1,28):02d}/{rng.randint(1,12):02d}/{rng.randint(1950,2006)}"
    if cyrillic:
        birth = birth.replace("/", ".")
    street = f"Calle {rng.randint(1, 9999)}, piso {rng.randint(1, 20)}"
    if rng.random() < 0.05:
        street += "\nentre Mitre y \"Sarmiento\""
    mailing = rng.choice(YES_NO)
    mailing_reason = rng.choice(REASONS) if mailing in ("No", "no", "нет", "0", "disabled") \
        and rng.random() < 0.5 else ""
    return [
        f"C{index:09d}",
        email(first, index) if rng.random() < 0.9 else "",
        f"{rng.randint(0, 99999999):08d}" if rng.random() < 0.8 else "",
        rng.choice(["DNI", "CUIT", "Паспорт", ""]),
        f"+54 9 11 {rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}" if rng.random() < 0.7
        else "",
        first,
        last,
        birth if rng.random() < 0.8 else "",
        rng.choice(["F", "M", "Mujer", "Hombre", "ж", "м", ""]),
        street,
        f"{rng.randint(1000, 9999)}",
        rng.choice(CITIES),
        "",
        rng.choice(STATES),
        rng.choice(COUNTRIES),
        rng.choice(MARITAL),
        ", ".join(rng.sample(TAGS, rng.randint(0, 3))),
        str(rng.randint(0, 5000)) if rng.random() < 0.99 else "doce",
        f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        mailing,
        mailing_reason,
        rng.choice(YES_NO),
        "",
        rng.choice(YES_NO),
        "",
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--rows", type=int)
    group.add_argument("--size-mb", type=float)
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    limit_bytes = int(args.size_mb * 1e6) if args.size_mb else None
    with open(args.output, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(HEADERS)
        index = 0
        while True:
            if args.rows is not None and index >= args.rows:
                break
            if limit_bytes is not None and index % 1000 == 0 and out.tell() >= limit_bytes:
                break
            index += 1
            writer.writerow(customer(rng, index))


if __name__ == "__main__":
    main()

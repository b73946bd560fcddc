#!/usr/bin/python3
"""Writes the sheet benchmark's workbook: ROWS customers of 18 typed columns
(text through shared strings, whole and decimal numbers, dates, date-times,
booleans), with openpyxl's write-only mode so that memory stays flat.

    /usr/bin/python3 bench/gen_sheet_xlsx.py OUT.xlsx [--rows 100000]
"""

import argparse
import datetime
import random

import openpyxl
from openpyxl.cell import WriteOnlyCell

parser = argparse.ArgumentParser()
parser.add_argument("out")
parser.add_argument("--rows", type=int, default=100000)
args = parser.parse_args()

random.seed(19)
first = ["Анна", "José", "María", "Ольга", "Łukasz", "Chloé", "John", "Zoë", "Иван", "Núria"]
last = ["Каренина", "Núñez", "García", "Петрова", "Żółć", "Dupont", "Smith", "O'Brien"]
cities = ["Buenos Aires", "Москва", "Madrid", "Córdoba", "Санкт-Петербург", "Rosario"]
countries = ["ARG", "RUS", "ESP", "URY", "CHL"]
genders = ["F", "M", ""]
tags = ["vip", "wholesale", "retail", "new", "lapsed"]

wb = openpyxl.Workbook(write_only=True)
ws = wb.create_sheet("Customers")
header = ["email", "first_name", "last_name", "telephone", "document", "gender",
          "birthdate", "city", "country", "points", "balance", "registered_at",
          "mailing", "whatsapp", "sms", "tag", "orders", "notes"]
ws.append(header)
date_cells = []
base = datetime.datetime(2020, 1, 1)
for i in range(args.rows):
    birth = datetime.date(1950, 1, 1) + datetime.timedelta(days=random.randrange(20000))
    registered = base + datetime.timedelta(seconds=random.randrange(4 * 365 * 86400))
    b = WriteOnlyCell(ws, value=birth)
    b.number_format = "dd/mm/yyyy"
    r = WriteOnlyCell(ws, value=registered)
    r.number_format = "yyyy-mm-dd hh:mm:ss"
    ws.append([
        f"customer{i}@example.com",
        random.choice(first),
        random.choice(last),
        5491100000000 + random.randrange(99999999),
        f"{random.randrange(100000000):08d}",
        random.choice(genders),
        b,
        random.choice(cities),
        random.choice(countries),
        random.randrange(100000),
        round(random.uniform(-1000, 100000), 2),
        r,
        random.random() < 0.7,
        random.random() < 0.5,
        random.random() < 0.3,
        random.choice(tags),
        random.randrange(500),
        f"note {i % 977}",
    ])
wb.save(args.out)

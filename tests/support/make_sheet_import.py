#!/usr/bin/python3
"""Writes the two-sheet workbook tst_sheetimport imports: customers as a
person keeps them in Excel, with typed cells (a phone and a document stored
as numbers, dates, a document with leading zeros as text), Cyrillic and
accents. Usage: make_sheet_import.py OUT.xlsx [--empty-first]
(--empty-first puts an empty sheet "Portada" before them)."""
import datetime
import sys

from openpyxl import Workbook

HEADER = ["Nombre", "Apellido", "Email", "Documento", "Teléfono", "Fecha de nacimiento",
          "Puntos"]
FIRST = [
    ["Ana", "García Núñez", "ana.sheet@example.com", "00123", 5491155550001,
     datetime.date(1985, 3, 7), 120],
    ["Борис", "Иванов", "boris.sheet@example.com", 30111222, "+7 926 111-22-33",
     datetime.datetime(1990, 12, 31), 0],
    ["José", "Pérez", "jose.sheet@example.com", "X1234567", None, None, 15],
]
SECOND = [
    ["Lucía", "Fernández", "lucia.sheet@example.com", 27444555, 5491166660002,
     datetime.date(2001, 1, 2), 7],
    ["Ольга", "Смирнова", "olga.sheet@example.com", "0007", None, None, None],
]

book = Workbook()
first = book.active
first.title = "Clientes"
second = book.create_sheet("Mayoristas")
if "--empty-first" in sys.argv[2:]:
    book.create_sheet("Portada", 0)
for sheet, rows in ((first, FIRST), (second, SECOND)):
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    for cell in sheet["F"][1:]:
        cell.number_format = "dd/mm/yyyy"
book.save(sys.argv[1])

#!/usr/bin/python3
"""Writes the .xlsx workbooks tst_sheetreader reads into OUTDIR.

Run by the test itself with Debian's /usr/bin/python3 (python3-openpyxl),
so every run reads workbooks made the way openpyxl makes them:

    /usr/bin/python3 tests/sheets/make_xlsx_fixtures.py OUTDIR

handmade.xlsx is written XML by XML (Python's zipfile) for what openpyxl
cannot make: formulas with cached values, rich-text runs, inline strings,
cells and rows without an r reference, phonetic runs, _xHHHH_ escapes, a
t="d" cell, an absolute relationship target and a part name with a space.
"""

import datetime
import sys
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)


def customers():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Customers"
    ws.append(["email", "first_name", "last_name", "telephone", "document", "points",
               "birthdate", "registered_at", "zip", "active", "balance", "wake_up"])
    ws.append(["anna@example.ru", "Анна", "Каренина", 5491155550001, "00012345", 1500,
               datetime.date(1990, 5, 17), datetime.datetime(2024, 1, 31, 10, 30, 15),
               1234, True, 2.5, datetime.time(7, 45)])
    ws.append(["jose@example.es", "José", "Núñez Peña", 12345678901234.0, "0042", -7,
               datetime.date(1900, 3, 1), datetime.datetime(2023, 12, 31, 23, 59, 59),
               98765, False, 0.1 + 0.2, datetime.time(23, 0, 1)])
    # Row 4: hidden, still read.
    ws.append(["hidden@example.com", "Hidden", "Row", None, None, 0])
    ws.row_dimensions[4].hidden = True
    # Row 5: merged A5:C5, the value in A5 only.
    ws.append(["Merged across three", None, None, 7])
    ws.merge_cells("A5:C5")
    # Row 6 empty; row 7 has a cell past Z.
    ws["A7"] = "far@example.com"
    ws["AB7"] = "column AB"
    for row in (2, 3):
        ws.cell(row, 7).number_format = "dd/mm/yyyy"
        ws.cell(row, 8).number_format = "yyyy-mm-dd hh:mm:ss"
        ws.cell(row, 9).number_format = "00000"
        ws.cell(row, 12).number_format = "h:mm"
    ws["E2"].number_format = "@"

    staff = wb.create_sheet("Staff")
    staff.append(["id", "name", "phone"])
    staff.append(["u-1", "Ольга Петрова", 79161234567])
    staff.append(["u-2", "Łukasz Żółć", "+48 601 234 567"])

    # Serials around Excel's 29 February 1900 with a date format.
    quirk = wb.create_sheet("Leap1900")
    quirk.append(["serial", "shown"])
    for serial in (1, 59, 60, 61, 43861):
        quirk.append([serial, serial])
        quirk.cell(quirk.max_row, 2).number_format = "yyyy-mm-dd"
    wb.save(out / "customers.xlsx")


def dates1904():
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Mac"
    ws.append(["name", "birthdate", "seen"])
    ws.append(["Ana", datetime.date(1990, 5, 17), datetime.datetime(2024, 2, 29, 8, 5, 0)])
    ws.append(["Bea", datetime.date(1904, 1, 2), datetime.datetime(1904, 1, 1, 12, 0, 0)])
    ws["B2"].number_format = "yyyy-mm-dd"
    ws["B3"].number_format = "yyyy-mm-dd"
    ws["C2"].number_format = "yyyy-mm-dd hh:mm"
    ws["C3"].number_format = "yyyy-mm-dd hh:mm"
    wb.save(out / "dates1904.xlsx")


def empty_first():
    wb = openpyxl.Workbook()
    wb.active.title = "Empty"
    secret = wb.create_sheet("Secret")
    secret.append(["hidden sheet"])
    secret.sheet_state = "hidden"
    data = wb.create_sheet("2")  # a sheet named like a number
    data.append(["name"])
    data.append(["from the sheet named 2"])
    third = wb.create_sheet("Third")
    third.append(["third sheet"])
    wb.save(out / "empty_first.xlsx")


def handmade():
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    parts = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '</Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/>'
            '</Relationships>',
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/Sheet%20One.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '</Relationships>',
        "xl/workbook.xml":
            f'<?xml version="1.0" encoding="UTF-8"?><workbook {ns}><sheets>'
            '<sheet name="Raw" sheetId="7" r:id="rId1"/></sheets></workbook>',
        "xl/styles.xml":
            f'<?xml version="1.0" encoding="UTF-8"?><styleSheet {ns}>'
            '<numFmts count="2"><numFmt numFmtId="164" formatCode="[$-409]mmmm\\ d\\,\\ yyyy;@"/>'
            '<numFmt numFmtId="165" formatCode="0.00E+00"/></numFmts>'
            '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'
            '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/>'
            '<xf numFmtId="165"/><xf numFmtId="46"/></cellXfs></styleSheet>',
        "xl/sharedStrings.xml":
            f'<?xml version="1.0" encoding="UTF-8"?><sst {ns} count="4" uniqueCount="4">'
            '<si><t>plain</t></si>'
            '<si><r><rPr><b/></rPr><t xml:space="preserve">Rich </t></r><r><t>text</t></r></si>'
            '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>'
            '<si><t>line_x000D_break and _x005F_x0041_</t></si>'
            '</sst>',
        "xl/worksheets/Sheet One.xml":
            f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}><dimension ref="A1:F4"/><sheetData>'
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
            '<c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>'
            # Row 2 without r; its cells without r.
            '<row><c t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c>'
            '<c><f>1+2</f><v>3</v></c><c t="str"><f>"a"&amp;"b"</f><v>ab</v></c>'
            '<c t="b"><f>TRUE()</f><v>1</v></c><c t="e"><f>1/0</f><v>#DIV/0!</v></c>'
            '<c s="1"><f>DATE(2024,2,29)</f><v>45351</v></c></row>'
            '<row r="3"><c r="A3" s="2"><v>45351.75</v></c><c r="B3" s="3"><v>123456</v></c>'
            '<c r="C3" s="4"><v>1.5</v></c><c r="D3" t="d"><v>2024-02-29T13:45:00</v></c>'
            '<c r="E3"><v>5.4911555500010E12</v></c><c r="F3" t="s"/></row>'
            '<row r="4" spans="1:2"><c r="B4"><v>-0.000123</v></c></row>'
            '</sheetData><mergeCells count="1"><mergeCell ref="A4:A5"/></mergeCells></worksheet>',
    }
    with zipfile.ZipFile(out / "handmade.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text.encode("utf-8"))


customers()
dates1904()
empty_first()
handmade()

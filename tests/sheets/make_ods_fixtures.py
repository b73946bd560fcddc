#!/usr/bin/python3
"""Writes the .ods fixtures of tst_sheetreader into tests/sheets/fixtures/.

LibreOffice is not part of the build environment, so the files are written
XML by XML with Python's zipfile, in the shape LibreOffice 7 gives them: the
mimetype stored first, automatic styles before the body, every sheet padded
with a row repeated to row 1,048,576 and cells repeated to column 1024,
covered cells under merged ones, dates as office:date-value, times as
office:time-value, and a number shown with leading zeros. The files are
checked in; run this again after changing it:

    /usr/bin/python3 tests/sheets/make_ods_fixtures.py
"""

import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
      'office:version="1.3"')


def text_cell(text, extra=""):
    return (f'<table:table-cell office:value-type="string" calcext:value-type="string"{extra}>'
            f'<text:p>{text}</text:p></table:table-cell>')


def float_cell(value, shown=None, extra=""):
    shown = shown if shown is not None else value
    return (f'<table:table-cell office:value-type="float" office:value="{value}" '
            f'calcext:value-type="float"{extra}><text:p>{shown}</text:p></table:table-cell>')


def date_cell(value, shown):
    return (f'<table:table-cell table:style-name="ce1" office:value-type="date" '
            f'office:date-value="{value}" calcext:value-type="date"><text:p>{shown}</text:p>'
            '</table:table-cell>')


EMPTY_TAIL = '<table:table-cell table:number-columns-repeated="1012"/>'


def row(cells, extra=""):
    return f'<table:table-row{extra}>{"".join(cells)}{EMPTY_TAIL}</table:table-row>'


def padding_rows(used):
    return (f'<table:table-row table:number-rows-repeated="{1048576 - used}">'
            '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>')


def table(name, rows, used, style="ta1"):
    return (f'<table:table table:name="{name}" table:style-name="{style}">'
            '<table:table-column table:number-columns-repeated="1024"/>'
            + "".join(rows) + padding_rows(used) + '</table:table>')


def write(name, tables):
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}>'
               '<office:automatic-styles>'
               '<style:style style:name="ta1" style:family="table">'
               '<style:table-properties table:display="true"/></style:style>'
               '<style:style style:name="ta2" style:family="table">'
               '<style:table-properties table:display="false"/></style:style>'
               '<style:style style:name="ro2" style:family="table-row">'
               '<style:table-row-properties fo:break-before="auto"/></style:style>'
               '</office:automatic-styles><office:body><office:spreadsheet>'
               + "".join(tables) + '</office:spreadsheet></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    path = HERE / "fixtures" / name
    path.parent.mkdir(exist_ok=True)
    with zipfile.ZipFile(path, "w") as z:
        # Fixed timestamps: the same script makes the same bytes.
        def add(part, data, compress):
            info = zipfile.ZipInfo(part, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            z.writestr(info, data)
        add("mimetype", b"application/vnd.oasis.opendocument.spreadsheet", False)
        add("content.xml", content.encode("utf-8"), True)
        add("META-INF/manifest.xml", manifest.encode("utf-8"), True)


customers = table("Клиенты", [
    row([text_cell("email"), text_cell("first_name"), text_cell("telephone"),
         text_cell("birthdate"), text_cell("zip"), text_cell("active"), text_cell("wake_up"),
         text_cell("notes")]),
    row([text_cell("anna@example.ru"), text_cell("Анна"), float_cell("5491155550001"),
         date_cell("1990-05-17", "17.05.1990"), float_cell("1234", "01234"),
         '<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell>',
         '<table:table-cell office:value-type="time" office:time-value="PT07H45M00S"><text:p>07:45:00</text:p></table:table-cell>',
         '<table:table-cell office:value-type="string"><text:p>two<text:s text:c="3"/>spaces</text:p>'
         '<text:p>second <text:span>line</text:span></text:p>'
         '<office:annotation><text:p>a note, not the value</text:p></office:annotation></table:table-cell>']),
    # Two identical rows written as one repeated row; hidden (filtered).
    row([text_cell("twice@example.com"), text_cell("Éloïse"), float_cell("0.25", "25%")],
        ' table:number-rows-repeated="2" table:visibility="filter"'),
    # A merged cell across three columns, two covered cells after it.
    row([text_cell("Merged", ' table:number-columns-spanned="3" table:number-rows-spanned="1"'),
         '<table:covered-table-cell table:number-columns-repeated="2"><text:p>kept hidden</text:p></table:covered-table-cell>',
         text_cell("after merge")]),
    # Three empty rows, then a value in column AD (the 30th).
    '<table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>',
    row(['<table:table-cell table:number-columns-repeated="29"/>', text_cell("column AD"),
         date_cell("2024-02-29T13:45:00", "29.02.2024 13:45")]),
    # A value repeated across three cells.
    row([text_cell("x", ' table:number-columns-repeated="3"')]),
], used=10)

staff = table("Staff", [
    row([text_cell("id"), text_cell("name")]),
    row([text_cell("u-1"), text_cell("Ольга Петрова")]),
], used=2)

hidden = table("Hidden", [row([text_cell("hidden sheet")])], used=1, style="ta2")
empty = table("Empty", [], used=0)

write("customers.ods", [customers, staff])
write("empty_first.ods", [empty, hidden, staff])

#!/usr/bin/env python3
"""Reads the output of bench/run_all.sh and prints one table: each
benchmark's figure, its baseline and ratio from the same run, the target and
whether it was met. A figure a benchmark did not print shows as "?"."""
import re
import sys


def find(pattern, text, group=1, cast=float):
    match = re.search(pattern, text, re.M)
    return cast(match.group(group)) if match else None


def fmt(value, spec):
    return "?" if value is None else format(value, spec)


def verdict(ok):
    return "?" if ok is None else ("met" if ok else "MISSED")


def main():
    text = open(sys.argv[1], encoding="utf-8").read() if len(sys.argv) > 1 else sys.stdin.read()
    rows = []

    # Columns of run_csv_bench.sh: MB/s, x Python, MB/CPU-s, x Python (CPU), peak.
    csv_row = r"^{}\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)"
    parse_cpu = find(csv_row.format("parse"), text, 3)
    parse_x = find(csv_row.format("parse"), text, 4)
    full_cpu = find(csv_row.format("full"), text, 3)
    full_x = find(csv_row.format("full"), text, 4)
    python_cpu = find(csv_row.format("python"), text, 3)
    rss = [float(v) for v in re.findall(r"^(?:parse|portable|full)\s+.*?([\d.]+) MB$", text, re.M)]
    peak = max(rss) if rss else None
    rows.append(("CSV parse only", f"{fmt(parse_cpu, '.0f')} MB/CPU-s",
                 f"Python {fmt(python_cpu, '.0f')} MB/CPU-s", f"{fmt(parse_x, '.2f')}x",
                 ">= 600 MB/CPU-s", verdict(None if parse_cpu is None else parse_cpu >= 600)))
    rows.append(("CSV parse+map+validate", f"{fmt(full_cpu, '.0f')} MB/CPU-s",
                 f"Python {fmt(python_cpu, '.0f')} MB/CPU-s", f"{fmt(full_x, '.2f')}x",
                 ">= 3x Python", verdict(None if full_x is None else full_x >= 3)))
    rows.append(("CSV peak memory", f"{fmt(peak, '.1f')} MB", "", "", "< 64 MB",
                 verdict(None if peak is None else peak < 64)))

    # Columns of run_sheet_bench.sh: rows/s, x openpyxl, rows/CPU-s, x openpyxl (CPU), peak.
    sheet = re.search(r"^userdesk\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+) MB",
                      text, re.M)
    openpyxl = find(r"^openpyxl\s+[\d.]+\s+[\d.]+\s+([\d.]+)", text)
    if sheet:
        cpu_x, sheet_peak = float(sheet.group(4)), float(sheet.group(5))
        rows.append(("workbook read (rows/CPU-s)", f"{float(sheet.group(3)):.0f}, {sheet_peak:.1f} MB",
                     f"openpyxl {fmt(openpyxl, '.0f')}", f"{cpu_x:.2f}x",
                     ">= 5x openpyxl, < 200 MB", verdict(cpu_x >= 5 and sheet_peak < 200)))
    else:
        rows.append(("workbook read (rows/CPU-s)", "?", "", "", ">= 5x openpyxl, < 200 MB", "?"))

    ours = re.search(r"^userdesk-cli import\s+([\d.]+)\s+([\d.]+)\s+(\d+)\s+([\d.]+)%\s+(\d+)\s+(\d+)\s+(\d+)", text, re.M)
    loop = find(r"^curl loop \(sequential\)\s+[\d.]+\s+([\d.]+)", text)
    xargs = find(r"^xargs -P 16 curl\s+[\d.]+\s+([\d.]+)", text)
    sending = find(r"requests/min = ([\d.]+)% of the limit", text)
    if ours:
        rate, failed, dupes = float(ours.group(2)), int(ours.group(5)), int(ours.group(7))
        rows.append(("import rate (rows/s)", f"{rate:.1f}, {failed} failed, {dupes} dup",
                     f"curl {fmt(loop, '.1f')}, xargs {fmt(xargs, '.1f')}",
                     f"{rate / loop:.1f}x / {rate / xargs:.2f}x" if loop and xargs else "?",
                     ">= 95% of limit", verdict(sending is not None and sending >= 95 and failed == 0 and dupes == 0)))
    else:
        rows.append(("import rate (rows/s)", "?", "", "", ">= 95% of limit", "?"))

    actual = find(r"^actual / minimum: (\d+) / (\d+)", text, 1, int)
    minimum = find(r"^actual / minimum: (\d+) / (\d+)", text, 2, int)
    rows.append(("Wazzup sync requests", fmt(actual, "d"), f"minimum {fmt(minimum, 'd')}", "",
                 "= minimum", verdict(None if actual is None else actual == minimum)))

    load = find(r"^load \(.*?\): ([\d.]+) ms", text)
    base_load = find(r"^load: ([\d.]+) ms", text)
    rows.append(("table load 100k", f"{fmt(load, '.0f')} ms", f"{fmt(base_load, '.0f')} ms",
                 f"{base_load / load:.1f}x" if load and base_load else "?", "<= 1000 ms",
                 verdict(None if load is None else load <= 1000)))
    sorts = [float(v) for v in re.findall(r"^sort by [^:]+: ([\d.]+) ms", text, re.M)]
    base_sort = find(r"sort by name: ([\d.]+) ms", text)
    rows.append(("table sorts (worst of 3)", f"{max(sorts):.0f} ms" if sorts else "?",
                 f"{fmt(base_sort, '.0f')} ms by name", "", "<= 500 ms",
                 verdict(max(sorts) <= 500 if sorts else None)))
    per_row = find(r"^memory per row \(malloc in use.*?: (\d+) bytes", text)
    base_row = find(r"memory per row: (\d+) bytes", text)
    rows.append(("table memory per row", f"{fmt(per_row, '.0f')} B", f"{fmt(base_row, '.0f')} B",
                 f"{base_row / per_row:.1f}x" if per_row and base_row else "?", "<= 1024 B",
                 verdict(None if per_row is None else per_row <= 1024)))
    frame = find(r"^scroll paint: .*? max ([\d.]+) ms", text)
    base_frame = find(r"paint max ([\d.]+) ms", text)
    rows.append(("table worst paint frame", f"{fmt(frame, '.1f')} ms", f"{fmt(base_frame, '.1f')} ms", "",
                 "<= 16 ms", verdict(None if frame is None else frame <= 16)))

    start = re.search(r"^userdesk --demo, first page of customers\s+(\d+)\s+([\d.]+)", text, re.M)
    empty = re.search(r"^baseline: empty Qt window.*?\s(\d+)\s+([\d.]+)$", text, re.M)
    if start:
        ms, mb = int(start.group(1)), float(start.group(2))
        rows.append(("start-up --demo", f"{ms} ms, {mb:.0f} MB",
                     f"{empty.group(1)} ms, {float(empty.group(2)):.0f} MB" if empty else "?", "",
                     "<= 1 s, <= 120 MB", verdict(ms <= 1000 and mb <= 120)))
    else:
        rows.append(("start-up --demo", "?", "", "", "<= 1 s, <= 120 MB", "?"))

    header = ("benchmark", "Userdesk", "baseline", "ratio", "target", "")
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    for row in [header] + rows:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip())


if __name__ == "__main__":
    main()

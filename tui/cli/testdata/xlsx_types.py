"""Reads an export's workbook with openpyxl, as a head office would, and
checks what frontdesk promises of it (TestR3_XLSXAsOpenpyxlReadsIt):

argv[1] the workbook, argv[2] JSON: {"code": station code, "sheets":
[{"name", "times": [header], "dates": [header], "numbers": [header],
"amounts": [header], "words": [[word header, code header]]}]}.

Exit 0 and a JSON line of counts of the cells checked, else 1 with what is
wrong on stderr."""

import datetime
import json
import re
import sys

import openpyxl
from openpyxl.utils import get_column_letter

path, spec = sys.argv[1], json.loads(sys.argv[2])
wb = openpyxl.load_workbook(path)  # not read_only: widths, panes, filters
problems, counts = [], {}


def bad(msg):
    if len(problems) < 20:
        problems.append(msg)


looks_like_date = re.compile(r"^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?$")

if wb.sheetnames != [s["name"] for s in spec["sheets"]]:
    bad("sheets %r" % wb.sheetnames)
for s in spec["sheets"]:
    ws = wb[s["name"]]
    header = [c.value for c in ws[1]]
    col = {h: i for i, h in enumerate(header)}
    if ws.freeze_panes != "A2":
        bad("%s: frozen at %r, want the header row" % (s["name"], ws.freeze_panes))
    want = "A1:%s%d" % (get_column_letter(len(header)), ws.max_row)
    if (ws.auto_filter.ref or "").replace("$", "") != want:  # excelize writes $A$1:$V$60
        bad("%s: filter %r, want %s" % (s["name"], ws.auto_filter.ref, want))
    for i, h in enumerate(header):
        w = ws.column_dimensions[get_column_letter(i + 1)].width
        need = sum(2 if ord(ch) > 0x2e7f else 1 for ch in h)
        if w is None or w < need:
            bad("%s: column %s is %r wide, its header needs %d" % (s["name"], h, w, need))
    typed = set(s["times"] + s["dates"] + s["numbers"] + s["amounts"])
    for row in ws.iter_rows(min_row=2):
        if row[0].value != spec["code"]:
            bad("%s row %d: station %r" % (s["name"], row[0].row, row[0].value))
        for h in s["times"] + s["dates"]:
            c = row[col[h]]
            if c.value is None:
                continue
            if not isinstance(c.value, datetime.datetime) or not c.is_date:
                bad("%s %s%d: %r (%s) is not a date" % (s["name"], h, c.row, c.value, c.data_type))
            elif h in s["times"] and "hh:mm" not in c.number_format:
                bad("%s %s%d: format %r shows no time" % (s["name"], h, c.row, c.number_format))
            elif h in s["dates"] and c.number_format != "yyyy-mm-dd":
                bad("%s %s%d: format %r" % (s["name"], h, c.row, c.number_format))
            counts[h] = counts.get(h, 0) + 1
        for h in s["numbers"] + s["amounts"]:
            c = row[col[h]]
            if c.value is None:
                continue
            if isinstance(c.value, bool) or not isinstance(c.value, (int, float)):
                bad("%s %s%d: %r is not a number" % (s["name"], h, c.row, c.value))
            elif h in s["amounts"] and c.number_format != "0.00":
                bad("%s %s%d: amount format %r" % (s["name"], h, c.row, c.number_format))
            counts[h] = counts.get(h, 0) + 1
        for word, code in s["words"]:
            w, k = row[col[word]].value, row[col[code]].value
            if k is not None and (w is None or w == k):
                bad("%s %s%d: %r is the code %r, not a word" % (s["name"], word, row[0].row, w, k))
        for i, h in enumerate(header):
            v = row[i].value
            if h not in typed and isinstance(v, str) and looks_like_date.match(v):
                bad("%s %s%d: %r is text" % (s["name"], h, row[i].row, v))

if problems:
    print("\n".join(problems), file=sys.stderr)
    sys.exit(1)
print(json.dumps(counts, ensure_ascii=False))

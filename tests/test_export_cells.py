"""Exports never carry a live formula: a name starting with = + - @ stays text in CSV and xlsx."""

from __future__ import annotations

import openpyxl
import pandas as pd

from buurtsim.workshop import export_results
from buurtsim.workshop.export import csv_bytes

NAMES = ["=1+1", "+32 475", "-Groep", "@HYPERLINK", "Groep 1"]


def test_formula_like_cells_are_neutralised_in_csv_and_xlsx(tmp_path):
    table = pd.DataFrame({"group": NAMES, "proposals": [-1.5, 2.0, 3.0, 4.0, 5.0]})
    csv_path, xlsx_path = export_results(table, tmp_path, "groepen")
    expected = ["'=1+1", "'+32 475", "'-Groep", "'@HYPERLINK", "Groep 1"]
    assert pd.read_csv(csv_path)["group"].tolist() == expected
    sheet = openpyxl.load_workbook(xlsx_path).active
    cells = [sheet.cell(row=k + 2, column=1) for k in range(len(NAMES))]
    assert [c.value for c in cells] == expected
    assert all(c.data_type == "s" for c in cells)  # text, not a formula ("f")
    assert sheet.cell(row=2, column=2).value == -1.5  # a negative number is still a number
    assert csv_bytes(table).decode().splitlines()[1] == "'=1+1,-1.5"
    assert table["group"].tolist() == NAMES  # the caller's table is left as it was

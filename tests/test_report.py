"""The one-page report and the exports: self-contained, Dutch numbers, never overwriting."""

from __future__ import annotations

import base64
import html
import math
import re
import shutil
import subprocess

import numpy as np
import pandas as pd
import pytest

import buurtsim
from buurtsim import ScenarioError, language, parameters
from buurtsim.i18n import t
from buurtsim.workshop import build_report, export_results, format_outcome, report_main
from buurtsim.workshop.report import REPORT_OUTCOMES

RUNS = 4


@pytest.fixture(scope="module")
def comparison(scenario_dir):
    files = [scenario_dir / "arendonk.yaml", scenario_dir / "strict-municipality.yaml"]
    text = build_report(files, runs=RUNS, seed=3, processes=1)
    return files, text


def cells_of(text: str, outcome: str, lang: str | None = None) -> list[str]:
    row = re.search(rf"<tr><td>{re.escape(html.escape(t(outcome, lang)))}</td>(.*?)</tr>", text)
    assert row, f"no table row for {outcome}"
    return re.findall(r"<td>(.*?) <span class='range'>\((.*?) – (.*?)\)</span></td>", row.group(1))


def test_the_report_names_the_scenarios_and_shows_their_medians(comparison):
    files, text = comparison
    names = ["Arendonk", "Arendonk (strenge gemeente)"]
    for name in names:
        assert f"<th>{html.escape(name)}</th>" in text
    for k, path in enumerate(files):
        runs = buurtsim.ensemble(path, runs=RUNS, seed=3)
        for outcome in REPORT_OUTCOMES:
            x = runs[outcome].dropna()
            median, lo, hi = cells_of(text, outcome)[k]
            assert median == format_outcome(outcome, x.median()), outcome
            assert lo == format_outcome(outcome, x.quantile(0.1, interpolation="lower"))
            assert hi == format_outcome(outcome, x.quantile(0.9, interpolation="higher"))
    # Dutch formats: euro with a thousands point, a share as a whole percentage
    spent = cells_of(text, "budget_spent")[0][0]
    assert re.fullmatch(r"€ \d{1,3}(\.\d{3})*", spent), spent
    assert re.fullmatch(r"\d+%", cells_of(text, "participation_rate")[0][0])


def test_the_settings_are_in_plain_dutch_against_the_arendonk_baseline(comparison):
    _, text = comparison
    control = parameters()["municipality.control"].nl
    # one row per setting that differs: label, the baseline, then each scenario (changes in bold)
    assert (
        "<th>instelling</th><th>Arendonk (basis)</th><th>Arendonk (strenge gemeente)</th>" in text
    )
    assert f"<tr><td>{control}</td><td class='same'>0,3</td><td><b>0,9</b></td></tr>" in text
    households = parameters()["neighbourhood.households"].nl
    assert households not in text  # the same everywhere: not listed
    assert "municipality.control" not in text  # labels, not dotted keys


def test_a_report_of_the_baseline_itself_says_so(scenario_dir):
    text = build_report([scenario_dir / "arendonk.yaml"], runs=1, processes=1)
    assert "Het scenario heeft dezelfde instellingen als Arendonk (de basis)." in text


def test_two_embedded_plots_and_nothing_fetched_from_elsewhere(comparison):
    _, text = comparison
    images = re.findall(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)" alt="[^"]+"', text)
    assert len(images) == 3  # the two plots, and the legend they share
    for data in images:
        assert base64.b64decode(data).startswith(b"\x89PNG\r\n\x1a\n")
    rest = re.sub(r"data:image/png;base64,[A-Za-z0-9+/=]+", "", text)
    assert "http" not in rest
    for external in ("<script", "<link", "url(", "@import", "<iframe"):
        assert external not in rest


def test_it_prints_on_a4_and_states_its_caveats(comparison):
    _, text = comparison
    assert "@page { size: A4" in text
    assert "@media print" in text
    assert re.search(r"table \{[^}]*page-break-inside: avoid", text)
    assert "geen voorspelling" in text
    assert "docs/validation.md" in text
    assert "startgetallen 3 tot en met 6" in text


def test_report_main_never_overwrites_and_returns_the_real_path(tmp_path, scenario_dir):
    out = tmp_path / "verslag" / "rapport.html"
    first = report_main([str(scenario_dir / "olmen.yaml")], [], str(out), runs=2, processes=1)
    assert first == out and out.is_file()
    content = out.read_bytes()
    second = report_main([str(scenario_dir / "olmen.yaml")], [], str(out), runs=2, processes=1)
    assert second == tmp_path / "verslag" / "rapport-2.html"
    assert out.read_bytes() == content
    assert "Olmen" in second.read_text(encoding="utf-8")
    assert "buurtsim report" in content.decode("utf-8")


def test_report_main_refuses_bad_arguments_before_running(tmp_path, scenario_dir):
    good = str(scenario_dir / "arendonk.yaml")
    with pytest.raises(ScenarioError, match="bestaat niet"):
        report_main([good], [str(tmp_path / "geen.yaml")], str(tmp_path / "r.html"), runs=2)
    with pytest.raises(ValueError, match=r"op \.html eindigt"):
        report_main([good], [], str(tmp_path / "r.pdf"), runs=2)
    with pytest.raises(ValueError, match="minstens 1"):
        report_main([good], [], str(tmp_path / "r.html"), runs=0)
    with language.use("en"):
        with pytest.raises(ScenarioError, match="does not exist"):
            report_main([good], [str(tmp_path / "none.yaml")], str(tmp_path / "r.html"), runs=2)
        with pytest.raises(ValueError, match=r"ending in \.html"):
            report_main([good], [], str(tmp_path / "r.pdf"), runs=2)
        with pytest.raises(ValueError, match="at least 1"):
            report_main([good], [], str(tmp_path / "r.html"), runs=0)
    assert list(tmp_path.iterdir()) == []


# --- the English report (issue 11) ------------------------------------------------------------


@pytest.fixture(scope="module")
def english(scenario_dir):
    files = [scenario_dir / "arendonk.yaml", scenario_dir / "strict-municipality.yaml"]
    return build_report(files, runs=RUNS, seed=3, processes=1, lang="en")


def visible_text(page: str, names=()) -> str:
    """The words a reader sees: no CSS, tags, images or command; the scenarios' own names (data
    the user chose, like proper names) left out."""
    page = re.sub(r"<style>.*?</style>|<code>.*?</code>", " ", page, flags=re.S)
    alts = " ".join(re.findall(r'alt="([^"]*)"', page))
    page = re.sub(r"<[^>]+>", " ", page) + " " + alts
    text = html.unescape(page)
    for name in names:
        text = text.replace(name, " ")
    return text


def test_the_english_report_speaks_english(english):
    assert '<html lang="en">' in english
    for words in ("Key outcomes", "Settings", "Read this with care", "<th>setting</th>",
                  "median over 4 runs", "Arendonk (baseline)", "not a forecast",
                  "4 runs per scenario, seeds 3–6"):  # fmt: skip
        assert words in english, words
    spent = cells_of(english, "budget_spent", "en")  # the English label, with English numbers
    assert spent and re.fullmatch(r"€\d{1,3}(,\d{3})*", spent[0][0]), spent
    control = parameters()["municipality.control"].en
    assert f"<tr><td>{control}</td><td class='same'>0.3</td><td><b>0.9</b></td></tr>" in english


def test_neither_report_shows_words_of_the_other_language(comparison, english):
    from langscan import dutch_in, english_in

    names = ["Arendonk (strenge gemeente)"]
    _, dutch = comparison
    assert '<html lang="nl">' in dutch
    assert english_in(visible_text(dutch, names)) == []
    assert dutch_in(visible_text(english, names)) == []


@pytest.fixture
def table():
    rows = buurtsim.ensemble({"run": {"weeks": 30}}, runs=3, seed=1)
    rows["group"] = ["Groep A", "Groep B, tafel 2", "Groep C"]
    rows["flag"] = [True, False, True]
    rows.loc[1, "cohesion_gain"] = np.nan
    return rows


def test_the_excel_export_reads_back_equal_to_the_csv(tmp_path, table):
    csv_path, xlsx_path = export_results(table, tmp_path, "groepen")
    assert (csv_path.name, xlsx_path.name) == ("groepen.csv", "groepen.xlsx")
    from_csv = pd.read_csv(csv_path)
    from_xlsx = pd.read_excel(xlsx_path)
    pd.testing.assert_frame_equal(from_xlsx, from_csv, check_dtype=False)
    assert list(from_csv.columns) == list(table.columns)
    assert from_csv.loc[1, "group"] == "Groep B, tafel 2"
    assert math.isnan(from_xlsx.loc[1, "cohesion_gain"])
    assert from_xlsx["budget_spent"].tolist() == pytest.approx(table["budget_spent"].tolist())


def test_exports_never_overwrite_and_keep_csv_and_xlsx_paired(tmp_path, table):
    first = export_results(table, tmp_path, "groepen")
    before = [p.read_bytes() for p in first]
    second = export_results(table.head(1), tmp_path, "groepen")
    assert [p.name for p in second] == ["groepen-2.csv", "groepen-2.xlsx"]
    assert [p.read_bytes() for p in first] == before
    (tmp_path / "los.xlsx").write_bytes(b"not mine")
    third = export_results(table, tmp_path, "los")
    assert [p.name for p in third] == ["los-2.csv", "los-2.xlsx"]
    assert (tmp_path / "los.xlsx").read_bytes() == b"not mine"
    assert not (tmp_path / "los.csv").exists()
    with pytest.raises(ValueError, match="cannot be a file name"):
        export_results(table, tmp_path, "../elders")


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="needs the system Chromium to print to PDF")
def test_a_comparison_of_three_prints_on_one_a4_page(tmp_path, scenario_dir):
    files = [scenario_dir / f for f in ("arendonk.yaml", "strict-municipality.yaml", "olmen.yaml")]
    page = tmp_path / "rapport.html"
    page.write_text(build_report(files, runs=3, processes=1), encoding="utf-8")
    pdf = tmp_path / "rapport.pdf"
    subprocess.run(
        [CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--user-data-dir={tmp_path / 'profile'}", f"--print-to-pdf={pdf}", page.as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    pages = re.findall(rb"/Count (\d+)", pdf.read_bytes())
    assert pages and int(pages[0]) == 1, pages

"""The whole HTML document of the pack: its print CSS, the cover, the method on one page, the
debrief questions, and the exercise pages of :mod:`.sections` in between.

Every ``<section class="page">`` is one A4 page: ``@page { size: A4 }`` and a page break after
each section. On screen the sections look like sheets of paper, side by side with the print.
"""

from __future__ import annotations

import html
from datetime import date

from .. import __version__
from ..i18n import t, tf
from ..language import current
from .exercises import Exercise1, Exercise2
from .sections import (
    cards_page,
    esc,
    figures_page,
    outcomes_page,
    proposals_page,
    results_page,
    section,
    talk_page,
)

#: the name of the record of every setting and seed, next to the HTML
RECORD_NAME = "werkmap.json"

CSS = """
@page { size: A4 portrait; margin: 12mm; }
* { box-sizing: border-box; }
html { background: #d9d9d9; }
body { font-family: "Segoe UI", Helvetica, Arial, sans-serif; font-size: 11pt; color: #1a1a1a;
       line-height: 1.4; margin: 0; padding: 8mm 0; }
section.page { background: #fff; width: 210mm; min-height: 297mm; margin: 0 auto 8mm auto;
               padding: 12mm; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.25); }
h1 { font-size: 22pt; margin: 0 0 2mm 0; }
h2 { font-size: 16pt; margin: 0 0 3mm 0; border-bottom: 2px solid #0b4f8a; color: #0b4f8a; }
h3 { font-size: 12pt; margin: 3mm 0 1.5mm 0; }
p { margin: 1.5mm 0; }
ul, ol { margin: 1mm 0 1mm 6mm; padding: 0; }
li { margin: 0.8mm 0; }
.sub { font-size: 12.5pt; color: #333; }
.note, .caveat { border-left: 3px solid #a15c00; padding-left: 3mm; color: #333; }
.params { margin-top: 4mm; font-size: 9pt; color: #444; border-top: 1px solid #bbb;
          padding-top: 1.5mm; }
.seed { font-weight: normal; font-size: 9.5pt; color: #555; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; line-height: 1.25;
        break-inside: avoid; page-break-inside: avoid; }
th, td { padding: 0.8mm 1.5mm; border-bottom: 1px solid #d4d4d4; text-align: right;
         vertical-align: top; }
th:first-child, td:first-child { text-align: left; }
thead th { border-bottom: 1.5px solid #666; }
td .range { color: #555; font-size: 8.5pt; white-space: nowrap; }
td.same { color: #777; }
table.outcomes { font-size: 8.5pt; }
table.outcomes th, table.outcomes td { padding: 0.5mm 1.2mm; }
#methode { font-size: 10pt; }
#methode li { margin: 0.4mm 0; }
#oefening-1-gespreksstof { font-size: 9.5pt; }
#oefening-1-gespreksstof .talk { padding: 2mm 3mm; margin-bottom: 2mm; }
#oefening-1-gespreksstof li { margin: 0.3mm 0; }
.cards, .proposals { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 4mm; }
.card, .proposal, .talk { border: 1.5px dashed #777; padding: 3mm; break-inside: avoid;
                          page-break-inside: avoid; }
.talk { border-style: solid; border-color: #ccc; margin-bottom: 2.5mm; }
.talk h3 { margin-top: 0; }
.card h3, .proposal h3 { margin-top: 0; }
.task { font-weight: bold; font-size: 12pt; }
table.predict td { text-align: left; }
table.predict td.choice { text-align: right; white-space: nowrap; color: #333; }
.boxes { font-size: 11pt; }
.box { display: inline-block; margin-right: 4mm; white-space: nowrap; }
.why { font-size: 9.5pt; color: #444; min-height: 12mm; border-bottom: 1px dotted #888; }
.figures figure { margin: 0 0 4mm 0; break-inside: avoid; page-break-inside: avoid; }
.figures img { width: 100%; height: auto; }
figcaption { font-size: 9.5pt; color: #444; }
.questions li { margin-bottom: 2.5mm; }
.write { min-height: 30mm; border: 1px dotted #888; }
.sources { font-size: 8.5pt; color: #333; }
@media print {
  html { background: none; }
  body { padding: 0; }
  section.page { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none;
                 break-after: page; page-break-after: always; }
  section.page:last-child { break-after: auto; page-break-after: auto; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
}
"""


def _list(keys: list[str], tag: str = "ul", cls: str = "") -> str:
    klass = f' class="{cls}"' if cls else ""
    return f"<{tag}{klass}>" + "".join(f"<li>{esc(t(k))}</li>" for k in keys) + f"</{tag}>"


def cover_page(titles: list[str], command: str | None) -> str:
    made = tf("ho_made", version=__version__, date=date.today().strftime(t("rp_date_format")))
    again = f"<br>{esc(tf('ho_again', command=command))}" if command else ""
    contents = "".join(f"<li>{esc(title)}</li>" for title in titles)
    body = (
        f"<p class='sub'>{esc(t('ho_subtitle'))}</p>"
        f"<h3>{esc(t('ho_how'))}</h3>"
        f"{_list(['ho_how_1', 'ho_how_2', 'ho_how_3', 'ho_how_4'], 'ol')}"
        f"<p class='note'>{esc(t('ho_how_note'))}</p>"
        f"<h3>{esc(t('ho_contents'))}</h3><ol>{contents}</ol>"
        f"<p class='caveat'>{esc(t('ho_caveat'))}</p>"
    )
    params = f"{made}. {tf('ho_params_file', name=RECORD_NAME)}"
    page = section("voorblad", t("ho_title"), body)
    # the cover's title is the document's h1; the footer repeats the command
    page = page.replace("<h2>", "<h1>", 1).replace("</h2>", "</h1>", 1)
    return page.replace("</section>", f'<p class="params">{esc(params)}{again}</p></section>')


def method_page() -> str:
    steps = [f"ho_step_{k}" for k in range(1, 9)]
    body = (
        f"<h3>{esc(t('ho_method_what'))}</h3>"
        f"{_list(['ho_method_what_1', 'ho_method_what_2', 'ho_method_what_3'])}"
        f"<h3>{esc(t('ho_method_pilot'))}</h3>"
        f"{_list(['ho_method_pilot_1', 'ho_method_pilot_2', 'ho_method_pilot_3'])}"
        f"<h3>{esc(t('ho_method_steps'))}</h3>{_list(steps, 'ol')}"
        f"<p>{esc(t('ho_method_criteria'))}</p>"
        f"<h3>{esc(t('ho_method_hard'))}</h3>"
        f"{_list(['ho_method_hard_1', 'ho_method_tips', 'ho_method_found'])}"
        f"<p class='sources'><b>{esc(t('ho_sources'))}.</b> {esc(t('ho_sources_text'))}</p>"
    )
    return section("methode", t("ho_method"), body)


def debrief_page() -> str:
    questions = [f"ho_q{k}" for k in range(1, 8)]
    body = (
        f"<p>{esc(t('ho_debrief_intro'))}</p>{_list(questions, 'ol', 'questions')}"
        f"<h3>{esc(t('ho_closing'))}</h3><p>{esc(t('ho_closing_1'))}</p>"
        f"<p>{esc(t('ho_write_here'))}</p><div class='write'></div>"
    )
    return section("nabespreking", t("ho_debrief"), body)


def document(ex1: Exercise1, ex2: Exercise2, command: str | None = None) -> str:
    """The pack's HTML: one self-contained file (inline CSS, plots as ``data:`` images)."""
    pages = [
        method_page(),
        cards_page(ex1),
        results_page(ex1),
        figures_page(ex1),
        talk_page(ex1),
        proposals_page(ex2),
        outcomes_page(ex2),
        debrief_page(),
    ]
    titles = [html.unescape(p.split("<h2>", 1)[1].split("</h2>", 1)[0]) for p in pages]
    body = "\n".join([cover_page(titles, command), *pages])
    return f"""<!DOCTYPE html>
<html lang="{current()}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>buurtsim – {esc(t("ho_title"))}</title>
<style>{CSS}</style>
</head>
<body>
{body}
</body>
</html>
"""

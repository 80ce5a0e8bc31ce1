# ruff: noqa: E501  (one sentence per line reads and diffs better than wrapped pieces)
"""Titles, summaries and messages of the panels in :mod:`buurtsim.widgets` (the control, ideas,
realisation, evaluation, decision, outreach, neighbourhood and run panels, and the scenario lab).

Entries with ``{name}`` placeholders are filled with :func:`buurtsim.i18n.tf`; numbers come in
already written out in the panel's language (:func:`buurtsim.i18n.number`, ``euro``, ``percent``).
"""

from __future__ import annotations

# fmt: off
PANEL_TEXTS: dict[str, tuple[str, str]] = {
    # every panel (widgets/base.py, widgets/controls.py)
    "table_outcome": ("uitkomst", "outcome"),
    "table_value": ("waarde", "value"),
    "status_line": ("{ideas} ideeën, {realised} gerealiseerd, {spent} uitgegeven",
                    "{ideas} ideas, {realised} realised, {spent} spent"),
    "allowed_one_of": ("een van: {names}", "one of: {names}"),
    "allowed_whole": ("een geheel getal", "a whole number"),
    "allowed_number": ("een getal", "a number"),
    "allowed_range": ("{noun} van {lo} tot {hi}", "{noun} from {lo} to {hi}"),
    "error_not_allowed": ("{label}: deze waarde kan niet; toegestaan is {allowed}.",
                          "{label}: this value is not possible; allowed is {allowed}."),
    # ControlPanel
    "control_base_group": ("{name} (basis)", "{name} (baseline)"),
    "control_title": ("mediaan en 10-90% van {runs} simulaties", "median and 10-90% of {runs} runs"),
    "control_say": ("{proposals} voorstellen, {conflicts} conflicten, vertrouwen {trust}",
                    "{proposals} proposals, {conflicts} conflicts, trust {trust}"),
    "control_summary": ("Jouw keuze: {mine} — basis: {base} (mediaan van {runs} simulaties)",
                        "Your choice: {mine} — baseline: {base} (median of {runs} runs)"),
    # IdeasPanel
    "ideas_votes_title": ("stickerstemming op de startavond", "sticker vote at the kick-off"),
    "ideas_costs_title": ("ideeën van deze simulatie", "ideas of this run"),
    "ideas_fates_title": ("gemiddeld over {runs} simulaties", "mean over {runs} runs"),
    "ideas_summary": ("Gemiddeld {ideas} ideeën (gemiddeld {cost}), {in_frame} binnen het kader, {redirected} doorverwezen, {withdrawn} ingetrokken, {to_decision} ter stemming ({runs} simulaties)",
                      "On average {ideas} ideas (average cost {cost}), {in_frame} within the framework, {redirected} redirected, {withdrawn} withdrawn, {to_decision} put to the decision ({runs} runs)"),
    # RealisationPanel
    "realisation_no_ideas": ("geen ideeën in deze simulatie", "no ideas in this run"),
    "realisation_timeline_title": ("elk initiatief van de simulatie met startgetal {seed}",
                                   "every initiative of the run with seed {seed}"),
    "realisation_waiting": ("wachten op\nde gemeente", "waiting for\nthe municipality"),
    "realisation_to_realised": ("beslissing tot\nrealisatie", "decision to\nrealisation"),
    "realisation_delays_title": ("mediaan en elk initiatief ({runs} simulaties)",
                                 "median and each initiative ({runs} runs)"),
    "realisation_summary": ("Gemiddeld {approved} initiatieven per simulatie door de gemeente bekeken; mediaan {review} weken wachten op de gemeente en {done} weken van beslissing tot realisatie ({runs} simulaties)",
                            "On average {approved} initiatives per run reviewed by the municipality; median {review} weeks waiting for the municipality and {done} weeks from decision to realisation ({runs} runs)"),
    # EvaluationPanel
    "evaluation_sustained": ("nog onderhouden", "still kept up"),
    "evaluation_end_title": ("initiatieven op het einde (week {weeks})",
                             "initiatives at the end (week {weeks})"),
    "evaluation_summary": ("Na {weeks} weken: gemiddeld {realised} gerealiseerd, {sustained} nog onderhouden; cohesie {cohesion} en eenzame kwetsbare bewoners {lonely} procentpunt (mediaan van {runs} simulaties)",
                           "After {weeks} weeks: on average {realised} realised, {sustained} still kept up; cohesion {cohesion} and lonely vulnerable residents {lonely} percentage points (median of {runs} runs)"),
    # DecisionPanel
    "decision_who_gets_what": ("wie krijgt wat? budget {budget}", "who gets what? budget {budget}"),
    "decision_votes": ("{label} ({votes} voor)", "{label} ({votes} in favour)"),
    "decision_conflicts_title": ("conflicten\n(gemiddelde en elke simulatie, {runs} simulaties)",
                                 "conflicts\n(mean and each run, {runs} runs)"),
    "decision_summary": ("Simulatie met startgetal {seed}: {proposals} voorstellen vragen samen {asked} (budget {budget}). Gefinancierd: {funded}. Conflicten: gemiddeld {opened} geopend, {escalated} geëscaleerd",
                         "The run with seed {seed}: {proposals} proposals ask {asked} together (budget {budget}). Funded: {funded}. Conflicts: on average {opened} opened, {escalated} escalated"),
    # OutreachPanel
    "outreach_play": ("Speel af", "Play"),
    "outreach_when": ("week {week} van {kickoff} (startavond in week {kickoff})",
                      "week {week} of {kickoff} (kick-off in week {kickoff})"),
    "outreach_share_title": ("doet mee bij de startavond\n(gemiddelde en elke simulatie)",
                             "taking part at the kick-off\n(mean and each run)"),
    "outreach_summary": ("Bij de startavond doet {vulnerable} van de kwetsbare bewoners mee, tegen {others} van de anderen (gemiddelde van {runs} simulaties)",
                         "At the kick-off {vulnerable} of the vulnerable residents take part, against {others} of the others (mean of {runs} runs)"),
    # NeighbourhoodPanel
    "facts_feature": ("kenmerk", "feature"),
    "neighbourhood_summary": ("{households} gezinnen, {adults} volwassenen in {streets} straten; {vulnerable} kwetsbaar, {ties} contacten per bewoner",
                              "{households} households, {adults} adults in {streets} streets; {vulnerable} vulnerable, {ties} ties per resident"),
    # RunPanel
    "run_median_of": ("mediaan van {runs} simulaties: ", "median of {runs} runs: "),
    # ScenarioLab
    "lab_choose_scenarios": ("kies 1 tot 4 scenario's om te vergelijken", "choose 1 to 4 scenarios to compare"),
    "lab_bars_title": ("mediaan en 10-90% per scenario", "median and 10-90% per scenario"),
    "lab_curve_title": ("de loslaatcurve (huidige schuifjes)", "the letting-go curve (current sliders)"),
    "lab_summary": ("Gerealiseerde initiatieven (mediaan van {runs} simulaties) — {parts}",
                    "Initiatives realised (median of {runs} runs) — {parts}"),
    "lab_curve_status": ("{name}: mediaan {low} bij controle 0% en {high} bij controle 100%",
                         "{name}: median {low} at 0% control and {high} at 100% control"),
    "lab_nothing_to_save": ("er is nog niets om te bewaren: klik eerst op Simuleer",
                            "nothing to save yet: click Simulate first"),
    "lab_saved": ("Bewaard: {names}", "Saved: {names}"),
    "lab_folder": ("resultaten", "results"),
    "lab_sheet_runs": ("simulaties", "runs"),
    "lab_sheet_weeks": ("weken", "weeks"),
    "lab_sheet_curve": ("controlecurve", "control curve"),
    "lab_saved_and": ("en", "and"),
}
# fmt: on

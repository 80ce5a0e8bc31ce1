"""What every figure shows, in one sentence: the alt text of plots and panels.

:mod:`buurtsim.plots.describe` fills the ``{placeholders}`` from the data drawn (with
:func:`buurtsim.i18n.tf`); a panel's sentence is its ``alt_panel_*`` kind followed by its status
line. Numbers arrive already written the language's way (``€ 8.000``, ``12,5%`` in Dutch;
``€8,000``, ``12.5%`` in English).
"""

from __future__ import annotations

# fmt: off
FIGURES: dict[str, tuple[str, str]] = {
    "alt_and": ("en", "and"),
    "alt_none": ("niets", "nothing"),
    "alt_timeseries": (
        "Lijnen per week (week {first} tot {last}) van {measures}, met de fasen erachter; "
        "{lead} gaat van {start} naar {end}.",
        "Weekly lines (weeks {first} to {last}) of {measures}, with the phases behind them; "
        "{lead} goes from {start} to {end}.",
    ),
    "alt_bands": (
        "Mediaan per week met de band van 10 tot 90% over {runs} simulaties van {measure} voor "
        "{groups}; in week {last} het hoogst: {best} ({value}).",
        "Weekly median with the 10 to 90% band over {runs} runs of {measure} for {groups}; in "
        "week {last} the highest: {best} ({value}).",
    ),
    "alt_bands_measures": (
        "Mediaan per week met de band van 10 tot 90% over {runs} simulaties van {groups}; in "
        "week {last} het hoogst: {best} ({value}).",
        "Weekly median with the 10 to 90% band over {runs} runs of {groups}; in week {last} "
        "the highest: {best} ({value}).",
    ),
    "alt_bars": (
        "Staven van {outcomes} (mediaan over {runs} simulaties, met 10 tot 90%) voor {groups}; "
        "{first}: het hoogst bij {best} ({value}).",
        "Bars of {outcomes} (median over {runs} runs, with 10 to 90%) for {groups}; {first}: "
        "highest for {best} ({value}).",
    ),
    "alt_bars_one": (
        "Staven van {outcomes} (mediaan over {runs} simulaties, met 10 tot 90%); {first}: "
        "{value}.",
        "Bars of {outcomes} (median over {runs} runs, with 10 to 90%); {first}: {value}.",
    ),
    "alt_curve": (
        "{outcome} tegen {param} (mediaan over {runs} simulaties per waarde): {start} bij {x0}, "
        "{end} bij {x1}, het hoogst ({best}) bij {xbest}.",
        "{outcome} against {param} (median over {runs} runs per value): {start} at {x0}, "
        "{end} at {x1}, highest ({best}) at {xbest}.",
    ),
    "alt_map": (
        "Kaart van {houses} huizen in {streets} straten, met lijnen voor de contacten tussen "
        "bewoners; {counts}.",
        "Map of {houses} houses in {streets} streets, with lines for the ties between "
        "residents; {counts}.",
    ),
    "alt_map_streets": ("elke kleur is een straat", "each colour is a street"),
    "alt_timeline": (
        "Tijdlijn van {count} initiatieven van week {first} tot {last}, van idee tot "
        "realisatie; {counts}.",
        "Timeline of {count} initiatives from week {first} to {last}, from idea to "
        "realisation; {counts}.",
    ),
    "alt_votes": (
        "Stickers en ideeën per thema: de meeste stickers op {sticker_theme} ({stickers}), "
        "de meeste ideeën over {idea_theme} ({ideas}).",
        "Stickers and ideas per theme: most stickers on {sticker_theme} ({stickers}), most "
        "ideas about {idea_theme} ({ideas}).",
    ),
    "alt_costs": (
        "Kosten van {count} ideeën, van {low} tot {high}; {fates}.",
        "Costs of {count} ideas, from {low} to {high}; {fates}.",
    ),
    "alt_costs_limit": (
        "Kosten van {count} ideeën, van {low} tot {high}, {over} boven het maximum per "
        "project ({limit}); {fates}.",
        "Costs of {count} ideas, from {low} to {high}, {over} above the maximum per project "
        "({limit}); {fates}.",
    ),
    "alt_empty_handed": (
        "Kiezers die geen enkel van hun projecten krijgen, per regel: het minst bij {best} "
        "({low}), het meest bij {worst} ({high}).",
        "Voters who get none of their projects, per rule: fewest under {best} ({low}), most "
        "under {worst} ({high}).",
    ),
    "alt_empty": ("Lege figuur: nog niets om te tonen.", "Empty figure: nothing to show yet."),
    "alt_panel": ("{kind}. {summary}.", "{kind}. {summary}."),
    "alt_panel_run": (
        "Lijnen per week van de gekozen maten en een tabel met de uitkomsten",
        "Weekly lines of the chosen measures and a table of the outcomes",
    ),
    "alt_panel_control": (
        "Staven per uitkomst: de basis naast jouw keuze, mediaan en 10 tot 90% van de simulaties",
        "Bars per outcome: the baseline next to your choice, median and 10 to 90% of the runs",
    ),
    "alt_panel_neighbourhood": (
        "Kaart van de buurt: huizen langs hun straten, lijnen voor de contacten",
        "Map of the neighbourhood: houses along their streets, lines for the ties",
    ),
    "alt_panel_outreach": (
        "Links een kaart van de huizen naar hoe ver de uitnodiging kwam (elke toestand een "
        "eigen vorm), rechts wie meedoet bij de startavond",
        "Left a map of the houses by how far the invitation reached (each state its own "
        "shape), right who takes part at the kick-off",
    ),
    "alt_panel_ideas": (
        "De stickerstemming per thema, de kosten van elk idee en wat er gemiddeld met de "
        "ideeën gebeurt",
        "The sticker vote per theme, the cost of every idea and what happens to the ideas on "
        "average",
    ),
    "alt_panel_decision": (
        "Links het bedrag per voorstel onder elke beslisregel, rechts de conflicten",
        "Left the amount per proposal under each decision rule, right the conflicts",
    ),
    "alt_panel_realisation": (
        "Links de tijdlijn van elk initiatief, rechts hoe lang wachten en uitvoeren duren",
        "Left the timeline of every initiative, right how long waiting and carrying out take",
    ),
    "alt_panel_evaluation": (
        "Links de maten per week over de simulaties, rechts de initiatieven op het einde",
        "Left the measures per week over the runs, right the initiatives at the end",
    ),
    "alt_panel_lab": (
        "Lijnen per week en staven per scenario, met de loslaatcurve als die getekend is",
        "Weekly lines and bars per scenario, with the letting-go curve when it is drawn",
    ),
    "alt_panel_comparison": (
        "Staven per uitkomst voor elke groep, mediaan en 10 tot 90% van hun simulaties",
        "Bars per outcome for every group, median and 10 to 90% of their runs",
    ),
    # words drawn on the plots themselves (buurtsim.plots)
    "plot_letting_go": ("← loslaten", "← letting go"),
    "plot_more_control": ("meer controle →", "more control →"),
    "plot_bands_title": ("mediaan en 10-90% van {runs} simulaties",
                         "median and 10-90% of {runs} runs"),
    "plot_vulnerable_house": ("huis met kwetsbare bewoner(s)", "house with vulnerable resident(s)"),
    "plot_other_house": ("ander huis", "other house"),
    "plot_vulnerable_houses": ("huizen met kwetsbare bewoners", "houses with vulnerable residents"),
    "plot_other_houses": ("andere huizen", "other houses"),
}
# fmt: on

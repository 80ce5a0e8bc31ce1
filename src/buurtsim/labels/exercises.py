# ruff: noqa: E501  (one sentence per line reads and diffs better than wrapped pieces)
"""Words of the "Probeer zelf" exercises (:mod:`buurtsim.exercises`): buttons, verdicts, and
for each question the mechanism of the model that explains its answer.

Entries with ``{name}`` are templates: fill them with :func:`buurtsim.i18n.t` and ``.format``.
"""

from __future__ import annotations

# fmt: off
EXERCISES: dict[str, tuple[str, str]] = {
    # the widget
    "ex_check": ("Controleer", "Check"),
    "ex_no_answer": ("Vul eerst je antwoord in, in plaats van het lege vakje, en voer de cel opnieuw uit.",
                     "Fill in your answer first, instead of the empty placeholder, and run the cell again."),
    "ex_choose": ("Kies eerst een antwoord met de knoppen.", "Choose an answer with the buttons first."),
    "ex_busy": ("Het model draait {runs} keer per instelling …", "The model runs {runs} times per setting …"),
    "ex_failed": ("Dit lukte niet: {error}", "This did not work: {error}"),
    "ex_unknown": ("Ik begrijp '{answer}' niet. Kies een van deze antwoorden: {options}.",
                   "I do not understand '{answer}'. Choose one of these answers: {options}."),
    "ex_first_number": ("Geef een getal, bijvoorbeeld 7 (niet '{answer}').", "Give a number, for example 7 (not '{answer}')."),
    "ex_first_right": ("Juist: in deze simulatie kwamen er {truth} ideeën op tafel. Met startgetal {seed} komt er altijd precies deze simulatie uit; een ander startgetal geeft een andere buurt en ander toeval.",
                       "Right: {truth} ideas came up in this run. Seed {seed} always gives exactly this run; another seed gives another neighbourhood and other chance."),
    "ex_first_wrong": ("Niet helemaal: het waren er {hint} dan {given}. Kijk naar de statusregel onder de knop Simuleer.",
                       "Not quite: there were {hint} than {given}. Look at the status line under the Simulate button."),
    # the answers
    "meer": ("meer", "more"),
    "minder": ("minder", "fewer"),
    "gelijk": ("ongeveer gelijk", "about the same"),
    "ja": ("ja", "yes"),
    "nee": ("nee", "no"),
    # verdicts
    "ex_right": ("Juist: {answer}.", "Right: {answer}."),
    "ex_wrong": ("Niet wat het model laat zien: het juiste antwoord is {answer}.",
                 "Not what the model shows: the right answer is {answer}."),
    "ex_facts_direction": ("Gemiddeld over {runs} simulaties per instelling: {before} {what} bij {first}, {after} bij {second}.",
                           "On average over {runs} runs per setting: {before} {what} at {first}, {after} at {second}."),
    "ex_facts_best": ("Gemiddeld over {runs} simulaties per keuze: {facts}.",
                      "On average over {runs} runs per choice: {facts}."),
    "ex_clear": ("Het verschil ({diff}) is groter dan de marge ({margin}) en dan het toeval (twee standaardfouten: {noise}).",
                 "The difference ({diff}) is larger than the margin ({margin}) and than chance (two standard errors: {noise})."),
    "ex_small": ("Het verschil ({diff}) is niet groter dan de marge ({margin}) en het toeval (twee standaardfouten: {noise}); dat noemen we ongeveer gelijk.",
                 "The difference ({diff}) is not larger than both the margin ({margin}) and chance (two standard errors: {noise}); we call that about the same."),
    "ex_best_clear": ("{best} wint met {diff} verschil op {second}: meer dan de marge ({margin}) en het toeval (twee standaardfouten: {noise}).",
                      "{best} wins by {diff} over {second}: more than the margin ({margin}) and chance (two standard errors: {noise})."),
    "ex_best_small": ("{best} en {second} liggen maar {diff} uit elkaar, niet meer dan de marge ({margin}) en het toeval (twee standaardfouten: {noise}); dat noemen we ongeveer gelijk.",
                      "{best} and {second} are only {diff} apart, not more than both the margin ({margin}) and chance (two standard errors: {noise}); we call that about the same."),
    "ex_panel_stale": ("De schuifjes van het paneel zijn veranderd: klik eerst op Simuleer, dan kijk ik het na op wat het paneel toont.",
                       "The panel's sliders changed: click Simulate first, then I check against what the panel shows."),
    "ex_lab_not_run": ("Laat het scenariolab eerst rekenen (knop Simuleer).", "Run the scenario lab first (the Simulate button)."),
    # what each question compares
    "what_isolated_share": ("geïsoleerde bewoners", "isolated residents"),
    "what_vulnerable": ("kwetsbare bewoners die meedoen", "vulnerable residents taking part"),
    "what_in_frame": ("ideeën binnen het kader", "ideas inside the framework"),
    "what_initiatives_realised": ("gerealiseerde initiatieven", "initiatives realised"),
    "what_initiatives_sustained": ("initiatieven nog onderhouden", "initiatives still kept up"),
    "what_review_delay": ("weken wachten op de toetsing", "weeks waiting for the review"),
    "unit_weeks": ("{value} weken", "{value} weeks"),
    # why: the mechanism behind each question's answer
    "why_neighbourhood": ("Waarom: in het model is een bewoner geïsoleerd als hij kwetsbaar is, vooral als hij alleen woont; de Olmen-achtige buurt heeft minder kwetsbare bewoners en meer gezinnen met twee volwassenen.",
                          "Why: in the model a resident is isolated when vulnerable, above all when living alone; the Olmen-like neighbourhood has fewer vulnerable residents and more two-adult households."),
    "why_control": ("Waarom: een gemeente die meer controle houdt, kijkt elk gekozen project langer na en kort het vaker in of houdt het tegen; bewoners die weinig inspraak verwachten, doen minder mee en trekkers haken af terwijl ze wachten.",
                    "Why: a municipality that keeps more control reviews every chosen project longer and trims or vetoes it more often; residents who expect little say take part less, and trekkers give up while they wait."),
    "why_outreach": ("Waarom: huisbezoeken gaan eerst naar wie nog niet bereikt is, zoals kwetsbare gezinnen; een kerngroep nodigt vooral mensen uit die haar leden al kennen, en naar een infoavond komt vooral wie toch al zou komen.",
                     "Why: door-to-door visits go first to those not yet reached, such as vulnerable households; a kerngroep invites mostly people its members already know, and an info evening draws mostly those who would come anyway."),
    "why_cost": ("Waarom: een idee dat meer kost dan de grens voor één project valt buiten het kader, tenzij de bewoners er met huiswerk een kleinere, haalbare versie van maken; dat lukt vaak, maar niet altijd.",
                 "Why: an idea that costs more than the limit for one project falls outside the framework, unless the residents' homework makes a smaller, feasible version of it; that often works, but not always."),
    "why_review": ("Waarom: hoe meer controle de gemeente houdt, hoe langer haar toetsing duurt (een week, plus een deel dat met de controle groeit) en hoe meer projecten ze grondig nakijkt.",
                   "Why: the more control the municipality keeps, the longer its review takes (a week, plus a part that grows with control) and the more projects it checks thoroughly."),
    "why_upkeep": ("Waarom: een project blijft alleen onderhouden als de buren die het onderhouden samen genoeg vrije tijd hebben voor de uren die het elke week vraagt, en zolang ze zich eigenaar voelen.",
                   "Why: a project is only kept up while the neighbours who keep it have enough free time together for the hours it asks each week, and while they feel they own it."),
}
# fmt: on

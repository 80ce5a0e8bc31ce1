# ruff: noqa: E501  (one sentence per line reads and diffs better than wrapped pieces)
"""Words of notebook 09's experiment panel (:mod:`buurtsim.exercises.experiment`): its fields,
its refusals of bad input, its verdict, and for each parameter it offers the mechanism of the
model through which that parameter acts (the "why" of the feedback).

Entries with ``{name}`` are templates: fill them with :func:`buurtsim.i18n.tf`.
"""

from __future__ import annotations

# fmt: off
EXPERIMENT: dict[str, tuple[str, str]] = {
    # the fields
    "exp_parameter": ("Parameter", "Parameter"),
    "exp_value_a": ("Waarde A", "Value A"),
    "exp_value_b": ("Waarde B", "Value B"),
    "exp_outcome": ("Uitkomst", "Outcome"),
    "exp_runs": ("Simulaties per waarde", "Runs per value"),
    "exp_allowed": ("{param} is {allowed}.", "{param} takes {allowed}."),
    "exp_predict": ("Voorspel eerst wat er gebeurt met {outcome} als je van waarde A naar waarde B gaat: hoger, lager of ongeveer gelijk?",
                    "Predict first what happens to {outcome} when you go from value A to value B: higher, lower or about the same?"),
    "exp_higher": ("hoger", "higher"),
    "exp_lower": ("lager", "lower"),
    # bad input, refused with what is allowed
    "exp_empty": ("{field} is leeg; typ {allowed}.", "{field} is empty; type {allowed}."),
    "exp_not_number": ("{field}: '{value}' is geen getal; typ {allowed}, bijvoorbeeld {example}.",
                       "{field}: '{value}' is not a number; type {allowed}, for example {example}."),
    "exp_ambiguous": ("{field}: '{value}' kan {one} of {other} betekenen; typ het getal zonder scheidingsteken voor duizendtallen.",
                      "{field}: '{value}' could mean {one} or {other}; type the number without a thousands separator."),
    "exp_out_of_range": ("{field}: {value} kan niet, want {param} is {allowed}.",
                         "{field}: {value} is not possible: {param} takes {allowed}."),
    "exp_same_values": ("Waarde A en waarde B zijn allebei {value}: kies twee verschillende waarden, anders vergelijk je niets.",
                        "Value A and value B are both {value}: choose two different values, or you compare nothing."),
    "exp_too_few_runs": ("Simulaties per waarde: {runs} is te weinig; kies er minstens {min_runs}. Eén simulatie zegt weinig, het toeval speelt mee.",
                         "Runs per value: {runs} is too few; choose at least {min_runs}. One run says little; chance plays a part."),
    "exp_unknown": ("{field}: '{value}' kan hier niet; kies een van: {names}.",
                    "{field}: '{value}' is not offered here; choose one of: {names}."),
    # the verdict
    "exp_held": ("Je voorspelling klopt: {answer}.", "Your prediction holds: {answer}."),
    "exp_missed": ("Je voorspelling klopt niet: het juiste antwoord is {answer}.",
                   "Your prediction does not hold: the right answer is {answer}."),
    "exp_facts": ("Gemiddeld over {runs} simulaties per waarde, met dezelfde startgetallen ({first} tot {last}): {outcome} {before} bij {a} en {after} bij {b}.",
                  "On average over {runs} runs per value, on the same seeds ({first} to {last}): {outcome} {before} at {a} and {after} at {b}."),
    "exp_medians": ("Mediaan met 10-90%-band: {facts}.", "Median with 10-90% band: {facts}."),
    "exp_median_band": ("{group}: {median} ({low} tot {high})", "{group}: {median} ({low} to {high})"),
    "exp_few_runs": ("Let op: met minder dan {min_runs} simulaties per waarde is dit oordeel minder zeker; een ander startgetal kan een ander antwoord geven.",
                     "Careful: with fewer than {min_runs} runs per value this verdict is less certain; another seed may give another answer."),
    "exp_group": ("{name} ({value})", "{name} ({value})"),
    # why: the mechanism through which each parameter acts in the model
    "exp_why_control": ("Waarom: de controle bepaalt hoe lang en hoe streng de gemeente elk gekozen project toetst en hoe vaak ze het inkort of tegenhoudt; bewoners leren daaruit hoeveel inspraak ze echt hebben, en dat stuurt hun vertrouwen, hun eigenaarschap en of ze meedoen.",
                        "Why: control sets how long and how strictly the municipality reviews each chosen project, and how often it trims or vetoes it; residents learn from this how much say they really have, which drives their trust, their ownership and whether they take part."),
    "exp_why_clarity": ("Waarom: met een duidelijk werkingskader toetsen de werkgroep en de gemeente ideeën juister, is er minder onenigheid over wat mag en lukt bemiddelen vaker; bij een vaag kader glippen ideeën buiten het kader erdoor en worden goede ideeën onterecht afgewezen.",
                        "Why: with a clear framework the working group and the municipality judge ideas more accurately, residents disagree less about what is allowed, and mediation works more often; with a vague framework ideas outside it slip through and good ideas are wrongly turned down."),
    "exp_why_support": ("Waarom: ondersteuning door de gemeente (technische dienst, vergunningen) verkort de voorbereiding, geeft extra uren bij het uitvoeren en helpt onderhouden; bij een project met een onderhoudsafspraak kan de gemeente het onderhoud overnemen.",
                        "Why: municipal support (technical service, permits) shortens the preparation, adds hours to the building work and helps with upkeep; for a project with a maintenance agreement the municipality can take the upkeep over."),
    "exp_why_review_weeks": ("Waarom: de toetsing door de gemeente duurt een week plus deze duur maal de controle; zolang ze loopt, kan een project niet beginnen, en een trekker die langer wacht dan beloofd, raakt teleurgesteld en kan het opgeven.",
                             "Why: the municipality's review takes a week plus this time multiplied by control; while it lasts a project cannot start, and a trekker (the resident who leads a project) who waits longer than promised is disappointed and may give up."),
    "exp_why_amount": ("Waarom: met meer geld kunnen bij de beslissing meer en grotere voorstellen gefinancierd worden; maar hoeveel ideeën er zijn, hangt af van wie meedoet, en elk project vraagt vrijwilligersuren, dus meer geld geeft niet vanzelf meer projecten.",
                       "Why: with more money the decision can fund more and larger proposals; but how many ideas there are depends on who takes part, and every project needs volunteer hours, so more money does not by itself give more projects."),
    "exp_why_cost_scale": ("Waarom: het prijsniveau vermenigvuldigt de kosten van elk idee; duurdere ideeën overschrijden vaker de grens voor één project, vragen meer vrijwilligersuren, en met hetzelfde budget passen er minder in.",
                           "Why: the cost level multiplies the cost of every idea; dearer ideas go over the limit for one project more often, need more volunteer hours, and fewer of them fit in the same budget."),
    "exp_why_hours": ("Waarom: de procesbegeleider verdeelt elke week zijn uren over bemiddelen, voorstellen toetsen, bewoners bereiken en helpen uitvoeren; met minder uren blijft er werk liggen, eerst het minst dringende.",
                      "Why: the facilitator shares out their hours every week between mediating, checking proposals, reaching residents and helping to build; with fewer hours work is left undone, the least urgent first."),
    "exp_why_escalation": ("Waarom: zonder bemiddeling groeit een conflict elke week met deze snelheid, sneller tussen onverdraagzame bewoners en bij een vaag kader; een geëscaleerd conflict verbreekt een band, kan mensen doen afhaken en een voorstel of project doen sneuvelen.",
                           "Why: without mediation a conflict grows by this rate every week, faster between intolerant residents and under a vague framework; an escalated conflict breaks a tie, can make people drop out and can bring down a proposal or a project."),
    "exp_why_meeting": ("Waarom: elke gerealiseerde ontmoetingsplek (een bank, een speelplek) geeft de bewoners van haar straat elke week een extra kans om elkaar toevallig te ontmoeten; zo groeien banden, en dat verhoogt de sociale cohesie en verlaagt de eenzaamheid.",
                        "Why: every meeting place that is built (a bench, a play area) gives the residents of its street an extra weekly chance to meet by chance; that is how ties grow, which raises cohesion and lowers loneliness."),
    "exp_why_upkeep": ("Waarom: een project blijft alleen onderhouden als de buren die het onderhouden samen genoeg vrije tijd hebben voor de uren die het elke week vraagt; zonder onderhoud gaat het achteruit en geeft het minder ontmoetingen.",
                       "Why: a project is only kept up while the neighbours who keep it have enough free time together for the hours it asks each week; without upkeep it wears down and brings fewer meetings."),
    "exp_why_word_of_mouth": ("Waarom: bewoners die meedoen, vertellen het aan hun contacten; met meer mond-tot-mondreclame horen meer bewoners van het buurtbudget, en alleen wie ervan weet, kan beslissen om mee te doen.",
                              "Why: residents who take part tell their contacts; with more word of mouth more residents hear of the buurtbudget, and only those who know of it can decide to join."),
    "exp_why_vulnerable": ("Waarom: kwetsbare bewoners hebben een extra drempel om mee te doen en zijn vaker geïsoleerd en eenzaam; met meer kwetsbare bewoners doen er minder mensen mee en zijn er meer eenzamen.",
                           "Why: vulnerable residents face an extra threshold to take part and are more often isolated and lonely; with more vulnerable residents fewer people take part and more are lonely."),
}
# fmt: on

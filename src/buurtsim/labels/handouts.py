"""Words of the paper pack (``buurtsim handouts``): its sections, the group cards, the debrief
questions, the one-page method summary and the command's messages.

The facts of the method summary come from ``docs/METHOD.md``; the numbers in square brackets are
its sources (1 is the politeia.be article the project started from). Entries with ``{name}``
placeholders are filled with :func:`buurtsim.i18n.tf`.
"""

from __future__ import annotations

#: the sources of the method summary, by their number in docs/METHOD.md (titles, not translated)
_SOURCES = (
    '1 politeia.be, "Wat is het buurtbudget en hoe werkt het?" · 4 thomasmore.be, "Meer buurt '
    'met het buurtbudget" · 5 dewakkereburger.be, "Stappenplan voor een geslaagd burgerbudget" · '
    '7 dewakkereburger.be, "Leidt een buurtbudget tot betere burgers?" · 8 sociaal.net, "Geef '
    'bewoners een buurtbudget van 8.000 euro" · 9-12 buurtbudget.be/arendonk · 13 hln.be, '
    '"Buurtbewoners kiezen zelf hoe ze 8.000 euro spenderen" · 14 hln.be, "Olmenaren fleuren '
    'buurt op" · 15 dorpsbelangen.be/?p=5669 · 16 vormingpluskempen.be.'
)

# fmt: off
PACK: dict[str, tuple[str, str]] = {
    "ho_title": ("Buurtbudget: de workshop op papier", "Buurtbudget: the workshop on paper"),
    "ho_subtitle": (
        "Wat verandert er in de buurt als de gemeente meer of minder controle houdt? "
        "Alle simulaties zijn al gedaan: deze werkmap werkt zonder laptop.",
        "What changes in the neighbourhood when the municipality keeps more or less control? "
        "Every simulation has already been run: this pack works without a laptop."),
    "ho_contents": ("Inhoud", "Contents"),
    "ho_how": ("Zo gebruik je deze werkmap", "How to use this pack"),
    "ho_how_1": (
        "Druk af op A4, enkelzijdig (de groepskaarten en de voorstellen knip je los).",
        "Print on A4, single-sided (cut out the group cards and the proposals)."),
    "ho_how_2": (
        "Oefening 1: geef elke groep haar kaart. De groep voorspelt eerst, daarna deel je de "
        "vergelijking uit.",
        "Exercise 1: give every group its card. The group predicts first; then hand out the "
        "comparison."),
    "ho_how_3": (
        "Oefening 2: elke groep beoordeelt de voorstellen op papier. Pas daarna toon je wat "
        "de keuzes deden.",
        "Exercise 2: every group judges the proposals on paper. Only then show what the "
        "choices did."),
    "ho_how_4": (
        "Sluit af met de vragen voor de nabespreking en de samenvatting van de methode.",
        "Close with the debrief questions and the summary of the method."),
    "ho_how_note": (
        "Deze volgorde is de praktijk van de auteurs (geen bron): een voorspelling op voorhand "
        "maakt het gesprek over de uitkomsten scherper.",
        "This order is the authors' practice (no source): a prediction beforehand sharpens "
        "the talk about the outcomes."),
    "ho_caveat": (
        "Dit is een model, geen voorspelling: het toont wat volgt uit de aannames. Lees de "
        "verschillen tussen scenario's, niet de getallen op zich.",
        "This is a model, not a forecast: it shows what follows from its assumptions. Read "
        "the differences between scenarios, not the numbers themselves."),
    "ho_made": ("Gemaakt met buurtsim {version} op {date}",
                "Made with buurtsim {version} on {date}"),
    "ho_again": ("Opnieuw maken, met dezelfde getallen: {command}",
                 "Make it again, with the same numbers: {command}"),
    "ho_params_file": (
        "Alle instellingen en startgetallen staan ook in {name}, naast dit bestand.",
        "Every setting and seed is also in {name}, next to this file."),
    # the method summary
    "ho_method": ("De methode op één blad", "The method on one page"),
    "ho_method_what": ("Wat is een buurtbudget?", "What is a buurtbudget?"),
    "ho_method_what_1": (
        "Een open krediet: een vast bedrag voor één afgebakende buurt. De bewoners bedenken en "
        "doen zelf initiatieven voor sociale cohesie en leefbaarheid, met aandacht voor "
        "kwetsbare bewoners [1, 8].",
        "An open credit: a fixed sum for one bounded neighbourhood. Residents themselves think "
        "up and carry out initiatives for social cohesion and liveability, with attention to "
        "vulnerable residents [1, 8]."),
    "ho_method_what_2": (
        "Geen subsidieoproep: de bewoners dienen geen dossiers in die een jury beoordeelt [8].",
        "Not a subsidy call: residents do not file dossiers for a jury [8]."),
    "ho_method_what_3": (
        "De bewoners beslissen binnen een werkingskader met randvoorwaarden, dat de gemeente "
        "samen met de partners vastlegt [1, 4, 5]. Eigenaarschap is volgens de methode het "
        "werkzame bestanddeel [1].",
        "Residents decide inside a framework with boundary conditions that the municipality "
        "sets with the partners [1, 4, 5]. Ownership is, according to the method, the active "
        "ingredient [1]."),
    "ho_method_pilot": ("De pilot van 2018-2019", "The 2018-2019 pilot"),
    "ho_method_pilot_1": (
        "Arendonk: 8 straten, ongeveer 240 gezinnen. Olmen (Balen): 19 straten, ongeveer 575 "
        "gezinnen. Elk kreeg 8.000 euro [8, 14].",
        "Arendonk: 8 streets, about 240 households. Olmen (Balen): 19 streets, about 575 "
        "households. Each received 8,000 euro [8, 14]."),
    "ho_method_pilot_2": (
        "In Arendonk kwamen 35 bewoners naar de startavond, uit elke straat [9]. Ongeveer 8 "
        "ideeën werden uitgeschreven; 7 voorstellen gingen naar de beslissing [9, 11].",
        "In Arendonk 35 residents came to the kick-off, from every street [9]. About 8 ideas "
        "were written; 7 proposals went to the decision [9, 11]."),
    "ho_method_pilot_3": (
        "Gerealiseerd in Arendonk: petanquebanen, babbelbanken, bloemen, een fietskar "
        "(koffierondes, boekentoer) en een nieuwsbrief. In Olmen: een tent aan de Pastorij, "
        "een bijenhotel met de school, een wilgenhut, een bank en de Boskapelwandeling [13, 14].",
        "Realised in Arendonk: petanque courts, chat benches, flowers, a bike trailer (coffee "
        "rounds, book tour) and a newsletter. In Olmen: a tent at the Pastorij, a bee hotel "
        "with the school, a willow hut, a bench and the Boskapel walk [13, 14]."),
    "ho_method_steps": ("De stappen", "The steps"),
    "ho_step_1": ("Kies de juiste partners, die de buurt kennen [5].",
                  "Choose partners who know the local context [5]."),
    "ho_step_2": ("Kies de buurt, op grootte en sociale mix [5].",
                  "Choose the neighbourhood, on size and social mix [5]."),
    "ho_step_3": (
        "Bepaal een duidelijk speelveld: initiatieven verhogen de samenhorigheid én maken de "
        "buurt aangenamer [5].",
        "Set a clear framework: initiatives raise togetherness and make the neighbourhood more "
        "pleasant [5]."),
    "ho_step_4": (
        "Investeer in een lokale kerngroep; huisbezoeken kosten veel tijd, maar zijn het "
        "waard [5].",
        "Invest in a local kerngroep; door-to-door visits take time but are worth it [5]."),
    "ho_step_5": (
        "Ideeën: op de startavond (Arendonk, 3 oktober 2018) stemden de bewoners met stickers "
        "op thema's; ontmoeten, sport en ontspanning wonnen [9].",
        "Ideas: at the kick-off (Arendonk, 3 October 2018) residents voted on themes with "
        "stickers; meeting, sport and relaxation won [9]."),
    "ho_step_6": (
        "Uitwerken: op twee avonden toetsten ongeveer 10 bewoners elk voorstel aan het kader; "
        "ideeën buiten het kader gingen naar de gemeenteraad of het OCMW [10].",
        "Work out: on two evenings about 10 residents checked each proposal against the "
        "framework; ideas outside it went to the council or the OCMW [10]."),
    "ho_step_7": (
        "Beslissen: op 7 november 2018 bevroegen twee bewoners elk gezin. De meerderheid koos "
        "het hele pakket, ingekort waar nodig, met een trekker per project [11].",
        "Decide: on 7 November 2018 two residents polled every household. The majority chose "
        "the whole package, trimmed where needed, with one trekker per project [11]."),
    "ho_step_8": (
        "Realiseren en onderhouden: een wandeling langs de plannen (5 december 2018) en "
        "afspraken over onderhoud [12].",
        "Realise and sustain: a walk along the plans (5 December 2018) and agreements on "
        "maintenance [12]."),
    "ho_method_criteria": (
        "Criteria in Arendonk [10]: meerdere bewoners hebben er baat bij; het maakt de buurt "
        "aangenamer; het is realistisch en haalbaar; de kostprijs; er zijn afspraken over "
        "opvolging en onderhoud. Balen voegde toe: geen commercieel of persoonlijk doel [14].",
        "Criteria in Arendonk [10]: several residents benefit; it makes the neighbourhood more "
        "pleasant; it is realistic and feasible; its cost; agreements on follow-up and "
        "maintenance. Balen added: no commercial or personal purpose [14]."),
    "ho_method_hard": ("Wat moeilijk was", "What was hard"),
    "ho_method_hard_1": (
        "Gemelde moeilijkheden [1]: conflicten tussen bewoners; de gemeente vond het moeilijk "
        "om de teugels te lossen; onduidelijke taken en rollen van de begeleiders; de tijd die "
        "het allemaal vroeg.",
        "Reported challenges [1]: conflicts between residents; the municipality found it hard "
        "to let go of the reins; unclear tasks and roles of the supporting professionals; the "
        "time it all took."),
    "ho_method_tips": (
        "Tips van de begeleiders [15]: kies een beperkt, haalbaar project; de politiek moet "
        "verantwoordelijkheid willen overdragen; dat is meer dan geld geven, want het proces "
        "heeft ondersteuning nodig.",
        "Tips from the facilitators [15]: pick a limited, deliverable project; politicians "
        "must be willing to hand over responsibility; that means more than giving money, "
        "because the process needs support."),
    "ho_method_found": (
        "De evaluatie (Vonk3, Thomas More) [7]: de bewoners leerden elkaar kennen, de "
        "samenhorigheid groeide, sommige kwetsbare bewoners voelden zich minder eenzaam, de "
        "drempel om elkaar te helpen daalde en de buurt werd netter en gezelliger.",
        "The evaluation (Vonk3, Thomas More) [7]: residents got to know each other, "
        "togetherness grew, some vulnerable residents felt less lonely, the threshold to help "
        "each other dropped and the neighbourhood became cleaner and cosier."),
    "ho_sources": ("Bronnen", "Sources"),
    "ho_sources_text": (_SOURCES + " De volledige lijst staat in docs/METHOD.md van buurtsim.",
                        _SOURCES + " The full list is in buurtsim's docs/METHOD.md."),
    # exercise 1
    "ho_ex1_cards": ("Oefening 1: de kaarten van de groepen", "Exercise 1: the groups' cards"),
    "ho_ex1_cards_intro": (
        "Knip de kaarten los en geef elke groep er één. Alles wat niet op de kaart staat, is "
        "zoals in Arendonk (de basis).",
        "Cut out the cards and give each group one. Everything not on the card is as in "
        "Arendonk (the baseline)."),
    "ho_card_group": ("Groep {n}", "Group {n}"),
    "ho_task_strict-municipality": ("Jullie gemeente wil niets aan het toeval overlaten.",
                                    "Your municipality wants to leave nothing to chance."),
    "ho_task_hands-off-no-framework": ("Jullie gemeente laat alles los, ook het kader.",
                                       "Your municipality lets go of everything, the framework "
                                       "too."),
    "ho_task_no-facilitator": ("Er is geen geld voor een procesbegeleider.",
                               "There is no money for a facilitator."),
    "ho_task_door-to-door": ("Jullie gaan huis aan huis.", "You go door to door."),
    "ho_card_settings": ("Wat anders is dan in Arendonk:", "What differs from Arendonk:"),
    "ho_card_predict": (
        "Jullie voorspelling, vóór je de resultaten ziet: meer of minder dan in Arendonk?",
        "Your prediction, before you see the results: more or less than in Arendonk?"),
    "ho_predict_rows": ("voorstellen|gerealiseerde initiatieven|vertrouwen in de gemeente|"
                        "deelname van kwetsbare bewoners",
                        "proposals|realised initiatives|trust in the municipality|"
                        "participation of vulnerable residents"),
    "ho_more_less": ("meer · gelijk · minder", "more · same · less"),
    "ho_ex1_results": ("Oefening 1: de scenario's naast elkaar",
                       "Exercise 1: the scenarios side by side"),
    "ho_ex1_settings": ("Instellingen", "Settings"),
    "ho_ex1_outcomes": ("Uitkomsten", "Outcomes"),
    "ho_median_head": ("mediaan over {runs} simulaties (10% – 90%)",
                       "median over {runs} runs (10% – 90%)"),
    "ho_runs_params": (
        "Elk scenario: {runs} simulaties met startgetallen {first} tot en met {last} (dezelfde "
        "startgetallen voor elk scenario, dus dezelfde buurten bij de start). "
        "Scenariobestanden: {files}.",
        "Every scenario: {runs} runs with seeds {first} to {last} (the same seeds for every "
        "scenario, so the same neighbourhoods at the start). Scenario files: {files}."),
    "ho_bars_caption": (
        "Mediaan over {runs} simulaties; de streepjes tonen 10-90% van de simulaties.",
        "Median over {runs} runs; the whiskers show 10-90% of the runs."),
    "ho_bands_caption": (
        "Sociale cohesie (0-1) en het aantal deelnemers, week per week: mediaan en "
        "10-90%-band, in de kleuren van de staven.",
        "Social cohesion (0-1) and the number of participants, week by week: median and "
        "10-90% band, in the colours of the bars."),
    "ho_bars_alt": ("Staafdiagram: uitkomsten per scenario ({names})",
                    "Bar chart: outcomes per scenario ({names})"),
    "ho_bands_alt": ("Lijnen: sociale cohesie en deelnemers per week, per scenario",
                     "Lines: social cohesion and participants per week, per scenario"),
    "ho_ex1_talk": ("Oefening 1: gespreksstof per scenario", "Exercise 1: talking points per "
                    "scenario"),
    "ho_ex1_talk_intro": (
        "Wat het dashboard bij de nabespreking toont: de opvallendste momenten van één simulatie "
        "per scenario, met getallen uit die simulatie.",
        "What the dashboard shows in the debrief: the most telling moments of one run per "
        "scenario, with numbers from that run."),
    "ho_one_run": ("één simulatie, startgetal {seed}", "one run, seed {seed}"),
    # exercise 2
    "ho_ex2": ("Oefening 2: speel de gemeente", "Exercise 2: play the municipality"),
    "ho_ex2_intro": (
        "Jullie zijn het college. De bewoners van {name} werkten deze voorstellen uit en "
        "kozen ze; nu beoordelen jullie ze. Kruis per voorstel één oordeel aan.",
        "You are the college. The residents of {name} worked out and chose these proposals; "
        "now you judge them. Tick one verdict per proposal."),
    "ho_ex2_seed": (
        "De buurt van startgetal {seed}, zonder extra regels. Elk voorstel wacht op een oordeel in "
        "de week die erbij staat.",
        "The neighbourhood of seed {seed}, without extra rules. Each proposal waits for a "
        "verdict in the week given with it."),
    "ho_ex2_moved": (
        "Startgetal {asked} bracht geen enkel voorstel tot bij de gemeente; net als het dashboard "
        "speelt deze werkmap met het eerstvolgende startgetal dat dat wel doet ({seed}).",
        "Seed {asked} brought no proposal to the municipality; like the dashboard, this pack "
        "plays the next seed that does ({seed})."),
    "ho_proposal": ("Voorstel {id}", "Proposal {id}"),
    "ho_review_week": ("beoordeling in week {week}", "review in week {week}"),
    "ho_ex2_questions": (
        "Waarom dit oordeel? Welk criterium woog het zwaarst?",
        "Why this verdict? Which criterion weighed most?"),
    "ho_ex2_outcomes": ("Oefening 2: wat deden de keuzes?", "Exercise 2: what did the choices do?"),
    "ho_ex2_outcomes_intro": (
        "Deel dit blad pas uit als elke groep beslist heeft. Elke rij speelt dezelfde buurt "
        "met hetzelfde startgetal ({seed}) tot het einde (week {weeks}); alleen de oordelen "
        "verschillen. Zoek de rij die het dichtst bij jullie keuzes ligt.",
        "Hand this page out only when every group has decided. Every row plays the same "
        "neighbourhood with the same seed ({seed}) to the end (week {weeks}); only the verdicts "
        "differ. Find the row closest to your choices."),
    "ho_verdicts": ("oordelen", "verdicts"),
    "ho_all_approve": ("alles goedkeuren", "approve all"),
    "ho_all_trim": ("alles inkorten", "trim all"),
    "ho_all_veto": ("alles tegenhouden (veto)", "veto all"),
    "ho_one_veto": ("alleen voorstel {id} tegenhouden", "veto only proposal {id}"),
    "ho_hands_off": ("loslatende gemeente (controle {control})",
                     "hands-off municipality (control {control})"),
    "ho_strict": ("strenge gemeente (controle {control})",
                  "strict municipality (control {control})"),
    "ho_auto_note": (
        "De loslatende en de strenge gemeente beslissen zelf, zoals in het model; bij de "
        "andere rijen beslist de groep. Na de eerste keuze volgt het toeval zijn eigen weg.",
        "The hands-off and the strict municipality decide by themselves, as in the model; in "
        "the other rows the group decides. After the first choice chance takes its own course."),
    "ho_ex2_params": (
        "{name} (scenarios/arendonk.yaml): elke rij van de oordelen speelt startgetal {seed} tot "
        "week {weeks}; de extra regels: startgetallen {first} tot en met {last}.",
        "{name} (scenarios/arendonk.yaml): every row of verdicts plays seed {seed} to week "
        "{weeks}; the extra rules: seeds {first} to {last}."),
    "ho_rules": ("Extra regels in het kader", "Extra rules in the framework"),
    "ho_rules_intro": (
        "In het dashboard mag een groep vóór de startavond regels aan het kader toevoegen. Wat "
        "doen ze? Mediaan over {runs} simulaties (startgetallen {first} tot en met {last}), elk "
        "voorstel goedgekeurd.",
        "In the dashboard a group may add rules to the framework before the kick-off. What do "
        "they do? Median over {runs} runs (seeds {first} to {last}), every proposal approved."),
    "ho_no_rule": ("geen extra regel", "no extra rule"),
    "ho_rule": ("regel", "rule"),
    # the debrief
    "ho_debrief": ("Nabespreking", "Debrief"),
    "ho_debrief_intro": (
        "Vragen voor het gesprek, met de gespreksstof en de vergelijking van oefening 1 en de "
        "uitkomsten van oefening 2 op tafel.",
        "Questions for the talk, with the talking points and comparison of exercise 1 and the "
        "outcomes of exercise 2 on the table."),
    "ho_q1": ("Welk moment uit jullie scenario herken je uit de praktijk? Welk niet?",
              "Which moment of your scenario do you recognise from practice? Which not?"),
    "ho_q2": (
        "Waar liet jullie gemeente los, en waar niet? Wat deed dat met het eigenaarschap van de "
        "bewoners? (Volgens de methode is eigenaarschap het werkzame bestanddeel [1].)",
        "Where did your municipality let go, and where not? What did that do to the residents' "
        "ownership? (According to the method, ownership is the active ingredient [1].)"),
    "ho_q3": ("Wie deed er niet mee? Wat zou je doen om kwetsbare bewoners te bereiken?",
              "Who did not take part? What would you do to reach vulnerable residents?"),
    "ho_q4": (
        "Er escaleerde een conflict. Wie had kunnen bemiddelen? Wat kost een procesbegeleider, "
        "en wat kost het om er geen te hebben? (De begeleiders in de pilot: verantwoordelijkheid "
        "geven is meer dan geld geven [15].)",
        "A conflict escalated. Who could have mediated? What does a facilitator cost, and what "
        "does it cost to have none? (The pilot's facilitators: handing over responsibility is "
        "more than giving money [15].)"),
    "ho_q5": (
        "Wat bleef er over toen het geld op was? (In de evaluatie leerden de bewoners elkaar "
        "kennen en voelden sommige kwetsbare bewoners zich minder eenzaam [7].)",
        "What was left when the money was gone? (In the evaluation residents got to know each "
        "other and some vulnerable residents felt less lonely [7].)"),
    "ho_q6": (
        "UGent vergelijkt een goede overheid met een goede dj: speel je eigen muziek, maar neem "
        "verzoekjes aan [15, 16]. Waar was jullie gemeente een goede dj?",
        "UGent compares good government with a good DJ: play your own music, but take "
        "requests [15, 16]. Where was your municipality a good DJ?"),
    "ho_q7": (
        "Welke aanname van het model geloof je niet? Hoe zou je ze zetten?",
        "Which assumption of the model do you not believe? How would you set it?"),
    "ho_closing": ("Afsluiting", "Closing"),
    "ho_closing_1": ("Welk ene ding ga je in je eigen gemeente anders doen?",
                     "Which one thing will you do differently in your own municipality?"),
    "ho_write_here": ("Noteer hier:", "Write here:"),
    # the command
    "ho_written": ("Werkmap geschreven in {folder}: {files}", "Pack written to {folder}: {files}"),
    "ho_took": ("klaar in {seconds} s", "done in {seconds} s"),
    "ho_folder_taken": ("{requested} bestaat al en is niet leeg, dus de werkmap gaat naar {folder}",
                        "{requested} exists and is not empty, so the pack goes to {folder}"),
    "ho_out_is_file": ("--out: {folder} is een bestand, geen map; kies een (nieuwe) map",
                       "--out: {folder} is a file, not a folder; choose a (new) folder"),
    "ho_out_cannot": ("--out: de map {folder} kan niet gemaakt worden: {reason}",
                      "--out: the folder {folder} cannot be created: {reason}"),
    "ho_out_write": ("--out: in de map {folder} kan niet geschreven worden: {reason}",
                     "--out: the folder {folder} cannot be written: {reason}"),
    "ho_no_scenarios": (
        "de map scenarios/ van buurtsim is niet gevonden (met {missing}); start het commando "
        "in de map van het project",
        "buurtsim's scenarios/ folder was not found (with {missing}); run the command in the "
        "project folder"),
    "ho_no_pdf": (
        "geen PDF: Chromium is niet gevonden. Open {html} in een browser en kies Afdrukken → "
        "Opslaan als PDF (A4)",
        "no PDF: Chromium was not found. Open {html} in a browser and choose Print → Save as "
        "PDF (A4)"),
    "ho_pdf_failed": (
        "geen PDF: Chromium kon {html} niet afdrukken ({reason}). Open het bestand in een "
        "browser en kies Afdrukken → Opslaan als PDF (A4)",
        "no PDF: Chromium could not print {html} ({reason}). Open the file in a browser and "
        "choose Print → Save as PDF (A4)"),
    "ho_no_game": ("geen enkel startgetal vanaf {seed} brengt een voorstel tot bij de gemeente",
                   "no seed from {seed} on brings a proposal to the municipality"),
    "ho_pdf_exit": ("Chromium stopte met foutcode {code}", "Chromium stopped with code {code}"),
    "ho_pdf_timeout": ("Chromium was na {seconds} s nog niet klaar",
                       "Chromium had not finished after {seconds} s"),
    "ho_runs_min": ("--runs: minstens 1 simulatie per scenario, niet {runs}",
                    "--runs: at least 1 run per scenario, not {runs}"),
    "ho_help": ("een papieren werkmap (A4, HTML en PDF) om de workshop zonder laptop te geven",
                "a paper pack (A4, HTML and PDF) to run the workshop without a laptop"),
    "ho_help_out": (
        "de map van de werkmap (standaard: ./papieren-werkmap); bestaat ze al en is ze niet "
        "leeg, dan komt de werkmap in MAP-2, MAP-3, ...",
        "the pack's folder (default: ./papieren-werkmap); when it exists and is not empty, "
        "the pack goes to FOLDER-2, FOLDER-3, ..."),
    "ho_help_runs": ("simulaties per scenario (standaard: {runs})",
                     "runs per scenario (default: {runs})"),
    "ho_help_no_pdf": ("alleen HTML, geen PDF", "HTML only, no PDF"),
    "ho_note": ("let op", "note"),
    "ho_error": ("fout", "error"),
}
# fmt: on

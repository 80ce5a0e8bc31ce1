"""Notebook 08: the scenario lab (scenariolab)."""

from nb05_09_build import code, md, trainer, write

NAME = "08_scenariolab"

CELLS = [
    md(
        """
        # 08 · Scenariolab: scenario's naast elkaar

        Dit notebook is voor wie verder wil dan één run: **ambtenaren** die een buurtbudget in
        hun eigen buurt willen voorbereiden, en **trainers** die de keuzes van verschillende
        groepen willen vergelijken.

        **Leerdoelen.** Na dit notebook

        - kun je twee tot vier scenario's naast elkaar zetten en de uitkomsten lezen als een
          band, niet als één getal;
        - kun je in je eigen woorden uitleggen wat een *seed* en een *onzekerheidsband* zijn;
        - kun je de loslaatcurve lezen: wat verandert er als de gemeente de controle stap voor
          stap loslaat;
        - kun je je resultaten bewaren als CSV- of Excelbestand, voor een nota of een
          volgende sessie.
        """
    ),
    md(
        """
        ## Eén run is een anekdote

        Het model gooit voortdurend met dobbelstenen: wie hoort van het buurtbudget, wie komt
        naar de startavond, wie heeft een idee, wie krijgt ruzie. Net als in een echte buurt
        kan het met dezelfde mensen en dezelfde regels anders uitdraaien.

        Het nummer dat bepaalt hoe de dobbelstenen vallen, heet de **seed**. Dezelfde seed en
        dezelfde instellingen geven altijd exact dezelfde run, tot op de laatste euro. Zo kan
        iemand anders jouw resultaat nakijken. Een andere seed geeft een andere, even
        waarschijnlijke afloop.

        Daarom draait het lab elk scenario **meerdere keren**, met de seeds 1, 2, 3, ... Je
        ziet dan:

        - de **mediaan**: de middelste run. De helft van de runs zit erboven, de helft
          eronder;
        - de **band**: laat de 10% laagste en de 10% hoogste runs weg; de acht op de tien
          runs die overblijven, vallen binnen de band. Een brede band betekent: het toeval
          speelt hier een grote rol.

        > **Tip.** Tien runs zijn genoeg om in een sessie te verkennen. Gaat het resultaat in
        > een nota naar het college, neem er dan 30 of meer.

        > **Valkuil.** De mediaan lezen als een voorspelling ("er komen 5 projecten"). Het
        > model weet niet wat er in jouw buurt gebeurt; het toont wat er onder zijn aannames
        > kan gebeuren, en hoe ver dat uiteen kan lopen.

        > **Valkuil.** Seeds proberen tot je een run vindt die je goed uitkomt. Toon altijd
        > de band van alle runs, en zeg welke seeds je gebruikte.
        """
    ),
    md(
        """
        ## Het lab

        Kies twee tot vier scenario's (Ctrl of Cmd ingedrukt houden om er meer te kiezen) en
        klik op **Simuleer**. De lijst toont de bestanden in de map `scenarios/` (tussen
        haakjes de bestandsnaam):

        - **Arendonk** (`arendonk`): de Arendonk-achtige buurt: 240 gezinnen, 8 straten,
          8.000 euro, controle 0,3, een duidelijk kader, een kerngroep;
        - **Olmen** (`olmen`): de Olmen-achtige buurt: 575 gezinnen, 19 straten, een drukke
          weg erdoor;
        - **Arendonk (strenge gemeente)** (`strict-municipality`): het college houdt de
          touwtjes strak (controle 0,9);
        - **Arendonk (loslaten zonder kader)** (`hands-off-no-framework`): de gemeente laat
          bijna alles los, ook het kader;
        - **Arendonk (zonder procesbegeleider)** (`no-facilitator`): geld en vrijheid, maar
          geen procesbegeleiding;
        - **Arendonk (huis aan huis)** (`door-to-door`): huisbezoeken in plaats van een
          kerngroep.

        Met de schuifjes maak je daarnaast een eigen variant ("huidige schuifjes" in de lijst).
        Vergeet niet: alleen de getallen uit de pilot (gezinnen, straten, budget) komen uit de
        bronnen [5, 8, 13, 14]. De rest zijn aannames; de commentaren in elk bestand zeggen
        welke.
        """
    ),
    code(
        """
        from buurtsim.widgets import ScenarioLab

        lab = ScenarioLab(base="arendonk", scenarios=("arendonk", "strict-municipality"))
        lab
        """
    ),
    md(
        """
        Alle runs staan in één tabel (`lab.result`), met een kolom `scenario`, de seed en alle
        instellingen. Zo vind je elke run terug. Hier de mediaan per scenario van een paar
        uitkomsten:
        """
    ),
    code(
        """
        from buurtsim.i18n import t

        uitkomsten = ["kickoff_attendance", "initiatives_realised", "conflicts_escalated",
                      "ownership_end", "cohesion_gain"]
        lab.result.groupby("scenario")[uitkomsten].median().rename(columns=t).round(2)
        """
    ),
    md(
        """
        ### Vraag voor de groep

        1. Kijk naar jullie banden. Liggen de twee scenario's duidelijk uit elkaar, of
           overlappen ze grotendeels? Wat betekent dat voor een uitspraak als "een strenge
           gemeente levert minder projecten op"?
        2. Zet het aantal runs eens op 3 en daarna op 30. Wat gebeurt er met de banden? En met
           de mediaan?
        """
    ),
    md(
        """
        ## De loslaatcurve

        De centrale vraag van dit werkboek: **wat gebeurt er als de gemeente controle
        loslaat?** De curve draait de huidige schuifjes met de controle van 0 (de bewoners
        beslissen) tot 1 (het college beslist), in zes stappen en telkens met evenveel runs
        als het lab, en zet een uitkomst uit tegen de controle. Standaard is dat het
        eigenaarschap op het einde; kies een andere uitkomst in de keuzelijst naast de knop
        **Teken de controlecurve**. Hieronder tekenen we hem meteen; de figuur van het lab
        hierboven krijgt er een derde deel bij.
        """
    ),
    code(
        """
        lab.curve()
        lab.output
        """
    ),
    md(
        """
        Lees de curve van rechts naar links: zo "laat" de gemeente los. Let op waar de curve
        het steilst is. Daar maakt een beetje loslaten het meeste verschil. Is hij bijna vlak,
        dan doet de controle in het model weinig voor die uitkomst. De band rond de curve is
        weer de middelste 80% van de runs.

        ### Vraag voor de groep

        3. Kijk naar jullie curve. Gaat het eigenaarschap geleidelijk omhoog als de gemeente
           loslaat, of is er een punt waar het plots verandert? Teken de curve daarna ook
           voor het aantal **conflicten**. Heeft loslaten ook een prijs?

        > **Tip.** Wil je je eigen buurt oefenen? Geef het lab een eigen basis: alleen de
        > sleutels die anders zijn dan de Arendonk-achtige standaard. Bijvoorbeeld:
        >
        > ```python
        > mijn_buurt = {"neighbourhood": {"name": "Mijn buurt", "households": 400,
        >                                 "streets": 12, "vulnerable_share": 0.2},
        >               "facilitator": {"hours_per_week": 4}}
        > eigen_lab = ScenarioLab(base=mijn_buurt, scenarios=("arendonk", "current"))
        > eigen_lab
        > ```
        >
        > `"current"` zijn de huidige schuifjes; die vertrekken nu van jouw buurt. De namen
        > van alle sleutels vind je in de schematabel van notebook 09. Je kunt zo'n scenario
        > ook als YAML-bestand in `scenarios/` bewaren; dan verschijnt het in de keuzelijst.
        > Met `buurtsim validate scenarios/mijn-buurt.yaml` kijk je het na.
        """
    ),
    trainer(
        """
        Vergelijk je groepen? Laat elke groep zijn instellingen kiezen, en zet hun varianten
        naast elkaar in het lab (via een YAML-bestand per groep in `scenarios/`, of door de
        schuifjes van elke groep na elkaar in te stellen en telkens te exporteren). Gebruik
        dezelfde seeds voor alle groepen: dan komen verschillen van de keuzes, niet van het
        toeval.

        Het lab rekent op de laptop zelf. Tien runs van twee scenario's duren een paar
        seconden; de curve met 30 runs per punt al snel een minuut. Laat de groep niet wachten:
        draai de grote versie vooraf.
        """
    ),
    md(
        """
        ## Resultaten bewaren

        Met de knop **Bewaar als CSV en Excel** (in de map die je ernaast invult) of met
        `lab.export(map)` schrijf je de tabel van alle runs weg, als CSV en als Excelbestand
        (met ook de weekcijfers en, als je hem tekende, de controlecurve). Bestaat een bestand
        al, dan krijgt het nieuwe een andere naam: je overschrijft nooit per ongeluk een
        vorige sessie. Elke rij bevat de seed en alle instellingen, zodat iemand anders elke
        run opnieuw kan draaien.

        Hieronder schrijven we naar een tijdelijke map. Wil je de bestanden bewaren, vul dan
        een eigen map in, bijvoorbeeld `lab.export("resultaten_sessie_1")`.
        """
    ),
    code(
        """
        import tempfile

        lab.export(tempfile.mkdtemp(prefix="buurtsim-"))
        """
    ),
    md(
        """
        ### Probeer zelf

        Overlappen de banden van jullie twee scenario's voor het aantal **gerealiseerde
        initiatieven**? Kijk naar de tabel of de figuur en antwoord `"ja"` of `"nee"`. De
        functie kijkt het na op de runs van jullie lab en legt uit wat het betekent.
        """
    ),
    code(
        """
        from buurtsim.exercises import check_bands_overlap

        antwoord = None  # "ja" of "nee"
        check_bands_overlap(antwoord, lab.result, outcome="initiatives_realised")
        """
    ),
    md(
        """
        ### Vraag voor de groep

        4. Welk scenario zou je aan jouw college voorleggen, en welke band zet je er zeker
           bij? Welke getallen van jouw buurt kun je zelf opzoeken (gezinnen, straten), en
           welke blijven een gok?
        """
    ),
    md(
        """
        ## Wat je meeneemt

        - Eén run is een anekdote; kijk naar de mediaan **en** de band.
        - Dezelfde seed geeft dezelfde run: zo kan iedereen je resultaat nakijken.
        - De loslaatcurve toont waar loslaten in het model het meeste verschil maakt, niet hoe
          het in jouw gemeente zal lopen.

        In **09 onder de motorkap** zie je hoe het model vanbinnen werkt, en hoe je zelf een
        mechanisme verandert.

        *Bronnen: de nummers tussen haakjes verwijzen naar de bronnenlijst onderaan notebook
        00.*
        """
    ),
]

if __name__ == "__main__":
    print(write(NAME, CELLS))

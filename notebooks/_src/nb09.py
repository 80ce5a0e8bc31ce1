"""Notebook 09: under the hood (onder de motorkap), for students."""
# ruff: noqa: E501  (markdown table rows cannot be wrapped)

from nb05_09_build import code, md, trainer, write

NAME = "09_onder_de_motorkap"

CELLS = [
    md(
        """
        # 09 · Onder de motorkap: hoe het model werkt

        Dit notebook is voor **studenten** die willen zien hoe buurtsim vanbinnen werkt. De
        uitleg is in het Nederlands; de code, de namen en de commentaren in de code zijn in
        het Engels (*the code and its docstrings are in English*).

        **Leerdoelen.** Na dit notebook

        - kun je de weekkalender in `BuurtbudgetModel.step` lezen en elk mechanisme in de code
          terugvinden;
        - kun je uitleggen waarom het model sommige dingen in arrays bijhoudt en andere als
          Mesa-agents;
        - weet je dat het scenarioschema de enige bron van parameters is, en zoek je er zelf
          een parameter in op;
        - kun je een mechanisme veranderen (met een parameter of een subklasse) en een klein
          experiment over een paar seeds draaien en vergelijken op medianen;
        - kun je zelf nagaan dat dezelfde seed hetzelfde resultaat geeft, en een van de
          "gouden" uitspraken van het model narekenen.
        """
    ),
    md(
        """
        ## De kaart van de code

        Alles zit in `src/buurtsim/`. Elke map is klein genoeg om in één keer te lezen.

        | waar | wat je er vindt |
        |---|---|
        | `model/model.py` | `BuurtbudgetModel`: de weekkalender (`step`), elk mechanisme als eigen methode, en de maten (sociale cohesie, eigenaarschap, ...) als properties |
        | `model/agents.py` | de actoren: `Resident`, `Initiative`, `Conflict`, `Facilitator`, `Municipality` |
        | `model/neighbourhood.py`, `model/ties.py` | de buurt: huizen in straten, bewoners in gezinnen, banden tussen buren |
        | `model/themes.py` | de zeven thema's van de stickerstemming, met hun (aangenomen) kosten |
        | `model/ledger.py` | de boekhouding: toegekend ≤ budget, uitgegeven ≤ toegekend |
        | `rules/` | de vijf beslisregels, elk een gewone functie `regel(problem) -> Decision` |
        | `scenarios/schema.py` | **alle** parameters: naam, bereik, standaardwaarde, labels en bron (per groep in `scenarios/sections/`) |
        | `experiments/runs.py` | `simulate`, `ensemble` en `sweep` |
        | `widgets/`, `plots/` | de panelen en figuren van dit werkboek |
        | `docs/odd.md` (buiten `src/`, in de map `docs/`) | de beschrijving van het model volgens het ODD-protocol, met elke aanname |

        > **Tip.** Lees eerst `model/model.py` van boven naar onder. De constanten in
        > hoofdletters bovenaan zijn aannames van het model; `docs/odd.md` legt uit waarom ze
        > zo gekozen zijn.
        """
    ),
    md(
        """
        ## De weekkalender

        Eén stap van het model is één week. `BuurtbudgetModel.step` leest als de kalender van
        de methode: procesbegeleiding, outreach, de startavond, het uitwerken, de beslissing,
        de toets door de gemeente, de uitvoering, het onderhoud, en ondertussen ontmoeten de
        bewoners elkaar.
        """
    ),
    code(
        """
        import inspect

        import pandas as pd

        import buurtsim
        from buurtsim import BuurtbudgetModel

        print(inspect.getsource(BuurtbudgetModel.step))
        """
    ),
    md(
        """
        Elke regel roept één mechanisme aan. Zo koppel je ze aan de stappen van de methode:

        | methode in `step` | stap van de methode |
        |---|---|
        | `build_core_group`, `reach_out`, `mobilise` | stap 4: een kerngroep, bewoners bereiken, mond-tot-mondreclame |
        | `kickoff` | stap 5: de startavond, ideeën per thema |
        | `work_out` | stap 6: uitwerken en toetsen aan het kader, huiswerk, een trekker zoeken |
        | `decide` | stap 7: beslissen met de gekozen regel uit `rules/` |
        | `review` | de toets door de gemeente: wachten, inkorten, veto |
        | `realise`, `maintain` | stap 8: uitvoeren en onderhouden |
        | `mediate_conflicts`, `meet`, `update_wellbeing` | de hele tijd door: bemiddelen, ontmoeten, banden, eenzaamheid, eigenaarschap |

        Wil je één mechanisme in detail zien? Vraag de bron op, bijvoorbeeld
        `print(inspect.getsource(BuurtbudgetModel.review))`.
        """
    ),
    md(
        """
        ## Arrays en agents

        Het model maakt een bewuste keuze:

        - Wat **alle bewoners tegelijk** doen (horen van het buurtbudget, meedoen, zich eenzaam
          voelen), staat in numpy-arrays met één rij per bewoner: `model.aware`,
          `model.active`, `model.pop.loneliness`, ... Dat is snel: een run van twee jaar duurt
          een fractie van een seconde.
        - Waar **identiteit** telt, gebruikt het Mesa-agents: elk `Initiative` heeft een
          trekker, helpers en een geschiedenis; elk `Conflict` heeft twee bewoners en een
          ernst; er is één `Facilitator` met een urenpot en één `Municipality`.
        - Een `Resident` is een Mesa-`CellAgent` in een huis van het buurtnetwerk, maar hij
          bewaart zelf niets: hij is een leesbaar venster op zijn rij in de arrays.

        Laten we run 9 van de Arendonk-achtige buurt (dezelfde als in notebook 05 tot 07) tot
        en met de beslissingsweek draaien en rondkijken. Let op: in de code tellen straten en
        bewoners vanaf 0; in de panelen vanaf 1.
        """
    ),
    code(
        """
        from buurtsim.widgets import find_scenario

        scenario = buurtsim.load_scenario(find_scenario("arendonk"))
        model = BuurtbudgetModel(scenario, rng=9)  # run 9, zoals in 05-07
        for _ in range(model.decision_week):
            model.step()
        """
    ),
    code(
        """
        bewoner = model.residents[0]
        print("straat", bewoner.street, "| kwetsbaar", bewoner.vulnerable,
              "| weet ervan", bewoner.aware, "| lievelingsthema", bewoner.favourite_theme)
        print("aandeel bewoners dat ervan weet:", round(model.aware.mean(), 2))
        """
    ),
    code(
        """
        [(idee.label, str(idee.status), round(idee.amount)) for idee in model.initiatives]
        """
    ),
    md(
        """
        ## Eén bron voor alle parameters

        Elke parameter staat **één keer** in `scenarios/schema.py`: met zijn type, bereik,
        standaardwaarde, Nederlandse en Engelse naam, eenheid en **bron**. Het model, de
        scenariobestanden, de opdrachtregel, de schuifjes in dit werkboek en de ODD-tabel
        lezen allemaal daaruit. `buurtsim.parameters()` geeft het hele schema:
        """
    ),
    code(
        """
        schema = pd.DataFrame([vars(info) for info in buurtsim.parameters().values()])
        schema[["key", "default", "ge", "le", "unit", "nl", "source"]]
        """
    ),
    md(
        """
        Kijk naar de kolom `source`. Wat uit de pilot komt (gezinnen, straten, budget, de
        weken tussen startavond en beslissing) verwijst naar `METHOD.md`, de feitenlijst van
        het project, en de bron daarachter. Een paar waarden zijn `calibrated`: zo afgesteld
        dat het model de pilot nadoet (bijvoorbeeld ongeveer 35 mensen op de startavond). Een
        paar komen uit de `literature` of zijn een `scenario choice`. Bij verreweg de meeste
        staat `assumption`, met de redenering erbij. Dat is eerlijk: de pilot heeft die dingen
        niet gemeten. Tel maar na:
        """
    ),
    code(
        """
        schema["source"].str.split(":").str[0].str.split(" ").str[0].value_counts()
        """
    ),
    md(
        """
        > **Valkuil.** Een standaardwaarde op een tweede plek opnieuw typen, bijvoorbeeld in
        > een notebook of een figuur. Na de volgende aanpassing zijn ze het oneens. Lees altijd
        > uit het schema.
        """
    ),
    md(
        """
        ## Een mechanisme veranderen

        ### 1. Met een parameter

        De eenvoudigste verandering: een andere waarde voor een parameter, met
        `with_overrides`. Hier zetten we `process.meeting_boost` op 0. Gerealiseerde
        ontmoetingsplekken (banken, tenten) geven dan geen extra ontmoetingen meer. Hoeveel
        van de groei in sociale cohesie komt daarvan?

        `buurtsim.ensemble` draait hetzelfde scenario over een paar seeds (hier 8: seed 1 tot
        8) en geeft één rij per run. We vergelijken de medianen.
        """
    ),
    code(
        """
        from buurtsim.scenarios import with_overrides

        zonder_plekken = with_overrides(scenario, {"process.meeting_boost": 0.0})
        basis = buurtsim.ensemble(scenario, runs=8, seed=1)
        variant = buurtsim.ensemble(zonder_plekken, runs=8, seed=1)
        """
    ),
    code(
        """
        uitkomsten = ["initiatives_realised", "cohesion_gain", "lonely_vulnerable_end"]
        pd.DataFrame({"basis": basis[uitkomsten].median(),
                      "zonder ontmoetingsplekken": variant[uitkomsten].median()})
        """
    ),
    md(
        """
        ### 2. Met een subklasse

        Wil je een mechanisme zelf anders schrijven, maak dan een subklasse van
        `BuurtbudgetModel` en vervang één methode. Hier een model **zonder bemiddeling**: de
        procesbegeleider bemiddelt nooit, alle conflicten ontwikkelen zich vanzelf.
        """
    ),
    code(
        """
        class ZonderBemiddeling(BuurtbudgetModel):
            def mediate_conflicts(self):
                for conflict in [c for c in self.conflicts if c.open]:
                    conflict.develop(mediated=False)
        """
    ),
    md(
        """
        `buurtsim.ensemble` kent alleen het gewone model. Voor een subklasse draai je de
        kalender zelf. Mesa's `run_model()` doet `step()` tot het model stopt (na
        `run.weeks` weken); `summarise` maakt er dezelfde uitkomstenrij van als `simulate`.
        """
    ),
    code(
        """
        from buurtsim.experiments.runs import summarise

        def draai(model_class, seeds=range(1, 9)):
            modellen = {seed: model_class(scenario, rng=seed) for seed in seeds}
            for m in modellen.values():
                m.run_model()
            return pd.DataFrame([summarise(m, seed) for seed, m in modellen.items()])
        """
    ),
    code(
        """
        conflicten = ["conflicts", "conflicts_escalated", "initiatives_realised"]
        pd.DataFrame({"met bemiddeling": draai(BuurtbudgetModel)[conflicten].median(),
                      "zonder bemiddeling": draai(ZonderBemiddeling)[conflicten].median()})
        """
    ),
    md(
        """
        Voor het gewone model geeft `draai` precies dezelfde getallen als `buurtsim.ensemble`
        met dezelfde seeds: de vergelijking is eerlijk, alleen de bemiddeling verschilt.

        > **Tip.** Vergelijk altijd met **dezelfde seeds**. Dan heeft de variant dezelfde
        > buurt, dezelfde bewoners en dezelfde eerste worpen van de dobbelsteen, en komt een
        > verschil van je verandering, niet van het toeval. Acht seeds zijn genoeg om te
        > verkennen; voor een conclusie neem je er 30 of meer.
        """
    ),
    md(
        """
        ## Reproduceerbaarheid: zelfde seed, zelfde resultaat

        Elke run draagt zijn seed en al zijn parameters mee. Draai je dezelfde run opnieuw,
        dan krijg je exact hetzelfde, week voor week:
        """
    ),
    code(
        """
        a = buurtsim.simulate(scenario, seed=7)
        b = buurtsim.simulate(scenario, seed=7)
        c = buurtsim.simulate(scenario, seed=8)
        a.timeseries.equals(b.timeseries), a.timeseries.equals(c.timeseries)
        """
    ),
    md(
        """
        ## De uitspraken van de methode, als patronen

        Het model hoort de uitspraken van de methode te laten zien, zonder dat ze erin
        geschreven staan. `src/buurtsim/experiments/patterns.py` zet ze om in patronen over 30
        seeds, met een marge, en `tests/test_patterns.py` controleert ze. Een paar voorbeelden:

        1. Loslaten binnen een **duidelijk speelveld** geeft meer eigenaarschap en meer
           cohesie.
        2. Een gemeente die vrijheid **belooft** en dan toch ingrijpt, verliest meer vertrouwen
           dan een gemeente die streng is en dat ook zegt.
        3. Zonder ondersteuning en zonder procesbegeleider **mislukt** er meer.
        4. Conflicten tussen bewoners **escaleren** in een zichtbaar deel van de runs.
        5. Het geld is **schaars**: de voorstellen vragen meestal meer dan € 8.000.
        6. Huisbezoeken bereiken **meer kwetsbare bewoners** dan een kerngroep of een infoavond.
        7. Zonder buurtbudget **verandert er niets** in de buurt.

        Niet elk patroon lukt al: `NOT_YET` in hetzelfde bestand zegt welke nog niet, en wat er
        gemeten werd. Met `buurtsim ablate scenarios/arendonk.yaml` zet je elk mechanisme om
        beurt uit en zie je welk patroon dan breekt. Je kunt een patroon ook zelf narekenen,
        hier het eerste, met 10 seeds per kant:
        """
    ),
    code(
        """
        duidelijk = with_overrides(scenario, {"municipality.framework_clarity": 0.9})
        streng = buurtsim.ensemble(with_overrides(duidelijk, {"municipality.control": 0.9}),
                                   runs=10, seed=1)
        los = buurtsim.ensemble(with_overrides(duidelijk, {"municipality.control": 0.2}),
                                runs=10, seed=1)
        claim = ["proposals", "ownership_end"]
        pd.DataFrame({"controle 0,2": los[claim].median(), "controle 0,9": streng[claim].median()})
        """
    ),
    md(
        """
        ### Vraag voor de groep

        1. Kijk naar jullie vergelijking met en zonder bemiddeling. Hoeveel meer conflicten
           escaleren er zonder? Verandert het aantal gerealiseerde initiatieven mee? Hoe zou je
           dat verklaren met wat je in `model.py` leest?
        2. Klopt de eerste gouden uitspraak in jullie tien seeds? Is het verschil groot
           genoeg om er iets over te zeggen, gezien de spreiding (`streng[claim].describe()`)?
        3. Welke aanname in `model/model.py` vind jij het zwakst? Hoe zou je die testen met
           gegevens uit een echte buurt?
        """
    ),
    trainer(
        """
        Voor studenten werkt het goed om in duo's één mechanisme te kiezen (bijvoorbeeld
        `meet`, `maintain` of `raise_objections`), de methode te lezen, een variant te
        schrijven als subklasse en met `draai` over dezelfde seeds te vergelijken. Laat ze in
        drie zinnen rapporteren: wat ze veranderden, wat ze verwachtten, en wat de medianen
        toonden.

        Wijs erop dat het model een denkinstrument is. De pilot heeft de meeste parameters
        niet gemeten (zie de kolom `source`). Een experiment in het model zegt iets over de
        gevolgen van de aannames, niet over Arendonk.
        """
    ),
    md(
        """
        ### Probeer zelf

        Doe een eigen experiment, zoals hierboven met de ontmoetingsplekken:

        1. kies één parameter uit de schematabel, bijvoorbeeld `conflict.escalation_rate`
           (hoe snel een conflict zonder bemiddeling escaleert);
        2. draai `buurtsim.ensemble` voor twee waarden, elk met minstens 5 runs en **dezelfde
           seeds**;
        3. plak de twee tabellen onder elkaar met `pd.concat` en geef het resultaat aan
           `check_experiment`.

        De functie kijkt na of je experiment eerlijk is: heb je echt iets gevarieerd, heb je
        genoeg runs per waarde, en komt de eerste rij er precies zo uit als het model hem
        opnieuw draait?
        """
    ),
    code(
        """
        from buurtsim.exercises import check_experiment

        # traag = buurtsim.ensemble(with_overrides(scenario, {...}), runs=8, seed=1)
        # snel = buurtsim.ensemble(with_overrides(scenario, {...}), runs=8, seed=1)
        experiment = None  # bv. pd.concat([traag, snel])
        check_experiment(experiment)
        """
    ),
    md(
        """
        Klaar? Vergelijk dan de medianen van je twee waarden, zoals hierboven, en schrijf in
        twee zinnen wat je verwachtte en wat je zag.
        """
    ),
    md(
        """
        ## Verder lezen

        - `docs/odd.md`: het hele model volgens het ODD-protocol, met de parametertabel.
        - `src/buurtsim/rules/`: elke beslisregel met een uitgewerkt voorbeeld in de docstring.
        - `tests/`: wat het project van het model verwacht, en hoe het dat nakijkt
          (`test_patterns.py` voor de uitspraken van de methode, `test_reproducibility.py` voor
          zelfde seed, zelfde resultaat).
        - De opdrachtregel: `buurtsim run scenarios/arendonk.yaml --runs 30` of `buurtsim sweep
          scenarios/arendonk.yaml --param municipality.control --values 0,0.5,1` doet hetzelfde
          zonder notebook.

        *Bronnen: de nummers tussen haakjes in de andere notebooks verwijzen naar de
        bronnenlijst onderaan notebook 00.*
        """
    ),
]

if __name__ == "__main__":
    print(write(NAME, CELLS))

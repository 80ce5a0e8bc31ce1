"""Notebook 00: welkom. What a buurtbudget is, how the workbook works, a first run, the glossary."""

from nb00_04_build import code, md, note

NAME = "00_welkom.ipynb"

CELLS = [
    md(
        """
        # 00 · Welkom bij het werkboek Buurtbudget

        **Leerdoelen.** Na dit notebook

        - kun je in je eigen woorden uitleggen wat een buurtbudget is, en waarom het geen
          subsidieoproep is;
        - weet je hoe je dit werkboek gebruikt: cellen, panelen, noten voor de trainer en de
          volgorde van de notebooks;
        - heb je een eerste simulatie van een buurt zoals die in Arendonk gedraaid en kun je de
          grafiek lezen;
        - ken je de woorden die in alle notebooks terugkomen.
        """
    ),
    md(
        """
        ## Wat is een buurtbudget?

        Een buurtbudget is een **open krediet**: een vast bedrag voor één afgebakende buurt. In de
        proefprojecten van 2018 in Arendonk en in Olmen (Balen) ging het om 8.000 euro per buurt
        [8]. Met dat geld bedenken de bewoners zelf initiatieven die de buurt hechter en
        aangenamer maken, en ze voeren ze ook zelf uit. Denk aan een bank of een tent om elkaar
        te ontmoeten, bloemen en groen, een wandelpad met bordjes [seed].

        Het is **geen subsidieoproep**. Bewoners schrijven geen dossier dat een jury beoordeelt
        [8]. Ze beslissen zelf, wel binnen een **werkingskader**: een paar duidelijke
        spelregels (**randvoorwaarden**) die het lokaal bestuur samen met de partners vastlegt
        [seed, 4, 5].

        Waarom zou dat werken? De methode vertrekt van een eenvoudig idee: bewoners weten zelf
        het best wat er in hun buurt leeft. Wie mee beslist, voelt zich eigenaar. En net dat
        **eigenaarschap** is volgens de methode de werkzame factor [seed]. Het geld is het
        middel; dat mensen elkaar leren kennen en zorg dragen voor hun buurt, is het doel.
        """
    ),
    md(
        """
        > **Tip.** Zeg het op je eerste bewonersavond in één zin: "Dit is jullie budget, voor
        > jullie buurt, binnen een paar spelregels die we samen duidelijk maken."

        > **Valkuil.** Een buurtbudget dat stilaan een subsidiereglement wordt: formulieren,
        > een jury, en op het eind kiest toch de gemeente. Dan haal je er net het eigenaarschap
        > uit, en daarmee de reden waarom je eraan begon.
        """
    ),
    md(
        """
        ## Wat we weten uit de pilot

        In 2018-2019 liepen twee proefprojecten, gefinancierd via Europees plattelandsgeld
        (LEADER Kempen Oost, project SamenBuurten) [8, 17]:

        - **Arendonk**: acht straten achter het woonzorgcentrum, deels sociale woningen, ongeveer
          240 gezinnen [5, 8, 13]. Een ambtenaar van het OCMW (Sociaal Huis) en een
          procesbegeleider van Vormingplus Kempen begeleidden [9, 15]. Op de startavond kwamen
          35 bewoners, en elke straat was vertegenwoordigd [9].
        - **Olmen (Balen)**: het centrum, negentien verspreide straten met een drukke weg door het
          midden, ongeveer 575 gezinnen [5, 8]. Daar trok de vrijetijdsbeambte van de gemeente
          het proces [6, 14].

        Wat kwam er? In Arendonk petanquebanen, babbelbanken, bloemen, een fietskar (voor
        koffierondes en een boekentoer) en een buurtkrantje. In Olmen een tent van 8 op 15 meter
        aan de Pastorij, een bijenhotel met de school, een wilgenhut, een bank en de
        Boskapelwandeling [13, 14].

        Het ging niet vanzelf. De begeleiders botsten op conflicten tussen bewoners, op een
        gemeente die moeilijk de touwtjes losliet, op onduidelijke rollen van de professionals,
        en op de tijd die het allemaal vroeg [seed, 1].
        """
    ),
    md(
        """
        ## Hoe gebruik je dit werkboek?

        Elk notebook volgt één stap van de methode, in de volgorde waarin je ze in een echte buurt
        zet:

        | notebook | waarover |
        |---|---|
        | 00 welkom | wat een buurtbudget is, een eerste simulatie, de woordenlijst |
        | 01 partners en buurt | met wie begin je, en in welke buurt? |
        | 02 speelveld | het werkingskader en hoeveel controle de gemeente houdt |
        | 03 kerngroep en bewoners | bewoners bereiken, ook de kwetsbare |
        | 04 ideeën | ideeën verzamelen, uitwerken en toetsen |
        | 05 beslissen | samen kiezen welke projecten er komen |
        | 06 uitvoeren | trekkers, vrijwilligers en de gemeentelijke controle |
        | 07 evalueren en duurzaamheid | wat bleef er na het geld? |
        | 08 scenariolab | scenario's naast elkaar, met onzekerheid |
        | 09 onder de motorkap | voor studenten: hoe het model werkt |

        **Cellen.** Een grijs vak met code voer je uit met *Shift + Enter*. Werk van boven naar
        beneden; kom je later in het notebook binnen, kies dan eerst in het menu *Run* de optie
        *Run All Cells*. Je hoeft geen
        code te kunnen schrijven: de cellen zijn kort en doen telkens één ding.

        **Panelen.** Een paneel heeft schuifjes en keuzelijsten, een knop *Simuleer*, een
        grafiek en een korte samenvatting. Verschuif, klik op *Simuleer*, kijk wat er
        verandert. Wil je meer weten over een schuifje, hou dan je muis erboven: je ziet de
        Engelse naam en waar de beginwaarde vandaan komt.

        **Noten voor de trainer.** Blokken die beginnen met *Noot voor de trainer* zijn voor wie
        de groep begeleidt. Werk je alleen, lees ze gerust mee.

        **Vraag voor de groep** en **Probeer zelf** zijn momenten om even te stoppen: eerst
        praten, dan pas verder klikken.
        """
    ),
    note(
        """
        Laat de groep in duo's werken: één persoon bedient het paneel, de ander noteert wat er
        verandert. Wissel per notebook. Zo blijft het gesprek bij de buurt en niet bij de
        computer. Reken op ongeveer 45 minuten per notebook, gesprek inbegrepen.
        """
    ),
    md(
        """
        ## Een gedachte-experiment, geen voorspelling

        Naast de verhalen uit de pilot draait in dit werkboek een **simulatie**: een
        nagebootste buurt met een paar honderd bewoners. Elke bewoner heeft wat vrije tijd, meer
        of minder zin om mee te doen, voorkeuren (groen, ontmoeting, spel en sport, ...) en
        contacten met buren. Week na week doorlopen ze de stappen van de methode: uitnodigen,
        startavond, ideeën uitwerken, beslissen, uitvoeren, onderhouden.

        Hou twee dingen goed uit elkaar:

        - **Wat de pilot liet zien** staat in de tekst, met een bron tussen haakjes, zoals [9].
        - **Wat het model aanneemt** is een veronderstelling. Hoeveel kwetsbare bewoners er
          precies woonden, hoe snel een conflict escaleert, hoeveel uren een vrijwilliger geeft:
          dat weet niemand precies. Die waarden zijn keuzes, en je kunt ze zelf verschuiven.

        De cijfers van het model zijn dus geen voorspelling voor jouw buurt. Ze helpen je
        nadenken over *hoe* dingen op elkaar inwerken: wat gebeurt er met het eigenaarschap als
        de gemeente strenger controleert? Daarover gaat dit hele werkboek.
        """
    ),
    md(
        """
        ## Je eerste simulatie: een buurt zoals in Arendonk

        Het paneel hieronder simuleert twee jaar (104 weken) in een buurt die lijkt op die in
        Arendonk: ongeveer 240 gezinnen, acht straten, 8.000 euro. Met de schuifjes kies je
        hoeveel controle de gemeente houdt en hoeveel uren procesbegeleiding er per week zijn.
        Laat ze eerst staan en kijk naar de grafiek.
        """
    ),
    code(
        """
        from buurtsim.widgets import RunPanel

        paneel = RunPanel(
            base="arendonk", keys=("municipality.control", "facilitator.hours_per_week"), seed=3
        )
        paneel
        """
    ),
    md(
        """
        **Zo lees je de grafiek.** De gekleurde vlakken op de achtergrond zijn de fasen:
        voorbereiding (kerngroep, uitnodigen), ideeën (startavond en uitwerken), uitvoering
        (controle door de gemeente, bouwen, planten) en duurzaamheid (onderhouden). De lijnen
        tonen per week hoe de buurt ervoor staat, zoals de sociale cohesie (hoe goed buren
        elkaar kennen en op elkaar kunnen rekenen) en het eigenaarschap. Naast de knop staat in
        één regel wat er in deze run gebeurde, en onder de grafiek een tabel met de
        belangrijkste uitkomsten.

        Een run is één mogelijk verloop. Het model werkt met toeval: wie toevallig thuis is als
        de brief komt, wie wie tegenkomt op straat. Met een ander *seed* (een ander
        toevalsgetal) krijg je hetzelfde soort buurt, maar een ander verhaal.
        """
    ),
    md(
        """
        ### Vraag voor de groep

        1. Kijk naar jullie grafiek: waar maakt de lijn van de sociale cohesie haar eerste
           duidelijke sprong? Wat gebeurde er in die week? Had je dat verwacht, of dacht je dat
           vooral de bank of de petanquebaan het verschil zou maken?
        2. Zet de controle van de gemeente eens helemaal naar rechts en simuleer opnieuw. Wat valt
           jullie op in de samenvatting? Zet daarna het schuifje terug.
        3. Welke initiatieven uit Arendonk of Olmen zou je in jullie eigen gemeente ook zien
           werken, en waarom?
        """
    ),
    note(
        """
        Vraag 1 opent het kerninzicht uit de evaluatie: het beslissen zelf bracht al informele
        ontmoeting [7]. In het model zie je dat terug: de eerste sprong in de cohesie komt bij
        de startavond, nog voor er iets gebouwd is. Daarna groeit ze trager maar langer, als er
        ontmoetingsplekken bijkomen, of ze zakt weer weg als die niet onderhouden worden. Laat de
        groep dat zelf ontdekken; bevestig het pas daarna met de bron.

        Benadruk bij vraag 2 dat het om één run gaat: in notebook 02 en 08 kijken we naar veel
        runs tegelijk.
        """
    ),
    md(
        """
        ### Probeer zelf

        Hoeveel ideeën kwamen er in jullie run op tafel? Lees het af in de regel naast de knop
        *Simuleer*, vul het getal in op de plaats van `None` en voer de cel uit. De functie
        draait jullie run opnieuw, met de schuifjes zoals ze nu staan, en kijkt na.
        """
    ),
    code(
        """
        from buurtsim.exercises import check_first_run

        antwoord = None  # vul hier jullie getal in
        check_first_run(antwoord, paneel.scenario(), seed=paneel.seed)
        """
    ),
    md(
        """
        ## Woordenlijst

        Deze woorden komen in elk notebook terug. Elk woord staat hier één keer, met de Engelse
        term erbij (handig als je de code of de Engelse literatuur leest).
        """
    ),
    code(
        """
        from buurtsim.i18n import glossary_table

        glossary_table().style.hide(axis="index")
        """
    ),
    note(
        """
        Sta even stil bij *werkingskader* en *randvoorwaarden*: die komen in notebook 02 terug.
        En bij *eigenaarschap*: vraag de groep wanneer zij zich zelf eigenaar voelden van iets in
        hun straat. Dat maakt het begrip concreet voor je de simulatie erbij haalt.
        """
    ),
    md(
        """
        ## Verder

        In **01 partners en buurt** kies je met wie je begint en in welke buurt. Je vergelijkt
        er een buurt zoals die in Arendonk met een buurt zoals die in Olmen.

        """
    ),
    md(
        """
        ## Bronnen

        De nummers tussen haakjes in alle notebooks verwijzen naar deze lijst.

        - [seed], [1] politeia.be, "Wat is het buurtbudget en hoe werkt het?"
        - [4] thomasmore.be, "Meer buurt met het buurtbudget"
        - [5] dewakkereburger.be, "Stappenplan voor een geslaagd burgerbudget"
        - [6] dewakkereburger.be, "Buurtbudget in Arendonk en Balen" (13 juli 2020)
        - [7] dewakkereburger.be, "Leidt een buurtbudget tot betere burgers?" (26 februari 2021),
          de evaluatie door Vonk3 (Thomas More)
        - [8] sociaal.net, "Geef bewoners een buurtbudget van 8.000 euro"
        - [9]-[12] buurtbudget.be/arendonk, de berichten "3 oktober", "Buren maken plannen",
          "Virus of niet" en "Dit doen we met ons buurtbudget"
        - [13] hln.be, "Buurtbewoners kiezen zelf hoe ze 8.000 euro spenderen" (Arendonk)
        - [14] hln.be, "Olmenaren fleuren buurt op" (Balen)
        - [15] dorpsbelangen.be/?p=5669
        - [16] vormingpluskempen.be, "Buurtbudgetten in Arendonk en Balen zijn een succes"
        - [17] thomasmore.be, project SamenBuurten
        """
    ),
]

"""Notebook 07: evaluating and keeping it going (evalueren en duurzaamheid)."""
# ruff: noqa: E501  (markdown table rows cannot be wrapped)

from nb05_09_build import code, md, trainer, write

NAME = "07_evalueren_en_duurzaamheid"

CELLS = [
    md(
        """
        # 07 · Evalueren en duurzaamheid: wat blijft er over?

        **Leerdoelen.** Na dit notebook

        - ken je de manier waarop de evaluatie van 2019 (Vonk3, Thomas More) werkte, en wat ze
          vond;
        - kun je per bevinding zeggen hoe het model ze voorstelt, en wat het model er niet over
          weet;
        - heb je gezien wat er na het geld overblijft: projecten die onderhouden worden en
          projecten die vervallen;
        - kun je een eenvoudige evaluatie voor je eigen buurt schetsen.
        """
    ),
    md(
        """
        ## Hoe de pilot geëvalueerd werd

        De onderzoekers van **Vonk3 (Thomas More)** volgden beide pilots op [7]. Ze gebruikten
        niet één methode, maar een mix:

        - **interviews**;
        - een **bevraging van de actieve bewoners**;
        - een **bevraging aan de deur**: 138 gezinnen in Arendonk en 184 in Olmen;
        - **check-ins met de procesbegeleiders**, om de 6 à 8 weken;
        - een **focusgroep**.

        Die bevraging aan de deur is belangrijk. Wie alleen de actieve bewoners bevraagt,
        hoort vooral de enthousiastelingen. Aan de deur hoor je ook wie niet meedeed.

        > **Tip.** Beslis vóór de startavond wat je wil weten, en vraag het dan al eens. Zonder
        > nulmeting kun je achteraf moeilijk zeggen wat er veranderd is.
        """
    ),
    md(
        """
        ## Wat de evaluatie vond

        Volgens de evaluatie [7]:

        - leerden bewoners elkaar kennen;
        - zorgde het beslissen zelf al voor informele ontmoeting;
        - groeide de verbondenheid;
        - voelden sommige kwetsbare bewoners zich minder eenzaam;
        - werd de drempel om elkaar te helpen lager;
        - steeg de leefbaarheid: de buurt werd netter en gezelliger.

        Let op het woord **sommige**. De bevindingen zijn wat bewoners en begeleiders
        vertelden en zagen. Ze zeggen niet *hoeveel*, en bij de methoden staat geen
        vergelijking met een buurt zonder budget. Dat is geen zwakte, wel iets om eerlijk over
        te zijn als je de resultaten doorvertelt.
        """
    ),
    md(
        """
        ## Dezelfde bril in het model

        Het model volgt week per week een paar maten. Het zijn **indexen van het model**, geen
        meetresultaten van de pilot:

        | in de evaluatie | in het model |
        |---|---|
        | elkaar kennen, verbondenheid, drempel om te helpen | **sociale cohesie**: hoeveel steun bewoners gemiddeld uit hun contacten met buren halen (0-1) |
        | minder eenzaam | **eenzame kwetsbare bewoners**: het aandeel kwetsbare bewoners dat zich eenzaam voelt |
        | netter en gezelliger | **leefbaarheid**: een basis, plus wat er gerealiseerd is en goed onderhouden blijft |
        | (geen aparte bevinding) | **vertrouwen in de gemeente** en **eigenaarschap**, het werkzame bestanddeel volgens de methode |

        Hoe het model ze laat bewegen, is een **aanname**: elke ontmoeting maakt een band wat
        sterker, banden zonder contact verslappen, en wie meer steun heeft, voelt zich minder
        eenzaam. Ontmoetingsplekken (een bank, een tent, een petanquebaan) maken ontmoetingen
        waarschijnlijker; groen en wandelroutes maken de buurt aangenamer.
        """
    ),
    trainer(
        """
        Het is verleidelijk om de lijnen van het paneel als "het effect van een buurtbudget" te
        lezen. Dat zijn ze niet. De evaluatie van 2019 zegt *dat* bewoners elkaar beter leerden
        kennen en dat sommige kwetsbare bewoners zich minder eenzaam voelden [7]; het model
        toont *hoe* dat zou kunnen gebeuren als de aannames kloppen. Hoe groot de effecten zijn,
        weet niemand.

        Een goede oefening: laat de groep bij elke bevinding van de evaluatie zeggen hoe ze dat
        in hun eigen buurt zouden merken. "Minder eenzaam" kan zijn: iemand die vroeger nooit
        buiten kwam, zit nu op de babbelbank.
        """
    ),
    md(
        """
        ## Als het geld op is

        In Olmen was het budget uitdrukkelijk eenmalig [14]. Wat blijft er staan als het
        uitgegeven is? Een bank die
        niemand schoonmaakt, een bloembak die niemand water geeft, een tent die niemand opzet:
        na een jaar zie je het verschil.

        In het model hangt onderhoud af van drie dingen (aannames):

        - het **eigenaarschap** van de trekker en de helpers: voelen zij het als hun project?
        - een **onderhoudsafspraak**: werd die bij het uitwerken gemaakt (zoals op de
          planwandeling van 5 december [12])?
        - **tijd**: hebben de makers samen genoeg uren per week voor het onderhoud?

        Zonder onderhoud gaat een project elke week wat achteruit, tot het als *vervallen*
        telt. Met onderhoud blijft het in goede staat en telt het als *volgehouden*.

        > **Valkuil.** Alle energie in de opening steken. Het lint is doorgeknipt, de foto
        > staat in de krant, en daarna kijkt niemand meer om. Plan een moment na zes maanden
        > en na een jaar: wie doet nog mee, wat heeft onderhoud nodig?
        """
    ),
    md(
        """
        ## Het paneel

        Het paneel laat vijf runs lopen (run 9 tot 13: dezelfde buurt, ander toeval) en toont
        over twee jaar:

        - de sociale cohesie, de eenzaamheid van kwetsbare bewoners, het vertrouwen, de
          leefbaarheid en het eigenaarschap, als mediaan met een band (de middelste 80% van de
          runs); de gekleurde achtergrond toont de fasen van de eerste run;
        - op het einde: hoeveel projecten gerealiseerd zijn, en hoeveel er nog onderhouden
          worden, vervallen of stilgevallen zijn.

        Met de schuifjes verander je de **controle door de gemeente**, de **uren
        procesbegeleiding** en de **onderhoudsuren per initiatief per week**.
        """
    ),
    code(
        """
        from buurtsim.widgets import EvaluationPanel

        evaluatie = EvaluationPanel(base="arendonk", seed=9)
        evaluatie
        """
    ),
    md(
        """
        ### Vraag voor de groep

        1. Kijk naar de band van de eenzame kwetsbare bewoners in jullie runs. Daalt hij? En
           wanneer begint hij te dalen: rond de startavond, of pas als er banken en tenten
           staan?
        2. Zet de onderhoudsuren per initiatief op 8 uur per week. Hoeveel projecten worden er
           op het einde nog onderhouden? Wat zegt dat over de projecten die je kiest?
        3. De evaluatie bevroeg 138 gezinnen in Arendonk aan de deur [7]. Wie zou je in jouw
           buurt zeker willen bevragen, en hoe bereik je die mensen?
        """
    ),
    trainer(
        """
        Met de standaardinstellingen blijven in het model de meeste projecten tot het einde
        goed onderhouden. Verhoog je de onderhoudsuren flink (8 uur of meer), dan vervallen er
        meer, en zakken ook de sociale cohesie en de leefbaarheid. Dat is een modelkeuze:
        onderhoud lukt alleen als de makers samen genoeg vrije tijd hebben. Of dat in de pilot
        zo liep, weten we niet: de bevindingen van de evaluatie [7] zeggen niets over hoe lang
        de projecten onderhouden bleven.

        Wil je de groep laten nadenken over een eigen evaluatie, gebruik dan de vijf methoden
        van Vonk3 als menukaart en laat ze kiezen wat haalbaar is met hun uren.
        """
    ),
    md(
        """
        ### Probeer zelf

        Voorspel eerst. Als elk project **8 uur** onderhoud per week vraagt in plaats van 1,
        blijven er op het einde dan **meer** of **minder** projecten onderhouden? Vul `"meer"`
        of `"minder"` in. De functie laat een paar runs lopen met beide instellingen en
        vergelijkt.
        """
    ),
    code(
        """
        from buurtsim.exercises import check_upkeep_guess

        antwoord = None  # "meer" of "minder"
        check_upkeep_guess(antwoord, upkeep_hours=8)
        """
    ),
    md(
        """
        ## Wat je meeneemt

        - De evaluatie combineerde vijf methoden en ging ook aan de deur [7]. Zo hoor je ook
          wie niet meedeed.
        - Bewoners leerden elkaar kennen, en het beslissen zelf bracht al mensen samen [7].
        - Wat blijft, hangt af van eigenaarschap, afspraken en tijd. Kies projecten die de
          buurt ook na het geld kan dragen.

        In **08 scenariolab** zet je hele scenario's naast elkaar, met onzekerheid erbij.

        *Bronnen: de nummers tussen haakjes verwijzen naar de bronnenlijst onderaan notebook
        00.*
        """
    ),
]

if __name__ == "__main__":
    print(write(NAME, CELLS))

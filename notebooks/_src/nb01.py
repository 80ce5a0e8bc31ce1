"""Notebook 01: partners en buurt. Choosing partners and the neighbourhood; Arendonk vs Olmen."""

from nb00_04_build import code, md, note

NAME = "01_partners_en_buurt.ipynb"

CELLS = [
    md(
        """
        # 01 · Partners en buurt kiezen

        **Leerdoelen.** Na dit notebook

        - weet je waarom je begint met partners die de buurt kennen, en wie dat in de pilot waren;
        - kun je een buurt bekijken op grootte, sociale mix, kwetsbare bewoners en bestaande
          contacten;
        - kun je de kaart van een gesimuleerde buurt lezen;
        - kun je uitleggen wat een grote, verspreide buurt zoals die in Olmen anders vraagt dan een
          kleine buurt zoals die in Arendonk.
        """
    ),
    md(
        """
        ## Stap 1: kies de juiste partners

        De eerste stap van de methode is kiezen met wie je het doet [5]. Zoek partners die de
        lokale context kennen: wie weet welke gezinnen het moeilijk hebben, welke straten
        elkaar niet kennen, waar vroeger al eens iets misliep?

        In de pilot zag dat er zo uit:

        - In **Arendonk** werkten een ambtenaar van het OCMW (nu het Sociaal Huis) en een
          procesbegeleider van **Vormingplus Kempen** samen [9, 15]. Zo zaten het lokale
          welzijnswerk en de ervaring met bewonersgroepen samen rond de tafel.
        - In **Balen** trok de **vrijetijdsbeambte** van de gemeente het proces [6, 14], met een
          projectgroep van bewoners [7, 14].
        - De partners tekenden in januari 2018 een overeenkomst, binnen het Europese project
          SamenBuurten [8, 17].

        Een van de moeilijkheden die de begeleiders achteraf noemden: de taken en rollen van de
        professionals waren vaak nog niet duidelijk [seed, 1]. Wie nodigt uit? Wie leidt de
        avonden? Wie praat met het college? Wie bestelt de bank?
        """
    ),
    md(
        """
        > **Tip.** Maak bij de start een eenvoudig rollenlijstje: per taak één naam. Bespreek het
        > opnieuw na de startavond, want dan weet je pas echt wat er op je afkomt.

        > **Valkuil.** Partners kiezen die het beleid goed kennen, maar de straat niet. Een
        > buurtwerker of een huisarts die de mensen bij naam kent, opent meer deuren dan een
        > mooi beleidsplan.
        """
    ),
    md(
        """
        ## Stap 2: kies de buurt

        Daarna kies je de buurt, op grootte en sociale mix [5]. Beide pilootbuurten werden
        gekozen omdat de bewoners er gemiddeld een lagere sociaaleconomische status hadden dan
        in de rest van de gemeente [8]. Verder verschilden ze sterk:

        | | Arendonk | Olmen (Balen) |
        |---|---|---|
        | ligging | achter het woonzorgcentrum [5, 13] | centrum, drukke weg in het midden [5, 8] |
        | straten | 8 [5, 13] | 19, verspreid [5, 8] |
        | woningen | deels sociale woningen [5, 13] | |
        | gezinnen | ongeveer 240 [8] | ongeveer 575 [8] |
        | bewoners | | meer jonge gezinnen en werkende mensen, minder alleenstaanden [8] |
        | budget | 8.000 euro [8] | 8.000 euro, eenmalig [14] |

        Met hetzelfde bedrag is er in Olmen minder dan de helft per gezin: ongeveer 14 euro,
        tegenover 33 euro in Arendonk. En een drukke weg door het midden is niet alleen een
        verkeersprobleem: het is ook een grens waar buren elkaar minder tegenkomen.
        """
    ),
    md(
        """
        ## Twee buurten in het model

        Het model bouwt een buurt op uit straten met huizen, bewoners in die huizen en
        contacten tussen buren. Het aantal gezinnen en straten komt uit de pilot. Veel andere
        waarden zijn **aannames**, omdat niemand ze gemeten heeft: hoeveel bewoners kwetsbaar
        zijn, hoeveel contacten ze hebben, hoeveel vrije tijd. Voor Olmen neemt het model
        bijvoorbeeld aan dat bewoners minder vrije tijd hebben (werkende ouders) en minder
        contacten over de straten heen (de drukke weg). Dat zijn redelijke gokken, geen
        metingen.

        Kies in het paneel een buurt en een kleur. *Straat* toont de straten, *kwetsbaar* toont
        waar kwetsbare bewoners wonen. De lijntjes zijn contacten tussen buren. Het tabelletje
        onder de kaart zet de gekozen buurt naast de Arendonk-achtige en de Olmen-achtige buurt.
        Met de schuifjes maak je een eigen buurt.
        """
    ),
    code(
        """
        from buurtsim.widgets import NeighbourhoodPanel

        buurt = NeighbourhoodPanel(base="arendonk", seed=1)
        buurt
        """
    ),
    note(
        """
        Laat de groep de twee buurten eerst op kleur *straat* vergelijken en pas daarna op
        *kwetsbaar*. De vraag "waar wonen de kwetsbare bewoners?" werkt beter als ze de straten
        al herkennen. Wijs erop dat de huizen als spaken rond een kruispunt liggen: dat is een
        vereenvoudiging, geen echte kaart van Arendonk of Olmen.
        """
    ),
    md(
        """
        ### Vraag voor de groep

        1. Kijk naar jullie kaart met de kleur *kwetsbaar*: wonen de kwetsbare bewoners
           verspreid, of samen in een paar straten? Wat betekent dat voor hoe je ze uitnodigt?
        2. Vergelijk in het tabelletje de contacten per bewoner en het aandeel geïsoleerde
           bewoners tussen de twee buurten. Welke buurt zouden jullie het eerst kiezen voor een
           buurtbudget, en waarom?
        3. Welke partners in jullie eigen gemeente kennen de buurt waaraan je denkt echt? Noem
           namen, geen diensten.
        """
    ),
    md(
        """
        ## Wat doet de grootte van de buurt met het proces?

        In Olmen was de buurt groter en meer verspreid. Het paneel hieronder simuleert twee jaar
        in een buurt zoals die in Olmen. Met de schuifjes maak je de buurt groter of kleiner en
        verander je het aantal straten. Kijk naar het aantal deelnemers en naar wat er met de
        8.000 euro gebeurt.
        """
    ),
    code(
        """
        from buurtsim.widgets import RunPanel

        olmen = RunPanel(
            base="olmen", keys=("neighbourhood.households", "neighbourhood.streets"), seed=1
        )
        olmen
        """
    ),
    md(
        """
        ### Vraag voor de groep

        Kijk naar jullie grafiek en de samenvatting: doen er in een grotere buurt meer of minder
        bewoners mee, in aantal en als aandeel van alle bewoners? Wat zou je in Olmen anders doen
        dan in Arendonk: kleinere deelbuurten, meer begeleiding, een ander budget?
        """
    ),
    note(
        """
        In het model levert de Olmen-achtige buurt meestal meer deelnemers op, maar een kleiner
        *aandeel* van de bewoners. Dat volgt uit de aannames (minder vrije tijd, minder
        contacten over de straten heen, minder uren begeleiding), niet uit een meting in Olmen.
        Wat de pilot wel zegt: in Olmen trok een projectgroep het proces [7, 14]. Hoeveel
        bewoners er op de startavond in Olmen kwamen, is niet bekend. Laat de groep dat verschil
        zelf benoemen.
        """
    ),
    md(
        """
        ### Probeer zelf

        Welke van de twee gesimuleerde buurten heeft het grootste aandeel geïsoleerde bewoners:
        `"arendonk"` of `"olmen"`? Denk eerst na: waar verwacht je het, en waarom? Kijk dan in
        het tabelletje onder de kaart, vul je antwoord in en voer de cel uit. De functie bouwt
        beide buurten drie keer op (met ander toeval) en vergelijkt het gemiddelde.
        """
    ),
    code(
        """
        from buurtsim.exercises import check_neighbourhood_guess

        antwoord = None  # "arendonk" of "olmen"
        check_neighbourhood_guess(antwoord)
        """
    ),
    md(
        """
        ## Verder

        In **02 speelveld** leg je samen met het bestuur de spelregels vast, en kies je hoeveel
        de gemeente zelf in handen houdt.

        *Bronnen: de nummers tussen haakjes verwijzen naar de bronnenlijst onderaan notebook
        00.*
        """
    ),
]

"""Notebook 03: kerngroep en bewoners. The core group; reaching residents, the vulnerable most."""

from nb00_04_build import code, md, note

NAME = "03_kerngroep_en_bewoners.ipynb"

CELLS = [
    md(
        """
        # 03 · Een kerngroep en de bewoners bereiken

        **Leerdoelen.** Na dit notebook

        - weet je wat een kerngroep doet en waarom je erin investeert;
        - ken je de manieren waarop de pilot bewoners bereikte: huisbezoeken, een promofilm, een
          fotozoektocht;
        - heb je in een animatie gezien hoe het nieuws zich door een buurt verspreidt, en wie
          het niet haalt;
        - kun je afwegen wat huis-aan-huisbezoeken kosten en opleveren, vooral voor kwetsbare
          bewoners.
        """
    ),
    md(
        """
        ## Stap 4: investeer in een lokale kerngroep

        Een buurtbudget staat of valt met de mensen die het dragen. De methode raadt aan om te
        investeren in een **kerngroep**: een handvol bewoners die de startavond mee voorbereiden
        en hun buren aanspreken [5]. Zij kennen de straat, weten wie je beter persoonlijk vraagt,
        en kunnen later een project trekken.

        Hoe bereik je dan de rest van de buurt? De pilot gebruikte onder meer [5]:

        - **huisbezoeken**: aanbellen, uitleggen, uitnodigen. "Duur in tijd, maar de moeite
          waard";
        - een **promofilm** over het buurtbudget;
        - een **fotozoektocht** door de buurt.

        Op de startavond in Arendonk kwamen uiteindelijk 35 bewoners, en elke straat was
        vertegenwoordigd [9]. Daarna werkten ongeveer tien bewoners de ideeën verder uit [10].
        """
    ),
    md(
        """
        > **Tip.** Vraag in elke straat één of twee mensen persoonlijk voor de kerngroep. Niet
        > altijd de gekende vrijwilligers: ook de buurvrouw die iedereen groet, of de man die
        > elke ochtend met de hond wandelt.

        > **Valkuil.** Alleen een brief in de bus en een infoavond. Dan komen vooral de mensen
        > die altijd komen. Kwetsbare bewoners, die je met het buurtbudget net wilt bereiken,
        > blijven dan thuis.
        """
    ),
    note(
        """
        Vraag de groep wie in hun eigen straat "de sleutelfiguren" zijn. Schrijf de namen niet
        op, maar wel de rollen (de bakker, de buurvrouw met de sleutel van de zaal, ...). Zo
        wordt het idee van een kerngroep meteen concreet.
        """
    ),
    md(
        """
        ## Het nieuws verspreidt zich: drie manieren in het model

        Het model kent drie manieren om bewoners te bereiken. In alle drie stuurt de gemeente
        twee weken voor de startavond een uitnodigingsbrief.

        - **Infoavond en brief**: verder niets. Wie de brief leest en zin heeft, komt.
        - **Via een kerngroep**: de procesbegeleider zoekt in elke straat iemand voor de
          kerngroep. Elk kerngroeplid belt elke week bij één buur aan.
        - **Huis aan huis**: de procesbegeleider steekt de begeleidingsuren in huisbezoeken,
          een half uur per gezin.

        In elk geval vertellen deelnemers het verder aan hun contacten: mond-tot-mondreclame.

        De promofilm en de fotozoektocht zitten niet in het model. En hoeveel een huisbezoek of
        een persoonlijke uitnodiging precies uitmaakt, is een **aanname**: de pilot zegt alleen
        dat het de moeite waard was [5].
        """
    ),
    md(
        """
        Kies hieronder een manier en het aantal uren begeleiding per week, en simuleer. Druk dan
        op ▶ om de weken tot de startavond af te spelen, of sleep het schuifje *week*. Op de kaart
        zie je wie ervan weet, wie persoonlijk uitgenodigd is, wie meedoet en wie in de
        kerngroep zit. Het staafje ernaast vergelijkt hoeveel kwetsbare en andere bewoners op de
        startavond meedoen.
        """
    ),
    code(
        """
        from buurtsim.widgets import OutreachPanel

        bereik = OutreachPanel(base="arendonk", seed=1)
        bereik
        """
    ),
    md(
        """
        ### Vraag voor de groep

        1. Kijk naar jullie animatie: in welke straten blijft het lang stil? Wonen daar veel
           kwetsbare of geïsoleerde bewoners?
        2. Vergelijk *via een kerngroep* met *huis aan huis*. Kijk naar jullie staafjes: doen er
           meer kwetsbare bewoners mee? Hoeveel uren van de begeleider kost dat?
        3. Met hoeveel uren begeleiding per week kunnen jullie in het echt rekenen? Zet het
           schuifje daarop. Welke manier kies je dan?
        """
    ),
    note(
        """
        In het model bereikt *huis aan huis* tegen de startavond meestal het grootste aandeel
        kwetsbare bewoners. Tussen de kerngroep en de infoavond is het verschil dan nog klein;
        over het hele proces (tot de beslissing) doen er met een kerngroep wel duidelijk meer
        kwetsbare bewoners mee. Dat volgt uit de aanname dat een persoonlijke
        uitnodiging de drempel verlaagt; de pilot bevestigt de richting ("de moeite waard"), niet
        de grootte. Vraag door op de kosten: in het model slorpen de huisbezoeken de uren op die
        nodig zijn om de ideeën op de werkavonden te toetsen. Een kerngroep spreidt dat werk
        over bewoners. Veel buurten combineren: een kerngroep, en huisbezoeken bij wie je anders
        mist.
        """
    ),
    md(
        """
        ### Probeer zelf

        Welke manier bereikt in het model het grootste aandeel **kwetsbare** bewoners, bij een
        buurt zoals die in Arendonk en 6 uur begeleiding per week? Antwoord met `"infoavond"`,
        `"kerngroep"` of `"huis aan huis"`. De functie draait per manier enkele runs tot de
        startavond en vergelijkt.
        """
    ),
    code(
        """
        from buurtsim.exercises import check_outreach_guess

        antwoord = None  # "infoavond", "kerngroep" of "huis aan huis"
        check_outreach_guess(antwoord)
        """
    ),
    md(
        """
        ## Verder

        In **04 ideeën** komen de bewoners samen op de startavond en gaan ze aan de slag met hun
        ideeën.

        *Bronnen: de nummers tussen haakjes verwijzen naar de bronnenlijst onderaan notebook
        00.*
        """
    ),
]

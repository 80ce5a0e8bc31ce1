"""Notebook 02: speelveld. The framework, boundary conditions, and how much control to keep."""

from nb00_04_build import code, md, note

NAME = "02_speelveld.ipynb"

CELLS = [
    md(
        """
        # 02 · Het speelveld: kader en controle

        **Leerdoelen.** Na dit notebook

        - ken je de criteria van het werkingskader in Arendonk en de toevoeging van Balen;
        - kun je uitleggen wat "de gemeente als goede dj" betekent, en waarom loslaten moeilijk
          is;
        - heb je met de schuifjes gezien wat controle en een duidelijk kader in het model doen met
          voorstellen, conflicten, eigenaarschap en vertrouwen;
        - kun je het verschil uitleggen tussen een *duidelijk* kader en een *strenge* gemeente.
        """
    ),
    md(
        """
        ## Stap 3: bepaal een duidelijk speelveld

        Voor je bewoners uitnodigt, leg je samen met de beleidsmakers het speelveld vast [5]. De
        basisregel: een initiatief moet de **samenhang** in de buurt versterken **en** de buurt
        of de openbare ruimte **aangenamer** maken [5].

        In Arendonk toetsten de bewoners elk voorstel aan vijf criteria [10]:

        1. meerdere bewoners hebben er duidelijk baat bij;
        2. het maakt de buurt aangenamer;
        3. het is realistisch en haalbaar;
        4. de kostprijs;
        5. er zijn afspraken over opvolging en onderhoud.

        Balen voegde er één aan toe: **geen commercieel of persoonlijk doel** [14]. Een
        petanquebaan voor de hele straat mag, een nieuwe haag voor je eigen voortuin niet.

        Het kader is er niet om bewoners te controleren. Het maakt op voorhand duidelijk wat mag,
        zodat de gemeente achteraf niet hoeft in te grijpen.
        """
    ),
    md(
        """
        ## Hoeveel houdt de gemeente in handen?

        In de pilot was dat een van de moeilijkste punten: het lokaal bestuur vond het lastig om
        de touwtjes los te laten [seed]. De procesbegeleiders gaven achteraf drie tips [15]:

        - kies een beperkt, haalbaar project boven een te ambitieus plan;
        - politici moeten bereid zijn om verantwoordelijkheid echt door te geven;
        - verantwoordelijkheid doorgeven is meer dan geld geven: er is procesbegeleiding nodig.

        Onderzoekers van de UGent gebruikten een mooi beeld: de overheid als een **goede dj**.
        "Speel je eigen muziek, maar neem verzoekjes aan" [15, 16]. De gemeente zet de toon en
        bewaakt het kader; binnen dat kader draaien de bewoners hun eigen platen.

        > **Tip.** Spreek met het college op voorhand af *wanneer* het nog ingrijpt, bijvoorbeeld
        > alleen bij veiligheid of als een voorstel buiten het kader valt. Zet dat op papier,
        > samen met de criteria.

        > **Valkuil.** Een vaag kader en een strenge gemeente. Bewoners weten niet wat mag, werken
        > iets uit, en horen pas achteraf dat het niet kan. Dat kost meer vertrouwen dan een
        > duidelijke "nee" aan het begin.
        """
    ),
    note(
        """
        Een werkvorm die goed werkt: laat de groep eerst zelf de criteria voor hun buurt opstellen,
        vóór ze die van Arendonk zien. Vergelijk daarna. Vraag dan aan de ambtenaren in de groep:
        "Bij welk voorstel zou ons college toch willen ingrijpen?" Schrijf die antwoorden op; ze
        komen in notebook 06 (uitvoeren) terug.
        """
    ),
    md(
        """
        ## Twee schuifjes in het model

        Het model maakt van deze twee vragen twee aparte knoppen:

        - **Controle door de gemeente** (0 = bewoners beslissen, 1 = het college beslist). Hoe
          hoger, hoe langer de gemeente een gekozen project nakijkt, en hoe groter de kans dat ze
          het inkort of tegenhoudt. Bewoners merken dat: wie weinig inspraak verwacht, komt minder
          snel naar een avond, en eigenaarschap groeit trager.
        - **Duidelijkheid van het werkingskader** (0 = vaag, 1 = duidelijk). Hoe duidelijker, hoe
          beter de werkgroep inschat of een idee binnen het kader valt, en hoe minder ruzie er
          komt over wat mag.

        Hoe sterk die effecten zijn, weet niemand: de pilot heeft ze niet gemeten. Het model
        gebruikt **aangenomen** waarden. Kijk dus naar de richting en de orde van grootte, niet
        naar de precieze getallen.

        Het paneel draait voor elke keuze acht runs (acht keer dezelfde buurt, met ander toeval)
        en zet de uitkomst naast die van de Arendonk-achtige basis: controle 0,3 en een duidelijk
        kader.
        """
    ),
    code(
        """
        from buurtsim.widgets import ControlPanel

        speelveld = ControlPanel(base="arendonk", seed=1)
        speelveld
        """
    ),
    md(
        """
        ### Vraag voor de groep

        1. Zet de controle op 0,9 en simuleer. Kijk naar jullie staafjes: wat gebeurt er met het
           eigenaarschap? En met het vertrouwen in de gemeente? Verandert het ene meer dan het
           andere?
        2. Zet de controle weer laag, maar maak het kader vaag (0,1). Wat gebeurt er nu met de
           conflicten en met het aantal voorstellen binnen het kader?
        3. Welke combinatie zou jullie eigen college kiezen? En welke zouden de bewoners kiezen?
        """
    ),
    note(
        """
        Wat je in het model meestal ziet: meer controle geeft minder deelnemers, minder
        eigenaarschap en minder gerealiseerde projecten; een vaag kader geeft meer conflicten en
        meer ideeën die pas later sneuvelen. Het vertrouwen in de gemeente beweegt in het model
        weinig, omdat het een gemiddelde is over álle bewoners, ook wie nooit meedeed. Dat is een
        goed gesprek: meet je vertrouwen bij de deelnemers of bij de hele buurt?

        Let op: ook bij controle 0 houdt de gemeente in het model ideeën tegen die buiten het
        kader vallen. Loslaten betekent niet dat er geen kader meer is.
        """
    ),
    md(
        """
        ### Probeer zelf

        Voorspel eerst, simuleer daarna. Als de gemeente gaat van controle 0,3 (zoals de
        Arendonk-achtige basis) naar 0,9, worden er dan **meer** of **minder** initiatieven
        gerealiseerd? Vul `"meer"` of `"minder"` in. De functie draait een klein aantal runs met
        beide instellingen en vergelijkt.
        """
    ),
    code(
        """
        from buurtsim.exercises import check_control_guess

        antwoord = None  # "meer" of "minder"
        check_control_guess(antwoord, outcome="initiatives_realised")
        """
    ),
    md(
        """
        ## Verder

        In **03 kerngroep en bewoners** ga je de buurt in: hoe bereik je bewoners, en vooral
        wie je anders niet ziet?

        *Bronnen: de nummers tussen haakjes verwijzen naar de bronnenlijst onderaan notebook
        00.*
        """
    ),
]

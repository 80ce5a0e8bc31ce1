"""Notebook 06: realisation (uitvoeren)."""

from nb05_09_build import code, md, trainer, write

NAME = "06_uitvoeren"

CELLS = [
    md(
        """
        # 06 · Uitvoeren: van plan naar petanquebaan

        **Leerdoelen.** Na dit notebook

        - weet je wat een trekker doet en waarom elk project er één nodig heeft;
        - ken je de planwandeling van 5 december 2018 en wat Arendonk en Olmen in 2019
          realiseerden;
        - kun je uitleggen wat de toets door de gemeente (wachten, veto, inkorten) met een
          project en met de bewoners doet;
        - kun je een tijdlijn lezen van elk initiatief, van idee tot uitvoering, en zien waar
          het in het model blijft hangen.
        """
    ),
    md(
        """
        ## Van beslissing naar wandeling

        Arendonk besliste op 7 november 2018 [11]. Een maand later, op **5 december 2018**,
        stelden de bewoners het plan voor tijdens een **wandeling door de buurt**. Daarbij
        engageerden bewoners zich voor het onderhoud, bijvoorbeeld van de bank [12].

        Dat is slim. Een plan op papier is van niemand; een plek waar je samen naar hebt
        staan kijken, is al een beetje van jou. En wie het onderhoud op zich neemt, zegt dat
        in het bijzijn van de buren.

        > **Tip.** Noteer de onderhoudsafspraken meteen, met naam en toenaam: wie veegt, wie
        > giet de bloemen, wie belt de gemeente als er iets stuk is. Een afspraak die niemand
        > opschrijft, is na een zomer vergeten.
        """
    ),
    md(
        """
        ## Wat er in 2019 kwam

        **Arendonk** [13]: petanquebanen, babbelbanken, bloemen, een fietskar voor
        koffierondes en een boekentoer, en een nieuwsbrief.

        **Olmen (Balen)** [14]: een tent van 8 op 15 meter aan de Pastorij, die er van april
        tot september stond; een bijenhotel, samen met de school; een wilgenhut; een bank; en
        een wandelroute langs de Boskapel.

        Kijk naar die lijst: het zijn geen grote bouwwerken. Het zijn projecten die bewoners
        zelf kunnen trekken, met een paar helpers en een beperkt budget. Dat is precies wat de
        procesbegeleiders achteraf aanraadden: kies een beperkt, haalbaar project boven een te
        ambitieus plan [15].
        """
    ),
    md(
        """
        ## Trekkers, helpers en uren

        Elk gekozen project in Arendonk kreeg **één trekker**: de bewoner die het van plan tot
        uitvoering trekt [11]. Hoeveel uren dat vroeg, is niet gemeten. Het model maakt er
        daarom **aannames** van:

        - De trekker is de voorstander met de meeste vrije tijd; hij of zij moet er minstens
          een halfuur per week voor hebben.
        - Buren uit dezelfde straat die het thema zien zitten, steken een hand toe (hoogstens
          vier helpers per project).
        - Een project vraagt een vast aantal vrijwilligersuren per 1.000 euro (standaard 25,
          een aanname), plus wat voorbereiding: plannen, vergunningen en bestellingen.
        - **Voorwaardelijke samenwerking.** Helpers blijven geven zolang de inspanning gedeeld
          wordt; zien ze dat anderen minder doen, dan doen ze zelf ook minder. Dat idee komt
          uit experimenten met publieke goederen; hoe sterk het in een buurt speelt, is een
          aanname.
        - Haakt de trekker af, dan neemt soms een helper over. Vindt een project drie maanden
          lang geen nieuwe trekker, dan valt het stil.

        > **Valkuil.** Eén trekker die alles alleen doet. Het lukt een tijd, tot die persoon
        > ziek wordt, verhuist of het beu is. Vraag bij elk project: wie neemt het over als de
        > trekker wegvalt?
        """
    ),
    md(
        """
        ## De toets door de gemeente

        Een gekozen project moet vaak nog langs de gemeente: mag die bank op dat voetpad, is
        de fietskar verzekerd? Hoe lang dat in de pilot duurde, weten we niet. We weten wel
        dat het lokaal bestuur het moeilijk vond om de touwtjes los te laten [seed].

        In het model hangt de toets aan de **controle door de gemeente** (weer een aanname):

        - **wachten**: bij controle 0 een week, bij volledige controle gemiddeld een kwartaal;
          wie langer dan een maand wacht, verliest wat vertrouwen;
        - **inkorten**: de kans groeit met de controle; het project krijgt minder geld;
        - **veto**: de kans groeit met het kwadraat van de controle, dus vooral een strenge
          gemeente houdt projecten tegen. Een project dat buiten het kader valt, wordt in elk
          regime vaak tegengehouden.

        Een veto of een inkorting kost de voorstanders eigenaarschap en vertrouwen, en
        vertrouwensverlies weegt in het model zwaarder dan winst.
        """
    ),
    md(
        """
        ## Het paneel: elk initiatief op een tijdlijn

        Links staat elke rij voor één idee uit run 9: dezelfde buurt en dezelfde voorstellen
        als in notebook 05, nu beslist met het pakket, zoals in Arendonk. De kleuren tonen
        waar het idee zit:

        - **idee**: van de startavond tot de beslissing, terwijl het wordt uitgewerkt;
        - **bij de gemeente**: gekozen, en wachtend op de toets;
        - **in uitvoering**: goedgekeurd, de trekker en de helpers zijn bezig;
        - **gerealiseerd**: het staat er, en zolang de balk doorloopt, wordt het onderhouden.

        Een teken toont waar een idee stopte: doorverwezen (buiten het kader), ingetrokken,
        niet gekozen, veto van de gemeente, stilgevallen (geen trekker meer) of in verval.

        Rechts zie je, over alle runs van het paneel, hoeveel weken een project op de gemeente
        wachtte en hoeveel weken er tussen de beslissing en de realisatie zaten.

        Met de schuifjes verander je de **controle door de gemeente**, de **vrijwilligersuren
        per 1.000 euro** en de **uren procesbegeleiding per week** (de procesbegeleider steunt
        ook tijdens de uitvoering).
        """
    ),
    code(
        """
        from buurtsim.widgets import RealisationPanel

        uitvoeren = RealisationPanel(base="arendonk", seed=9)
        uitvoeren
        """
    ),
    md(
        """
        ### Vraag voor de groep

        1. Kijk naar jullie tijdlijn. Hoeveel weken zaten er tussen de beslissing en de
           goedkeuring? En tussen de goedkeuring en de realisatie? Waar gaat de meeste tijd
           naartoe?
        2. Zet de controle op 0,9 en simuleer opnieuw. Hoeveel ideeën komen er nu nog op
           tafel? Welke halen de eindstreep niet, en waar stoppen ze: bij de beslissing, of
           bij de gemeente?
        3. Arendonk besliste in november en realiseerde in 2019. Hoe lang kunnen bewoners in
           jullie buurt wachten voor ze het geloof verliezen? Wat kan de gemeente doen om die
           tijd kort te houden?
        """
    ),
    trainer(
        """
        Wat de pilot zag: de planwandeling en de onderhoudsafspraken [12], en de realisaties
        van 2019 [13, 14]. Wat het model aanneemt: hoeveel uren een project vraagt, hoe lang de
        toets duurt, hoe vaak een gemeente inkort of tegenhoudt, en hoe helpers op elkaar
        reageren. Geen van die getallen komt uit de pilot.

        Vraag de ambtenaren in de groep om voor hun eigen gemeente in te vullen: welke diensten
        moeten een bank op het voetpad goedkeuren, en hoe lang duurt dat? Leg dat naast de
        tijdlijn van het paneel. Komt de notitie uit notebook 02 ("bij welk voorstel zou ons
        college ingrijpen?") terug, dan is dit het moment.
        """
    ),
    md(
        """
        ### Probeer zelf

        Hoe lang wacht een gekozen project gemiddeld op het oordeel van een **strenge**
        gemeente (controle 0,9)? Geef je schatting in weken. De functie laat een paar runs
        lopen met controle 0,9 en vergelijkt je schatting met de wachttijden in het model.
        """
    ),
    code(
        """
        from buurtsim.exercises import check_review_delay

        antwoord = None  # aantal weken, bv. 4
        check_review_delay(antwoord, control=0.9)
        """
    ),
    md(
        """
        ## Wat je meeneemt

        - Een plan wordt van de buurt als je het samen in de straat bekijkt en de afspraken
          over onderhoud meteen vastlegt [12].
        - Elk project heeft een trekker nodig, en liefst iemand die kan overnemen.
        - Elke week wachten op de gemeente kost iets. In het model is dat vertrouwen en soms
          een trekker die afhaakt; in de praktijk weet je dat zelf het best.

        In **07 evalueren en duurzaamheid** kijk je wat er na het geld overblijft.

        *Bronnen: de nummers tussen haakjes verwijzen naar de bronnenlijst onderaan notebook
        00.*
        """
    ),
]

if __name__ == "__main__":
    print(write(NAME, CELLS))

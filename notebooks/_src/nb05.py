"""Notebook 05: deciding together (beslissen)."""
# ruff: noqa: E501  (markdown table rows cannot be wrapped)

from nb05_09_build import code, md, trainer, write

NAME = "05_beslissen"

CELLS = [
    md(
        """
        # 05 · Beslissen: samen kiezen wat er komt

        **Leerdoelen.** Na dit notebook

        - kun je vertellen hoe Arendonk op 7 november 2018 besliste: één pakket, bij
          meerderheid, met één trekker per project, en geen rangschikking;
        - kun je dat naast andere burgerbudgetten leggen (Gent, Lille) en uitleggen waarom een
          klein buurtbudget bijna alles kan uitvoeren;
        - heb je dezelfde voorstellen onder vijf beslisregels gezien, en kun je zeggen wie er
          bij elke regel wat krijgt;
        - weet je welke conflicten een beslissing kan oproepen en wat uren bemiddeling daaraan
          veranderen in het model.
        """
    ),
    md(
        """
        ## Stap 7: beslissen in Arendonk

        Na de startavond (3 oktober) en twee werkavonden lagen er in Arendonk zeven voorstellen
        klaar. Op **7 november 2018** gingen ze naar de bewoners [11]. Niet alleen naar wie op
        de avonden was geweest: **twee bewoners gingen bij elk gezin langs** en vroegen hun
        mening [11].

        De meerderheid koos voor **het hele pakket**, ingekort waar het nodig was, met **één
        trekker per project** [11]. Er was dus geen wedstrijd tussen de voorstellen en geen
        rangschikking met punten. De buurt zei samen "ja" tegen een pakket dat ze samen had
        gemaakt.

        Dat kon omdat het werk vooraf gebeurd was. In de werkavonden waren de voorstellen al
        getoetst aan het kader, prijzen vergeleken en helpers gezocht [10]. Wat op 7 november
        op tafel lag, was uitgewerkt en geprijsd; waar het pakket te duur was, werd het
        ingekort [11].

        > **Tip.** Laat de beslissing niet afhangen van wie toevallig op de avond zit. De ronde
        > langs alle deuren kost tijd, maar iedereen in de buurt heeft zo zijn zegje gehad, ook
        > wie 's avonds niet weg kan.
        """
    ),
    md(
        """
        ## Hoe doen anderen het?

        Grote burgerbudgetten werken meestal met een stemming tussen voorstellen:

        - **Gent 2017**: 1,35 miljoen euro, 261 voorstellen, 105 op het stembiljet en 17
          gefinancierd. De stem van de burgers telde voor 70%, een jury van experts voor 30%.
          Er stemden 15.277 mensen, ongeveer 6% van de inwoners [20-41].
        - **Lille**: 15.000 euro per jaar voor één wijk; elke bewoner verdeelt 10 punten over de
          voorstellen [20-41].
        - In grote steden krijgt maar **6 tot 9%** van de voorstellen geld. In het kleine
          pakket van Arendonk was dat **bijna 100%**.

        Een stemming tussen voorstellen maakt winnaars en verliezers. Bij 261 voorstellen is
        dat onvermijdelijk. In één buurt van 240 gezinnen wonen de verliezers naast de
        winnaars, en moeten ze daarna samen de petanquebaan onderhouden.

        Ook de manier van beslissen zelf telt. In een veldexperiment in 49 Indonesische
        dorpen liet Olken (2010) de dorpen kiezen via een rechtstreekse stemming of via een
        vergadering van vertegenwoordigers. Met de stemming waren de inwoners veel tevredener
        en meer bereid om bij te dragen, terwijl er nauwelijks andere projecten gekozen werden
        [47]. *Hoe* je beslist, telt dus mee, los van *wat* je beslist.
        """
    ),
    trainer(
        """
        De cijfers van Gent en Lille komen uit persberichten en stadssites (bronnen 20-41); ze
        dienen om de schaal te tonen, niet als vergelijking tussen gelijke situaties. Een
        burgerbudget van een stad en een buurtbudget van 8.000 euro zijn andere dieren.

        Olken (2010) ging over Indonesische dorpen, niet over Vlaamse buurten. Gebruik het als
        aanleiding voor een gesprek ("voelt een stemming aan de deur anders dan een
        vergadering?"), niet als bewijs dat het in jouw gemeente ook zo gaat.
        """
    ),
    md(
        """
        ## Vijf manieren om te beslissen

        Het model kan dezelfde voorstellen op vijf manieren laten kiezen. Elke regel krijgt
        precies dezelfde voorstellen, prijzen en stemmen; alleen de regel verschilt.

        | regel | wat er gebeurt |
        |---|---|
        | **pakket (zoals Arendonk)** | alle voorstellen samen; past het niet, dan wordt alles met hetzelfde percentage ingekort (tot een grens), en anders valt het minst gesteunde voorstel af. Het pakket gaat door als meer dan de helft van de stemmers er per saldo op vooruitgaat. |
        | **meerderheid per voorstel** | alleen voorstellen die meer dan de helft van de stemmers goedkeurt, de meest gesteunde eerst, zolang het geld reikt |
        | **meeste stemmen eerst** | alle voorstellen in volgorde van het aantal goedkeuringen, zolang ze passen (de gewone telling bij burgerbudgetten) |
        | **gelijke delen (Equal Shares)** | elke stemmer krijgt een gelijk deel van het budget en "koopt" samen met wie hetzelfde wil; zo krijgt ook een kleinere groep iets |
        | **het college beslist** | de gemeente kiest zelf, volgens haar eigen voorkeur (net, weinig risico), zonder naar de stemmen te kijken |

        > **Valkuil.** De zuivere methode van gelijke delen laat soms geld liggen: niemand heeft
        > nog genoeg over om samen een volgend voorstel te kopen. In buurtsim wordt die rest
        > daarom aangevuld met de meest gesteunde voorstellen die nog passen. Zonder zo'n
        > aanvulling moet je zelf afspreken wat er met het restgeld gebeurt.

        Wie keurt wat goed? Dat weet niemand van de echte bewoners. Het model **neemt aan**
        dat bewoners een voorstel goedkeuren als het thema hen aanspreekt, als het in hun eigen
        straat komt, en niet als het voor hun eigen deur overlast geeft. De stemmers zijn de
        bewoners die van het buurtbudget wisten, zoals bij de ronde langs de deuren.
        """
    ),
    md(
        """
        ## Het paneel

        Het paneel laat de Arendonk-achtige buurt lopen tot vlak voor de beslissing, en legt
        de voorstellen dan aan elke regel voor. Je ziet:

        - per voorstel: wat het kost, hoeveel stemmers het goedkeuren, en hoeveel euro het
          onder elke regel krijgt (in de figuur, en in euro in de tabel eronder);
        - per regel: hoeveel voorstellen geld krijgen (in de statusregel onder de knop);
        - rechts: vier volledige runs (run 9 tot 12) met de gekozen regel, en hoeveel
          conflicten er openen, escaleren en opgelost raken.

        Met de schuifjes verander je de **uren bemiddeling per conflict** en de **uren
        procesbegeleiding per week**; met de keuzelijst de **beslisregel** voor de runs
        rechts. De voorstellen zelf veranderen daar niet door: die komen uit run 9 van de
        Arendonk-achtige buurt.

        > **Waarom run 9?** De regel maakt vooral verschil als er meer gevraagd wordt dan er
        > is. In veel runs vragen alle voorstellen samen minder dan 8.000 euro; dan krijgt
        > bijna elk voorstel geld, welke regel je ook kiest, net als in Arendonk. In run 9
        > vragen de voorstellen meer dan het budget (de statusregel zegt hoeveel), en dan lopen
        > de regels uiteen. Nieuwsgierig naar een andere run? Verander `seed=9` in de cel
        > hieronder.
        """
    ),
    code(
        """
        from buurtsim.widgets import DecisionPanel

        beslissen = DecisionPanel(base="arendonk", seed=9)
        beslissen
        """
    ),
    md(
        """
        ### Vraag voor de groep

        1. Kijk naar jullie tabel. Welk voorstel krijgt onder bijna elke regel geld, en welk
           bijna nooit? Wat hebben die voorstellen gemeen?
        2. Onder welke regel gaat er in jullie run het meeste geld naar de buurt? En onder
           welke krijgen de meeste voorstellen iets? Is dat dezelfde regel?
        3. Bij "college beslist" kiest de gemeente. Het model neemt aan dat bewoners die hun
           voorstel zien wegvallen eigenaarschap en vertrouwen verliezen. Herkennen jullie dat
           uit de praktijk, of reageren bewoners anders?
        4. Zet de uren procesbegeleiding per week op 2, en daarna op 0. Hoeveel conflicten
           escaleren er nu in jullie runs? Zet ze terug op 6 en zet de uren bemiddeling per
           conflict op 4. Wat gebeurt er, en hoe verklaar je dat?
        """
    ),
    trainer(
        """
        Over conflicten bij het beslissen heeft de pilot geen concrete voorvallen beschreven:
        we weten alleen dat er conflicten tussen bewoners waren [seed, 1]. Wat het paneel toont,
        is een **aanname** van het model: buren die last verwachten van een voorstel voor hun
        deur, onenigheid over wat mag als het kader vaag is, en een bewoner wiens voorstel
        wegvalt en het de winnaar kwalijk neemt; bemiddeling dempt dat. Zeg dat er
        uitdrukkelijk bij.

        Een werkvorm: laat de groep eerst met stickers op papier zelf beslissen over vijf
        verzonnen voorstellen, één keer als pakket en één keer met een telling. Bespreek hoe
        het voelde om "te verliezen". Open pas daarna het paneel.

        Vraag 4 heeft een addertje. In het model is "uren bemiddeling per conflict" wat één
        week bemiddelen de procesbegeleider **kost**, niet hoe goed het is. De procesbegeleider
        bemiddelt eerst de ernstigste conflicten, zolang er die week uren over zijn. Bij 4 uur
        per conflict en 6 uur per week (waarvan ook nog toetsen en outreach af moeten) raakt
        bijna geen conflict bemiddeld, en escaleren er meer. Dat is een aanname, en een mooi
        gesprek: helpt een langer gesprek in het echt meer, of telt vooral dat er snel iemand
        tussenkomt?
        """
    ),
    md(
        """
        ### Probeer zelf

        Voorspel eerst, kijk daarna. Welke regel laat in **deze** run het meeste geld
        **liggen**? Kies uit `"pakket"`, `"meerderheid"`, `"meeste stemmen"`,
        `"gelijke delen"` en `"college"`. De functie rekent de vijf regels na op dezelfde
        voorstellen als het paneel en zegt of je gelijk hebt, en waarom.
        """
    ),
    code(
        """
        from buurtsim.exercises import check_decision_rules

        antwoord = None  # bv. "pakket"
        check_decision_rules(antwoord, beslissen.problem)
        """
    ),
    md(
        """
        ## Echte stembiljetten: de Diamantbuurt in Amsterdam

        Tot hier beslisten gesimuleerde bewoners. Maar er bestaan ook echte stembiljetten, en ze
        zijn Nederlands. In 2021 verdeelde de **Diamantbuurt** in Amsterdam-Zuid een
        buurtbudget van € 100.000. De bewoners dienden 15 projecten in, en 318 bewoners
        stemden: ze kruisten elk de projecten aan die ze wilden. Amsterdam telde de stemmen en
        financierde de projecten met de meeste stemmen, zolang er geld was.

        Die stembiljetten staan in **Pabulib**, een open bibliotheek van burgerbudgetten (Stolicki,
        Szufa en Talmon, 2020, arXiv:2012.06539). buurtsim leest ze uit `data/pabulib/` en laat
        dezelfde biljetten beslissen onder elke regel: de vier regels van hierboven die met
        stembiljetten werken, en twee regels uit het onderzoek naar burgerbudgetten
        (pabutools). Het college doet niet mee: dat beslist volgens eigen voorkeuren, en die
        staan niet in het bestand.
        """
    ),
    code(
        """
        from buurtsim.ballots import compare, load, pabulib_file

        diamant = load(pabulib_file("Netherlands_Amsterdam_522.pb"))
        vergelijking = compare(diamant)
        vergelijking.funded()
        """
    ),
    md(
        """
        Elke kolom is een regel, `True` betekent: dit project krijgt geld. De rij "official"
        ontbreekt: het bestand van Amsterdam vermeldt de uitslag niet. De regel "meeste
        stemmen eerst" is wel de telling die Amsterdam gebruikte.

        Hoeveel kiezers krijgen iets? De **tevredenheid** van een kiezer is hier het aantal euro
        dat naar projecten gaat die hij aankruiste (in pabutools heet die maat `Cost_Sat`). De
        **Gini** zegt hoe ongelijk die tevredenheid verdeeld is: 0 is iedereen evenveel, 1 is
        alles voor één kiezer.
        """
    ),
    code(
        """
        vergelijking.metrics[
            ["rule", "funded", "spent", "non_empty_handed", "avg_satisfaction", "gini_satisfaction"]
        ]
        """
    ),
    md(
        """
        Wie blijft er met **lege handen** achter, zonder één project dat hij aankruiste? De
        figuur telt die kiezers per regel, en kleurt ze naar hoeveel projecten ze aankruisten.
        """
    ),
    code(
        """
        from buurtsim import plots

        plots.empty_handed(vergelijking)
        """
    ),
    md(
        """
        ### Vraag voor de groep

        1. Onder "meerderheid per voorstel" blijft bijna de helft van de kiezers met lege
           handen. Waarom krijgt hier maar één project geld, terwijl er € 100.000 is?
        2. Phragmén laat de minste kiezers met lege handen, maar geeft minder geld uit en
           betaalt een duur groenproject niet. Zou jullie buurt dat een eerlijke uitslag
           vinden? Wat zeg je tegen de 147 bewoners van de containertuintjes?
        3. Wie blijft vaker met lege handen achter: wie één project aankruiste, of wie er veel
           aankruiste? Wat betekent dat voor hoe je bewoners uitlegt hoe ze moeten stemmen?
        """
    ),
    trainer(
        """
        Dit zijn echte stemmen, geen model: hier is niets een aanname, behalve de regels zelf
        die we er achteraf op loslaten. Het pakket is een lezing: de bewoners stemden niet over
        één pakket. buurtsim telt een biljet als "ja" voor het pakket als het minstens één
        project uit het pakket aankruist, en kort echte kostprijzen nooit in.

        Wil je een tweede buurt? Rijnbuurt West (`Netherlands_Amsterdam_588.pb`) en Sloterdijk
        (`Netherlands_Amsterdam_643.pb`, elke bewoner koos één project) staan ook in
        `data/pabulib/`. In Assen (`Netherlands_Assen_2024.pb`) besliste Equal Shares echt,
        en staat de officiële uitslag in het bestand. Op de command line maakt
        `buurtsim ballots data/pabulib/Netherlands_Amsterdam_522.pb` dezelfde tabel.
        """
    ),
    md(
        """
        ### Probeer zelf

        Voorspel eerst: onder welke regel blijven er in de Diamantbuurt de **minste** kiezers
        met lege handen? Kies uit `"meerderheid"`, `"meeste stemmen"`, `"pakket"`,
        `"gelijke delen"`, `"tevredenheid"` en `"phragmen"`. Verander daarna de bestandsnaam in
        `"Netherlands_Amsterdam_588.pb"` (Rijnbuurt West): blijft het dezelfde regel?
        """
    ),
    code(
        """
        from buurtsim.exercises import check_empty_handed

        antwoord = None  # bv. "gelijke delen"
        check_empty_handed(antwoord, compare(load(pabulib_file("Netherlands_Amsterdam_522.pb"))))
        """
    ),
    md(
        """
        ## Wat je meeneemt

        - Arendonk koos een pakket bij meerderheid, na een ronde langs alle deuren [11]. Bijna
          alle voorstellen kregen geld, omdat het werk vooraf gebeurd was.
        - Een beslisregel verdeelt niet alleen geld, maar ook teleurstelling. In een kleine
          buurt wonen de winnaars en verliezers naast elkaar.
        - Alles wat het model zegt over wie wat goedkeurt en hoe conflicten lopen, is een
          aanname. Gebruik het om het gesprek te voeren, niet om een regel te "bewijzen".

        In **06 uitvoeren** volg je de gekozen projecten verder: trekkers, vrijwilligersuren en
        de toets door de gemeente.

        *Bronnen: de nummers tussen haakjes verwijzen naar de bronnenlijst onderaan notebook
        00. Daarnaast in dit notebook: [20-41] persberichten en stadssites over de
        burgerbudgetten van Lille, Gent, Antwerpen, Amsterdam, Polen en Parijs; [47] B. A.
        Olken (2010), "Direct Democracy and Local Public Goods: Evidence from a Field
        Experiment in Indonesia", American Political Science Review 104(2).*
        """
    ),
]

if __name__ == "__main__":
    print(write(NAME, CELLS))

"""Notebook 04: ideeën. Collecting ideas (the sticker vote), working them out, costs, the frame."""

from nb00_04_build import code, md, note

NAME = "04_ideeen.ipynb"

CELLS = [
    md(
        """
        # 04 · Ideeën verzamelen en uitwerken

        **Leerdoelen.** Na dit notebook

        - weet je hoe de startavond in Arendonk verliep: foto's per thema, een stickerstemming,
          ideeën in kleine groepjes;
        - ken je het huiswerk van de uitwerkavonden, en weet je wat er gebeurt met ideeën die
          buiten het kader vallen;
        - kun je de kostprijs van ideeën afwegen tegen het budget;
        - heb je in de simulatie gezien wat een duidelijk kader en het prijsniveau doen met de
          ideeën.
        """
    ),
    md(
        """
        ## De startavond: foto's en stickers

        Op 3 oktober 2018 hield Arendonk zijn participatieavond [9]. Aan de muur hingen foto's
        per thema: **groen, eten, ontmoeting, rust, spel en sport, cultuur** en **zachte
        mobiliteit**. Elke bewoner kreeg stickers en kleefde die bij wat hij of zij belangrijk
        vond. **Ontmoeting, sport en ontspanning** haalden de meeste stickers [9].

        Daarna gingen de bewoners in kleine groepjes aan tafel. Zo ontstonden er ongeveer **acht
        voorstellen** [9].

        Foto's werken omdat iedereen kan meedoen, ook wie niet graag het woord neemt of de taal
        minder goed spreekt. Een sticker kleven is laagdrempeliger dan een idee uitleggen aan
        dertig buren.
        """
    ),
    md(
        """
        > **Tip.** Gebruik foto's uit de eigen buurt naast voorbeelden van elders. "Dit pleintje,
        > maar dan met een bank" zegt meer dan een mooie foto uit een tijdschrift.

        > **Valkuil.** Meteen naar het geld gaan. Wie op de startavond al over euro's begint,
        > krijgt kleine, voorzichtige ideeën. Eerst dromen, dan rekenen.
        """
    ),
    md(
        """
        ## Uitwerken: twee avonden en huiswerk

        Daarna volgden twee uitwerkavonden met ongeveer tien bewoners [10]. Ze legden elk
        voorstel naast het werkingskader (zie notebook 02) en namen **huiswerk** mee naar huis:

        - prijzen vergelijken;
        - plannen welke buren helpen, en hoe;
        - het project op een kaart van de buurt tekenen: waar komt de bank precies?

        Ideeën die buiten het kader vielen, gingen niet zomaar de prullenbak in. Ze werden
        doorgegeven aan de gemeenteraad of het OCMW [10]. Een kapotte stoep herstellen is geen
        buurtbudgetproject, maar wel een terechte vraag aan de gemeente.

        Op 7 november 2018 gingen er zeven voorstellen naar de bewoners [11]. Met 8.000 euro en
        zes à zeven projecten kwam dat neer op gemiddeld ongeveer **1.100 à 1.300 euro per
        project** (8.000 gedeeld door 6 of 7). Hoe de 8.000 euro precies verdeeld werd, is
        niet bekend.
        """
    ),
    note(
        """
        Het tekenen op een kaart is meer dan een detail. Zodra een bank op papier vóór iemands
        deur staat, komen de bezwaren boven: lawaai, hangjongeren, wie ruimt op? Beter op de
        uitwerkavond dan na de levering. Ook in het model komen bezwaren van buren boven tijdens het
        uitwerken, en opnieuw als het project er staat. Laat de groep een voorbeeld uit hun eigen
        buurt bedenken.
        """
    ),
    md(
        """
        ## Ideeën in het model

        In het model kiest een bewoner die een idee voorstelt een thema volgens zijn of haar
        voorkeur. Die voorkeuren zijn zo gekozen dat ontmoeting, spel en sport en rust vaker
        gekozen worden, zoals op de stickerstemming in Arendonk. Maar de precieze verdeling, en
        de kostprijs per thema, zijn **aannames**: de kosten liggen zo dat een gewoon idee
        ongeveer 1.000 à 1.500 euro kost. Een deel van de ideeën is te ambitieus: twee tot drie
        keer zo duur. Met huiswerk kan zo'n idee kleiner en haalbaar worden.

        Tijdens het uitwerken toetsen de procesbegeleider en de werkgroep elk idee aan het kader.
        Hoe vager het kader, hoe vaker ze zich vergissen. Een idee dat buiten het kader valt,
        wordt **doorverwezen** (naar de raad of het OCMW). Een idee zonder trekker wordt
        **ingetrokken**; na een hoog opgelopen ruzie gebeurt dat soms ook.

        Het paneel laat elke run lopen tot net na de beslissingsavond en toont drie dingen:

        - **links** de stickerstemming: elke bewoner op de startavond kleeft één sticker bij
          zijn of haar favoriete thema, naast de ideeën die echt op tafel kwamen;
        - **in het midden** elk idee van de eerste run met zijn kostprijs en wat ermee gebeurde
          (ter stemming, doorverwezen of ingetrokken). De stippellijn is de grens voor één
          project: in het model de helft van het budget. Dat de kostprijs een criterium was,
          weten we [10]; waar de grens lag, niet. Het is een **aanname**;
        - **rechts** het gemiddelde over vier runs.
        """
    ),
    code(
        """
        from buurtsim.widgets import IdeasPanel

        ideeen = IdeasPanel(base="arendonk", seed=1)
        ideeen
        """
    ),
    md(
        """
        ### Vraag voor de groep

        1. Kijk naar jullie grafiek: welke thema's kregen de meeste stickers? Zijn dat ook de
           thema's met de meeste ideeën? Waar zit het verschil?
        2. Maak het kader vaag (0,1). Hoeveel ideeën worden nu doorverwezen of ingetrokken?
           Zijn dat de juiste?
        3. Zet het prijsniveau op 1,6 (alles wordt duurder). Hoeveel projecten passen er nog in
           8.000 euro? Wat zou je op een uitwerkavond dan voorstellen?
        """
    ),
    note(
        """
        Bij vraag 1: in het model kleeft elke bewoner één sticker bij het favoriete thema, maar
        wie een idee voorstelt, kiest een thema met een beetje toeval, volgens alle eigen
        voorkeuren. Met een handvol ideeën kan het dus gebeuren dat het populairste thema geen enkel
        idee oplevert. Dat gebeurt in het echt ook: wie de meeste stickers kleeft, is niet altijd
        wie het idee uitschrijft. Een reden om op de startavond per populair thema een tafel te
        voorzien.

        Bij vraag 2: in het model worden bij een vaag kader minder ideeën doorverwezen, maar dat
        is geen goed nieuws. Ideeën die eigenlijk niet binnen het kader vallen, glippen dan door
        en worden later door de gemeente tegengehouden. Dat kost meer teleurstelling dan een
        eerlijke doorverwijzing op de uitwerkavond. Vergelijk met de valkuil in notebook 02.
        """
    ),
    md(
        """
        ### Probeer zelf

        Stel dat de bewoners veel groter dromen en alle ideeën **vier keer zo duur** worden.
        Komen er dan **meer** of **minder** ideeën binnen het kader? Vul `"meer"`, `"minder"`
        of `"gelijk"` in. De functie draait zes runs met het gewone prijsniveau en zes met
        prijsniveau 4, telkens tot de beslissingsavond, en vergelijkt.
        """
    ),
    code(
        """
        from buurtsim.exercises import check_cost_guess

        antwoord = None  # "meer", "minder" of "gelijk"
        check_cost_guess(antwoord, cost_scale=4.0)
        """
    ),
    note(
        """
        Probeer na de oefening ook prijsniveau 2 in het paneel. In het model verandert het
        aantal ideeën binnen het kader dan nauwelijks: de meeste ideeën blijven onder de grens
        per project. Wat wel verandert, is hoeveel van die ideeën samen in 8.000 euro passen:
        laat de groep het narekenen met de kostprijzen in het midden van de grafiek. Een goed
        moment om de tip van de begeleiders te herhalen: kies een beperkt, haalbaar project
        boven een te ambitieus plan [15].
        """
    ),
    md(
        """
        ## Verder

        In **05 beslissen** leggen de bewoners de voorstellen naast elkaar en kiezen ze samen.
        Arendonk koos het hele pakket, waar nodig ingekort, met een trekker per project [11].
        Maar er zijn andere manieren, en die geven een andere verdeling.

        *Bronnen: de nummers tussen haakjes verwijzen naar de bronnenlijst onderaan notebook
        00.*
        """
    ),
]

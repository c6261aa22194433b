"""Invented Danish agendas and minutes, rendered as PDFs in the First Agenda layout.

The generator writes test documents whose ground truth is known exactly: every name, title
and paragraph is invented from word pools in this module, and the layout imitates the PDFs
that the First Agenda publishing system produces (``Dagsorden til møde i ...``,
``Mødetidspunkt``, a table of contents with dot leaders, ``N (Åben) Title`` headings,
``Sags ID: EMN-2017-02193``, bold section headings, ``Bilag`` lists, a running header and
``Side N af M``).

Typical use::

    meeting = make_meeting(seed=7, n_items=5, kind="minutes")
    pages = render_pdf(meeting, Path("referat.pdf"))
    truth = expected(meeting, pages)

Other print templates (numbering forms, access marks, case numbers, section vocabularies,
contents lists, fonts) are in :mod:`dagsorden_parser.synth_layouts`, which builds on this
module.

``python -m dagsorden_parser.synth samples`` writes the bundled sample PDFs;
``python -m dagsorden_parser.synth --pages 500 --out big.pdf`` writes one long document.

reportlab (a development dependency) is imported only when text is measured or drawn.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any, Literal

__all__ = [
    "SynthAttachment",
    "SynthItem",
    "SynthMeeting",
    "SynthSection",
    "expected",
    "main",
    "make_long_meeting",
    "make_meeting",
    "page_count",
    "render_pdf",
    "sample_meetings",
]

Kind = Literal["agenda", "minutes"]
Access = Literal["open", "closed"]


@dataclass(frozen=True)
class SynthAttachment:
    """One entry of an item's Bilag (attachment) list."""

    title: str
    document_id: str
    case_id: str

    def printed(self, position: int) -> str:
        """The line as printed: ``1. Title (1804694 - EMN-2017-02193)``."""
        return f"{position}. {self.title} ({self.document_id} - {self.case_id})"


@dataclass(frozen=True)
class SynthSection:
    """A section of an item: a bold heading and its paragraphs.

    A paragraph that starts with ``1.`` or ``-`` is drawn as a list entry with a hanging indent.
    """

    heading: str
    paragraphs: list[str]


@dataclass(frozen=True)
class SynthItem:
    """One agenda item (punkt). The ``Bilag`` heading is always printed after the sections."""

    number: str
    title: str
    access: Access
    case_id: str
    sections: list[SynthSection]
    attachments: list[SynthAttachment]


@dataclass(frozen=True)
class SynthMeeting:
    """A whole meeting document: an agenda (dagsorden) or minutes (referat)."""

    kind: Kind
    municipality: str
    committee: str
    start: datetime
    location: str
    present: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    items: list[SynthItem] = field(default_factory=list)


MUNICIPALITIES = (
    "Eksempelby Kommune",
    "Søndervig Kommune",
    "Fjordby Kommune",
    "Lyngå Kommune",
    "Bækkeslev Kommune",
)

COMMITTEES = (
    "Teknik- og Miljøudvalget",
    "Børne- og Skoleudvalget",
    "Social- og Sundhedsudvalget",
    "Økonomiudvalget",
    "Kommunalbestyrelsen",
    "Klima- og Planudvalget",
    "Kultur- og Fritidsudvalget",
    "Ældre- og Omsorgsudvalget",
    "Opgaveudvalg om Grøn Omstilling",
)

COUNCILS = ("Kommunalbestyrelsen", "Byrådet")

LOCATIONS = (
    "Udvalgsværelse G",
    "Udvalgsværelse 2",
    "Mødelokale 3, Rådhuset",
    "Byrådssalen",
    "Kommunalbestyrelsessalen",
    "Kantinen, Rådhuset",
    "Lyngå Bibliotek, mødesalen",
    "Østerby Skole, personalerummet",
)

FIRST_NAMES = (
    "Anne", "Birgitte", "Camilla", "Dorthe", "Else", "Frida", "Gitte", "Hanne", "Ida",
    "Jonna", "Kirsten", "Lene", "Maja", "Nanna", "Pernille", "Rikke", "Sanne", "Tove",
    "Ulla", "Vibeke", "Åse", "Anders", "Bo", "Claus", "Erik", "Finn", "Henrik", "Jens",
    "Kasper", "Lars", "Mads", "Niels", "Ole", "Poul", "Rasmus", "Søren", "Torben", "Bjørn",
    "Jørgen", "Asger", "Bent", "Mette", "Jørn", "Signe",
)  # fmt: skip

SURNAMES = (
    "Østergaard", "Bækgaard", "Søndergaard", "Mølgaard", "Dahl", "Holm", "Lund", "Brøndum",
    "Kragh", "Vestergaard", "Skov", "Friis", "Bach", "Thygesen", "Lykke", "Krogh", "Winther",
    "Ravn", "Hjort", "Borup", "Kirk", "Aagaard", "Lindholm", "Bisgaard", "Nørgaard",
    "Damgaard", "Enevoldsen", "Gram", "Bødker", "Højgaard", "Kjær", "Frøkjær", "Ågesen",
)  # fmt: skip

PARTIES = ("A", "B", "C", "F", "O", "V", "Ø", "I")

MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)  # fmt: skip

STREETS = (
    "Møllebakken", "Kærvej", "Ørnevej", "Åbrinken", "Søndergade", "Præstemarken",
    "Skovbrynet", "Engtoften", "Bøgealléen", "Fjordstien", "Smedevænget", "Kløvermarken",
)  # fmt: skip

TOWNS = ("Østerby", "Åby", "Nørreå", "Lyngå", "Fjordby", "Bækkeslev", "Vesterhede")

POOLS: dict[str, tuple[str, ...]] = {
    "area": (
        "boliger ved {street}",
        "erhvervsområdet ved {street} Nord",
        "Skovbrynet i {town}",
        "centerområdet i {town}",
        "et nyt plejecenter ved {street}",
        "rækkehuse ved {street}",
        "Havnefronten i {town}, etape 2",
    ),
    "project": (
        "renovering af {town} Skole",
        "ny daginstitution i {town}",
        "udvidelse af plejecentret ved {street}",
        "energirenovering af rådhuset",
        "ny kunstgræsbane ved {town} Idrætscenter",
        "byfornyelse af torvet i {town}",
        "klimasikring af Bækkebroen",
        "tilbygning til musikskolen",
    ),
    "orient": (
        "ældreplejens rekrutteringsindsats",
        "trivselsmålingen på skolerne",
        "vintertjenesten i sæsonen {year}/{year2s}",
        "ventelister til dagtilbud",
        "arbejdet med kommunens klimaplan",
        "sygefraværet blandt kommunens medarbejdere",
    ),
    "hearing": (
        "forslag til ny affaldsplan",
        "udkast til sundhedspolitik",
        "den regionale udviklingsstrategi",
        "forslag til spildevandsplan {year}-{year4}",
        "forslag til ny kollektiv trafikplan",
    ),
    "fund": ("Landdistriktspuljen", "Kulturpuljen", "Den Grønne Pulje", "Foreningspuljen"),
    "club": (
        "{town} Borgerforening",
        "{town} Gymnastikforening",
        "Fjordbyens Roklub",
        "{town} Spejderne",
        "Beboerforeningen {street}",
    ),
    "policy": (
        "Børne- og Ungepolitik {year}-{year4}",
        "Klimahandleplan 2030",
        "Digitaliseringsstrategi {year}-{year2}",
        "retningslinjer for skolernes brug af mobiltelefoner",
        "kvalitetsstandarder for hjemmeplejen",
        "Frivillighedspolitik",
    ),
    "elder": (
        "Kvalitetsstandarder for personlig pleje og praktisk hjælp",
        "Status på demensindsatsen",
        "Madservice til hjemmeboende ældre",
        "Plan for flere plejeboliger frem mod {year4}",
    ),
    "org": (
        "tandplejen",
        "ungdomsskolen",
        "den kommunale madproduktion",
        "vej- og parkdriften",
        "PPR og sundhedsplejen",
    ),
    "tariff": ("dagtilbud", "madservice", "affaldshåndtering", "vand og spildevand"),
    "service": (
        "vintertjeneste",
        "rengøring af kommunale bygninger",
        "kørsel til specialskoler",
        "hjælpemidler",
        "grøn drift af parker",
    ),
    "dispute": ("byggeskader", "erstatning for ekspropriation", "et forsinket byggeri"),
}

OPEN_TITLES = (
    "Lokalplan {lp} for {area} - endelig vedtagelse",
    "Forslag til lokalplan {lp} for {area} og tillæg nr. {small} til Kommuneplan {year}",
    "Anlægsbevilling til {project}",
    "Budgetopfølgning pr. 31. {month31} {year}",
    "Kvalitetsrapport for skoleområdet {year}",
    "Orientering om {orient}",
    "Høring over {hearing}",
    "Ansøgning om tilskud fra {fund} til {club}",
    "Godkendelse af {policy}",
    "Cykelsti langs {street} - projektforslag og anlægsbevilling",
    "{elder}",
    "Klimatilpasning af {area} - status og videre proces",
    "Fremtidig organisering af {org}",
    "Takster for {tariff} {year2}",
    "Mødeplan for {year2}",
    "Udbud af {service} - godkendelse af udbudsstrategi",
    "Trafiksikkerhedsplan {year}-{year4} - endelig godkendelse efter offentlig høring og "
    "borgermøder i lokalområderne",
    "Temadrøftelse: Hvordan skaber vi flere attraktive boliger til seniorer i {town}",
)

CLOSED_TITLES = (
    "Salg af kommunal grund ved {street}",
    "Køb af ejendom, {street} {small}",
    "Tildeling af kontrakt på {service}",
    "Personalesag",
    "Forlig i sag om {dispute}",
)

SENTENCES = (
    "Forvaltningen har i løbet af {year} gennemført en grundig analyse af området, og "
    "resultaterne fremgår af vedlagte bilag.",
    "Formålet med sagen er at give udvalget et samlet overblik over de økonomiske og faglige "
    "konsekvenser.",
    "Der blev holdt borgermøde {date}, hvor cirka {count} borgere deltog og gav deres "
    "synspunkter til kende.",
    "Høringssvarene peger overordnet på et ønske om mere grønt, bedre stiforbindelser og færre "
    "parkeringspladser på terræn.",
    "Projektet forventes at kunne gennemføres inden for den afsatte ramme på {amount}.",
    "Ændringen betyder, at det nuværende serviceniveau fastholdes, mens udgifterne til "
    "administration nedbringes.",
    "Skolebestyrelserne er blevet hørt og bakker op om forslaget med enkelte bemærkninger.",
    "Ældrerådet og Handicaprådet har afgivet høringssvar, som er gengivet i bilag.",
    "Byggeriet påbegyndes efter planen i foråret {year2} og forventes afsluttet i løbet af "
    "{year4}.",
    "Der er i forslaget lagt vægt på tilgængelighed, tryghed og gode forhold for cyklister og "
    "fodgængere.",
    "Lokalplanen muliggør opførelse af op til {count} boliger i to til tre etager med fælles "
    "friarealer.",
    "Området ligger i dag hen som landbrugsjord og er i kommuneplanen udlagt til fremtidigt "
    "boligområde.",
    "Forvaltningen vurderer, at planen ikke vil få væsentlig indvirkning på miljøet, og der skal "
    "derfor ikke udarbejdes en miljørapport.",
    "Klimatilpasningen skal sikre, at regnvand fra skybrud kan ledes væk fra boligerne og ud i "
    "åen.",
    "Med den nye organisering samles opgaverne ét sted, så borgerne får én indgang til kommunen.",
    "Udgifterne til ældreplejen er steget i takt med, at antallet af borgere over 80 år vokser.",
    "Der er fortsat udfordringer med at rekruttere social- og sundhedsassistenter, særligt til "
    "aften- og nattevagter.",
    "Budgetopfølgningen viser et forventet merforbrug på {amount} på serviceudgifterne, primært "
    "på det specialiserede børneområde.",
    "Mindreforbruget på anlæg skyldes forsinkelser i enkelte projekter, som i stedet "
    "gennemføres næste år.",
    "Sagen blev drøftet på udvalgets møde {date}, hvor forvaltningen blev bedt om at belyse "
    "alternative løsninger.",
    "Den nye cykelsti bliver {count} meter lang og skal forbinde {town} med skolen og "
    "idrætsanlægget.",
    "Trafiktællinger viser, at op mod {count} køretøjer dagligt passerer strækningen ved "
    "{street}, heraf en stor andel lastbiler.",
    "Tilskuddet skal gå til istandsættelse af klubhuset, nye døre og vinduer samt en "
    "tilgængelig indgang.",
    "Foreningen har over {count} aktive medlemmer, hvoraf mere end halvdelen er børn og unge "
    "under 18 år.",
    "Kvalitetsrapporten viser, at elevernes trivsel generelt er høj, men at fraværet i "
    "udskolingen er steget.",
    "Forslaget indebærer, at takststigningen holdes på niveau med den generelle pris- og "
    "lønudvikling.",
    "Forvaltningen anbefaler, at der følges op på indsatsen med en status til udvalget om et år.",
    "Den endelige udformning afklares i dialog med grundejerforeningen og de lokale "
    "erhvervsdrivende.",
    "Der er indhentet tilbud fra tre rådgivere, og det økonomisk mest fordelagtige tilbud er "
    "valgt.",
    "Sagen har været i offentlig høring i otte uger, og der er modtaget {small} høringssvar.",
    "Ændringerne er indarbejdet i planforslaget, som det fremgår af den vedlagte hvidbog.",
    "Målet er at nedbringe kommunens samlede udledning af drivhusgasser med 70 procent i "
    "forhold til niveauet i 1990.",
    "Arbejdet sker i tæt samarbejde med forsyningsselskabet og nabokommunerne.",
    "Der er tale om en midlertidig løsning, indtil den nye daginstitution i {town} står færdig.",
    "Børnehusets nuværende bygning er nedslidt, og indeklimaet lever ikke op til nutidens krav.",
    "Udvalget orienteres løbende om fremdriften i projektet via kvartalsvise statusnotater.",
    "Vejene skal efter ombygningen have en hastighedsbegrænsning på 40 km/t gennem byen.",
    "Beboerne på plejecentret får mulighed for at spise sammen i de nye fælles opholdsstuer.",
    "Forvaltningen har vurderet sagen i forhold til kommunens vision om at være en grøn og "
    "bæredygtig kommune.",
    "Hvis udvalget ønsker det, kan projektet udvides med en etape 2, som omfatter "
    "stiforbindelsen til stranden.",
    "Medarbejderne på området er inddraget gennem MED-systemet, og der er udarbejdet en "
    "særskilt personalevurdering.",
    "Der forventes en positiv effekt på både sundhed, trivsel og lokalt erhvervsliv.",
    "Forældrebestyrelsen i {town} ønsker, at åbningstiden udvides om fredagen.",
    "Sagen behandles samtidig i Økonomiudvalget, da den har betydning for kommunens likviditet.",
)

ECONOMY = (
    "Den samlede anlægsudgift udgør {amount}, som finansieres af den afsatte "
    "rådighedsbevilling i budget {year}.",
    "Sagen har ingen økonomiske konsekvenser for kommunen.",
    "Der søges om en anlægsbevilling på {amount} til projektet.",
    "Merudgiften på {amount} årligt foreslås finansieret inden for udvalgets egen ramme.",
    "Driftsudgifterne forventes at falde med {amount} om året, når projektet er gennemført.",
    "Tilskuddet på {amount} kan afholdes af puljens restbeløb for {year}.",
)

RECOMMENDERS = (
    "Direktionen indstiller,",
    "Forvaltningen indstiller,",
    "Direktionen indstiller til Økonomiudvalget og Kommunalbestyrelsen,",
    "Administrationen indstiller over for udvalget,",
)

RECOMMENDATIONS = (
    "at lokalplanforslaget vedtages endeligt med de ændringer, der fremgår af hvidbogen",
    "at der gives en anlægsbevilling på {amount} til projektet",
    "at orienteringen tages til efterretning",
    "at udgiften finansieres af den afsatte rådighedsbevilling",
    "at forvaltningen bemyndiges til at indgå aftale med den vindende entreprenør",
    "at høringssvaret godkendes og sendes til regionen",
    "at tilskuddet på {amount} bevilges af puljen",
    "at de nye takster godkendes med virkning fra 1. januar {year2}",
    "at sagen oversendes til Økonomiudvalget og Kommunalbestyrelsen",
    "at forvaltningen udarbejder en status til udvalget om et år",
    "at udvalget drøfter de foreslåede pejlemærker for det videre arbejde",
)

DECISIONS = (
    "Godkendt.",
    "Anbefales.",
    "Taget til efterretning.",
    "Enstemmigt godkendt.",
    "Anbefales over for Økonomiudvalget og Kommunalbestyrelsen.",
    "Godkendt med den bemærkning, at udvalget ønsker en status inden sommerferien.",
    "Udsat til næste møde.",
)

ATTACHMENTS = (
    "Lokalplanforslag {lp}",
    "Hvidbog med høringssvar og forvaltningens bemærkninger",
    "Kortbilag - oversigt over området",
    "Økonomisk oversigt",
    "Tidsplan for projektet",
    "Notat om trafikale forhold",
    "Kvalitetsrapport {year}",
    "Ansøgning fra {club}",
    "Præsentation fra mødet {date}",
    "Procesplan",
    "Høringssvar fra Ældrerådet",
    "Skitseprojekt, {street}",
)

BULLETS = (
    "Flere træer og grønne kiler i byen",
    "Bedre cykelparkering ved stationen",
    "Tryg skolevej for de mindste elever",
    "Fælleshus med plads til foreningslivet",
    "Sammenhængende stier langs åen",
    "Mere fleksible åbningstider i dagtilbuddene",
    "Styrket samarbejde med de frivillige",
    "Lavere energiforbrug i kommunens bygninger",
)

PROGRAMME = (
    "Velkomst ved formanden",
    "Opsamling fra sidste møde",
    "Oplæg fra forvaltningen om status",
    "Drøftelse i grupper",
    "Fremlæggelse af gruppernes forslag",
    "Næste skridt og mødeplan",
    "Afrunding og tak for i dag",
)

NEWS = (
    "Status på budgetforhandlingerne",
    "Besøg fra nabokommunens tekniske udvalg",
    "Invitation til åbent hus på det nye bibliotek",
    "Henvendelse fra {club}",
    "Nyt om den regionale trafikplan",
)


class _Writer:
    """Invented Danish text, drawn from the pools above with one seeded random generator."""

    def __init__(self, rng: random.Random, start: datetime) -> None:
        self.rng = rng
        self.start = start
        self.document_id = rng.randint(1_200_000, 8_000_000)
        self.case_numbers: set[int] = set()

    def pick(self, options: Sequence[str]) -> str:
        return options[self.rng.randrange(len(options))]

    def amount(self) -> str:
        if self.rng.random() < 0.5:
            whole = self.rng.randint(1, 40)
            return f"{whole},{self.rng.randint(0, 9)} mio. kr."
        value = self.rng.randint(50, 4_999) * 1_000
        return f"{value:,}".replace(",", ".") + " kr."

    def long_date(self, days_back: int = 300) -> str:
        when = self.start - timedelta(days=self.rng.randint(14, days_back))
        return f"{when.day}. {MONTHS[when.month - 1]} {when.year}"

    def fill(self, template: str) -> str:
        year = self.start.year
        values: dict[str, str] = {
            "year": str(year),
            "year2": str(year + 1),
            "year2s": f"{(year + 1) % 100:02d}",
            "year4": str(year + 4),
            "lp": str(self.rng.randint(100, 520)),
            "small": str(self.rng.randint(2, 14)),
            "count": str(self.rng.choice((35, 60, 120, 250, 400, 850, 1200, 3500))),
            "month31": self.pick(("marts", "maj", "august", "oktober")),
            "street": self.pick(STREETS),
            "town": self.pick(TOWNS),
            "amount": self.amount(),
            "date": "den " + self.long_date(),
        }
        for key, pool in POOLS.items():
            if "{" + key + "}" in template:
                values[key] = self.fill(self.pick(pool))
        return template.format(**values)

    def paragraph(self) -> str:
        chosen = self.rng.sample(SENTENCES, self.rng.randint(2, 5))
        return " ".join(self.fill(sentence) for sentence in chosen)

    def paragraphs(self, span: tuple[int, int]) -> list[str]:
        return [self.paragraph() for _ in range(self.rng.randint(*span))]

    def case_id(self) -> str:
        year = self.start.year - self.rng.choice((0, 0, 0, 1))
        while True:
            number = self.rng.randint(100, 99_999)
            if number not in self.case_numbers:
                self.case_numbers.add(number)
                return f"EMN-{year}-{number:05d}"

    def next_document_id(self) -> str:
        self.document_id += self.rng.randint(1, 400)
        return str(self.document_id)

    def bullets(self, options: Sequence[str], numbered: bool) -> list[str]:
        picks = self.rng.sample(range(len(options)), self.rng.randint(3, min(6, len(options))))
        chosen = [options[i] for i in (sorted(picks) if numbered else picks)]
        if numbered:
            return [f"{i}. {self.fill(text)}" for i, text in enumerate(chosen, start=1)]
        return [f"- {self.fill(text)}" for text in chosen]

    def person(self, taken: set[str]) -> str:
        while True:
            name = f"{self.pick(FIRST_NAMES)} {self.pick(SURNAMES)}"
            if name not in taken:
                taken.add(name)
                return f"{name} ({self.pick(PARTIES)})"


def _recommendation(writer: _Writer) -> list[str]:
    rng = writer.rng
    if rng.random() < 0.2:
        return [f"{writer.pick(RECOMMENDERS[:2])[:-1]}, at orienteringen tages til efterretning."]
    points = rng.sample(list(RECOMMENDATIONS), rng.randint(1, 4))
    lines = [writer.pick(RECOMMENDERS)]
    for i, point in enumerate(points, start=1):
        end = "." if i == len(points) else ","
        lines.append(f"{i}. {writer.fill(point)}{end}")
    return lines


def _decision(writer: _Writer, present: list[str]) -> list[str]:
    rng = writer.rng
    roll = rng.random()
    parties = sorted({p[-2] for p in present})
    if roll < 0.12 and len(parties) > 1:
        against = parties[-1:]
        voted_for = [p for p in parties if p not in against]
        return [
            f"For stemte: {', '.join(voted_for)} ({len(present) - 1})",
            f"Imod stemte: {against[0]} (1)",
            "Indstillingen er dermed godkendt.",
        ]
    if roll < 0.2 and present:
        return [writer.pick(DECISIONS[:4]), f"Fraværende: {writer.pick(present)}"]
    return [writer.pick(DECISIONS)]


def _previous(writer: _Writer, committee: str) -> list[str]:
    if writer.rng.random() < 0.7:
        return ["."]
    number = writer.rng.randint(1, 30)
    return [f"{committee}, {writer.long_date(400)}, pkt. {number}:", writer.pick(DECISIONS[:4])]


def _topic_item(
    writer: _Writer, meeting_kind: Kind, committee: str, span: tuple[int, int], present: list[str]
) -> tuple[list[SynthSection], list[SynthAttachment], str]:
    rng = writer.rng
    case_id = writer.case_id()
    sections: list[SynthSection] = []
    if rng.random() < 0.7:
        sections.append(SynthSection("Resumé", [writer.paragraph()]))
    has_background = rng.random() < 0.6
    if has_background:
        body = writer.paragraphs(span)
        roll = rng.random()
        if roll < 0.25:
            body.insert(1, "Programmet for mødet er:")
            body[2:2] = writer.bullets(PROGRAMME, numbered=True)
        elif roll < 0.5:
            body.insert(1, "På den baggrund peges der på følgende indsatser:")
            body[2:2] = writer.bullets(BULLETS, numbered=False)
        sections.append(SynthSection("Baggrund", body))
    if not has_background or rng.random() < 0.7:
        sections.append(SynthSection("Sagsfremstilling", writer.paragraphs(span)))
    if rng.random() < 0.15:
        sections.append(SynthSection("Høring", [writer.paragraph()]))
    if rng.random() < 0.15:
        months = sorted(rng.sample(range(12), 3))
        steps = rng.sample(BULLETS, 3)
        plan = [
            f"- {MONTHS[m].capitalize()}: {step}" for m, step in zip(months, steps, strict=True)
        ]
        sections.append(SynthSection("Tidsplan", ["Den forventede tidsplan er:", *plan]))
    if rng.random() < 0.6:
        economy = [writer.fill(writer.pick(ECONOMY))]
        if rng.random() < 0.4:
            economy.append(writer.paragraph())
        sections.append(SynthSection("Økonomiske konsekvenser", economy))
    sections.append(SynthSection("Indstilling", _recommendation(writer)))
    if meeting_kind == "minutes":
        sections.append(SynthSection("Beslutning", _decision(writer, present)))
    sections.append(SynthSection("Tidligere beslutninger:", _previous(writer, committee)))
    attachments = []
    for _ in range(rng.choice((0, 0, 1, 2, 2, 3, 4))):
        other = case_id if rng.random() < 0.85 else writer.case_id()
        title = writer.fill(writer.pick(ATTACHMENTS))
        attachments.append(SynthAttachment(title, writer.next_document_id(), other))
    return sections, attachments, case_id


def _standard_item(
    writer: _Writer, title: str, access: Access, meeting_kind: Kind
) -> tuple[list[SynthSection], list[SynthAttachment], str]:
    sections: list[SynthSection] = []
    minutes = meeting_kind == "minutes"
    if access == "closed":
        if minutes:
            sections.append(SynthSection("Beslutning", [writer.pick(DECISIONS[:4])]))
    elif title == "Godkendelse af dagsorden":
        sections.append(
            SynthSection("Indstilling", ["Direktionen indstiller, at dagsordenen godkendes."])
        )
        if minutes:
            sections.append(SynthSection("Beslutning", ["Godkendt."]))
    elif title == "Meddelelser fra formanden":
        news = writer.bullets(NEWS, numbered=False)
        sections.append(SynthSection("Resumé", ["Formanden orienterer om:", *news]))
        if minutes:
            sections.append(SynthSection("Beslutning", ["Taget til efterretning."]))
    elif minutes:
        sections.append(
            SynthSection("Beslutning", [writer.pick(("Intet.", "Ingen bemærkninger."))])
        )
    sections.append(SynthSection("Tidligere beslutninger:", ["."]))
    return sections, [], writer.case_id()


def _unique_title(writer: _Writer, templates: Sequence[str], taken: set[str]) -> str:
    title = writer.fill(writer.pick(templates))
    for _ in range(30):
        if title not in taken:
            break
        title = writer.fill(writer.pick(templates))
    taken.add(title)
    return title


def make_meeting(
    seed: int,
    n_items: int,
    kind: Kind = "agenda",
    paragraphs_per_section: tuple[int, int] = (1, 3),
    *,
    committee: str | None = None,
    municipality: str | None = None,
) -> SynthMeeting:
    """Invent a meeting with ``n_items`` items; the same arguments give the same meeting.

    Items run ``Godkendelse af dagsorden`` (from 5 items), ``Meddelelser fra formanden``
    (from 8 items), invented topics, closed items (at least one from 3 items), ``Eventuelt``.
    """
    if n_items < 1:
        raise ValueError("n_items must be at least 1")
    rng = random.Random(seed)
    start = datetime(
        rng.randint(2017, 2024),
        rng.randint(1, 12),
        rng.randint(1, 28),
        *rng.choice(((16, 0), (17, 0), (19, 0), (8, 30), (15, 30))),
    )
    while start.weekday() >= 5:
        start += timedelta(days=1)
    writer = _Writer(rng, start)
    committee = committee or writer.pick(COMMITTEES)
    municipality = municipality or writer.pick(MUNICIPALITIES)
    location = writer.pick(LOCATIONS)

    present: list[str] = []
    absent: list[str] = []
    if kind == "minutes":
        size = rng.randint(19, 25) if committee in COUNCILS else rng.randint(5, 9)
        taken: set[str] = set()
        members = [writer.person(taken) for _ in range(size)]
        n_absent = rng.randint(1, 2)
        present, absent = members[:-n_absent], members[-n_absent:]

    plan: list[tuple[str, Access]] = []
    if n_items >= 5:
        plan.append(("Godkendelse af dagsorden", "open"))
    if n_items >= 8:
        plan.append(("Meddelelser fra formanden", "open"))
    n_closed = max(1, n_items // 8) if n_items >= 3 else 0
    n_topics = n_items - len(plan) - n_closed - (1 if n_items >= 2 else 0)
    titles: set[str] = set()
    plan += [(_unique_title(writer, OPEN_TITLES, titles), "open") for _ in range(n_topics)]
    plan += [(_unique_title(writer, CLOSED_TITLES, titles), "closed") for _ in range(n_closed)]
    if n_items >= 2:
        plan.append(("Eventuelt", "open"))

    standard = {"Godkendelse af dagsorden", "Meddelelser fra formanden", "Eventuelt"}
    items: list[SynthItem] = []
    for number, (title, access) in enumerate(plan, start=1):
        if access == "closed" or title in standard:
            sections, attachments, case_id = _standard_item(writer, title, access, kind)
        else:
            sections, attachments, case_id = _topic_item(
                writer, kind, committee, paragraphs_per_section, present
            )
        items.append(SynthItem(str(number), title, access, case_id, sections, attachments))
    return SynthMeeting(kind, municipality, committee, start, location, present, absent, items)


PAGE_WIDTH = 595.2756
PAGE_HEIGHT = 841.8898
LEFT = 70.0
RIGHT = PAGE_WIDTH - 56.0
TOP = PAGE_HEIGHT - 72.0
BOTTOM = 72.0
REGULAR = "Helvetica"
BOLD = "Helvetica-Bold"
BODY_SIZE = 10.0
BODY_LEADING = 13.0
HANGING_INDENT = 20.0
LIST_MARKER = re.compile(r"^(\d+\.|-)\s+(.*)$")


@cache
def _string_width_function() -> Callable[..., Any]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth  # type: ignore[no-any-return]


def _width(text: str, font: str, size: float) -> float:
    return float(_string_width_function()(text, font, size))


def _wrap(text: str, font: str, size: float, width: float, rest: float | None = None) -> list[str]:
    """Greedy word wrap; ``rest`` is the width of the lines after the first."""
    space = _width(" ", font, size)
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    limit = width
    for word in text.split():
        word_width = _width(word, font, size)
        if current and used + space + word_width > limit:
            lines.append(" ".join(current))
            current, used = [], 0.0
            limit = width if rest is None else rest
        used += word_width if not current else space + word_width
        current.append(word)
    if current or not lines:
        lines.append(" ".join(current))
    return lines


@dataclass(frozen=True)
class _Run:
    """A piece of text drawn at a baseline; ``x`` is the right edge when ``right`` is set."""

    x: float
    y: float
    text: str
    font: str = REGULAR
    size: float = BODY_SIZE
    right: bool = False


class _Flow:
    """Lays lines out top to bottom, starting a new page when the bottom margin is reached."""

    def __init__(self) -> None:
        self.pages: list[list[_Run]] = []
        self.y = TOP

    def new_page(self) -> int:
        self.pages.append([])
        self.y = TOP
        return len(self.pages)

    def keep(self, height: float) -> None:
        if not self.pages or self.y - height < BOTTOM:
            self.new_page()

    def space(self, height: float) -> None:
        if self.y < TOP:
            self.y -= height

    def line(self, runs: Sequence[_Run], leading: float) -> None:
        self.keep(leading)
        baseline = self.y - leading * 0.8
        self.pages[-1].extend(
            _Run(r.x, baseline, r.text, r.font, r.size, r.right) for r in runs if r.text
        )
        self.y -= leading

    def text(
        self, text: str, font: str, size: float, leading: float, x: float = LEFT, rest_x: float = -1
    ) -> None:
        rest_x = x if rest_x < 0 else rest_x
        lines = _wrap(text, font, size, RIGHT - x, RIGHT - rest_x)
        for i, line in enumerate(lines):
            self.line([_Run(x if i == 0 else rest_x, 0, line, font, size)], leading)

    def paragraph(self, text: str) -> None:
        match = LIST_MARKER.match(text)
        if match is None:
            self.text(text, REGULAR, BODY_SIZE, BODY_LEADING)
            return
        marker, rest = match.groups()
        body = LEFT + HANGING_INDENT
        lines = _wrap(rest, REGULAR, BODY_SIZE, RIGHT - body)
        self.line([_Run(LEFT, 0, marker), _Run(body, 0, lines[0])], BODY_LEADING)
        for line in lines[1:]:
            self.line([_Run(body, 0, line)], BODY_LEADING)


def _access_word(access: Access) -> str:
    return "Åben" if access == "open" else "Lukket"


def _layout_front(meeting: SynthMeeting) -> list[_Run]:
    flow = _Flow()
    flow.new_page()
    flow.pages[-1].append(_Run(RIGHT, PAGE_HEIGHT - 45, meeting.municipality, right=True))
    flow.y = TOP - 10
    verb = "Dagsorden til" if meeting.kind == "agenda" else "Referat af"
    flow.text(f"{verb} møde i {meeting.committee}", BOLD, 18, 23)
    flow.y -= 16
    column = LEFT + 100
    rows = [
        ("Mødetidspunkt", meeting.start.strftime("%d-%m-%Y %H:%M")),
        ("Mødeafholdelse", meeting.location),
    ]
    for label, value in rows:
        flow.line([_Run(LEFT, 0, label, BOLD, 11), _Run(column, 0, value, REGULAR, 11)], 15)
    if meeting.kind == "minutes":
        flow.y -= 10
        for label, names in (("Tilstede:", meeting.present), ("Fraværende:", meeting.absent)):
            if not names:
                continue
            lines = _wrap(", ".join(names), REGULAR, BODY_SIZE, RIGHT - column)
            flow.line([_Run(LEFT, 0, label, BOLD), _Run(column, 0, lines[0])], BODY_LEADING)
            for line in lines[1:]:
                flow.line([_Run(column, 0, line)], BODY_LEADING)
            flow.y -= 4
    return flow.pages[0]


def _layout_toc(meeting: SynthMeeting, pages: Sequence[int] | None) -> list[list[_Run]]:
    """The Indholdsfortegnelse; its length does not depend on the page numbers."""
    flow = _Flow()
    flow.new_page()
    flow.line([_Run(LEFT, 0, "Indholdsfortegnelse", BOLD, 16)], 22)
    flow.y -= 6
    flow.line([_Run(LEFT, 0, meeting.committee, REGULAR, 11)], 15)
    flow.line([_Run(LEFT, 0, meeting.start.strftime("%d-%m-%Y %H:%M"), REGULAR, 11)], 15)
    flow.y -= 10
    dot_width = _width(".", REGULAR, BODY_SIZE)
    title_room = RIGHT - LEFT - 60
    for index, item in enumerate(meeting.items):
        prefix = f"{item.number} ({_access_word(item.access)}) "
        indent = _width(prefix, REGULAR, BODY_SIZE)
        lines = _wrap(prefix + item.title, REGULAR, BODY_SIZE, title_room, title_room - indent)
        for i, line in enumerate(lines):
            x = LEFT if i == 0 else LEFT + indent
            runs = [_Run(x, 0, line)]
            if i == len(lines) - 1:
                number = "9999" if pages is None else str(pages[index])
                dots_from = x + _width(line, REGULAR, BODY_SIZE) + 6
                dots_to = RIGHT - _width(number, REGULAR, BODY_SIZE) - 6
                dots = "." * max(3, int((dots_to - dots_from) / dot_width))
                runs += [_Run(dots_from, 0, dots), _Run(RIGHT, 0, number, right=True)]
            flow.line(runs, 14)
    return flow.pages


def _layout_item(flow: _Flow, item: SynthItem) -> int:
    page = flow.new_page()
    heading = f"{item.number} ({_access_word(item.access)}) {item.title}"
    flow.text(heading, BOLD, 14, 18)
    flow.y -= 4
    flow.line([_Run(LEFT, 0, f"Sags ID: {item.case_id}")], 14)
    headings = [(s.heading, s.paragraphs) for s in item.sections]
    headings.append(("Bilag", [a.printed(i) for i, a in enumerate(item.attachments, 1)]))
    for title, paragraphs in headings:
        flow.space(10)
        flow.keep(16 + (2 * BODY_LEADING if paragraphs else 0))
        flow.line([_Run(LEFT, 0, title, BOLD, 12)], 16)
        flow.y -= 2
        previous_listed = False
        for text in paragraphs:
            listed = LIST_MARKER.match(text) is not None
            if previous_listed and not listed:
                flow.space(4)
            flow.paragraph(text)
            flow.space(2 if listed else 6)
            previous_listed = listed
    return page


def _layout(meeting: SynthMeeting) -> tuple[list[list[_Run]], list[int]]:
    front = _layout_front(meeting)
    toc_length = len(_layout_toc(meeting, None))
    flow = _Flow()
    offset = 1 + toc_length
    item_pages = [offset + _layout_item(flow, item) for item in meeting.items]
    toc = _layout_toc(meeting, item_pages)
    if len(toc) != toc_length:
        raise AssertionError("table of contents changed length")
    return [front, *toc, *flow.pages], item_pages


def _render(meeting: SynthMeeting, path: Path) -> tuple[list[int], int]:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    pages, item_pages = _layout(meeting)
    path.parent.mkdir(parents=True, exist_ok=True)
    canvas = Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
    verb = "Dagsorden til" if meeting.kind == "agenda" else "Referat af"
    canvas.setTitle(f"{verb} møde i {meeting.committee}")
    canvas.setAuthor(meeting.municipality)
    header = f"{meeting.committee} | {meeting.start.strftime('%d-%m-%Y')}"
    total = len(pages)
    for number, runs in enumerate(pages, start=1):
        if number > 1:
            canvas.setFont(REGULAR, 8)
            canvas.drawString(LEFT, PAGE_HEIGHT - 40, header)
        canvas.setFont(REGULAR, 8)
        canvas.drawCentredString(PAGE_WIDTH / 2, 36, f"Side {number} af {total}")
        for run in runs:
            canvas.setFont(run.font, run.size)
            if run.right:
                canvas.drawRightString(run.x, run.y, run.text)
            else:
                canvas.drawString(run.x, run.y, run.text)
        canvas.showPage()
    canvas.save()
    return item_pages, total


def render_pdf(meeting: SynthMeeting, path: Path) -> list[int]:
    """Write the meeting as a PDF in the First Agenda layout of the bundled samples; return
    the 1-based page on which each item heading stands."""
    return _render(meeting, path)[0]


def expected(meeting: SynthMeeting, pages: Sequence[int] | None) -> dict[str, Any]:
    """The ground truth a parser should find, with ``pages`` as returned by :func:`render_pdf`.

    Sections are the headings as printed, ending with ``Bilag`` (always printed, possibly
    with no entries under it); attachments are the printed Bilag lines (``[]`` when none).
    """
    if pages is None:
        raise ValueError("pages are needed for the default layout")
    return {
        "kind": meeting.kind,
        "committee": meeting.committee,
        "start": meeting.start.strftime("%Y-%m-%dT%H:%M"),
        "location": meeting.location,
        "items": [
            {
                "number": item.number,
                "title": item.title,
                "access": item.access,
                "case_id": item.case_id,
                "page": page,
                "sections": [s.heading for s in item.sections] + ["Bilag"],
                "attachments": [a.printed(i) for i, a in enumerate(item.attachments, 1)],
            }
            for item, page in zip(meeting.items, pages, strict=True)
        ],
    }


def page_count(meeting: SynthMeeting) -> int:
    """The number of pages :func:`render_pdf` would write, without writing them."""
    return len(_layout(meeting)[0])


def make_long_meeting(min_pages: int, seed: int = 500, kind: Kind = "minutes") -> SynthMeeting:
    """A meeting with long items whose PDF has at least ``min_pages`` pages."""
    span = (3, 6)
    n_items = max(3, min_pages // 3)
    while True:
        meeting = make_meeting(seed, n_items, kind, span, committee="Kommunalbestyrelsen")
        pages = page_count(meeting)
        if pages >= min_pages:
            return meeting
        n_items = max(n_items + 1, int(n_items * min_pages / pages) + 1)


def sample_meetings() -> dict[str, SynthMeeting]:
    """The bundled samples by file name, as ``main`` writes them."""
    municipality = "Eksempelby Kommune"
    return {
        "eksempel-dagsorden-kort.pdf": make_meeting(
            2061,
            3,
            "agenda",
            committee="Opgaveudvalg om Grøn Omstilling",
            municipality=municipality,
        ),
        "eksempel-referat-langt.pdf": make_meeting(
            2025,
            25,
            "minutes",
            (2, 4),
            committee="Kommunalbestyrelsen",
            municipality=municipality,
        ),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Write the bundled samples to OUTDIR, or one long document with ``--pages N --out FILE``."""
    parser = argparse.ArgumentParser(
        prog="python -m dagsorden_parser.synth",
        description="Write invented Danish agendas and minutes as First Agenda style PDFs.",
    )
    parser.add_argument("outdir", nargs="?", type=Path, help="folder for the bundled samples")
    parser.add_argument("--pages", type=int, help="write one document of at least this many pages")
    parser.add_argument("--out", type=Path, help="the file that --pages writes")
    parser.add_argument("--seed", type=int, default=500, help="seed for --pages (default 500)")
    parser.add_argument("--kind", choices=("agenda", "minutes"), default="minutes")
    args = parser.parse_args(argv)

    if args.pages is not None:
        if args.out is None:
            parser.error("--pages needs --out FILE")
        started = time.perf_counter()
        kind: Kind = "agenda" if args.kind == "agenda" else "minutes"
        meeting = make_long_meeting(args.pages, args.seed, kind)
        _, total = _render(meeting, args.out)
        elapsed = time.perf_counter() - started
        print(f"{args.out}: {total} pages, {len(meeting.items)} items, {elapsed:.1f} s")
        return 0
    if args.outdir is None:
        parser.error("give OUTDIR, or --pages N --out FILE")
    for name, meeting in sample_meetings().items():
        target = args.outdir / name
        _, total = _render(meeting, target)
        print(f"{target}: {total} pages, {len(meeting.items)} items")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""People, places and organisations named in a sentence: capitalisation heuristics.

Hand-written because the packages that do this well (spaCy, flair, stanza) fetch their
models at run time or are far too slow for the per-article budget; this one is fast,
offline, and good enough to label and merge news events. It finds runs of capitalised
words, classifies them by a small gazetteer of places, organisation keywords and person
titles, and links a lone surname ("Xi") to the full name seen elsewhere in the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from timeline.dates.country_places import COUNTRY_PLACES
from timeline.models import Entity, EntityKind, trusted
from timeline.text import UPPER_BEYOND_ASCII

PLACES = frozenset(
    """afghanistan albania algeria angola argentina armenia australia austria azerbaijan
    bahrain bangladesh belarus belgium bolivia bosnia brazil britain bulgaria burma cambodia
    cameroon canada chad chile china colombia congo croatia cuba cyprus czech denmark egypt
    england eritrea estonia ethiopia europe finland france georgia germany ghana greece
    guatemala haiti honduras hungary iceland india indonesia iran iraq ireland israel italy
    jamaica japan jordan kazakhstan kenya korea kosovo kuwait kyrgyzstan laos latvia lebanon
    liberia libya lithuania macedonia malaysia mali mexico moldova mongolia montenegro
    morocco mozambique myanmar namibia nepal netherlands nicaragua niger nigeria norway oman
    pakistan palestine panama paraguay peru philippines poland portugal qatar romania russia
    rwanda scotland senegal serbia singapore slovakia slovenia somalia spain sudan sweden
    switzerland syria taiwan tajikistan tanzania thailand tibet tunisia turkey turkmenistan
    uganda ukraine uruguay usa uzbekistan venezuela vietnam wales yemen yugoslavia zambia
    zimbabwe africa asia america americas antarctica arctic balkans caribbean crimea gaza
    kashmir sinai chechnya darfur beijing pyongyang seoul tokyo shanghai hong kong moscow
    washington london paris berlin rome madrid brussels geneva vienna kiev kyiv warsaw
    prague budapest athens ankara istanbul tehran baghdad damascus beirut jerusalem cairo
    riyadh dubai kabul islamabad delhi mumbai bombay dhaka bangkok hanoi manila jakarta
    sydney melbourne canberra ottawa toronto havana caracas bogota lima santiago nairobi
    lagos johannesburg kinshasa khartoum tripoli algiers rabat dar salaam addis ababa
    new york los angeles chicago boston miami houston atlanta dallas san francisco
    philadelphia detroit seattle phoenix denver portadown belfast dublin edinburgh
    liaoning texas california florida virginia maryland ohio michigan georgia alaska
    hawaii kansas iowa maine vermont oregon nevada utah arizona alabama massachusetts
    connecticut pennsylvania delaware kentucky tennessee mississippi louisiana arkansas
    oklahoma missouri illinois indiana wisconsin minnesota nebraska montana wyoming colorado
    idaho austin nashville baltimore pittsburgh cleveland minneapolis portland sacramento
    honolulu anchorage manchester birmingham glasgow liverpool leeds cardiff munich frankfurt
    hamburg milan naples barcelona lisbon amsterdam rotterdam zurich stockholm oslo
    copenhagen helsinki minsk kharkiv odesa odessa mariupol donetsk luhansk tbilisi baku
    yerevan tashkent almaty karachi lahore kolkata chennai bangalore hyderabad kathmandu
    colombo yangon taipei osaka kyoto busan guangzhou shenzhen wuhan chengdu macau auckland
    wellington perth brisbane vancouver montreal quebec guadalajara monterrey quito
    montevideo brasilia mogadishu kampala kigali accra abuja dakar tunis benghazi aleppo
    homs idlib mosul basra kirkuk ramallah haifa amman sanaa aden doha muscat""".split()
) | frozenset(
    {
        "north korea", "south korea", "united states", "united kingdom", "hong kong",
        "new york", "los angeles", "san francisco", "new zealand", "saudi arabia",
        "south africa", "sri lanka", "el salvador", "costa rica", "new delhi",
        "korean peninsula", "middle east", "west bank", "persian gulf", "gulf",
        "dar es salaam", "kuala lumpur", "abu dhabi", "tel aviv", "great hall of the people",
        "n. korea", "u.s.", "us", "u.k.", "uk", "the north", "white house", "dprk",
        "new orleans", "las vegas", "san diego", "san jose", "st. louis", "new jersey",
        "new mexico", "north carolina", "south carolina", "north dakota", "south dakota",
        "west virginia", "rhode island", "new hampshire", "st. petersburg", "phnom penh",
        "buenos aires", "sao paulo", "são paulo", "rio de janeiro", "la paz", "cape town",
    }
) | frozenset(
    # More cities (none that is also a common first name or surname: no Jackson, Lincoln,
    # Madison, Victoria, Hamilton) and the AP's state abbreviations ("Baton Rouge, La.")
    place
    for places in ["""san antonio|jacksonville|fort worth|columbus|indianapolis|el paso|
    memphis|louisville|milwaukee|albuquerque|tucson|fresno|kansas city|omaha|raleigh|
    long beach|oakland|tulsa|
    tampa|wichita|bakersfield|anaheim|corpus christi|cincinnati|greensboro|orlando|newark|
    toledo|st. paul|saint paul|jersey city|scottsdale|reno|buffalo|norfolk|boise|spokane|
    baton rouge|tacoma|des moines|grand rapids|huntsville|salt lake city|tallahassee|
    little rock|santa fe|albany|harrisburg|trenton|hartford|providence|annapolis|savannah|
    duluth|juneau|cheyenne|bismarck|topeka|lansing|montpelier|carson city|santa barbara|
    palo alto|berkeley|new haven|syracuse|ann arbor|akron|dayton|fort lauderdale|galveston|
    mexico city|the hague|strasbourg|nicosia|reykjavik|riga|tallinn|vilnius|bratislava|
    ljubljana|zagreb|belgrade|sarajevo|skopje|tirana|sofia|bucharest|chisinau|marseille|lyon|
    cologne|stuttgart|dusseldorf|leipzig|dresden|turin|venice|genoa|seville|porto|antwerp|
    basel|bern|gothenburg|krakow|gdansk|novosibirsk|vladivostok|kazan|sochi|nanjing|tianjin|
    chongqing|hangzhou|harbin|lhasa|urumqi|ho chi minh city|vientiane|peshawar|quetta|
    kandahar|herat|isfahan|mashhad|erbil|najaf|karbala|fallujah|ramadi|tikrit|raqqa|
    latakia|sidon|nablus|hebron|jenin|bethlehem|rafah|khan younis|eilat|giza|alexandria|
    luxor|casablanca|marrakech|tangier|bamako|ouagadougou|niamey|abidjan|monrovia|freetown|
    conakry|luanda|lusaka|harare|maputo|lilongwe|gaborone|windhoek|pretoria|durban|
    mombasa|juba|asmara|djibouti|goma|bujumbura|dodoma|kano|port harcourt|maiduguri|
    kingston|port-au-prince|santo domingo|san juan|managua|tegucigalpa|san salvador|
    guatemala city|panama city|medellin|medellín|cali|cartagena|barranquilla|maracaibo|
    guayaquil|cusco|asuncion|asunción|rosario|mendoza|valparaiso|recife|fortaleza|
    belo horizonte|manaus|porto alegre|curitiba|tijuana|ciudad juarez|acapulco|cancun|
    oaxaca|puebla|veracruz|calgary|edmonton|winnipeg|halifax|adelaide|christchurch|
    ala|ariz|ark|calif|colo|conn|fla|ga|ill|ind|kan|ky|la|md|mass|mich|minn|mo|mont|neb|
    nev|n.h|n.j|n.m|n.y|n.c|n.d|okla|ore|pa|r.i|s.c|s.d|tenn|tex|vt|va|wash|w.va|wis|wyo"""]
    for raw in places.split("|")
    for place in [" ".join(raw.split())]
)  # fmt: skip
ORG_WORDS = frozenset(
    """party ministry department agency council committee university bank corp corp.
    inc inc. co co. ltd ltd. plc company group center centre institute academy
    association union commission network press news congress parliament senate army navy
    force forces exchange fund court government administration office board bureau
    organization organisation federation league service services times post journal
    reuters afp ap xinhua yonhap kcna nato un u.n. eu opec imf fbi cia foundation
    coalition alliance police reserve authority holdings industries airlines airways motors
    partners securities systems technologies laboratories pharmaceuticals bancorp trust
    institution club college school hospital museum church convention conference products
    capital energy foods brands entertainment media logistics analytics labs llc gmbh
    limited ventures electronics therapeutics biosciences biotech robotics aerospace
    semiconductor semiconductors networks telecom mining resources petroleum insurance
    healthcare carriers shipping solutions eisteddfod festival games olympics championship
    championships marathon cup awards expo summit tournament biennale carnival regatta
    choir côr orchestra ensemble philharmonic quartet infotech infosystems technology tech
    software consultancy consulting digital bancorp steel cement chemicals textiles
    pharma lottery lotteries railway railways railroad utilities
    transit observatory laboratory treasury care constabulary coastguard rescue
    opera ballet playhouse conservatory conservatoire symphony chorus operetta movement""".split()
)  # (events too: "the National Eisteddfod", "the Melbourne Marathon" are no one's names)
# Words that make a name a place when it starts ("Isle of Wight") or ends ("Red Sea") it.
PLACE_HEADS = frozenset("isle lake mount gulf bay cape port fort county st".split())  # St. Albans
_PLACE_INNER = frozenset({"ste", "mt", "ft"})  # "Sault Ste. Marie", "Lake Mt. Pleasant"
PLACE_TAILS = frozenset(
    """island islands county province region river mountains valley bay sea ocean lake
    strait straits peninsula coast desert city avenue street road boulevard square park
    bridge airport station hall arena stadium amphitheatre amphitheater theatre theater
    plaza state territory district prefecture municipality house tower towers building estate
    mansions apartments flats palace gardens pavilion velodrome racecourse parade lane
    terrace crescent quay wharf harbour harbor pier canal lagoon creek glacier canyon
    plateau heights highway motorway freeway expressway junction glen gorge falls forest moor
    moors plantation beach cove gulf channel reef plains loch firth headland cliffs dunes
    wetlands castle cathedral abbey fortress citadel monastery cemetery""".split()
)  # (not "hill", "wood", "dale", "marsh", "ridge", "heath": surnames too)
NAME_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})  # "King Jr."
COMPASS_WORDS = frozenset("north south east west northern southern eastern western".split())
STORM_WORDS = frozenset("storm hurricane typhoon cyclone tropical".split())
ENTITY_CACHE_SIZE = 8192  # names and word runs remembered across sentences and articles
ORG_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z]{2,6}$")
PERSON_TITLES = frozenset(
    """president minister prime premier chancellor king queen prince princess secretary
    spokesman spokeswoman spokesperson leader chairman chairwoman director general gen.
    governor senator sen. rep. representative mr. mrs. ms. dr. sir lord judge justice
    ambassador envoy diplomat colonel col. captain capt. lt. sgt. pope chief ceo
    analyst expert professor prof. mayor commander dictator vice foreign""".split()
)
PERSON_TITLES |= {title.rstrip(".") for title in PERSON_TITLES}  # "Dr", as _clean leaves it
# Occupations written before a name like a title ("Fisherman Abdulrahim Sali", "the nurse
# Ana Ruiz"): a title where they lead a name, but not inside one (no surnames here, unlike
# "Farmer" or "Driver", so "Paul Farmer" could not lose his first name anyway).
ROLE_WORDS = frozenset(
    """fisherman fishermen nurse teacher lawyer attorney detective constable sergeant
    inspector officer pastor reverend rev. firefighter paramedic midwife economist
    historian archaeologist scientist researcher engineer activist student resident
    survivor coach pilot veteran farmworker shopkeeper councillor councilman councilwoman
    commissioner prosecutor""".split()
)
LEADING_TITLES = PERSON_TITLES | ROLE_WORDS | {"rev"}
# What follows "Secretary of" or "Minister of" in a title: "Secretary of State Madeleine
# Albright" is Madeleine Albright.
OFFICE_WORDS = frozenset(
    """state defense defence foreign affairs commerce finance justice energy health
    education interior agriculture labor labour treasury homeland security transportation
    trade industry economy external home war navy financial operating executive technology
    technical information marketing medical scientific investment legal enterprise
    environment sustainability tourism employment housing transport culture sport heritage
    communications infrastructure development planning local government social welfare
    protection children youth women family fisheries mines lands water works public
    immigration climate digital science innovation research arts rural urban regional
    economic budget revenue police emergency services surveys survey natural resources
    mineral minerals mining forestry forests wildlife parks petroleum aviation ports
    irrigation veterans consumer cooperatives""".split()
)  # (and a company's: "Chief Financial Officer Naomi Fujisaki", "Chief Executive Officer";
# a minister's portfolio: "Minister for Sustainability and the Environment Lim Hui Min")
_PORTFOLIO_JOINERS = frozenset({"for", "of", "the", "and", "&"})
CONNECTORS = frozenset({"of", "the", "de", "al", "bin", "van", "von", "for", "and", "la", "le",
                        "es", "da", "del", "du", "der", "dos", "&"})  # "Dar es Salaam"
NOT_NAMES = frozenset(
    """the a an and but or if when while after before during since until as at on in of
    for to by with from it its he she they we i you his her their our this that these
    those there here what who which why how also however meanwhile even perhaps actually
    monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december jan feb mar apr jun
    jul aug sep sept oct nov dec today yesterday tomorrow last next earlier later said
    says photo show full article please some many most no not one two three through into
    under over across against despite without within between among amid toward towards
    upon about around behind beyond so then thus yet now est edt cst cdt mst mdt pst pdt
    gmt utc bst cet born""".split()
)
# Number words lead no name: "Ninety-seven Liverpool supporters", "Forty-one people".
_NUMBER_WORD = re.compile(
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|"
    r"five|six|seven|eight|nine))?|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen|hundreds?|thousands?|dozens?|millions?"
)
# Words that end no name: "Tokyo Monday", "Lipper Analytical Services Inc That". Not the
# months that are also names ("Theresa May", "June").
_NAME_MONTHS = frozenset({"may", "june", "april", "august", "march"})
NOT_NAME_ENDS = NOT_NAMES - _NAME_MONTHS
_DAY_AFTER = re.compile(r"[ \t]+\d{1,2}\b")  # "March 14"

# A capital letter, accented too: "Şahin", "Đỗ Văn Lực", "Özkan", "Łódź", "Émile"
CAPITAL = "A-Z" + UPPER_BEYOND_ASCII
_CAPITALISED = rf"(?:[{CAPITAL}][\w'’.-]*[\w.]|[{CAPITAL}])"
_RUN = re.compile(
    rf"{_CAPITALISED}(?:\s+(?:(?:of|the|de|al|bin|van|von|for|and|la|le|es|da|"
    r"del|du|der|dos|&)\s+){0,2}"
    rf"{_CAPITALISED})*"
)

_QUOTE_ONLY = re.compile(r"\s*[\"']\s*")  # what may precede a name at a sentence start
_CLOCK_HALF = re.compile(r"[AP]\.?M\.?(?:\s+[A-Z]{1,4})?")  # "AM ET", "P.M. EST" (not "AMD")
_DIGIT_BEFORE = re.compile(r"\d[ \t]?$")


_POSSESSIVE = ("'s", "’s")
_PARTICIPLE = ("ing", "ed")  # "Visiting Seoul": a capitalised first word that is no name
_TOKEN = re.compile(r"\S+")


def name_modifier(words: str) -> str | None:
    """The place (or body, in capitals) a modifier names: "Marshall Islands" for "Marshall
    Islands-flagged", "UK" for "UK-based", "NATO" for "NATO-led"; None for other words
    made a modifier ("Home-grown", "Self-made")."""
    found = _NAME_MODIFIER.fullmatch(words)
    if found is None:
        return None
    name = found.group("name")
    bare = name.lower().removeprefix("the ")
    known = bare in PLACES or bare in _COUNTRY_WORDS or name.isupper()
    parts = name.split()
    several = len(parts) > 1 and all(part[:1].isupper() for part in parts)
    return name if known or several else None  # ("Marshall Islands", "Abu Dhabi": a name
    # of several capitalised words; not one common word, nor "Shares of Home-grown")


# Countries' names, demonyms and cities ("Liberian-registered", "Saudi-led")
_COUNTRY_WORDS = frozenset(
    word.lower() for names in COUNTRY_PLACES.values() for word in names
) | {"saudi"}
# A name made a modifier with a participle: "Marshall Islands-flagged", "UK-based",
# "Iran-backed", "London-born". The name is before the hyphen; the words after name
# something else ("the Marshall Islands-flagged Pacific Lantana": a ship, no islands).
_NAME_MODIFIER = re.compile(
    r"(?P<name>.+?)-(?:flagged|based|born|led|backed|owned|registered|bound|made|built|"
    r"run|funded|sponsored|controlled|held|operated|listed|headquartered|allied|linked|"
    r"affiliated|aligned|educated|trained|raised|brokered|mediated|occupied|annexed|"
    r"administered|ruled|bred|grown)"
)


@lru_cache(maxsize=ENTITY_CACHE_SIZE)
def _clean(name: str) -> str:
    name = name.strip()
    name = name[:-2] if name.endswith(_POSSESSIVE) else name
    if len(name) == 2 and name[1] == "." and name[0].isupper():
        return name  # an initial: "T. Rowe Price", "James E. Ousley"
    return name.rstrip(".") if not ORG_ACRONYM.match(name) else name


@lru_cache(maxsize=ENTITY_CACHE_SIZE)
def _entity(name: str, kind: EntityKind) -> Entity:
    """One (immutable) Entity per name and kind: built once, not for every mention."""
    if type(name) is str and type(kind) is EntityKind:  # as validation would keep them
        return trusted(Entity, {"name": name, "kind": kind})
    return Entity(name=name, kind=kind)


# What a public body's two-word name starts with: "Transport Malta", "Enterprise Ireland",
# "Environment Canada" (a person's given name never is one of these)
_BODY_HEADS = frozenset(
    "infrastructure transport tourism enterprise sport health environment heritage invest "
    "trade water energy education housing forestry fisheries culture arts skills food "
    "network visit".split()
)


_FIELD_TAILS = frozenset({"number", "no.", "date", "code", "reference", "ref", "id"})


@lru_cache(maxsize=ENTITY_CACHE_SIZE)
def _kind_of(words: tuple[str, ...], titled: bool) -> EntityKind | None:
    lowered = " ".join(words).lower()
    if lowered in PLACES or lowered.rstrip(".") in PLACES:
        return EntityKind.PLACE
    if any(w.lower() in ORG_WORDS for w in words) or "&" in words or (
        len(words) == 1 and ORG_ACRONYM.match(words[0])
    ):  # ("Larkfield & Rowe", "Marks & Spencer": a firm)
        return EntityKind.ORGANIZATION
    if all(w.lower() in PLACES for w in words if w.lower() not in CONNECTORS):
        return EntityKind.PLACE
    first, last = words[0].lower(), words[-1].lower()
    if len(words) >= 2 and (
        first in PLACE_HEADS or last in PLACE_TAILS
        or any(w.lower().rstrip(".") in _PLACE_INNER for w in words[1:-1])
    ):
        return EntityKind.PLACE  # "Isle of Wight", "Lake Geneva", "Florida Straits"
    if len(words) == 2 and first in _BODY_HEADS:
        return EntityKind.ORGANIZATION  # "Infrastructure Malta", "Health Canada", "Sport
        # England": a public body, no person (not "Infrastructure Malta and his passenger"
        # for "He")
    if len(words) >= 2 and first in STORM_WORDS:
        return None  # "Storm Eunice", "Hurricane Katrina": a storm, not a person
    if _is_demonym(words):
        return None  # "North Korean", "Koreans": a nationality, not a person
    if len(words) >= 2 and first in COMPASS_WORDS:
        return EntityKind.PLACE  # "North Side", "West Coast", "East Asia"
    if len(words) >= 2 and last in _FIELD_TAILS:
        return None  # a form's field, "Archive Number: 20691230.9263418", no person
    if titled or len(words) >= 2:
        return EntityKind.PERSON
    return None


def _is_demonym(words: Sequence[str]) -> bool:
    """Whether the words name a nationality: "North Korean(s)", "Chinese", "American"."""
    last = words[-1].lower()
    last = last[:-1] if last.endswith("ans") else last
    if not last.endswith(("an", "ese")):
        return False
    head = [w.lower() for w in words[:-1]]
    stems = {last[:-1], last[:-3], last[:-3] + "a"}
    return any(" ".join([*head, stem]) in PLACES for stem in stems if stem)


class SurnameIndex:
    """Full names of people by their first and last word, first mention first: what
    resolves a lone "Xi" to "Xi Jinping". Grown one entity at a time, so an article's
    index is built once rather than for every sentence."""

    def __init__(self, known: Iterable[Entity] = ()) -> None:
        self.by_word: dict[str, Entity] = {}
        for entity in known:
            self.add(entity)

    def add(self, entity: Entity) -> None:
        if entity.kind is EntityKind.PERSON and " " in entity.name:
            words = entity.name.split()
            self.by_word.setdefault(words[-1].lower(), entity)
            self.by_word.setdefault(words[0].lower(), entity)


# A known surname that is also a month ("Theresa May"): a name when a verb-like word
# follows, not a digit ("May 5") or a year, and no preposition comes before ("in May").
_SURNAME_NOT_MONTH = re.compile(r"(?:['’]s)?\s+[a-z]")
_MONTH_BEFORE = re.compile(
    r"\b(?:in|of|on|by|since|until|till|through|during|early|late|mid|last|next|this|"
    r"from|to|before|after)\s+$",
    re.IGNORECASE,
)


BUTTON_ROW_MIN = 3  # bracketed items in a line of a page's buttons


def find_entities(
    sentence: str, known: Iterable[Entity] = (), *, index: SurnameIndex | None = None
) -> list[Entity]:
    """Named entities in a sentence; `known` full names (or an `index` of them, which
    then replaces `known`) resolve lone surnames."""
    by_last_word = (index if index is not None else SurnameIndex(known)).by_word
    found: dict[str, Entity] = {}
    buttons = sentence.count("[") >= BUTTON_ROW_MIN
    for match in _RUN.finditer(sentence):
        run = match.group(0)
        if run[:1] in "AP" and _CLOCK_HALF.fullmatch(run) and _DIGIT_BEFORE.search(
            sentence, max(0, match.start() - 2), match.start()
        ):
            continue  # "7:04 AM ET", "10 PM GMT": a clock's half of the day and zone
        if buttons and sentence[match.start() - 1 : match.start()] == "[" and (
            sentence.startswith("]", match.end())
        ):
            continue  # a row of a page's buttons: "[Database Search] [Name Search] [Help]"
        if " " not in run and "\n" not in run and "\t" not in run:  # one word: most runs
            if "-" in run and (modifier := name_modifier(run)):
                run = modifier  # "UK-based": the UK
            lowered = run.lower()
            if lowered in NOT_NAMES:
                if lowered in by_last_word and _SURNAME_NOT_MONTH.match(sentence, match.end()):
                    if not _MONTH_BEFORE.search(sentence, max(0, match.start() - 8),
                                                match.start()):  # fmt: skip
                        entity = by_last_word[lowered]  # "May said" after "Theresa May"
                        found.setdefault(entity.name.lower(), entity)
                continue  # "The", "But", "He": nothing to add
            _add_entity(sentence, match.start(), _name((run,), False), by_last_word, found)
            continue
        if _DAY_AFTER.match(sentence, match.end()) and (
            (words := run.rsplit(None, 1))[-1].lower() in _NAME_MONTHS
        ):  # "6:42 p.m. ET March 14": the month goes with its day, no name
            run = words[0]
        position = match.start()
        for offset, raw_words in _split_run(run):
            start = position + offset
            first = start == 0 and len(raw_words) > 1  # all `_name` asks of the position
            _add_entity(sentence, start, _name(raw_words, first), by_last_word, found)
    return list(found.values())


@lru_cache(maxsize=ENTITY_CACHE_SIZE)
def _split_run(run: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """Split a capitalised run at possessives and person titles ("US President Donald
    Trump" -> "Donald Trump"; "China's Communist Party" -> "China", "Communist Party"):
    the words of each part and where it starts in the run."""
    parts: list[tuple[int, tuple[str, ...]]] = []
    current: list[str] = []
    start = 0
    # "and" inside an organisation's name stays: "Center for Strategic and International ..."
    org_run = any(w.lower() in ORG_WORDS for w in run.split())
    tokens = list(_TOKEN.finditer(run))
    for number, token in enumerate(tokens):
        word = token.group(0)
        suffix_next = number + 1 < len(tokens) and tokens[number + 1].group(0) in NAME_SUFFIXES
        if word.lower() in PERSON_TITLES and current and not suffix_next:  # ("King Jr.")
            current = [word]  # a title resets the name: keep what follows it
            start = token.start()
            continue
        place = current and " ".join(current).lower() in PLACES
        if (
            word == "of" and len(named := _name(tuple(current), False).words) >= 2
            and _kind_of(named, False) is EntityKind.PERSON and not ORG_ACRONYM.match(named[0])
        ):  # "Mara Kalstrom of Two Rivers": a person, then where she is from (not "King
            # Hussein of Jordan", one name after its title)
            parts.append((start, tuple(current)))
            current = []
            start = token.end() + 1
            continue
        following = tokens[number + 1].group(0) if number + 1 < len(tokens) else ""
        and_the = word == "and" and following == "the"
        if current and (
            (word == "and" and (place or not org_run or and_the)) or (word == "for" and place)
        ) and not (
            current[0].lower() in PERSON_TITLES and len(current) > 1
            and all(w.lower() in OFFICE_WORDS or w.lower() in _PORTFOLIO_JOINERS
                    for w in current[1:])
        ):  # "Beijing and Pyongyang", "Trump and Xi", "Wits University and the South African
            # Astronomical Observatory" (not a minister's portfolio: "Minister for
            # Sustainability and the Environment Lim Hui Min")
            parts.append((start, tuple(current)))
            current = []
            start = token.end() + 1
            continue
        if "-" in word and (modifier := name_modifier(" ".join((*current, word)))):
            parts.append((start, tuple(modifier.split())))  # "Marshall
            current = []  # Islands-flagged Pacific Lantana": the islands, then the ship
            start = token.end() + 1
            continue
        current.append(word)
        if word.endswith(_POSSESSIVE):
            parts.append((start, tuple(current)))
            current = []
            start = token.end() + 1
    if current:
        parts.append((start, tuple(current)))
    return tuple(parts)


class _Name(NamedTuple):
    """What a run of words names, as far as that depends on the words alone (`_name`);
    `_add_entity` adds what depends on where they stand and on the article so far. A
    tuple: built for every new name, twice as fast as a frozen dataclass."""

    empty: bool  # only titles, stop words and connectors: names nothing
    titled: bool  # a person title led the words ("President Xi")
    lone: str | None  # one word, lowercased: a known person's name may resolve it
    not_first: bool  # one word that is no name as a sentence's first word ("Visiting")
    places: tuple[tuple[str, Entity], ...] | None  # "China-North Korea": two places
    words: tuple[str, ...]  # the name's words, cleaned


_NOTHING = _Name(True, False, None, False, None, ())


@lru_cache(maxsize=ENTITY_CACHE_SIZE)
def _name(raw_words: tuple[str, ...], first: bool) -> _Name:
    """The words of a run part, cleaned and classified once (a name recurs in an article
    and across articles); `first`: the part starts the sentence and has several words."""
    words = [_clean(w) for w in raw_words]
    lowered = [w.lower() for w in words]  # each word lowercased once
    titled = False
    # "Visiting Seoul": a participle, not a name; "King Abdullah": a title
    first_word = int(
        first and lowered[0].endswith(_PARTICIPLE) and lowered[0] not in LEADING_TITLES
    )
    end = len(words)
    while first_word < end and (
        lowered[first_word] in LEADING_TITLES
        or lowered[first_word] in NOT_NAMES
        or _NUMBER_WORD.fullmatch(lowered[first_word]) is not None
        or (titled and lowered[first_word] in OFFICE_WORDS)
        or (end - first_word >= 3 and _is_demonym((lowered[first_word],))
            and not any(w in ORG_WORDS or w in PLACES for w in lowered[first_word + 1 : end]))
    ):  # ("the Romanian Ionuț Grigorescu": Ionuț Grigorescu, not "Romanian Ionuț Grigorescu";
        # not "Irish Water", one word after)
        titled = titled or lowered[first_word] in LEADING_TITLES
        first_word += 1
    while end > first_word and (
        lowered[end - 1] in CONNECTORS
        or lowered[end - 1] in NOT_NAME_ENDS
        or words[end - 1] in NAME_SUFFIXES
    ):
        end -= 1
    if end == first_word:
        return _NOTHING
    words = words[first_word:end]
    name = " ".join(words)
    single = len(words) == 1
    parts = name.split("-")
    places = None
    if len(parts) > 1 and all(part.lower() in PLACES for part in parts):
        places = tuple((part.lower(), _entity(part, EntityKind.PLACE)) for part in parts)
    lone = lowered[first_word] if single else None  # name.lower()
    return _Name(
        empty=False,
        titled=titled,
        lone=lone,
        not_first=single and lone not in PLACES and not ORG_ACRONYM.match(name),
        places=places,
        words=tuple(words),
    )


def _add_entity(
    sentence: str,
    start: int,
    name: _Name,
    by_last_word: dict[str, Entity],
    found: dict[str, Entity],
) -> None:
    """Add what the words at `start` name to `found`. The tests are those of the plain
    code (tests/test_entities_fast.py), in the same order; whether a title precedes the
    words, free of side effects, is only worked out when it is needed."""
    if name.empty or (start > 0 and sentence[start - 1] == "-"):
        return
    if name.lone is not None and name.lone in by_last_word:
        entity = by_last_word[name.lone]
        found.setdefault(entity.name.lower(), entity)
        return
    titled = name.titled
    if not titled:  # the last word of the 25 characters before is a person title
        before = sentence[max(0, start - 25) : start].rsplit(None, 1)
        titled = bool(before) and before[-1].lower().strip(",") in LEADING_TITLES
    if name.not_first and not titled and (
        start == 0 or _QUOTE_ONLY.fullmatch(sentence, 0, start) is not None
    ):
        return  # a capitalised first word is usually not a name
    if name.places is not None:
        for key, place in name.places:
            if key not in found:
                found[key] = place
        return
    named = _named(name.words, titled)
    if named is not None and named[0] not in found:
        found[named[0]] = named[1]


@lru_cache(maxsize=ENTITY_CACHE_SIZE)
def _named(words: tuple[str, ...], titled: bool) -> tuple[str, Entity] | None:
    """(key, entity) for the name, after a person title or not; apart from `_name`, so
    that the kind is only worked out for names that get this far."""
    kind = _kind_of(words, titled)
    name = " ".join(words)
    return (name.lower(), _entity(name, kind)) if kind is not None else None

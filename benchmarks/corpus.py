"""A reproducible synthetic news corpus for throughput benchmarks.

``generate(n, seed=0, size_bytes=3000)`` returns ``n`` articles (schemas/article.v1.json:
article_id, title, text, published_at ISO date, outlet, plus ``topic``) written from
templates: attacks by many groups under their aliases and spellings (and airstrikes by
states), in many countries, with weapons, casualties in words and in digits in active,
passive and death-toll phrasings, dates relative to the publication day, claims, denials
and hedged attributions, quotes, background paragraphs about earlier attacks and
separate incidents; about a third report no attack (politics, trials, statements,
threats, arrests, talks), as the ``topic`` field says. Context paragraphs pad each text
to about ``size_bytes`` (3 KB is the size the throughput figures of the design guide
assume).

Article ``i`` depends only on ``(seed, i)``: ``generate(10)[:5] == generate(5)``.
Nothing here comes from the labelled MUC-4 texts; names are general knowledge. The
vocabulary stays in this file because the corpus is a benchmark fixture, not extractor
data: the extractor must never read it.
"""
from __future__ import annotations

import datetime
import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass

OUTLETS = ("Reuters", "Associated Press", "AFP", "Al Jazeera", "BBC News", "The National", "Kurdistan24",
           "Dawn", "Premium Times", "Garowe Online", "Kyiv Independent", "Rudaw", "The Guardian",
           "Anadolu Agency", "Daily Star")

# canonical name, aliases as the press writes them, countries where it operates
GROUPS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("Kataib Hezbollah", ("Kataib Hezbollah", "Kata'ib Hizballah", "KH", "Hezbollah Brigades"), ("IQ", "SY")),
    ("Harakat al-Nujaba", ("Harakat al-Nujaba", "al-Nujaba", "Nujaba Movement"), ("IQ", "SY")),
    ("Asaib Ahl al-Haq", ("Asaib Ahl al-Haq", "Asa'ib Ahl al-Haq", "AAH", "League of the Righteous"), ("IQ",)),
    ("Islamic Resistance in Iraq", ("Islamic Resistance in Iraq", "the Islamic Resistance in Iraq"), ("IQ", "SY")),
    ("Islamic State", ("Islamic State", "ISIS", "ISIL", "Daesh", "IS"), ("IQ", "SY", "AF", "NG")),
    ("Hezbollah", ("Hezbollah", "Hizbollah", "Hizballah", "Hizbullah"), ("LB", "SY")),
    ("Hamas", ("Hamas", "the Izz ad-Din al-Qassam Brigades", "Qassam Brigades"), ("PS", "IL")),
    ("Houthis", ("Houthis", "Houthi rebels", "Ansar Allah", "Ansarallah"), ("YE",)),
    ("al-Shabaab", ("al-Shabaab", "al-Shabab", "Harakat al-Shabaab al-Mujahideen"), ("SO", "KE")),
    ("Boko Haram", ("Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS"), ("NG", "CM", "TD")),
    ("ISWAP", ("ISWAP", "Islamic State West Africa Province"), ("NG", "NE")),
    ("JNIM", ("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Group for the Support of Islam and Muslims"),
     ("ML", "BF", "NE")),
    ("Tehrik-i-Taliban Pakistan", ("Tehrik-i-Taliban Pakistan", "TTP", "Pakistani Taliban"), ("PK",)),
    ("Baloch Liberation Army", ("Baloch Liberation Army", "BLA"), ("PK",)),
    ("Islamic State Khorasan", ("Islamic State Khorasan", "ISIS-K", "ISKP", "IS-K"), ("AF", "PK")),
    ("Taliban", ("Taliban", "the Islamic Emirate"), ("AF",)),
    ("Allied Democratic Forces", ("Allied Democratic Forces", "ADF", "ISCAP"), ("CD", "UG")),
    ("M23", ("M23", "March 23 Movement", "the M23 rebels"), ("CD",)),
    ("PKK", ("PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party"), ("TR", "IQ")),
    ("National Liberation Army", ("National Liberation Army", "ELN", "Ejercito de Liberacion Nacional"), ("CO",)),
    ("New People's Army", ("New People's Army", "NPA"), ("PH",)),
    ("Abu Sayyaf", ("Abu Sayyaf", "Abu Sayyaf Group", "ASG"), ("PH",)),
    ("Lashkar-e-Taiba", ("Lashkar-e-Taiba", "LeT", "Lashkar-e-Tayyiba"), ("IN",)),
    ("Jaish-e-Mohammed", ("Jaish-e-Mohammed", "JeM", "Jaish-e-Muhammad"), ("IN", "PK")),
    ("Arakan Army", ("Arakan Army", "AA"), ("MM",)),
)

# country code -> (name, adjective, capital, [(place, province)])
COUNTRIES: dict[str, tuple[str, str, str, tuple[tuple[str, str], ...]]] = {
    "IQ": ("Iraq", "Iraqi", "Baghdad", (("Erbil", "Kurdistan Region"), ("Ain al-Asad", "Anbar"),
                                        ("Baghdad", "Baghdad"), ("Kirkuk", "Kirkuk"), ("Zummar", "Nineveh"))),
    "SY": ("Syria", "Syrian", "Damascus", (("Kharab al-Jir", "Al-Hasakah"), ("al-Tanf", "Homs"),
                                           ("Deir ez-Zor", "Deir ez-Zor"), ("Conoco field", "Deir ez-Zor"))),
    "AF": ("Afghanistan", "Afghan", "Kabul", (("Kabul", "Kabul"), ("Kandahar", "Kandahar"),
                                              ("Jalalabad", "Nangarhar"), ("Kunduz", "Kunduz"))),
    "NG": ("Nigeria", "Nigerian", "Abuja", (("Maiduguri", "Borno"), ("Gwoza", "Borno"), ("Damaturu", "Yobe"),
                                            ("Konduga", "Borno"))),
    "LB": ("Lebanon", "Lebanese", "Beirut", (("Nabatieh", "Nabatieh"), ("Tyre", "South Lebanon"),
                                             ("Baalbek", "Baalbek-Hermel"))),
    "PS": ("the Palestinian territories", "Palestinian", "Ramallah", (("Jenin", "West Bank"),
                                                                      ("Khan Younis", "Gaza"))),
    "IL": ("Israel", "Israeli", "Jerusalem", (("Sderot", "Southern District"), ("Kiryat Shmona", "Northern District"))),
    "YE": ("Yemen", "Yemeni", "Sanaa", (("Hodeidah", "Hodeidah"), ("Marib", "Marib"), ("Taiz", "Taiz"))),
    "SO": ("Somalia", "Somali", "Mogadishu", (("Mogadishu", "Banaadir"), ("Beledweyne", "Hiiraan"),
                                              ("Baidoa", "Bay"))),
    "KE": ("Kenya", "Kenyan", "Nairobi", (("Mandera", "Mandera County"), ("Lamu", "Lamu County"),
                                          ("Garissa", "Garissa County"))),
    "CM": ("Cameroon", "Cameroonian", "Yaounde", (("Kolofata", "Far North"), ("Mora", "Far North"))),
    "TD": ("Chad", "Chadian", "N'Djamena", (("Bol", "Lac"), ("Ngouboua", "Lac"))),
    "NE": ("Niger", "Nigerien", "Niamey", (("Tillaberi", "Tillaberi"), ("Diffa", "Diffa"))),
    "ML": ("Mali", "Malian", "Bamako", (("Timbuktu", "Tombouctou"), ("Gao", "Gao"), ("Mopti", "Mopti"))),
    "BF": ("Burkina Faso", "Burkinabe", "Ouagadougou", (("Djibo", "Soum"), ("Dori", "Seno"), ("Kaya", "Sanmatenga"))),
    "PK": ("Pakistan", "Pakistani", "Islamabad", (("Peshawar", "Khyber Pakhtunkhwa"), ("Quetta", "Balochistan"),
                                                  ("Bannu", "Khyber Pakhtunkhwa"), ("Gwadar", "Balochistan"))),
    "CD": ("the Democratic Republic of Congo", "Congolese", "Kinshasa", (("Beni", "North Kivu"),
                                                                        ("Goma", "North Kivu"), ("Bunia", "Ituri"))),
    "UG": ("Uganda", "Ugandan", "Kampala", (("Kasese", "Western Region"), ("Mpondwe", "Western Region"))),
    "TR": ("Turkey", "Turkish", "Ankara", (("Hakkari", "Hakkari"), ("Sirnak", "Sirnak"))),
    "CO": ("Colombia", "Colombian", "Bogota", (("Cucuta", "Norte de Santander"), ("Arauca", "Arauca"),
                                              ("Tibu", "Norte de Santander"))),
    "PH": ("the Philippines", "Philippine", "Manila", (("Marawi", "Lanao del Sur"), ("Jolo", "Sulu"),
                                                      ("Samar", "Eastern Visayas"))),
    "IN": ("India", "Indian", "New Delhi", (("Pulwama", "Jammu and Kashmir"), ("Anantnag", "Jammu and Kashmir"),
                                            ("Rajouri", "Jammu and Kashmir"))),
    "MM": ("Myanmar", "Myanmar", "Naypyidaw", (("Sittwe", "Rakhine"), ("Maungdaw", "Rakhine"))),
}

# attack verb phrase, weapon phrase (with {n} for a count), attack kind
ATTACKS = (
    ("fired {n} rockets at", "rockets", "rocket"),
    ("launched {n} Katyusha rockets at", "Katyusha rockets", "rocket"),
    ("shelled", "mortar rounds", "rocket"),
    ("launched {n} explosive-laden drones at", "drones", "drone"),
    ("sent a one-way attack drone towards", "attack drone", "drone"),
    ("detonated a car bomb outside", "car bomb", "bombing"),
    ("set off a roadside bomb near", "roadside bomb", "bombing"),
    ("planted an improvised explosive device at", "improvised explosive device", "bombing"),
    ("sent a suicide bomber into", "suicide vest", "suicide_bombing"),
    ("stormed", "assault rifles", "armed_assault"),
    ("opened fire on", "automatic weapons", "armed_assault"),
    ("ambushed", "rocket-propelled grenades", "armed_assault"),
    ("abducted {n} people from", "guns", "kidnapping"),
    ("set fire to", "petrol bombs", "arson"),
    ("fired a ballistic missile at", "ballistic missile", "missile"),
)

TARGETS = ("a US military base", "an army checkpoint", "a police station", "a crowded market", "a military convoy",
           "the provincial governor's office", "a mosque", "a church", "a camp for displaced people",
           "a commercial ship", "an oil field", "a border post", "a village", "a bus carrying workers",
           "the city's airport", "a hotel popular with officials", "a school", "a power station",
           "coalition forces", "a peacekeeping patrol")

VICTIM_KINDS = ("soldiers", "civilians", "police officers", "villagers", "worshippers", "passengers",
                "militiamen", "students", "aid workers", "contractors", "fishermen", "children")

OFFICIALS = ("a military spokesman", "the interior ministry", "a local police chief", "the provincial governor",
             "a hospital official", "a security source who spoke on condition of anonymity",
             "the Pentagon", "the army", "a United Nations official", "residents", "a monitoring group")

_UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_FIRST_DAY = datetime.date(2023, 1, 1)
_DAYS_SPAN = 3 * 365
NO_ATTACK_TOPICS = ("politics", "trial", "statement", "threat", "arrest", "talks")


def number_words(n: int) -> str:
    """English words for 0..99 ("twenty-three")."""
    if n == 0:
        return "no"
    if n < 20:
        return _UNITS[n]
    tens, units = divmod(n, 10)
    return _TENS[tens] + (f"-{_UNITS[units]}" if units else "")


@dataclass
class _Scene:
    """The facts one article is written around."""

    rng: random.Random
    published: datetime.date
    group: str
    alias: str
    country: str
    place: str
    province: str

    @property
    def country_name(self) -> str:
        return COUNTRIES[self.country][0]

    @property
    def adjective(self) -> str:
        return COUNTRIES[self.country][1]

    @property
    def capital(self) -> str:
        return COUNTRIES[self.country][2]


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def _count(rng: random.Random, n: int) -> str:
    """A casualty count as newsrooms write it: words below ten, digits above, hedges."""
    words = number_words(n) if n < 10 or rng.random() < 0.3 else str(n)
    return rng.choice(("{w}", "{w}", "at least {w}", "{w}", "some {w}", "up to {w}")).format(w=words)


def _when(rng: random.Random, published: datetime.date) -> tuple[datetime.date, str]:
    """An incident date and the phrase naming it relative to the publication day."""
    back = rng.choice((0, 1, 1, 2, 3, 4, 5, 6, 9))
    day = published - datetime.timedelta(days=back)
    if back == 0:
        return day, rng.choice(("on " + _WEEKDAYS[day.weekday()], "earlier today",
                                "early on " + _WEEKDAYS[day.weekday()]))
    if back == 1:
        return day, rng.choice(("yesterday", "late on " + _WEEKDAYS[day.weekday()], "overnight"))
    if back < 7:
        return day, rng.choice(("on " + _WEEKDAYS[day.weekday()], "last " + _WEEKDAYS[day.weekday()]))
    return day, rng.choice((f"on {day.day} {_MONTHS[day.month - 1]}", f"on {_MONTHS[day.month - 1]} {day.day}"))


def _claim_sentence(scene: _Scene, attack_noun: str) -> str:
    rng, alias = scene.rng, scene.alias
    return rng.choice((
        f"{alias} claimed responsibility for the {attack_noun} in a statement posted on Telegram.",
        f"In a statement carried by its media outlet, {alias} said its fighters had carried out the {attack_noun}.",
        f"Officials blamed {alias} for the {attack_noun}, although the group did not immediately comment.",
        f"No group has claimed the {attack_noun}, but suspicion fell on {alias}, which is active in the area.",
        f"The {attack_noun} was believed to be the work of {alias}, a security official said.",
        f"{alias} denied any involvement in the {attack_noun} and accused its rivals of staging it.",
        "There was no immediate claim of responsibility.",
    ))


def _toll(rng: random.Random, killed: int, wounded: int, victims: str) -> str:
    """The casualty clause that ends a lead sentence, in one of several newsroom phrasings."""
    if not killed and not wounded:
        return rng.choice((", but no casualties were reported.", ". There were no immediate reports of casualties."))
    if not killed:
        return f", wounding {_count(rng, wounded)} {victims}."
    others = f" and wounding {_count(rng, wounded)} others" if wounded else ""
    return rng.choice((f", killing {_count(rng, killed)} {victims}{others}.",
                       f", leaving {_count(rng, killed)} {victims} dead{others}.",
                       f". The death toll rose to {killed} {victims}, officials said."))


STATE_ACTORS = ("US", "Israeli", "Turkish", "Russian", "Pakistani", "Nigerian", "Saudi-led coalition")


def _lead(scene: _Scene, verb: str, weapon: str, kind: str, target: str, when: str) -> str:
    rng = scene.rng
    killed, wounded = rng.choice((0, 2, 3, 4, 5, 8, 13, 21, 34)), rng.choice((0, 2, 4, 7, 12, 25, 40))
    victims = rng.choice(VICTIM_KINDS)
    where = scene.place if scene.place == scene.province else f"{scene.place} in {scene.province}"
    attacker = rng.choice((scene.alias, "Gunmen", "Militants", "Suspected militants", "Unidentified attackers",
                           f"Fighters from {scene.alias}"))
    form = rng.random()
    if form < 0.25 and killed:
        wounded_part = f" and {_count(rng, wounded)} wounded" if wounded else ""
        return (f"{_sentence_case(_count(rng, killed))} {victims} were killed{wounded_part} when "
                f"{attacker[0].lower() + attacker[1:] if attacker[0] in 'GMSU' else attacker} {verb} {target} "
                f"in {where}, {scene.country_name}, {when}.")
    if form < 0.4 and kind in ("rocket", "drone", "bombing", "missile"):
        article = "An" if weapon[0] in "aeiou" else "A"
        return (f"{article} {weapon.rstrip('s')} hit {target} in {where}, {scene.country_name}, {when}"
                + _toll(rng, killed, wounded, victims))
    if form < 0.5:
        state = rng.choice(STATE_ACTORS)
        site = rng.choice(("a training camp", "a weapons depot", "a compound", "a convoy of vehicles"))
        return (f"{state} warplanes struck what officials described as {scene.alias} positions near {site} in "
                f"{where}, {when}" + _toll(rng, killed, wounded, victims))
    return f"{attacker} {verb} {target} in {where}, {scene.country_name}, {when}" + _toll(rng, killed, wounded, victims)


def _attack_paragraphs(scene: _Scene) -> list[str]:
    rng = scene.rng
    verb, weapon, kind = rng.choice(ATTACKS)
    verb = verb.format(n=_count(rng, rng.randint(2, 12)))
    target = rng.choice(TARGETS)
    _, when = _when(rng, scene.published)
    lead = _lead(scene, verb, weapon, kind, target, when)
    attack_noun = {"rocket": "rocket attack", "drone": "drone strike", "bombing": "bombing", "missile":
                   "missile strike", "kidnapping": "abduction", "arson": "arson attack"}.get(kind, "attack")
    detail = rng.choice((
        f"{_sentence_case(rng.choice(OFFICIALS))} said the {weapon} were launched from a field outside the town.",
        f"Witnesses described a loud explosion followed by heavy gunfire that lasted about "
        f"{number_words(rng.randint(10, 50))} minutes.",
        f"According to {rng.choice(OFFICIALS)}, the death toll could rise as several of the wounded were in "
        f"critical condition.",
        f"Footage shared on social media showed smoke rising over {scene.place} as ambulances rushed to the scene.",
        f"The attackers used {weapon}, {rng.choice(OFFICIALS)} said, adding that {number_words(rng.randint(2, 9))} "
        f"suspects had fled towards the border.",
    ))
    reaction = rng.choice((
        f"The {scene.adjective} government condemned the {attack_noun} and promised to hunt down those responsible.",
        f"Security forces sealed off {scene.place} and launched a search operation in {scene.province}.",
        f"Hospitals in {scene.capital} said they had received {_count(rng, rng.randint(3, 40))} casualties "
        f"by late evening.",
    ))
    return [lead, detail, _claim_sentence(scene, attack_noun), _quote_paragraph(scene), reaction]


def _separate_attack_paragraph(scene: _Scene) -> str:
    rng = scene.rng
    verb, _, _ = rng.choice(ATTACKS)
    place, _ = rng.choice(COUNTRIES[scene.country][3])
    _, when = _when(rng, scene.published)
    return (f"In a separate incident {when}, {rng.choice(('gunmen', 'militants', 'suspected insurgents'))} "
            f"{verb.format(n=_count(rng, rng.randint(2, 6)))} {rng.choice(TARGETS)} near {place}, killing "
            f"{_count(rng, rng.randint(1, 15))} {rng.choice(VICTIM_KINDS)}, {rng.choice(OFFICIALS)} said.")


def _background_paragraph(scene: _Scene) -> str:
    rng = scene.rng
    past = scene.published - datetime.timedelta(days=rng.randint(20, 300))
    month = _MONTHS[past.month - 1]
    n = rng.randint(2, 40)
    return rng.choice((
        f"In {month}, a {rng.choice(('drone', 'rocket', 'bomb'))} attack killed {_count(rng, n)} "
        f"{rng.choice(VICTIM_KINDS)} at {rng.choice(TARGETS)} in {rng.choice(COUNTRIES[scene.country][3])[0]}.",
        f"The attack was the first since early {month}, when {scene.alias} announced a pause in operations.",
        f"{scene.alias} has carried out a series of attacks in {scene.country_name} earlier this year.",
        f"Last {month}, {number_words(n)} people died when gunmen stormed {rng.choice(TARGETS)} "
        f"outside {scene.capital}.",
    ))


def _no_attack_paragraphs(scene: _Scene, topic: str) -> list[str]:
    rng, alias, adjective = scene.rng, scene.alias, scene.adjective
    _, when = _when(rng, scene.published)
    if topic == "trial":
        return [f"A court in {scene.capital} {when} sentenced {number_words(rng.randint(2, 9))} members of {alias} "
                f"to prison terms of up to {rng.randint(5, 30)} years for plotting attacks.",
                "Defence lawyers said they would appeal, arguing that confessions had been obtained under duress.",
                _quote_paragraph(scene),
                f"The trial, which lasted {number_words(rng.randint(3, 18))} months, was held behind closed doors."]
    if topic == "threat":
        return [f"{alias} warned {when} that it will resume attacks on foreign forces unless they leave "
                f"{scene.country_name} by the end of the year.",
                f"The statement followed weeks of relative calm after the group stopped its attacks in "
                f"{scene.province}.",
                f"Analysts said the threat was aimed at pressuring the {adjective} government ahead of talks."]
    if topic == "arrest":
        return [f"{adjective} security forces arrested {number_words(rng.randint(2, 12))} suspected members of "
                f"{alias} in raids in {scene.place} {when}, the interior ministry said.",
                "Weapons, explosives and communication equipment were seized during the operation.",
                "The ministry said the cell had been planning attacks on government buildings."]
    if topic == "talks":
        return [f"Negotiators from {scene.country_name} and international mediators met {when} in {scene.capital} "
                f"to discuss a ceasefire with {alias}.",
                f"Both sides described the talks as constructive and agreed to meet again next {rng.choice(_MONTHS)}.",
                "Humanitarian groups urged the parties to allow aid deliveries to areas cut off by the fighting."]
    if topic == "statement":
        return [f"The {adjective} foreign ministry {when} condemned what it called foreign interference and urged "
                f"neighbouring states to stop supporting {alias}.",
                f"A spokesman for {alias} rejected the accusation in a televised address.",
                "Diplomats said the exchange reflected deepening tensions in the region."]
    return [f"{adjective} lawmakers {when} approved a budget that raises defence spending by "
            f"{rng.randint(3, 25)} percent, the speaker of parliament said.",
            f"The opposition criticised the plan, saying money was needed for schools and hospitals in "
            f"{scene.province}.",
            f"The prime minister defended the measure as necessary to counter groups such as {alias}."]


_FILLER_SENTENCES = (
    "{Country} has faced years of instability, with armed groups exploiting weak governance in remote areas.",
    "The {adjective} economy has struggled as inflation reached {pct} percent last year, according to official "
    "figures.",
    "Aid agencies say more than {millions} million people in the region need humanitarian assistance.",
    "Elections are due in {month}, and security is expected to dominate the campaign.",
    "Analysts at a {city}-based think tank said the group's capabilities had grown despite repeated military "
    "operations against it.",
    "The United Nations Security Council is expected to discuss the situation in {country} later this month.",
    "Residents of {place} said markets had reopened but many families had left for {capital}.",
    "Road links to {place} have been cut for weeks, and fuel has become scarce.",
    "Officials in {capital} have repeatedly called for more international support to secure the borders.",
    "The government says it has retaken most of the territory once held by insurgents, a claim that independent "
    "observers have not been able to verify.",
    "Journalists face severe restrictions in {province}, making it difficult to confirm casualty figures "
    "independently.",
    "Prices of basic goods in {place} have risen sharply since the fighting began, traders said.",
    "Schools in the area closed for {small} days, and teachers said many pupils had not returned.",
    "The region sits on a major trade route, and the violence has disrupted shipments of grain and fuel.",
    "Western diplomats have urged restraint, warning that a wider escalation could draw in neighbouring states.",
    "A report published in {month} by a human rights group accused all sides of abuses against civilians.",
    "The {adjective} military has deployed additional troops to {province} in recent months.",
    "Local leaders said young men were being recruited by armed groups offering salaries of about {pct} dollars "
    "a month.",
    "Drought and poor harvests have added to the pressure on communities already displaced by fighting.",
    "The {adjective} president is due to travel to {city} next week for talks on security cooperation.",
    "Satellite images reviewed by researchers showed new earthworks around positions near {place}.",
    "Mobile phone networks in {province} were suspended for {small} days, the telecoms regulator said.",
    "International organisations have scaled back their presence in {province} because of the risks to staff.",
    "Parliament in {capital} is debating a new counter-terrorism law that critics say is too broad.",
    "Officials said the number of displaced people in {province} had doubled since {month}.",
    "A curfew imposed on {place} remained in force, with checkpoints on the main roads.",
    "Observers note that attacks in the area tend to rise before the rainy season.",
    "The central bank said foreign investment had fallen by {pct} percent over the past year.",
)
_QUOTES = (
    "\"We heard the first explosion just after midnight, then the shooting started,\" said a resident who "
    "gave his name as {name}.",
    "\"The situation is under control, and those behind this will be brought to justice,\" {official} said.",
    "\"People are afraid to leave their homes,\" said {name}, a shopkeeper in {place}. \"Nobody feels safe.\"",
    "\"This is a dangerous escalation,\" said {name}, a security analyst, adding that the group was testing "
    "the government's resolve.",
    "\"We have lost too many sons,\" said {name}, whose cousin was among the dead.",
)
_NAMES = ("Ahmed", "Fatima Musa", "Yusuf Abdi", "Maria Santos", "Ibrahim Diallo", "Omar Khalil", "Grace Achieng",
          "Ravi Kumar", "Aisha Bello", "Hassan Nur", "Ana Restrepo", "Karim Haddad", "Nadia Rahman")


def _slots(scene: _Scene) -> dict[str, str]:
    rng = scene.rng
    return {"country": scene.country_name, "Country": _sentence_case(scene.country_name),
            "adjective": scene.adjective, "place": scene.place, "province": scene.province,
            "capital": scene.capital, "month": rng.choice(_MONTHS), "pct": str(rng.randint(5, 60)),
            "millions": str(rng.randint(1, 9)), "small": number_words(rng.randint(2, 9)),
            "city": rng.choice(("London", "Washington", "Doha", "Nairobi", "Brussels", "Geneva")),
            "name": rng.choice(_NAMES), "official": _sentence_case(rng.choice(OFFICIALS))}


def _quote_paragraph(scene: _Scene) -> str:
    return scene.rng.choice(_QUOTES).format(**_slots(scene))


def _filler_paragraphs(scene: _Scene) -> Iterator[str]:
    """Endless context paragraphs of two or three sentences; a sentence repeats only after the pool is used up."""
    while True:
        sentences = scene.rng.sample(_FILLER_SENTENCES, len(_FILLER_SENTENCES))
        while sentences:
            take = scene.rng.choice((2, 3))
            yield " ".join(s.format(**_slots(scene)) for s in sentences[:take])
            del sentences[:take]


def _scene(rng: random.Random) -> _Scene:
    group, aliases, countries = rng.choice(GROUPS)
    country = rng.choice(countries)
    place, province = rng.choice(COUNTRIES[country][3])
    published = _FIRST_DAY + datetime.timedelta(days=rng.randrange(_DAYS_SPAN))
    return _Scene(rng, published, group, rng.choice(aliases), country, place, province)


def _title(scene: _Scene, topic: str) -> str:
    if topic == "attack":
        return scene.rng.choice((f"Attack in {scene.place} kills several", f"{scene.alias} claims {scene.place} attack",
                                 f"Deadly strike hits {scene.province}", f"Explosion rocks {scene.place}"))
    return f"{_sentence_case(scene.country_name)}: {topic} involving {scene.alias}"


def _pad(paragraphs: list[str], scene: _Scene, size_bytes: int) -> list[str]:
    """Insert context paragraphs after the lead until the text is about size_bytes long."""
    size = len("\n\n".join(paragraphs).encode())
    for filler in itertools.islice(_filler_paragraphs(scene), 10 + size_bytes // 50):
        if size >= size_bytes * 0.95:
            break
        if size + len(filler.encode()) + 2 > size_bytes * 1.1:
            continue
        paragraphs.insert(scene.rng.randint(1, len(paragraphs)), filler)
        size += len(filler.encode()) + 2
    return paragraphs


def article(seed: int, index: int, size_bytes: int = 3000) -> dict:
    """Article ``index`` of the corpus of ``seed``."""
    rng = random.Random(f"{seed}:{index}")
    scene = _scene(rng)
    topic = "attack" if rng.random() < 2 / 3 else rng.choice(NO_ATTACK_TOPICS)
    if topic == "attack":
        paragraphs = _attack_paragraphs(scene)
        if rng.random() < 0.5:
            paragraphs.insert(rng.randint(2, len(paragraphs)), _background_paragraph(scene))
        if rng.random() < 0.2:
            paragraphs.insert(rng.randint(2, len(paragraphs)), _separate_attack_paragraph(scene))
    else:
        paragraphs = _no_attack_paragraphs(scene, topic)
    paragraphs = _pad(paragraphs, scene, size_bytes)
    return {"article_id": f"bench-{seed}-{index:06d}", "title": _title(scene, topic),
            "text": "\n\n".join(paragraphs), "published_at": scene.published.isoformat(),
            "outlet": rng.choice(OUTLETS), "topic": topic}


def generate(n: int, seed: int = 0, size_bytes: int = 3000) -> list[dict]:
    """``n`` reproducible articles of about ``size_bytes`` bytes each."""
    return [article(seed, index, size_bytes) for index in range(n)]

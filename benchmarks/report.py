"""The benchmark's outputs: bench.json (every number), bench.md (a markdown table), bench.png (a chart).

Pure functions over the result dict that benchmarks.run assembles; the goals live here, once.
"""

from __future__ import annotations

import datetime
import json
import os
import platform
import subprocess
from pathlib import Path
from typing import Any

import psutil

# The project's goals, as the issue states them.
GOAL_EXTRACTION_PER_S = 5000.0  # articles/s on one core
GOAL_E2E_RATIO = 1.0  # end to end against the trivial forward agent
GOAL_P99_MS = 200.0  # produce -> alert
GOAL_P99_LOAD = 1000.0  # ... at this offered load (articles/s)
MIB = 2**20


def machine_info(root: Path) -> dict[str, Any]:
    """Where and when the numbers were measured: CPU, memory, load, Python, git commit."""

    def git(*args: str) -> str | None:
        try:
            done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, timeout=10, check=True)
            return done.stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return None

    status = git("status", "--porcelain")
    return {"measured_at": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
            "python": platform.python_version(), "platform": platform.platform(),
            "processor": platform.processor() or platform.machine(), "cpus": os.cpu_count(),
            "memory_bytes": psutil.virtual_memory().total, "load_avg": list(os.getloadavg()),
            "git_commit": git("rev-parse", "HEAD"), "git_dirty": bool(status) if status is not None else None}


def _fmt(value: float | None, digits: int = 0, unit: str = "") -> str:
    if value is None:
        return "n/a"
    return f"{value:,.{digits}f}{unit}"


def _status(met: bool | None) -> str:
    return {True: "met", False: "**missed**", None: "n/a"}[met]


def goals(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each goal with the measured value and whether it is met (None when that part did not run)."""
    out: dict[str, dict[str, Any]] = {}
    ex = result.get("extraction")
    if ex:
        rate = ex["extractor"]["articles_per_s"]
        out["extraction"] = {"goal": f">= {GOAL_EXTRACTION_PER_S:,.0f} articles/s per core", "value": rate,
                             "met": rate >= GOAL_EXTRACTION_PER_S}
    e2e = result.get("e2e")
    if e2e:
        ratios = [s["ratio_to_forward"] for s in e2e["scenarios"] if s["kind"] == "pipeline"]
        best = max((r for r in ratios if r is not None), default=None)
        out["e2e"] = {"goal": f">= {GOAL_E2E_RATIO:.1f}x the trivial forward agent", "value": best,
                      "met": None if best is None else best >= GOAL_E2E_RATIO}
    lat = result.get("latency")
    if lat:
        at = next((l for l in lat["loads"] if l["offered_per_s"] == GOAL_P99_LOAD), None)
        p99 = at["alert_ms"]["p99"] if at else None
        complete = at is not None and at["missing_alerts"] == 0
        out["latency"] = {"goal": f"p99 < {GOAL_P99_MS:.0f} ms at {GOAL_P99_LOAD:,.0f} articles/s", "value": p99,
                          "met": None if at is None else (complete and p99 is not None and p99 < GOAL_P99_MS)}
    return out


def _extraction_rows(ex: dict[str, Any]) -> list[tuple[str, str, str]]:
    e, sp = ex["extractor"], ex["spacy"]
    rows = [("extraction", "extractor, articles/s on one core", _fmt(e["articles_per_s"], 0)),
            ("extraction", "extractor latency p50 / p99 per article",
             f"{_fmt(e['latency_ms']['p50'], 2)} / {_fmt(e['latency_ms']['p99'], 2)} ms")]
    if sp.get("available"):
        rows += [("extraction", "spaCy small English pipeline, articles/s", _fmt(sp["articles_per_s"], 1)),
                 ("extraction", "extractor / spaCy", _fmt(ex["extractor_over_spacy"], 1, "x"))]
    else:
        rows.append(("extraction", "spaCy baseline", sp.get("reason", "unavailable")))
    worst = max(ex["adversarial"].items(), key=lambda kv: kv[1]["seconds"] if kv[1]["seconds"] is not None
                else float("inf"))
    name, cell = worst
    shown = "timed out" if cell["timed_out"] else _fmt(cell["seconds"], 3, " s")
    rows.append(("extraction", f"adversarial ~{cell['chars'] / 1e6:.1f} MB text, slowest ({name})", shown))
    return rows


def _e2e_rows(e2e: dict[str, Any]) -> list[tuple[str, str, str]]:
    rows = []
    for s in e2e["scenarios"]:
        who = "trivial forward agent (ceiling)" if s["kind"] == "forward" else f"pipeline, {s['workers']} worker(s)"
        value = _fmt(s["articles_per_s"], 0, " articles/s") if s["finished"] else "did not finish"
        if s["kind"] != "forward" and s.get("ratio_to_forward") is not None:
            value += f" ({s['ratio_to_forward']:.2f}x forward)"
        if s.get("load_avg_1m") is not None:
            value += f" (load {s['load_avg_1m']:.1f})"
        if s.get("written_per_article") is not None:
            value += f"; {s['written_per_article']:.1f} messages written per article"
        rows.append(("end to end", f"{who}, {s['articles']:,} articles", value))
    return rows


def _latency_rows(lat: dict[str, Any]) -> list[tuple[str, str, str]]:
    rows = []
    for load in lat["loads"]:
        a, i = load["alert_ms"], load["incident_ms"]
        missing = f", {load['missing_alerts']} without alert" if load["missing_alerts"] else ""
        if load.get("load_avg_1m") is not None:
            missing += f" (load {load['load_avg_1m']:.1f})"
        rows.append(("latency", f"produce -> alert at {load['offered_per_s']:,.0f} articles/s, p50 / p95 / p99",
                     f"{_fmt(a['p50'])} / {_fmt(a['p95'])} / {_fmt(a['p99'])} ms{missing}"))
        rows.append(("latency", f"produce -> incident at {load['offered_per_s']:,.0f} articles/s, p50 / p95 / p99",
                     f"{_fmt(i['p50'])} / {_fmt(i['p95'])} / {_fmt(i['p99'])} ms"))
    return rows


def _memory_rows(mem: dict[str, Any]) -> list[tuple[str, str, str]]:
    per_article = mem["bytes_per_article"]
    per_incident = mem["bytes_per_incident"]
    at_incidents = mem["extrapolated_rss_at_target_incidents_bytes"]
    at_articles = mem["extrapolated_rss_at_target_articles_bytes"]
    rows = [
        ("memory", "worker RSS after warm-up", _fmt(mem["rss_after_warmup_bytes"] / MIB, 0, " MiB")),
        ("memory", f"worker RSS after {mem['articles']:,} articles / {mem['incidents']:,} incidents",
         _fmt(mem["rss_end_bytes"] / MIB, 0, " MiB")),
        ("memory", "RSS growth per article / per incident held",
         f"{_fmt(per_article, 0)} / {_fmt(per_incident, 0)} bytes"),
        ("memory", f"extrapolated RSS at {mem['target_incidents']:,} incidents in the tables",
         _fmt(at_incidents / MIB if at_incidents else None, 0, " MiB")),
        ("memory", f"extrapolated RSS at {mem['target_articles']:,} articles (no retention: upper bound)",
         _fmt(at_articles / MIB if at_articles else None, 0, " MiB")),
    ]
    if mem.get("last_chunk_articles_per_s"):
        rows.append(("memory", "pipeline rate, first chunk -> last chunk (tables filling)",
                     f"{_fmt(mem['first_chunk_articles_per_s'])} -> {_fmt(mem['last_chunk_articles_per_s'])} "
                     "articles/s"))
    return rows


def profiles(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Profiles taken during the run (--profile), by what was profiled."""
    found = {}
    for s in (result.get("e2e") or {}).get("scenarios", []):
        if s.get("profile", {}).get("samples"):
            found[f"pipeline, {s['workers']} worker(s), e2e run (first worker)"] = s["profile"]
    for load in (result.get("latency") or {}).get("loads", []):
        if load.get("profile", {}).get("samples"):
            found[f"latency run at {load['offered_per_s']:,.0f} articles/s"] = load["profile"]
    mem = result.get("memory") or {}
    if mem.get("profile", {}).get("samples"):
        found["memory run, last chunk (fullest tables)"] = mem["profile"]
    return found


def _profile_lines(result: dict[str, Any]) -> list[str]:
    taken = profiles(result)
    if not taken:
        return []
    stages = sorted({stage for p in taken.values() for stage in p["stages"]},
                    key=lambda st: -max(p["stages"].get(st, 0.0) for p in taken.values()))
    lines = ["", "Where a worker's time goes (py-spy samples of the worker process, share of active samples):", "",
             "| stage | " + " | ".join(taken) + " |", "|---|" + "---:|" * len(taken)]
    for stage in stages:
        cells = " | ".join(f"{100 * p['stages'].get(stage, 0.0):.0f}%" for p in taken.values())
        lines.append(f"| {stage} | {cells} |")
    return lines


def markdown(result: dict[str, Any]) -> str:
    """The results as a markdown table, then the goals."""
    m = result["machine"]
    rows: list[tuple[str, str, str]] = []
    for part, build in (("extraction", _extraction_rows), ("e2e", _e2e_rows), ("latency", _latency_rows),
                        ("memory", _memory_rows)):
        if result.get(part):
            rows += build(result[part])
    commit = (m.get("git_commit") or "unknown")[:10] + (" (dirty)" if m.get("git_dirty") else "")
    lines = [f"## streams bench ({m['measured_at']}, {result.get('mode', 'full')} run)", "",
             f"{m['cpus']} CPUs, {m['memory_bytes'] / 2**30:.0f} GiB, load {m['load_avg'][0]:.2f} at start, "
             f"Python {m['python']}, commit {commit}, Kafka {result.get('kafka_version', '?')}", "",
             "| part | measure | value |", "|---|---|---:|", *(f"| {p} | {k} | {v} |" for p, k, v in rows)]
    lines += _profile_lines(result)
    checked = goals(result)
    if checked:
        lines += ["", "| goal | measured | status |", "|---|---:|---|"]
        for name, g in checked.items():
            unit = {"extraction": " articles/s", "e2e": "x", "latency": " ms"}[name]
            lines.append(f"| {name}: {g['goal']} | {_fmt(g['value'], 2 if name == 'e2e' else 0, unit)} "
                         f"| {_status(g['met'])} |")
    return "\n".join(lines) + "\n"


def chart(result: dict[str, Any], path: Path) -> Path | None:
    """Throughput per scenario and latency against offered load, as a PNG; None when nothing to plot."""
    e2e, lat, ex = result.get("e2e"), result.get("latency"), result.get("extraction")
    if not (e2e or lat or ex):
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.8))
    labels, values = [], []
    if ex:
        labels.append("extraction\n(1 core)")
        values.append(ex["extractor"]["articles_per_s"])
    for s in (e2e or {}).get("scenarios", []):
        labels.append("forward agent\n(ceiling)" if s["kind"] == "forward" else f"pipeline\n{s['workers']} worker(s)")
        values.append(s["articles_per_s"] or 0.0)
    left.bar(labels, values, color=["#888888" if "forward" in l else "#3b75af" for l in labels])
    left.set_ylabel("articles/s")
    left.set_title("Throughput")
    for x, v in enumerate(values):
        left.annotate(f"{v:,.0f}", (x, v), ha="center", va="bottom", fontsize=8)
    if lat and lat["loads"]:
        loads = [l["offered_per_s"] for l in lat["loads"]]
        for key, style in (("p50", "o-"), ("p95", "s--"), ("p99", "^-")):
            right.plot(loads, [l["alert_ms"][key] or float("nan") for l in lat["loads"]], style,
                       label=f"alert {key}")
        right.plot(loads, [l["incident_ms"]["p99"] or float("nan") for l in lat["loads"]], "x:",
                   label="incident p99")
        right.axhline(GOAL_P99_MS, color="red", linewidth=0.8, label=f"goal p99 {GOAL_P99_MS:.0f} ms")
        right.set_yscale("log")
        right.set_xlabel("offered load (articles/s)")
        right.set_ylabel("produce -> consume (ms)")
        right.legend(fontsize=8)
    right.set_title("Latency against load")
    fig.suptitle(f"streams bench {result['machine']['measured_at']}", fontsize=9)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def write_all(result: dict[str, Any], out_dir: Path) -> dict[str, Path]:
    """bench.json, bench.md and bench.png in out_dir; their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {"json": out_dir / "bench.json", "md": out_dir / "bench.md", "png": out_dir / "bench.png"}
    paths["json"].write_text(json.dumps(result, indent=2, default=str) + "\n")
    paths["md"].write_text(markdown(result))
    if chart(result, paths["png"]) is None:
        del paths["png"]
    return paths

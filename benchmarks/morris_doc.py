"""The tables and figures of docs/morris-results.md, from the files `buurtsim sensitivity` saved.

    .venv/bin/buurtsim sensitivity scenarios/arendonk.yaml --trajectories 30 --seed 1 \\
        --processes 2 --out results/morris-arendonk
    .venv/bin/buurtsim sensitivity scenarios/olmen.yaml --trajectories 30 --seed 1 \\
        --processes 2 --out results/morris-olmen
    .venv/bin/buurtsim sensitivity scenarios/arendonk.yaml --trajectories 30 --seed 2 \\
        --processes 2 --out results/morris-arendonk-seed2
    .venv/bin/python benchmarks/morris_doc.py            # --arendonk, --olmen, --seed2 DIR

prints, in Markdown: the top five per outcome, the full table per outcome, how much σ exceeds μ*,
the spread of the escalated conflicts and the other outcomes over the runs, and the rank
correlation of the second seed with the first. Nothing is written; the doc is edited by hand from
this text, so every number in it comes from here or from the commands above.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd
from scipy.stats import spearmanr

from buurtsim.experiments.morris_result import _outcome_label


def fmt(x: float) -> str:
    """Three significant figures below 100 (0.073, 3.82, 11.1), whole numbers above."""
    if pd.isna(x):
        return "–"
    if abs(x) >= 100:
        return f"{x:.0f}"
    if abs(x) < 1:
        return f"{x:.3f}"
    return f"{x:#.3g}".rstrip(".")


def short(x: float) -> str:
    """Two significant figures below 10 (0.073, 3.8), one decimal above (11.1)."""
    if abs(x) >= 10:
        return f"{x:.1f}"
    return f"{x:#.2g}".rstrip(".")


def sign(row) -> str:
    """(+) or (−), the sign of μ; ", mixed" when |μ| < 0.8 μ* (the direction depends)."""
    s = "+" if row.mu >= 0 else "−"
    return f"({s}, mixed)" if abs(row.mu) < 0.8 * row.mu_star else f"({s})"


def load(folder: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    table = next(p for p in sorted(folder.glob("morris-*.csv")) if not p.stem.endswith("-runs"))
    runs = table.with_name(table.stem + "-runs.csv")
    return pd.read_csv(table), pd.read_csv(runs)


def top_five(tables: dict[str, pd.DataFrame], outcomes: list[str]) -> str:
    names = list(tables)
    head = "| outcome | " + " | ".join(f"{n}: top 5 (μ\\*, sign of μ)" for n in names) + " |"
    lines = [head, "|---|" + "---|" * len(names)]
    for o in outcomes:
        cells = []
        for n in names:
            t = tables[n][tables[n]["outcome"] == o].sort_values(["rank", "parameter"]).head(5)
            rows = list(t.itertuples())
            cells.append(
                "<br>".join(f"{r.rank}. `{r.parameter}` {short(r.mu_star)} {sign(r)}" for r in rows)
            )
        lines.append(f"| {_outcome_label(o).lower()} (`{o}`) | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def full_tables(tables: dict[str, pd.DataFrame], outcomes: list[str]) -> str:
    names = list(tables)
    first = names[0]
    out = []
    for o in outcomes:
        parts = {n: tables[n][tables[n]["outcome"] == o].set_index("parameter") for n in names}
        order = parts[first].sort_values(["rank"]).index
        out += [f"### {_outcome_label(o)} (`{o}`)", ""]
        cols = " | ".join(f"{n} rank | μ\\* (± 95%) | σ | μ" for n in names)
        out.append(f"| parameter | range | {cols} |")
        out.append("|---|---|" + "---:|---:|---:|---:|" * len(names))
        for p in order:
            row = parts[first].loc[p]
            cells = []
            for n in names:
                r = parts[n].loc[p]
                cells.append(
                    f"{r['rank']} | {fmt(r.mu_star)} (± {fmt(r.mu_star_conf)}) | "
                    f"{fmt(r.sigma)} | {fmt(r.mu)}"
                )
            out.append(
                f"| {row.label} (`{p}`) | {row.low:g} – {row.high:g} | " + " | ".join(cells) + " |"
            )
        out.append("")
    return "\n".join(out)


def interactions(tables: dict[str, pd.DataFrame], outcomes: list[str]) -> str:
    lines = ["| outcome | " + " | ".join(f"{n}: σ ≥ μ\\* (top 5: σ/μ\\*)" for n in tables) + " |"]
    lines.append("|---|" + "---|" * len(tables))
    for o in outcomes:
        cells = []
        for t in tables.values():
            t = t[t["outcome"] == o]
            share = (t["sigma"] >= t["mu_star"]).mean()
            top = t.sort_values("rank").head(5)
            ratio = top["sigma"] / top["mu_star"]
            cells.append(f"{share:.0%} ({ratio.min():.2f}-{ratio.max():.2f})")
        lines.append(f"| `{o}` | " + " | ".join(cells) + " |")
    allp = {n: (t["sigma"] >= t["mu_star"]).mean() for n, t in tables.items()}
    lines.append("")
    lines.append(
        "all pairs with σ ≥ μ*: "
        + ", ".join(f"{n} {v:.0%} of {len(tables[n])}" for n, v in allp.items())
    )
    conf = {
        n: (t.sort_values("rank").groupby("outcome").head(5).eval("mu_star_conf / mu_star"))
        for n, t in tables.items()
    }
    lines.append(
        "95% half-width / μ* in the top five: "
        + ", ".join(f"{n} {c.min():.0%}-{c.max():.0%}" for n, c in conf.items())
    )
    return "\n".join(lines)


def spread(runs: dict[str, pd.DataFrame], outcomes: list[str]) -> str:
    head = " | ".join(f"{n}: mean, median, min-max, share 0" for n in runs)
    lines = [f"| outcome | {head} |"]
    lines.append("|---|" + "---|" * len(runs))
    for o in outcomes:
        cells = []
        for r in runs.values():
            x = r[o]
            cells.append(
                f"{fmt(x.mean())}, {fmt(x.median())}, {fmt(x.min())}-{fmt(x.max())}, "
                f"{(x == 0).mean():.0%}"
            )
        lines.append(f"| `{o}` | " + " | ".join(cells) + " |")
    for n, r in runs.items():
        worst = r.loc[r["conflicts_escalated"].idxmax()]
        lines.append(f"\n{n}: the run with most escalated conflicts\n{worst.to_string()}")
    return "\n".join(lines)


def stability(one: pd.DataFrame, two: pd.DataFrame, outcomes: list[str]) -> str:
    lines = ["| outcome | Spearman ρ of μ* | seed 2 top 5 |", "|---|---:|---|"]
    for o in outcomes:
        a = one[one["outcome"] == o].set_index("parameter")["mu_star"]
        b = two[two["outcome"] == o].set_index("parameter")["mu_star"].reindex(a.index)
        rho = spearmanr(a, b).statistic
        t = two[two["outcome"] == o].sort_values(["rank", "parameter"]).head(5)
        top = "<br>".join(
            f"{r.rank}. `{r.parameter}` {short(r.mu_star)} {sign(r)}" for r in t.itertuples()
        )
        lines.append(f"| `{o}` | {rho:.2f} | {top} |")
    ranks = pd.merge(
        one[["outcome", "parameter", "rank", "mu"]],
        two[["outcome", "parameter", "rank", "mu"]],
        on=["outcome", "parameter"],
        suffixes=("_1", "_2"),
    )
    lines.append("\nranks with seed 1 and seed 2 (outcome, parameter, rank 1, rank 2, mu 1, mu 2)")
    lines.append(ranks.to_string(index=False))
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--arendonk", default="results/morris-arendonk")
    ap.add_argument("--olmen", default="results/morris-olmen")
    ap.add_argument("--seed2", default="results/morris-arendonk-seed2")
    a = ap.parse_args()
    (ta, ra), (to, ro) = load(Path(a.arendonk)), load(Path(a.olmen))
    outcomes = list(dict.fromkeys(ta["outcome"]))
    tables, runs = {"Arendonk": ta, "Olmen": to}, {"Arendonk": ra, "Olmen": ro}
    print("## Top five\n\n" + top_five(tables, outcomes))
    print("\n## Interactions\n\n" + interactions(tables, outcomes))
    print("\n## Spread over the runs\n\n" + spread(runs, outcomes))
    if Path(a.seed2).exists():
        t2, _ = load(Path(a.seed2))
        print("\n## Second seed (Arendonk)\n\n" + stability(ta, t2, outcomes))
    print("\n## Full tables\n\n" + full_tables(tables, outcomes))


if __name__ == "__main__":
    main()

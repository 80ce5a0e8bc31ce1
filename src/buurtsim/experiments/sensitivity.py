"""Which parameters drive the outcomes? Morris screening (elementary effects) with SALib.

Morris screening moves one parameter at a time along random *trajectories* through the parameter
space and records how much each step changes an outcome. Per parameter and outcome it reports:

- ``mu_star``: the mean absolute effect, the ranking measure. Because the effects are divided by
  the step in units of the parameter's range, ``mu_star`` reads as "about how much the outcome
  changes when this parameter moves from the low to the high end of its range";
- ``mu``: the mean signed effect (a ``mu`` far below ``mu_star`` means the sign flips);
- ``sigma``: the spread of the effects: a large ``sigma`` means the effect depends on the other
  parameters (interaction) or is not linear;
- ``mu_star_conf``: the bootstrap 95% half-width of ``mu_star``.

Every Morris point is run ``replicates`` times with fixed seeds: trajectory ``t``, replicate ``r``
uses the seed ``seed + t * replicates + r`` at every point of that trajectory (common random
numbers), so each elementary effect compares two runs that start from the same seed, and the whole
analysis is reproducible from ``seed``.

>>> from buurtsim.experiments.sensitivity import morris
>>> res = morris({"run": {"weeks": 20}}, trajectories=2, replicates=1, processes=1,
...              params=["budget.amount", "municipality.control"], progress=False)
>>> sorted(res.table.columns[:7])
['mu', 'mu_star', 'mu_star_conf', 'outcome', 'parameter', 'rank', 'sigma']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..i18n import t as translate
from ..scenarios import Scenario, load_scenario, parameters, with_overrides
from .backends import describe, map_runs
from .runs import simulate

#: the outcomes screened by default (their Dutch labels come from :func:`buurtsim.i18n.t`)
DEFAULT_OUTCOMES: tuple[str, ...] = (
    "cohesion_gain",
    "initiatives_realised",
    "conflicts_escalated",
    "vulnerable_participation_rate",
)

#: the Morris statistics of each parameter and outcome, as SALib names them
STATS = ("mu", "mu_star", "sigma", "mu_star_conf")

#: The parameters screened by default and the range each is moved over. The bounds are the
#: schema's (``buurtsim.parameters()``) where the whole range is plausible, and narrower where the
#: schema allows values no buurtbudget would see. Every narrowed range is an assumption.
RANGES: dict[str, tuple[float, float]] = {
    # the central question: from "residents decide" to "the college decides" (whole schema range)
    "municipality.control": (0.0, 1.0),
    # from no written frame to five explicit criteria as in Arendonk (whole schema range)
    "municipality.framework_clarity": (0.0, 1.0),
    # from no facilitator to two days a week; the pilots had a few hours (assumption, METHOD.md)
    "facilitator.hours_per_week": (0.0, 16.0),
    # from a small street fund to 2.5 times the 8,000 euro of the pilots (assumption)
    "budget.amount": (2000.0, 20000.0),
    # above 0 so that the participation of vulnerable residents is defined (assumption)
    "neighbourhood.vulnerable_share": (0.05, 0.6),
    # weekly severity growth of an unmediated conflict; the top of the schema range is extreme
    "conflict.escalation_rate": (0.0, 0.6),
    # chance that a proposal draws an objection (whole schema range)
    "conflict.conflict_rate": (0.0, 1.0),
    # log-odds threshold to take part: about 10 to 138 at a 240-household kick-off (assumption)
    "residents.join_bias": (-7.0, -3.0),
    # log-odds weight of neighbours who take part (assumption: at most twice the default)
    "residents.peer_weight": (0.0, 5.0),
    # weekly chance to hear of it per active contact (assumption)
    "residents.word_of_mouth": (0.0, 0.4),
    # share of ideas that are too ambitious for the money (assumption)
    "budget.ambitious_share": (0.0, 0.6),
    # length of the municipal review at full control: none to half a year (assumption)
    "municipality.review_weeks": (0.0, 26.0),
    # veto chance at full control (assumption: a college vetoing everything is out of range)
    "municipality.veto_rate": (0.0, 0.8),
    # volunteer hours per 1,000 euro of project (assumption: 5 to 60)
    "process.hours_per_1000_euro": (5.0, 60.0),
    # mean tolerance of disagreement (assumption: no neighbourhood is all-intolerant or all-saint)
    "neighbourhood.tolerance_mean": (0.3, 0.9),
    # mean civic-mindedness (assumption)
    "neighbourhood.civic_propensity_mean": (0.1, 0.6),
    # extra log-odds threshold for vulnerable residents (assumption: none to twice the default)
    "residents.vulnerable_barrier": (0.0, 2.0),
}


def _outcome_label(outcome: str) -> str:
    text = translate(outcome)
    return text[:1].upper() + text[1:]


def _check_problem(
    params: Sequence[str] | Mapping[str, tuple[float, float]] | None,
) -> dict[str, tuple[float, float]]:
    """The parameters and their ranges, checked against the schema."""
    info = parameters()
    if params is None:
        chosen: dict[str, Any] = dict(RANGES)
    elif isinstance(params, Mapping):
        chosen = dict(params)
    else:
        chosen = {k: RANGES.get(k) for k in params}
    problems = []
    out: dict[str, tuple[float, float]] = {}
    for key, bounds in chosen.items():
        p = info.get(key)
        if p is None:
            problems.append(f"`{key}` is not a scenario parameter")
            continue
        if p.kind not in (int, float):
            problems.append(f"`{key}` is not a number ({p.allowed()}), so it cannot be screened")
            continue
        lo, hi = bounds if bounds is not None else (p.ge, p.le)
        if lo is None or hi is None:
            problems.append(f"`{key}` has no range; give one as (low, high)")
            continue
        lo, hi = float(lo), float(hi)
        if not lo < hi:
            problems.append(f"`{key}`: the range ({lo:g}, {hi:g}) must go from low to high")
        elif (p.ge is not None and lo < p.ge) or (p.le is not None and hi > p.le):
            problems.append(f"`{key}`: the range ({lo:g}, {hi:g}) leaves {p.allowed()}")
        else:
            out[key] = (lo, hi)
    if len(out) < 2 and not problems:
        problems.append("Morris screening needs at least 2 parameters")
    if problems:
        raise ValueError(
            "cannot screen these parameters:\n" + "\n".join(f"  - {m}" for m in problems)
        )
    return out


def _outcomes_of(job: tuple[Scenario, int, tuple[str, ...]]) -> list[float]:
    """One Morris run: the outcomes of one scenario and seed (a module function, for processes)."""
    scenario, seed, outcomes = job
    summary = simulate(scenario, seed).summary
    return [float(summary[o]) for o in outcomes]


@dataclass
class MorrisResult:
    """A Morris screening: the tidy ``table``, every run, and how it was made."""

    table: pd.DataFrame
    runs: pd.DataFrame
    name: str
    ranges: dict[str, tuple[float, float]]
    outcomes: tuple[str, ...]
    trajectories: int
    replicates: int
    seed: int
    levels: int
    backend: str
    settings: dict[str, Any] = field(default_factory=dict)

    def ranking(self, outcome: str) -> pd.DataFrame:
        """The parameters of one outcome, most influential first."""
        if outcome not in self.outcomes:
            raise ValueError(f"`{outcome}` was not screened; screened: {', '.join(self.outcomes)}")
        t = self.table[self.table["outcome"] == outcome]
        return t.sort_values(["rank", "parameter"]).reset_index(drop=True)

    def summary_text(self, top: int = 5) -> str:
        """A readable ranking per outcome: the ``top`` parameters by mu*."""
        lines = [
            f"Morris screening of {self.name}: {len(self.ranges)} parameters, "
            f"{self.trajectories} trajectories, {self.replicates} seed(s) per point, "
            f"seed {self.seed} ({len(self.runs)} runs on {self.backend})",
            "mu* ~ change of the outcome over the parameter's whole range; "
            "sigma = interaction or non-linearity",
        ]
        for outcome in self.outcomes:
            r = self.ranking(outcome)
            used = int(r["trajectories"].min()) if len(r) else 0
            note = "" if used == self.trajectories else f", {used} trajectories usable"
            lines += ["", f"{_outcome_label(outcome)} ({outcome}{note})"]
            if used == 0:
                lines.append(
                    "  undefined in every trajectory (e.g. a rate of a group nobody is in)"
                )
                continue
            width = max(len(k) for k in r["parameter"])
            for row in r.head(top).itertuples():
                lines.append(
                    f"  {row.rank:>2}. {row.parameter:<{width}}  mu*={row.mu_star:.3g} "
                    f"(±{row.mu_star_conf:.2g})  sigma={row.sigma:.3g}  mu={row.mu:+.3g}"
                )
        return "\n".join(lines)

    def plot(self):
        """mu* against sigma, one panel per outcome, every point numbered and named in a legend."""
        from matplotlib.figure import Figure
        from matplotlib.lines import Line2D

        info = parameters()
        keys = list(self.ranges)
        sections = list(dict.fromkeys(k.split(".")[0] for k in keys))
        colours = dict(zip(sections, [f"C{i}" for i in range(len(sections))], strict=True))
        ncols = 2
        nrows = -(-len(self.outcomes) // ncols)
        fig = Figure(figsize=(13, 4.6 * nrows + 0.3 * len(keys) / 2 + 0.8), layout="constrained")
        axes = np.atleast_1d(fig.subplots(nrows, ncols)).ravel()
        for ax, outcome in zip(axes, self.outcomes, strict=False):
            t = self.table[self.table["outcome"] == outcome].set_index("parameter")
            finite = t[["mu_star", "sigma"]].to_numpy(dtype=float)
            finite = finite[np.isfinite(finite)]
            top = max(float(finite.max()) if finite.size else 1.0, 1e-12) * 1.12
            if not finite.size:
                ax.text(0.5, 0.5, "niet bepaald", ha="center", va="center", transform=ax.transAxes)
            ax.plot([0, top], [0, top], ls="--", lw=0.8, color="0.6")
            ax.text(top, top, "σ = μ*", ha="right", va="bottom", fontsize=8, color="0.4")
            for n, key in enumerate(keys, 1):
                x, y = t.at[key, "mu_star"], t.at[key, "sigma"]
                if not (np.isfinite(x) and np.isfinite(y)):
                    continue
                c = colours[key.split(".")[0]]
                ax.plot(x, y, "o", ms=4, color=c)
                ax.annotate(str(n), (x, y), xytext=(3, 3), textcoords="offset points",
                            fontsize=8, color=c)  # fmt: skip
            ax.set_xlim(0, top)
            ax.set_ylim(0, top)
            ax.set_title(f"{_outcome_label(outcome)}\n({outcome})", fontsize=10)
            ax.set_xlabel("μ* (gemiddeld absoluut effect over het hele bereik)")
            ax.set_ylabel("σ (wisselend effect: interactie)")
            ax.grid(alpha=0.3)
        for ax in axes[len(self.outcomes) :]:
            ax.set_visible(False)
        handles = [
            Line2D(
                [],
                [],
                ls="none",
                marker=f"${n}$",
                ms=9,
                color=colours[k.split(".")[0]],
                label=f"{info[k].nl} ({k})",
            )  # fmt: skip
            for n, k in enumerate(keys, 1)
        ]
        fig.legend(handles=handles, loc="outside lower center", ncols=2, fontsize=8, frameon=False)
        fig.suptitle(
            f"Morris-screening {self.name}: {self.trajectories} trajecten, "
            f"{self.replicates} seeds per punt (seed {self.seed})"
        )
        return fig

    def save(self, out_dir: str | Path) -> list[Path]:
        """Write the table (CSV), every run (CSV) and the plot (PNG) to ``out_dir``.

        Existing files are never overwritten: a second save gets the names ``...-2``, ``-3``, ...
        Returns the paths written.
        """
        out = Path(out_dir)
        if out.exists() and not out.is_dir():
            raise ValueError(f"{out} is a file, not a folder")
        out.mkdir(parents=True, exist_ok=True)
        slug = re.sub(r"[^a-z0-9]+", "-", self.name.lower()).strip("-") or "scenario"
        n = 1
        while True:
            stem = f"morris-{slug}" + ("" if n == 1 else f"-{n}")
            paths = [out / f"{stem}.csv", out / f"{stem}.png", out / f"{stem}-runs.csv"]
            if not any(p.exists() for p in paths):
                break
            n += 1
        figure = self.plot()  # before writing anything, so a failure leaves no half-saved set
        self.table.to_csv(paths[0], index=False)
        figure.savefig(paths[1], dpi=100)
        self.runs.to_csv(paths[2], index=False)
        return paths


def _name_of(scenario: Any, loaded: Scenario) -> str:
    if isinstance(scenario, str | Path):
        return Path(scenario).stem
    return loaded.neighbourhood.name


def morris(
    scenario: Scenario | Mapping | str | Path,
    trajectories: int = 20,
    seed: int = 0,
    processes: int | None = None,
    scheduler: str | None = None,
    local_cluster: bool = False,
    workers: int | None = None,
    progress: bool | Callable[[int, int], None] = True,
    params: Sequence[str] | Mapping[str, tuple[float, float]] | None = None,
    outcomes: Sequence[str] | None = None,
    replicates: int = 3,
    levels: int = 4,
) -> MorrisResult:
    """Morris screening of ``scenario`` over ``params`` (default: every key of :data:`RANGES`).

    Runs ``trajectories * (len(params) + 1) * replicates`` simulations on the chosen backend
    (local processes by default, or dask: ``scheduler="tcp://HOST:PORT"`` / ``local_cluster=True``).
    ``params`` is a list of dotted keys (ranges from :data:`RANGES`, else the schema bounds) or a
    mapping ``{key: (low, high)}``. ``outcomes`` defaults to :data:`DEFAULT_OUTCOMES`.
    """
    from SALib.analyze import morris as analyze_morris
    from SALib.sample import morris as sample_morris

    from .runs import OUTCOMES as ALL_OUTCOMES

    base = load_scenario(scenario)
    name = _name_of(scenario, base)
    ranges = _check_problem(params)
    outcomes = tuple(DEFAULT_OUTCOMES if outcomes is None else outcomes)
    unknown = [o for o in outcomes if o not in ALL_OUTCOMES]
    if unknown or not outcomes:
        raise ValueError(
            f"unknown outcome(s) {', '.join(unknown) or '(none given)'}; "
            f"allowed: {', '.join(ALL_OUTCOMES)}"
        )
    for label, value, least in (("trajectories", trajectories, 2), ("replicates", replicates, 1)):
        if not isinstance(value, int | np.integer) or value < least:
            raise ValueError(f"{label} must be a whole number of at least {least}, not {value!r}")
    if not isinstance(levels, int) or levels < 2 or levels % 2:
        raise ValueError(f"levels must be an even whole number of at least 2, not {levels!r}")
    trajectories, replicates, seed = int(trajectories), int(replicates), int(seed)

    info = parameters()
    keys = list(ranges)
    problem = {"num_vars": len(keys), "names": keys, "bounds": [list(ranges[k]) for k in keys]}
    X = sample_morris.sample(problem, trajectories, num_levels=levels, seed=seed)
    per_traj = len(keys) + 1

    jobs, rows = [], []
    for i, x in enumerate(X):
        t = i // per_traj
        values = {
            k: round(v) if info[k].kind is int else float(v) for k, v in zip(keys, x, strict=True)
        }
        sc = with_overrides(base, values)
        for r in range(replicates):
            s = seed + t * replicates + r
            jobs.append((sc, s, outcomes))
            rows.append({"trajectory": t, "point": i, "replicate": r, "seed": s, **values})
    backend = describe(processes, scheduler, local_cluster, workers)
    results = map_runs(
        _outcomes_of, jobs, processes, scheduler, local_cluster, workers, progress=progress
    )
    runs = pd.DataFrame(rows)
    runs[list(outcomes)] = np.array(results, dtype=float).reshape(len(rows), len(outcomes))

    # the mean over the replicates of each point; a rate that is undefined (NaN) in every replicate
    # of a point takes that point's whole trajectory out of the analysis of that outcome only
    means = runs.groupby("point")[list(outcomes)].mean()  # pandas skips NaN
    parts = []
    for o in outcomes:
        y = means[o].to_numpy(dtype=float)
        usable = np.isfinite(y.reshape(trajectories, per_traj)).all(axis=1)
        keep = np.repeat(usable, per_traj)
        n_used = int(usable.sum())
        if n_used:
            si = analyze_morris.analyze(
                problem, X[keep], y[keep], num_levels=levels, seed=seed, num_resamples=1000
            )
            stats = {m: np.asarray(si[m], dtype=float) for m in STATS}
        else:
            stats = {m: np.full(len(keys), np.nan) for m in STATS}
        part = pd.DataFrame({"outcome": o, "parameter": keys, **stats})
        part["rank"] = part["mu_star"].rank(ascending=False, method="min").astype("Int64")
        part["label"] = [info[k].nl for k in keys]
        part["low"] = [ranges[k][0] for k in keys]
        part["high"] = [ranges[k][1] for k in keys]
        part["trajectories"] = n_used
        parts.append(part.sort_values(["rank", "parameter"]))
    table = pd.concat(parts, ignore_index=True)
    return MorrisResult(
        table=table,
        runs=runs,
        name=name,
        ranges=ranges,
        outcomes=outcomes,
        trajectories=trajectories,
        replicates=replicates,
        seed=seed,
        levels=levels,
        backend=backend,
        settings={"run.weeks": base.run.weeks, "num_resamples": 1000},
    )


__all__ = ["DEFAULT_OUTCOMES", "RANGES", "MorrisResult", "morris"]

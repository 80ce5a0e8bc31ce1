"""RulesPanel: who gets something under Equal Shares, approval greedy and majority.

Issue 8, claim 6: where the speelveld is weak (a vague framework, a municipality that barely
checks), a few well-connected residents can pull the money to their own street, and the decision
rules then differ visibly. The panel runs many neighbourhoods up to their decision and puts the
same proposals and the same ballots to each rule, so every difference comes from the rule: the
streets with a funded project, the share of voters with nothing funded that they approved
(``1 - percent_non_empty_handed`` in pabutools' terms), and in how many runs Equal Shares and
approval greedy fund different projects.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from .. import i18n
from ..experiments import patterns
from ..experiments.pool import map_local
from ..plots.style import colour, tidy
from ..rules import RULES
from ..scenarios import Scenario, with_overrides
from .base import PARALLEL_FROM, Panel, panel_processes
from .controls import load_base
from .decision import DecisionSetup, run_to_decision

#: the rules compared (the package and the college do not read the ballots the same way)
SHOWN: tuple[str, ...] = ("equal_shares", "approval_greedy", "majority")
#: a weak speelveld, as in the patterns 6a and 6c: a vague framework, control 0.1
#: the weak speelveld of patterns 6a and 6c: the panel starts where the claim is tested
WEAK: dict[str, float] = dict(patterns.WEAK)


def who_gets(setup: DecisionSetup, rule: str) -> dict[str, object]:
    """What one rule does with one run's proposals: streets served, voters empty-handed, and
    the funded proposals (their positions in the problem)."""
    problem = setup.problem
    funded = RULES[rule](problem).amounts > 0
    streets = {o.street for o, f in zip(setup.options, funded, strict=True) if f}
    if len(setup.voters):
        served = problem.approvals[:, funded].any(axis=1)
        empty = float(1 - served.mean())
    else:
        empty = float("nan")
    return {
        "streets_served": len(streets),
        "voters_empty_handed": empty,
        "funded": tuple(int(i) for i in np.flatnonzero(funded)),
    }


def _rows_of_run(job: tuple[Scenario, int, tuple[str, ...]]) -> list[dict]:
    """One run up to the decision, decided by every rule (a job for a worker process)."""
    scenario, seed, rules = job
    setup = run_to_decision(scenario, seed)
    if setup.decision is None or setup.problem.n_proposals == 0:
        return []
    return [{"seed": seed, "rule": r, **who_gets(setup, r)} for r in rules]


def compare_rules(scenario: Scenario, seeds, rules=SHOWN, processes: int = 1) -> pd.DataFrame:
    """One row per run and rule: seed, rule, streets_served, voters_empty_handed, funded.

    Runs that end before the decision or bring no proposal to it are left out. The rows are
    the same on one process or more.
    """
    jobs = [(scenario, int(seed), tuple(rules)) for seed in seeds]
    rows = [row for rows in map_local(_rows_of_run, jobs, processes) for row in rows]
    return pd.DataFrame(rows, columns=["seed", "rule", "streets_served",
                                       "voters_empty_handed", "funded"])  # fmt: skip


def runs_that_differ(table: pd.DataFrame, a: str = "equal_shares", b: str = "approval_greedy"):
    """The seeds where rules ``a`` and ``b`` fund different proposals."""
    sets = table.pivot(index="seed", columns="rule", values="funded")
    return [int(s) for s in sets.index if sets.loc[s, a] != sets.loc[s, b]]


class RulesPanel(Panel):
    """Many runs up to the decision, each decided by every rule of :data:`SHOWN`.

    The sliders start at a weak speelveld (:data:`WEAK`, overrides of the base scenario; pass
    ``start={}`` to start at the base). ``result`` is :func:`compare_rules`'s table; ``differ``
    the seeds where Equal Shares and approval greedy fund different projects. ``plot_data``:
    ``means`` (rule, streets_served, voters_empty_handed: means over the runs) and ``runs``.
    """

    default_keys = ("municipality.control", "municipality.framework_clarity")
    default_runs = 20
    figsize = (9.0, 3.4)

    def __init__(
        self,
        base="scenarios/arendonk.yaml",
        keys=None,
        seed=1,
        runs=None,
        lang=None,
        auto_run=True,
        start: dict[str, float] | None = None,
    ):
        self.differ: list[int] = []
        chosen = WEAK if start is None else start
        super().__init__(with_overrides(load_base(base), chosen), keys, seed, runs, lang, auto_run)

    def compute(self, scenario: Scenario) -> pd.DataFrame:
        processes = panel_processes() if self.runs >= PARALLEL_FROM else 1
        table = compare_rules(
            scenario, range(self.seed, self.seed + self.runs), processes=processes
        )
        if table.empty:
            raise ValueError(i18n.t("rules_none", self.lang))
        self.differ = runs_that_differ(table)
        return table

    def means(self) -> pd.DataFrame:
        """Per rule, in the order of :data:`SHOWN`: the mean streets served and empty-handed."""
        cols = ["streets_served", "voters_empty_handed"]
        return self.result.groupby("rule", sort=False)[cols].mean().reindex(SHOWN).reset_index()

    def draw(self, fig: Figure) -> None:
        means = self.means()
        left, right = fig.subplots(1, 2)
        names = [i18n.t(r, self.lang) for r in SHOWN]
        xs = np.arange(len(SHOWN))
        for ax, col, key in ((left, "streets_served", "rules_streets"),
                             (right, "voters_empty_handed", "rules_empty")):  # fmt: skip
            ax.bar(xs, means[col], color=[colour(k) for k in range(len(SHOWN))], width=0.6)
            for k, rule in enumerate(SHOWN):
                values = self.result.loc[self.result["rule"] == rule, col]
                jitter = np.linspace(-0.15, 0.15, len(values)) if len(values) > 1 else [0.0]
                ax.plot(k + np.asarray(jitter), values, "o", color="#333333", markersize=2.5)
            ax.set_xticks(xs, names, fontsize=8, rotation=15)
            ax.set_title(i18n.t(key, self.lang), fontsize=9)
            tidy(ax, self.lang)
        right.yaxis.set_major_formatter(i18n.percent_formatter(self.lang))
        fig.suptitle(i18n.tf("rules_title", self.lang, runs=self.result["seed"].nunique()),
                     fontsize=9)  # fmt: skip
        self.plot_data["means"] = means
        self.plot_data["runs"] = self.result[["seed", "rule", "streets_served",
                                              "voters_empty_handed"]]  # fmt: skip

    def summary(self) -> str:
        means = self.means().set_index("rule")["streets_served"]
        streets = "; ".join(
            f"{i18n.t(r, self.lang)} {i18n.number(means[r], 1, self.lang)}" for r in SHOWN
        )
        runs = int(self.result["seed"].nunique())
        return i18n.tf("rules_summary", self.lang, differ=len(self.differ), runs=runs,
                       streets=streets)  # fmt: skip

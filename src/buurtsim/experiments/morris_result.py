"""The result of a Morris screening (:func:`buurtsim.experiments.sensitivity.morris`): the table,
every run, a readable ranking, the plot and the files."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..i18n import t as translate
from ..scenarios import parameters


def _outcome_label(outcome: str) -> str:
    text = translate(outcome)
    return text[:1].upper() + text[1:]


def _section_colours(keys: list[str]) -> dict[str, str]:
    """A colour per section of the parameters (``budget``, ``municipality``, ...)."""
    sections = list(dict.fromkeys(k.split(".")[0] for k in keys))
    return dict(zip(sections, [f"C{i}" for i in range(len(sections))], strict=True))


def _legend_handles(keys: list[str], colours: dict[str, str], info: dict[str, Any]) -> list:
    """A legend entry per parameter: its number in the panels, its Dutch name and its key."""
    from matplotlib.lines import Line2D

    return [
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

        info = parameters()
        keys = list(self.ranges)
        colours = _section_colours(keys)
        ncols = 2
        nrows = -(-len(self.outcomes) // ncols)
        fig = Figure(figsize=(13, 4.6 * nrows + 0.3 * len(keys) / 2 + 0.8), layout="constrained")
        axes = np.atleast_1d(fig.subplots(nrows, ncols)).ravel()
        for ax, outcome in zip(axes, self.outcomes, strict=False):
            self._panel(ax, outcome, keys, colours)
        for ax in axes[len(self.outcomes) :]:
            ax.set_visible(False)
        handles = _legend_handles(keys, colours, info)
        fig.legend(handles=handles, loc="outside lower center", ncols=2, fontsize=8, frameon=False)
        fig.suptitle(
            f"Morris-screening {self.name}: {self.trajectories} trajecten, "
            f"{self.replicates} seeds per punt (seed {self.seed})"
        )
        return fig

    def _panel(self, ax, outcome: str, keys: list[str], colours: dict[str, str]) -> None:
        """The panel of one outcome: a numbered point per parameter, the line sigma = mu*."""
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


__all__ = ["MorrisResult"]

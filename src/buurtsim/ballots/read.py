"""Reading a Pabulib ``.pb`` file into the :class:`~buurtsim.rules.DecisionProblem` the rules take.

A ``.pb`` file (https://pabulib.org/format) has three sections: ``META`` (``key;value`` lines, with
at least ``budget`` and ``vote_type``), ``PROJECTS`` (one project per line, ``project_id`` and
``cost`` first) and ``VOTES`` (one voter per line, ``voter_id`` and ``vote``). pabutools'
``parse_pabulib`` does the reading; before it does, :func:`load` checks the file line by line, so a
bad file gets one plain line naming the file, the section or line and what is wrong
(:class:`BallotError`) instead of a traceback from deep inside pabutools.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .. import i18n
from ..rules import DecisionProblem

#: the repository's copy of the Pabulib files (data/pabulib), found from this source file
DATA_DIR = Path(__file__).resolve().parents[3] / "data" / "pabulib"

#: Diamantbuurt, Amsterdam 2021: 318 voters, 15 projects, 100,000 euro (see data/pabulib)
DIAMANTBUURT = "Netherlands_Amsterdam_522.pb"

#: the vote types buurtsim reads; approval-like ones give yes/no ballots, the others points
APPROVAL_TYPES = ("approval", "choose-1")
POINTS_TYPES = ("cumulative", "scoring")
SECTIONS = ("META", "PROJECTS", "VOTES")


def pabulib_file(name: str = DIAMANTBUURT) -> Path:
    """The path of one of the repository's Pabulib files, e.g. ``pabulib_file("...522.pb")``."""
    return DATA_DIR / name


class BallotError(ValueError):
    """A ``.pb`` file that cannot be used: one plain line, in Dutch or English.

    ``key`` names the message in :mod:`buurtsim.i18n`; ``fields`` fill it in. ``str(error)`` is
    the English line (as the command line prints it); :meth:`message` gives either language.
    """

    def __init__(self, key: str, /, **fields: Any):
        self.key = key
        self.fields = fields
        super().__init__(self.message("en"))

    def message(self, lang: str | None = None) -> str:
        return i18n.t(self.key, lang).format(**self.fields)


# --- checking the file, line by line ---------------------------------------------------------


@dataclass
class _Section:
    name: str
    line: int
    header: list[str] = field(default_factory=list)
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)


def _read_text(path: Path, file: str) -> str:
    if not path.exists():
        raise BallotError("pb_not_found", file=file)
    if path.is_dir():
        raise BallotError("pb_folder", file=file)
    data = path.read_bytes()
    if b"\0" in data:
        raise BallotError("pb_binary", file=file)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BallotError("pb_binary", file=file) from None
    if not text.strip():
        raise BallotError("pb_empty", file=file)
    return text


def _rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """Non-blank rows with their line numbers (1 = the first line), split as pabutools does."""
    for number, row in enumerate(csv.reader(text.splitlines(), delimiter=";"), start=1):
        if row and any(cell.strip() for cell in row):
            yield number, [cell.strip() for cell in row]


def _sections(text: str, file: str) -> dict[str, _Section]:
    """The file cut into its sections: header row and data rows (as dicts), with line numbers."""
    sections: dict[str, _Section] = {}
    current: _Section | None = None
    for number, row in _rows(text):
        name = row[0].upper()
        if name in SECTIONS:
            current = sections[name] = _Section(name, number)
        elif current is not None and not current.header:
            current.header = row
        elif current is not None:
            current.rows.append((number, dict(zip(current.header, row, strict=False))))
    for name in SECTIONS:
        if name not in sections:
            raise BallotError("pb_no_section", file=file, section=name)
    return sections


def _number(text: str) -> float | None:
    """``text`` read as pabutools reads numbers (a decimal comma is allowed), or None."""
    from pabutools.fractions import str_as_frac

    try:
        value = float(str_as_frac(text.replace(",", ".")))
    except (ValueError, TypeError, ZeroDivisionError):
        return None
    return value if math.isfinite(value) else None


def _meta(section: _Section, file: str) -> dict[str, tuple[int, str]]:
    meta = {row.get("key", ""): (line, row.get("value", "")) for line, row in section.rows}
    for key in ("budget", "vote_type"):
        if key not in meta:
            raise BallotError("pb_no_meta", file=file, key=key)
    line, vote_type = meta["vote_type"]
    if vote_type not in APPROVAL_TYPES + POINTS_TYPES:
        raise BallotError("pb_vote_type", file=file, line=line, value=vote_type)
    line, budget = meta["budget"]
    if _number(budget) is None:
        raise BallotError(
            "pb_number", file=file, line=line, section="META", field="budget", value=budget
        )
    return meta


def _require(section: _Section, columns: tuple[str, ...], file: str) -> None:
    for column in columns:
        if column not in section.header:
            line = section.line + 1
            raise BallotError(
                "pb_no_column", file=file, line=line, section=section.name, column=column
            )


def _check_projects(section: _Section, file: str) -> set[str]:
    _require(section, ("project_id", "cost"), file)
    if not section.rows:
        raise BallotError("pb_no_projects", file=file)
    for line, row in section.rows:
        cost = row.get("cost", "")
        value = _number(cost)
        if value is None:
            raise BallotError(
                "pb_number", file=file, line=line, section="PROJECTS", field="cost", value=cost
            )
        if value <= 0:
            project = row.get("project_id", "?")
            raise BallotError("pb_cost", file=file, line=line, project=project, value=cost)
    return {row.get("project_id", "") for _, row in section.rows}


def _check_vote(line: int, row: dict[str, str], listed: set[str], file: str) -> None:
    voter = row.get("voter_id", "?")
    for project in filter(None, (p.strip() for p in row.get("vote", "").split(","))):
        if project not in listed:
            raise BallotError(
                "pb_unknown_project", file=file, line=line, voter=voter, project=project
            )
    for points in filter(None, (p.strip() for p in row.get("points", "").split(","))):
        if points.lower() != "none" and _number(points) is None:
            raise BallotError(
                "pb_number", file=file, line=line, section="VOTES", field="points", value=points
            )


def check(path: str | Path) -> list[str]:
    """Raise :class:`BallotError` for the first problem in the ``.pb`` file.

    Returns the project ids in the order of the file's PROJECTS section.
    """
    file = str(path)
    sections = _sections(_read_text(Path(path), file), file)
    _meta(sections["META"], file)
    listed = _check_projects(sections["PROJECTS"], file)
    _require(sections["VOTES"], ("vote",), file)
    for line, row in sections["VOTES"].rows:
        _check_vote(line, row, listed, file)
    return [row["project_id"] for _, row in sections["PROJECTS"].rows]


# --- the loaded ballots ----------------------------------------------------------------------


@dataclass(frozen=True)
class Ballots:
    """One real participatory budget: the file's projects, voters and ballots, ready for the rules.

    The columns of :attr:`problem` follow the order of the file's PROJECTS section, and its rows
    the order of VOTES. ``instance`` and ``profile`` are pabutools' own objects for the same
    election; ``projects`` are the instance's projects in the order of the columns.
    """

    source: str
    meta: dict[str, str]
    vote_type: str
    project_ids: tuple[str, ...]
    names: tuple[str, ...]
    categories: tuple[tuple[str, ...], ...]
    problem: DecisionProblem
    voters: pd.DataFrame
    """One row per voter: ``voter_id`` and any other voter field of the file (age, sex, ...)."""
    selected: tuple[str, ...] | None
    """The project ids of the official outcome (the file's ``selected`` column), or None."""
    instance: Any
    profile: Any
    projects: tuple[Any, ...]

    @property
    def description(self) -> str:
        return self.meta.get("description") or Path(self.source).stem

    @property
    def budget(self) -> float:
        return self.problem.budget

    @property
    def costs(self) -> np.ndarray:
        return self.problem.costs

    @property
    def has_categories(self) -> bool:
        return any(self.categories)

    @property
    def approval(self) -> bool:
        """True for yes/no ballots (approval, choose-1); False for points."""
        return self.vote_type in APPROVAL_TYPES

    def allocation(self, funded: np.ndarray) -> list[Any]:
        """The pabutools projects of a boolean (or index) selection of the columns."""
        indices = np.flatnonzero(funded) if funded.dtype == bool else funded
        return [self.projects[int(i)] for i in indices]

    def funded_mask(self, allocation: Any) -> np.ndarray:
        """A pabutools budget allocation as a boolean array over the columns."""
        chosen = {project.name for project in allocation}
        return np.array([pid in chosen for pid in self.project_ids], dtype=bool)


def _project_order(instance: Any, meta_ids: list[str]) -> tuple[Any, ...]:
    by_name = {project.name: project for project in instance}
    return tuple(by_name[pid] for pid in meta_ids)


def _ballot_matrix(profile: Any, projects: tuple[Any, ...], approval: bool) -> np.ndarray:
    """Points per voter (rows) and project (columns); approval ballots give 1 for a yes."""
    points = np.zeros((len(profile), len(projects)))
    for v, ballot in enumerate(profile):
        for p, project in enumerate(projects):
            if approval:
                points[v, p] = float(project in ballot)
            elif project in ballot:
                points[v, p] = float(ballot[project])
    return points


def _selected(instance: Any, projects: tuple[Any, ...]) -> tuple[str, ...] | None:
    meta = [instance.project_meta.get(project, {}) for project in projects]
    if not any("selected" in m for m in meta):
        return None
    return tuple(p.name for p, m in zip(projects, meta, strict=True) if m.get("selected") == "1")


def load(path: str | Path) -> Ballots:
    """Read a Pabulib ``.pb`` file with pabutools and turn it into a :class:`Ballots`.

    Approval and choose-1 ballots become approvals (utility 1 for a yes). Cumulative and scoring
    ballots become points: a voter approves a project she gave points to, and her utility is the
    points. Project costs are the file's, never trimmed (``max_trim`` 0: a real project's cost is
    a quote, not a wish). A bad file raises :class:`BallotError`.
    """
    from pabutools.election import parse_pabulib

    path = Path(path)
    file = str(path)
    ids = check(path)
    try:
        instance, profile = parse_pabulib(file)
    except Exception as exc:  # anything the line checks above did not foresee
        raise BallotError(
            "pb_unreadable", file=file, reason=f"{type(exc).__name__}: {exc}"
        ) from None
    projects = _project_order(instance, ids)
    vote_type = instance.meta["vote_type"]
    points = _ballot_matrix(profile, projects, vote_type in APPROVAL_TYPES)
    problem = DecisionProblem(
        costs=np.array([float(p.cost) for p in projects]),
        approvals=points > 0,
        utilities=points,
        municipal_scores=np.zeros(len(projects)),
        budget=float(instance.budget_limit),
        max_trim=0.0,
    )
    voters = pd.DataFrame(
        [{"voter_id": b.meta.get("voter_id", "")} | b.meta for b in profile] or None,
        columns=None if len(profile) else ["voter_id"],
    )
    return Ballots(
        source=file,
        meta=dict(instance.meta),
        vote_type=vote_type,
        project_ids=tuple(ids),
        names=tuple(instance.project_meta[p].get("name", p.name) for p in projects),
        categories=tuple(tuple(sorted(p.categories)) for p in projects),
        problem=problem,
        voters=voters,
        selected=_selected(instance, projects),
        instance=instance,
        profile=profile,
        projects=projects,
    )

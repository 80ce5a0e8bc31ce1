"""Real ballots: loading Pabulib files, the rules side by side, bad files, and the .pb export."""

from __future__ import annotations

import gzip
import hashlib
from pathlib import Path

import numpy as np
import pytest

from buurtsim.ballots import DATA_DIR, DIAMANTBUURT, BallotError, load, pabulib_file
from buurtsim.ballots.compare import JR_LIMIT, RULES, compare
from buurtsim.rules import decide

ROOT = Path(__file__).resolve().parents[1]
SLOTERDIJK = "Netherlands_Amsterdam_643.pb"
ASSEN = "Netherlands_Assen_2024.pb"

#: the four files as Pabulib published them (data/pabulib/SOURCE.md): they stay byte for byte
CHECKSUMS = {
    "Amsterdam_522": "76b23ab1dd6a12007d460f40ad6c973bf4702a24583a20dddf72a49e79fb1415",
    "Amsterdam_588": "8186a63947236d3f2bb934524ef8cdcd5108015a117c73f745864cdd29819cac",
    "Amsterdam_643": "7266e84bbc0d8d825f85a8b62a359edef1ebc392befad8530a1ab86a4b340054",
    "Assen_2024": "1161af741c23519f7d4de3d475f32b6a8c0e2b6471d5b7576c65c9776584c221",
}


@pytest.fixture(scope="module")
def diamant():
    return load(pabulib_file(DIAMANTBUURT))


@pytest.fixture(scope="module")
def diamant_comparison(diamant):
    return compare(diamant)


# --- the data -------------------------------------------------------------------------------


def test_the_data_folder_is_the_repositorys_and_holds_the_four_files_unchanged():
    assert DATA_DIR == ROOT / "data" / "pabulib"
    for name, digest in CHECKSUMS.items():
        data = (DATA_DIR / f"Netherlands_{name}.pb").read_bytes()
        assert hashlib.sha256(data).hexdigest() == digest, name
    note = (DATA_DIR / "SOURCE.md").read_text(encoding="utf-8")
    assert "arXiv:2012.06539" in note and "Diamantbuurt" in note


# --- loading --------------------------------------------------------------------------------


def test_diamantbuurt_loads_with_names_categories_and_the_file_order(diamant):
    problem = diamant.problem
    assert (problem.n_voters, problem.n_proposals, problem.budget) == (318, 15, 100000.0)
    assert diamant.vote_type == "approval" and diamant.approval
    assert diamant.project_ids[:3] == ("41514", "41510", "41518")
    assert diamant.names[0] == "Een groener en gezelliger Plein Robijn!"
    assert diamant.categories[0] == ("Straten groen en pleinen",)
    assert diamant.costs[0] == 30000.0 and diamant.costs.sum() == 289350.0
    # the approval counts agree with the file's own `votes` column
    votes = [int(diamant.instance.project_meta[p]["votes"]) for p in diamant.projects]
    assert problem.approval_counts.tolist() == votes
    assert diamant.voters["voter_id"].iloc[0] == "16936251286"
    assert diamant.selected is None  # the Amsterdam files do not record the outcome
    assert problem.max_trim == 0.0  # real costs are quotes: never trimmed


def test_choose_one_gives_one_approval_per_ballot():
    b = load(pabulib_file(SLOTERDIJK))
    assert b.vote_type == "choose-1" and b.approval
    assert (b.problem.approvals.sum(axis=1) == 1).all()
    assert b.problem.approval_counts.tolist() == [40, 21, 5]


def test_assen_keeps_the_official_outcome():
    b = load(pabulib_file(ASSEN))
    assert b.selected == ("3", "9", "2", "11", "13", "14", "5", "6", "12")
    assert not b.has_categories


CUMULATIVE = """META
key;value
description;toy cumulative
num_projects;3
num_votes;3
budget;10
vote_type;cumulative
PROJECTS
project_id;cost;name
a;6;Speeltuin
b;5;Bankjes
c;4;Buurtfeest
VOTES
voter_id;vote;points
1;a,b;3,2
2;b;5
3;c,a;4,1
"""


def test_cumulative_ballots_become_points(tmp_path):
    path = tmp_path / "toy.pb"
    path.write_text(CUMULATIVE, encoding="utf-8")
    b = load(path)
    assert not b.approval
    assert b.problem.utilities.tolist() == [[3, 2, 0], [0, 5, 0], [1, 0, 4]]
    assert b.problem.approval_counts.tolist() == [2, 2, 1]
    c = compare(b)
    assert c.outcomes["package"].funded is None and "points" in c.outcomes["package"].skipped
    assert c.outcomes["phragmen"].funded is None
    # greedy welfare on points (Additive_Cardinal_Sat): b has 7 points for 5 euro, a 4 for 6,
    # c 4 for 4; per euro: b 1.4, c 1.0, a 0.67 -> b, then c; a no longer fits
    assert c.outcomes["greedy_welfare"].funded.tolist() == [False, True, True]
    metrics = c.metrics.set_index("rule")
    assert metrics.at["greedy_welfare", "satisfaction"] == "Additive_Cardinal_Sat"
    assert metrics.at["greedy_welfare", "avg_satisfaction"] == pytest.approx((2 + 5 + 4) / 3)
    # b and c funded: every voter has points on one of them (pabutools' share would be 11/3)
    assert metrics.at["greedy_welfare", "non_empty_handed"] == 3
    assert metrics.at["greedy_welfare", "non_empty_handed_share"] == pytest.approx(1.0)
    assert c.empty_handed().loc["greedy_welfare", "total"] == 0


# --- the rules side by side -----------------------------------------------------------------


def ids(comparison, rule):
    funded = comparison.outcomes[rule].funded
    return {pid for pid, yes in zip(comparison.ballots.project_ids, funded, strict=True) if yes}


def test_diamantbuurt_rules_fund_what_the_counts_say(diamant_comparison):
    c = diamant_comparison
    # approvals 163, 158, 147, 132, 130, ...: 30000 + 6300 + 29000 + 20000 = 85300; 41516
    # (20000) no longer fits, 41522 (7000) does
    assert ids(c, "approval_greedy") == {"41514", "41510", "41518", "41509", "41522"}
    # only 41514 has more than 159 of 318 approvals
    assert ids(c, "majority") == {"41514"}
    # the package stops at the first project that does not fit (no trimming of real costs)
    assert ids(c, "package") == {"41514", "41510", "41518", "41509"}
    # pabutools' greedy welfare with cost satisfaction is the same count as buurtsim's
    assert ids(c, "greedy_welfare") == ids(c, "approval_greedy")
    assert ids(c, "equal_shares") == {
        pid
        for pid, yes in zip(
            c.ballots.project_ids,
            decide("equal_shares", c.ballots.problem).amounts > 0,
            strict=True,
        )
        if yes
    }
    assert c.outcomes["official"].funded is None
    assert "selected" in c.outcomes["official"].skipped


def test_every_outcome_fits_the_budget(diamant_comparison):
    c = diamant_comparison
    for rule, outcome in c.outcomes.items():
        if outcome.funded is not None:
            assert c.ballots.costs[outcome.funded].sum() <= c.ballots.budget, rule


def test_metrics_agree_with_a_count_by_hand(diamant_comparison):
    c = diamant_comparison
    approvals = c.ballots.problem.approvals
    costs = c.ballots.costs
    metrics = c.metrics.set_index("rule")
    for rule in ("majority", "approval_greedy", "package", "phragmen"):
        funded = c.outcomes[rule].funded
        reached = (approvals & funded).any(axis=1)
        assert metrics.at[rule, "non_empty_handed"] == reached.sum(), rule
        euro = (approvals * (costs * funded)).sum(axis=1)  # Cost_Sat: euro of own funded projects
        assert metrics.at[rule, "avg_satisfaction"] == pytest.approx(euro.mean()), rule
        assert metrics.at[rule, "spent"] == costs[funded].sum()
        assert 0 <= metrics.at[rule, "gini_satisfaction"] <= 1
        # one category per project here, so the category shares add up to the budget share
        shares = [metrics.at[rule, col] for col in metrics.columns if col.startswith("share: ")]
        assert sum(shares) == pytest.approx(metrics.at[rule, "budget_share"])
    assert metrics.at["approval_greedy", "non_empty_handed"] == 302
    assert metrics.at["majority", "satisfaction"] == "Cost_Sat"


def test_ejr_and_pjr_are_skipped_on_diamantbuurt_with_the_reason(diamant_comparison):
    metrics = diamant_comparison.metrics.set_index("rule")
    assert metrics["ejr"].isna().all() and metrics["pjr"].isna().all()
    note = metrics.at["equal_shares", "note"]
    assert "194 different ballots" in note and f"2^{JR_LIMIT}" in note


#: the classic: 3 voters want the A projects, 2 want the B projects; every project costs 2
MINORITY = """META
key;value
description;toy minority
num_projects;7
num_votes;5
budget;10
vote_type;approval
PROJECTS
project_id;cost
A1;2
A2;2
A3;2
A4;2
A5;2
B1;2
B2;2
VOTES
voter_id;vote
1;A1,A2,A3,A4,A5
2;A1,A2,A3,A4,A5
3;A1,A2,A3,A4,A5
4;B1,B2
5;B1,B2
"""


def test_ejr_is_checked_on_a_small_election_and_catches_the_ignored_minority(tmp_path):
    path = tmp_path / "minority.pb"
    path.write_text(MINORITY, encoding="utf-8")
    c = compare(load(path))
    metrics = c.metrics.set_index("rule")
    # approval greedy spends everything on A: the two B voters (entitled to 4 euro) get nothing
    assert ids(c, "approval_greedy") == {"A1", "A2", "A3", "A4", "A5"}
    assert metrics.at["approval_greedy", "ejr"] == False  # noqa: E712 (a bool, not None)
    assert metrics.at["approval_greedy", "pjr"] == False  # noqa: E712
    # equal shares: 6 euro for the three A voters, 4 for the two B voters
    assert ids(c, "equal_shares") == {"A1", "A2", "A3", "B1", "B2"}
    assert metrics.at["equal_shares", "ejr"] == True  # noqa: E712
    assert metrics.at["equal_shares", "pjr"] == True  # noqa: E712


def test_assen_official_outcome_is_compared(tmp_path):
    c = compare(load(pabulib_file(ASSEN)), ["official", "equal_shares"])
    assert list(c.outcomes) == ["official", "equal_shares"]
    assert ids(c, "official") == {"3", "9", "2", "11", "13", "14", "5", "6", "12"}
    # Assen completed Equal Shares by raising the budget ("add1"); buurtsim completes it
    # greedily, which also buys RuBox (12,000) with the money left over
    assert ids(c, "equal_shares") - ids(c, "official") == {"7"}
    assert c.metrics.set_index("rule").at["official", "spent"] == 76700.0


def test_empty_handed_by_ballot_size_adds_up_to_the_metric(diamant_comparison):
    c = diamant_comparison
    table = c.empty_handed()
    metrics = c.metrics.set_index("rule")
    assert "official" not in table.index
    for rule in table.index:
        assert table.at[rule, "total"] == 318 - metrics.at[rule, "non_empty_handed"]
    assert table.loc["approval_greedy"].tolist() == [11, 1, 4, 16]


def test_unknown_rule_is_refused(diamant):
    with pytest.raises(ValueError, match="unknown rule 'college'"):
        compare(diamant, ["college"])
    assert "college" not in RULES


# --- bad files ------------------------------------------------------------------------------


def diamant_text() -> str:
    return pabulib_file(DIAMANTBUURT).read_bytes().decode("utf-8")


def line_of(text: str, start: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if line.startswith(start))


def _without_votes(text: str) -> str:
    return text[: text.index("VOTES")]


BAD_FILES = {
    # name: (mutation of the Diamantbuurt text, pieces the one line must hold)
    "missing_section": (_without_votes, ["the section VOTES is missing"]),
    "unknown_vote_type": (
        lambda t: t.replace("vote_type;approval", "vote_type;ranked"),
        ["line 11 (META)", "unknown vote type 'ranked'"],
    ),
    "unlisted_project": (
        lambda t: t.replace("16936251286;41508,", "16936251286;99999,"),
        ["(VOTES)", "voter 16936251286 votes for project 99999", "does not list"],
    ),
    "zero_cost": (
        lambda t: t.replace("41514;30000;", "41514;0;"),
        ["line 22 (PROJECTS)", "project 41514 costs 0", "above zero"],
    ),
    "negative_cost": (
        lambda t: t.replace("41510;6300;", "41510;-6300;"),
        ["line 23 (PROJECTS)", "project 41510 costs -6300"],
    ),
    "missing_budget": (lambda t: t.replace("budget;100000\r\n", ""), ["META", "budget is missing"]),
    "broken_number": (
        lambda t: t.replace("41510;6300;", "41510;63O0;"),
        ["line 23 (PROJECTS)", "cost '63O0' is not a number"],
    ),
    "broken_budget": (
        lambda t: t.replace("budget;100000", "budget;honderdduizend"),
        ["line 10 (META)", "budget 'honderdduizend' is not a number"],
    ),
    "empty": (lambda t: "", ["the file is empty"]),
    "blank": (lambda t: "\r\n \r\n", ["the file is empty"]),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_gets_one_plain_line(case, tmp_path):
    mutate, pieces = BAD_FILES[case]
    path = tmp_path / f"{case}.pb"
    path.write_bytes(mutate(diamant_text()).encode("utf-8"))
    with pytest.raises(BallotError) as caught:
        load(path)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(str(path))
    for piece in pieces:
        assert piece in message
    # the same problem in Dutch, from the one translation table
    dutch = caught.value.message("nl")
    assert dutch.startswith(str(path)) and dutch != message


def test_the_mutations_hit_the_lines_the_messages_name():
    text = diamant_text()
    assert line_of(text, "vote_type;") == 11 and line_of(text, "budget;") == 10
    assert line_of(text, "41514;") == 22 and line_of(text, "41510;") == 23


def test_a_binary_file_gets_one_plain_line(tmp_path):
    path = tmp_path / "zipped.pb"
    path.write_bytes(gzip.compress(pabulib_file(DIAMANTBUURT).read_bytes()))
    with pytest.raises(BallotError, match=r"zipped\.pb: not a text \(UTF-8\) file"):
        load(path)
    latin = tmp_path / "latin1.pb"
    latin.write_bytes(
        diamant_text().replace("–", "-").encode("utf-8").replace(b"Robijn", b"R\xf6bijn")
    )
    with pytest.raises(BallotError, match="not a text"):
        load(latin)


def test_a_missing_file_and_a_folder(tmp_path):
    with pytest.raises(BallotError, match="does not exist"):
        load(tmp_path / "nothing.pb")
    with pytest.raises(BallotError, match="a folder"):
        load(tmp_path)


def test_a_bad_points_value_names_the_voters_line(tmp_path):
    path = tmp_path / "points.pb"
    path.write_text(CUMULATIVE.replace("2;b;5", "2;b;vijf"), encoding="utf-8")
    with pytest.raises(BallotError, match=r"line 16 \(VOTES\): points 'vijf' is not a number"):
        load(path)


# --- export of simulated decisions ----------------------------------------------------------


def fake_model(rule: str = "approval_greedy"):
    """Just what the export reads of a model after its decision week (see BuurtbudgetModel)."""
    from types import SimpleNamespace

    from buurtsim.rules import DecisionProblem

    approvals = np.array([[1, 1, 0], [1, 0, 0], [0, 0, 1], [0, 0, 0]], dtype=bool)
    problem = DecisionProblem(
        costs=np.array([2500.0, 1234.56, 3000.25]),
        approvals=approvals,
        utilities=approvals.astype(float),
        municipal_scores=np.zeros(3),
        budget=5000.0,
    )
    options = [
        SimpleNamespace(unique_id=41, theme_key="play_sport", street=0, cost=2500.0),
        SimpleNamespace(unique_id=42, theme_key="green", street=2, cost=1234.56),
        SimpleNamespace(unique_id=47, theme_key="meeting", street=1, cost=3000.25),
    ]
    voters = np.array([3, 5, 8, 9])
    return SimpleNamespace(
        params=SimpleNamespace(
            neighbourhood=SimpleNamespace(name="Proefbuurt"),
            process=SimpleNamespace(decision_rule=rule),
        ),
        decision_inputs=(options, voters, problem),
        decision=decide(rule, problem),
        pop=SimpleNamespace(
            street=np.array([0, 0, 0, 1, 1, 1, 2, 2, 2, 2]),
            vulnerable=np.array([0, 0, 0, 1, 0, 0, 0, 0, 1, 0], dtype=bool),
        ),
    )


def test_the_export_writes_a_file_pabutools_reads_with_voter_fields(tmp_path):
    from pabutools.election import parse_pabulib

    from buurtsim.ballots.export import decision_pb

    model = fake_model()
    path = tmp_path / "fake.pb"
    path.write_text(decision_pb(model, "proef.yaml", 7), encoding="utf-8")
    instance, profile = parse_pabulib(str(path))
    assert instance.meta["rule"] == "approval_greedy" and instance.meta["vote_type"] == "approval"
    assert "proef.yaml" in instance.meta["comment"] and instance.meta["instance"] == "seed-7"
    assert [b.meta["street"] for b in profile] == ["1", "1", "2", "2"]
    assert [b.meta["vulnerable"] for b in profile] == ["1", "0", "1", "0"]
    b = load(path)
    assert b.project_ids == ("41", "42", "47")
    assert b.costs.tolist() == [2500.0, 1234.56, 3000.25]
    assert b.categories == (("play_sport",), ("green",), ("meeting",))
    assert b.names[1] == "groen (straat 3)"
    # approval greedy: 41 (2 votes), then 42 and 47 (1 vote each, cheaper first) while they fit
    assert b.selected == ("41", "42")
    assert np.array_equal(decide("approval_greedy", b.problem).amounts > 0, [True, True, False])
    assert b.problem.approvals[3].sum() == 0  # an empty ballot stays empty


def test_export_decisions_never_overwrites(tmp_path, monkeypatch):
    from buurtsim.ballots import export

    monkeypatch.setattr(export, "run_to_decision", lambda scenario, seed: fake_model())
    written, undecided = export.export_decisions(None, [1, 2], tmp_path, "proef.yaml")
    assert [p.name for p in written] == ["decision-seed1.pb", "decision-seed2.pb"]
    assert undecided == []
    with pytest.raises(FileExistsError):
        export.export_decisions(None, [2], tmp_path)


@pytest.fixture(scope="module")
def decided():
    """Arendonk run to its decision week under each rule that reads only approvals and costs."""
    from buurtsim import load_scenario
    from buurtsim.ballots.export import run_to_decision
    from buurtsim.scenarios import with_overrides

    base = load_scenario(ROOT / "scenarios" / "arendonk.yaml")
    return {
        rule: run_to_decision(with_overrides(base, {"process.decision_rule": rule}), 3)
        for rule in ("package", "majority", "approval_greedy", "equal_shares", "college")
    }


@pytest.mark.parametrize(
    "rule", ["package", "majority", "approval_greedy", "equal_shares", "college"]
)
def test_an_exported_decision_reads_back_as_the_same_decision(rule, decided, tmp_path):
    from pabutools.election import parse_pabulib

    from buurtsim.ballots.export import decision_pb

    model = decided[rule]
    options, voters, problem = model.decision_inputs
    path = tmp_path / "decision.pb"
    path.write_text(decision_pb(model, "arendonk.yaml", 3), encoding="utf-8")

    instance, profile = parse_pabulib(str(path))  # pabutools itself reads it
    assert instance.meta["rule"] == rule and float(instance.budget_limit) == problem.budget
    assert len(instance) == len(options) and profile.num_ballots() == len(voters)

    b = load(path)
    assert b.project_ids == tuple(str(o.unique_id) for o in options)
    assert np.array_equal(b.costs, problem.costs)  # bit for bit
    assert np.array_equal(b.problem.approvals, problem.approvals)
    assert set(b.categories) <= {(o.theme_key,) for o in options}
    funded = tuple(
        str(o.unique_id) for o, a in zip(options, model.decision.amounts, strict=True) if a > 0
    )
    assert b.selected == funded
    assert b.voters["voter_id"].astype(int).tolist() == [int(v) for v in voters]
    assert b.voters["street"].astype(int).tolist() == model.pop.street[voters].tolist()
    assert (
        b.voters["vulnerable"].astype(int).tolist()
        == model.pop.vulnerable[voters].astype(int).tolist()
    )
    if rule in (
        "majority",
        "approval_greedy",
        "equal_shares",
    ):  # they read approvals and costs only
        again = decide(rule, b.problem)
        assert np.array_equal(again.amounts > 0, model.decision.amounts > 0)


# --- the workbook: the plot and the exercise --------------------------------------------------


def test_empty_handed_plot_data_and_figure(diamant_comparison):
    from matplotlib.figure import Figure

    from buurtsim import plots

    data = plots.empty_handed_data(diamant_comparison)
    assert list(dict.fromkeys(data["rule"])) == [r for r in RULES if r != "official"]
    assert data.groupby("rule")["voters"].sum().to_dict()["majority"] == 155
    assert data["label"].iloc[0] == "meerderheid per voorstel"
    assert set(data["group_label"]) == {
        "koos 1 project",
        "koos 2 of 3 projecten",
        "koos 4 of meer projecten",
    }
    english = plots.empty_handed_data(diamant_comparison, lang="en")
    assert english["label"].iloc[0] == "majority per proposal"
    fig = plots.empty_handed(diamant_comparison)
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    assert len(ax.patches) == 6 * 3  # a bar per rule, three groups stacked
    assert "lege handen" in ax.get_xlabel() and "318" in ax.get_xlabel()


def test_the_exercise_names_the_rule_with_the_fewest_empty_handed(diamant_comparison):
    from buurtsim.exercises import check_empty_handed

    right = check_empty_handed("Phragmén", diamant_comparison)
    assert right.ok and "lege handen" in right.message
    wrong = check_empty_handed("gelijke delen", diamant_comparison)
    assert not wrong.ok and "Phragmén" in wrong.message
    assert not check_empty_handed("college", diamant_comparison).ok
    assert not check_empty_handed(None, diamant_comparison).ok


def test_the_package_docstring_example_runs():
    import doctest

    import buurtsim.ballots

    failures, tried = doctest.testmod(buurtsim.ballots, verbose=False)
    assert tried >= 2 and failures == 0

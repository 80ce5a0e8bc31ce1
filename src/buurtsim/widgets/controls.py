"""Widgets generated from the scenario schema, and finding scenario files.

Labels, ranges, steps and choices come from :func:`buurtsim.parameters`; the value of each control
is the base scenario's value. Nothing here writes a default or a label a second time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from ..i18n import label, number, t, tf, tooltip
from ..scenarios import ParamInfo, Scenario, ScenarioError, flatten, load_scenario, parameters

#: the scenario files the workbook offers, in the order of the dropdowns
PRESETS: tuple[str, ...] = (
    "arendonk",
    "olmen",
    "strict-municipality",
    "hands-off-no-framework",
    "no-facilitator",
    "door-to-door",
)

_STYLE = {"description_width": "initial"}
_LAYOUT = {"width": "600px"}
#: a slider and its readout beside it take the width of the other controls (600 px)
_SLIDER_LAYOUT = {"width": "528px"}
_READOUT_LAYOUT = {"width": "72px"}


def scenarios_dir() -> Path | None:
    """The ``scenarios/`` folder of the project: next to the working directory or the source."""
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / "scenarios" / "arendonk.yaml").is_file():
            return folder / "scenarios"
    source = Path(__file__).resolve().parents[3] / "scenarios"
    return source if source.is_dir() else None


def scenario_files() -> dict[str, Path]:
    """``{name: path}`` of every scenario file in ``scenarios/`` (presets first)."""
    folder = scenarios_dir()
    if folder is None:
        return {}
    found = {p.stem: p for p in sorted(folder.glob("*.yaml"))}
    order = [n for n in PRESETS if n in found] + [n for n in found if n not in PRESETS]
    return {n: found[n] for n in order}


def find_scenario(name_or_path: str | Path) -> Path:
    """A scenario file by path or by name ("arendonk", "scenarios/olmen.yaml" from anywhere)."""
    path = Path(name_or_path)
    if path.is_file():
        return path
    files = scenario_files()
    stem = path.stem if path.suffix in (".yaml", ".yml") else path.name
    if stem in files:
        return files[stem]
    raise ScenarioError(
        [
            f"the scenario {str(name_or_path)!r} was not found; "
            f"known scenarios: {', '.join(files) or 'none'}"
        ],
        str(name_or_path),
    )


def load_base(base: str | Path | Mapping[str, Any] | Scenario | None) -> Scenario:
    """The base scenario of a panel: a file (found by :func:`find_scenario`), dict or Scenario."""
    if base is None:
        return load_scenario({})
    if isinstance(base, str | Path):
        return load_scenario(find_scenario(base))
    return load_scenario(base)


def scenario_name(scenario: Scenario, lang: str | None = None) -> str:
    """A short display name: the neighbourhood name of the scenario, in ``lang`` for the files
    the workbook comes with ("Arendonk (strict municipality)"); any other name as it is."""
    name = scenario.neighbourhood.name
    key = f"scenario:{name}"
    shown = t(key, lang)
    return name if shown == key else shown


def allowed_text(key: str, lang: str | None = None) -> str:
    """What a parameter allows, in words (in the current language by default)."""
    info = parameters()[key]
    if info.choices:
        return tf("allowed_one_of", lang, names=", ".join(t(c, lang) for c in info.choices))
    noun = t("allowed_whole" if info.kind is int else "allowed_number", lang)
    if info.ge is None or info.le is None:
        return noun
    lo = number(info.ge, _decimals(info.ge), lang=lang)
    hi = number(info.le, _decimals(info.le), lang=lang)
    return tf("allowed_range", lang, noun=noun, lo=lo, hi=hi)


def _decimals(x: float) -> int:
    return 0 if float(x).is_integer() else 2


def _step_decimals(step: float | None) -> int:
    if not step or float(step).is_integer():
        return 0
    text = f"{step:g}"
    return len(text.split(".")[1]) if "." in text else 0


def control_for(key: str, value: Any, lang: str | None = None) -> widgets.Widget:
    """One widget for the dotted parameter ``key``, set to ``value``."""
    infos = parameters()
    if key not in infos:
        raise ScenarioError(
            [f"`{key}` is not a scenario parameter; see buurtsim.parameters() for the keys"],
            "controls",
        )
    info = infos[key]
    common = {
        "description": label(key, lang),
        "tooltip": _tooltip(key, info, lang),
        "style": _STYLE,
        "layout": _LAYOUT,
    }
    if info.choices:
        return widgets.Dropdown(
            options=[(t(c, lang), c) for c in info.choices], value=str(value), **common
        )
    if info.kind is bool:
        return widgets.Checkbox(value=bool(value), **common)
    if info.kind is str:
        return widgets.Text(value=str(value), continuous_update=False, **common)
    return _slider(info, value, {**common, "layout": _SLIDER_LAYOUT})


def _tooltip(key: str, info: ParamInfo, lang: str | None) -> str:
    """The label, the unit and where the default comes from, all in the panel's language."""
    return tooltip(key, lang)


def _slider_range(info: ParamInfo, value: Any) -> tuple[Any, Any]:
    """A slider's bounds: the schema's range, or a usable one around ``value``."""
    lo = info.ge if info.ge is not None else min(0, value)
    hi = info.le if info.le is not None else max(value, 1) * 10
    if info.slider_max is not None:  # a usable slider; a larger value widens it, never clipped
        hi = max(info.slider_max, value)
    return lo, hi


def _slider(info: ParamInfo, value: Any, common: dict[str, Any]) -> widgets.Widget:
    """An integer or a float slider for a number parameter."""
    lo, hi = _slider_range(info, value)
    if info.kind is int:
        step = int(info.step or 1)
        return widgets.IntSlider(
            value=int(value),
            min=int(lo),
            max=int(hi),
            step=step,
            readout=False,  # shown beside it in the panel's language (with_readout)
            continuous_update=False,
            **common,
        )
    float_step = float(info.step or (hi - lo) / 100)
    return widgets.FloatSlider(
        value=float(value),
        min=float(lo),
        max=float(hi),
        step=float_step,
        readout=False,  # shown beside it in the panel's language (with_readout)
        readout_format=f".{_step_decimals(float_step)}f",
        continuous_update=False,
        **common,
    )


def readout_text(slider: widgets.Widget, lang: str | None = None) -> str:
    """A slider's value as its readout shows it: ``0,30`` in Dutch, ``0.30`` in English.

    The decimals are those of the slider's ``readout_format`` (``.2f``), else of its step.
    """
    found = re.fullmatch(r"[^.]*\.(\d+)f", str(getattr(slider, "readout_format", "")))
    if found:
        decimals = int(found.group(1))
    elif isinstance(slider, widgets.FloatSlider):
        decimals = _step_decimals(slider.step)
    else:
        decimals = 0
    return number(slider.value, decimals, lang)


def with_readout(control: widgets.Widget, lang: str | None = None) -> widgets.Widget:
    """A number slider with its value beside it in the panel's language; any other control as is.

    ipywidgets formats its own readout in the browser, always with a decimal point, so the
    generated sliders have none (``readout=False``) and this label, which follows the slider's
    value and format, takes its place. ``controls[key]`` stays the slider itself.
    """
    if not isinstance(control, widgets.IntSlider | widgets.FloatSlider) or control.readout:
        return control
    readout = widgets.Label(value=readout_text(control, lang), layout=_READOUT_LAYOUT)
    readout.add_class("buurtsim-readout")

    def follow(_change: Any) -> None:
        readout.value = readout_text(control, lang)

    control.observe(follow, names=["value", "readout_format", "step"])
    row = widgets.HBox([control, readout], layout={"align_items": "center"})
    row.add_class("buurtsim-slider-row")
    return row


def controls_for(
    keys: Iterable[str], base_scenario: Scenario | str | Path | Mapping | None = None, lang=None
) -> dict[str, widgets.Widget]:
    """Widgets for dotted parameter keys, generated from the schema.

    Sliders take the schema's ``ge``/``le``/``step`` and the label as description, dropdowns
    the choices with their names in ``lang``; every value is the base scenario's value, and
    sliders only report when released (``continuous_update=False``). The tooltip gives the
    label, the unit and where the default comes from, in the panel's language
    (:func:`buurtsim.i18n.tooltip`).
    """
    values = flatten(load_base(base_scenario))
    return {key: control_for(key, values.get(key), lang) for key in keys}


def widget_keys() -> tuple[str, ...]:
    """Every parameter the schema offers for the panels (``widget=True``)."""
    return tuple(k for k, info in parameters().items() if info.widget)


def set_values(controls: Mapping[str, widgets.Widget], scenario: Scenario) -> None:
    """Put a scenario's values into existing controls; a slider widens to hold a larger value."""
    values = flatten(scenario)
    infos = parameters()
    for key, w in controls.items():
        if key not in values:
            continue
        info = infos.get(key)
        if info is not None and info.slider_max is not None and hasattr(w, "max"):
            w.max = type(w.max)(max(info.slider_max, values[key]))
        w.value = values[key]

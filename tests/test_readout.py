"""Sliders show their value in the panel's language: a decimal comma in Dutch (issue 10, item 7).

ipywidgets formats a slider's own readout in the browser, always with a decimal point, so the
generated sliders have none and a Label beside them shows the value with :func:`buurtsim.i18n.
number`. ``controls[key]`` stays the slider itself.
"""

from __future__ import annotations

from ipywidgets import Dropdown, FloatSlider, HBox, IntSlider, Label, Widget

from buurtsim.widgets import RunPanel, TradeoffPanel, controls_for
from buurtsim.widgets.controls import readout_text, with_readout
from buurtsim.widgets.dashboard import Dashboard


def readouts(widget: Widget) -> list[Label]:
    """Every readout Label under ``widget``, in layout order."""
    if isinstance(widget, Label) and "buurtsim-readout" in widget._dom_classes:
        return [widget]
    return [r for child in getattr(widget, "children", ()) for r in readouts(child)]


def readout_of(layout: Widget, slider: Widget) -> Label:
    """The readout beside ``slider`` somewhere in ``layout``."""
    rows = [
        w for w in _walk(layout) if isinstance(w, HBox) and "buurtsim-slider-row" in w._dom_classes
    ]
    (row,) = [r for r in rows if r.children[0] is slider]
    return row.children[1]


def _walk(widget: Widget) -> list[Widget]:
    return [widget, *(w for child in getattr(widget, "children", ()) for w in _walk(child))]


def test_a_dutch_slider_shows_a_decimal_comma_and_an_english_one_a_point():
    for lang, text in (("nl", "0,30"), ("en", "0.30")):
        (slider,) = controls_for(["municipality.control"], {}, lang).values()
        assert isinstance(slider, FloatSlider) and slider.readout is False
        slider.value = 0.3
        row = with_readout(slider, lang)
        assert isinstance(row, HBox) and row.children[0] is slider
        assert readout_of(row, slider).value == text == readout_text(slider, lang)


def test_the_readout_follows_the_slider():
    (slider,) = controls_for(["municipality.control"], {}, "nl").values()
    readout = readout_of(with_readout(slider, "nl"), slider)
    slider.value = 0.85
    assert readout.value == "0,85"
    slider.readout_format = ".1f"  # a panel may change the format or the step afterwards
    assert readout.value in ("0,8", "0,9")
    slider.value = 0.1
    assert readout.value == "0,1"


def test_whole_numbers_group_thousands_and_other_controls_stay_as_they_are():
    controls = controls_for(["budget.amount", "facilitator.outreach"], {}, "nl")
    budget, outreach = controls["budget.amount"], controls["facilitator.outreach"]
    assert isinstance(outreach, Dropdown) and with_readout(outreach) is outreach
    budget.value = 8000
    assert readout_text(budget, "nl") == "8.000" and readout_text(budget, "en") == "8,000"
    # a slider that keeps its own readout gets no second one
    own = IntSlider(value=3)
    assert with_readout(own) is own


def test_a_panel_shows_one_readout_per_slider_in_its_language(arendonk):
    for lang, text in (("nl", "0,30"), ("en", "0.30")):
        panel = RunPanel(arendonk, lang=lang, auto_run=False)
        slider = panel.controls["municipality.control"]
        slider.value = 0.3
        sliders = [w for w in panel.controls.values() if isinstance(w, IntSlider | FloatSlider)]
        assert len(readouts(panel.widget)) == len(sliders) > 0
        readout = readout_of(panel.widget, slider)
        assert readout.value == text
        slider.value = 0.5
        assert readout.value == ("0,50" if lang == "nl" else "0.50")


def test_the_tradeoff_panel_readouts_follow_its_grid_steps():
    panel = TradeoffPanel(auto_run=False)
    for slider in panel.controls.values():
        if isinstance(slider, FloatSlider):
            expected = slider.readout_format.removeprefix(".").removesuffix("f")
            text = readout_of(panel.widget, slider).value
            assert len(text.partition(",")[2]) == int(expected), (slider.description, text)


def test_the_dashboard_sliders_show_a_decimal_comma(tmp_path):
    d = Dashboard(tmp_path, runs=2)
    slider = d.controls["municipality.control"]
    slider.value = 0.3
    readout = readout_of(d.settings_box, slider)
    assert readout.value == "0,30"
    d.base.value = "olmen"  # the base scenario sets the controls, and the readouts follow
    assert readout.value == readout_text(slider, "nl")
    assert "." not in readout.value


def test_the_sliders_made_inside_panels_show_a_readout_in_their_language(arendonk):
    """The outreach panel's week (notebook 03) and the lab's number of runs (notebook 08)."""
    from buurtsim.widgets import OutreachPanel, ScenarioLab

    for lang in ("nl", "en"):
        outreach = OutreachPanel(arendonk, lang=lang, auto_run=False)
        lab = ScenarioLab(arendonk, lang=lang, auto_run=False)
        for layout, slider in ((outreach.widget, outreach.week), (lab.widget, lab.runs_slider)):
            assert slider.readout is False
            readout = readout_of(layout, slider)
            assert readout.value == readout_text(slider, lang)
        outreach.week.max = 20
        outreach.week.value = 12
        assert readout_of(outreach.widget, outreach.week).value == "12"
        lab.runs_slider.max = 2000
        lab.runs_slider.value = 1200
        assert readout_of(lab.widget, lab.runs_slider).value == (
            "1.200" if lang == "nl" else "1,200"
        )

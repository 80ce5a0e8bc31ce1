"""The trainer's dashboard for a workshop, ``notebooks/workshop.ipynb``, served with Voilà.

Everything happens through widgets, in Dutch or English; no code is on screen. Start it with
``buurtsim workshop`` (``--lang en`` for English), ``voila notebooks/workshop.ipynb`` or
``voila notebooks/en/workshop.ipynb``. It starts in :func:`buurtsim.language.current`
(``BUURTSIM_LANG``, or the ``.buurtsim-lang`` file of ``notebooks/en/``); the **NL | EN** switch
in its header shows the same page in the other language, keeping the group's name, settings,
game, debrief and report (:mod:`.speech`). The parts (tabs) are the ones
``docs/trainer-guide.md`` names (English names in brackets):

* a header with what this is, the language switch, and the folder of the workshop log
  (``workshop-log.csv``);
* **Groepen kiezen instellingen** (*Groups choose settings*): a group's name, the key settings
  (generated from the scenario schema), the base scenario, runs and seed, and "Simuleer" with a
  progress bar; every run is appended to the log;
* **Vergelijking** (*Comparison*): all groups side by side (a table from
  :func:`buurtsim.workshop.compare_groups` and bars of the key outcomes), reloaded from the log, so
  a kernel restart loses nothing; a button saves the runs as CSV and Excel;
* **Speel de gemeente** (*Play the municipality*): the :class:`~buurtsim.workshop.MunicipalityGame`,
  with extra framework rules, a verdict per proposal at each review, and at the end the comparison
  with a hands-off and a strict municipality on the same seed, plus the debrief points;
* **Nabespreking** (*Debrief*): the three to five talking points of a group's last run;
* **Rapport** (*Report*): the one-page HTML report of the chosen groups' settings, saved in the log
  folder.

The log folder is the one the trainer chose for the server (``buurtsim workshop --dir``, or the
trainer view, kept in the server's state file), else ``$BUURTSIM_WORKSHOP_DIR``, else
``./workshop-log``; a relative folder counts from where the trainer started the server. Served by
``buurtsim workshop``, only the trainer view (``?trainer=KEY``) can change it, for every page at
once; a page without a server (a notebook, plain Voilà) can change its own.

A group is its name plus its device session (:mod:`.session`): the name is claimed as it is
typed, "Nieuwe groep" starts a new session with the settings back at the start, and after F5 a
device keeps its group. Pages refresh the comparison by themselves and show a banner when they
lost their server (:mod:`.live`). A failed save keeps the runs on screen with a retry and a
download (:mod:`.saving`). Number fields are text fields read strictly: ``2.5`` or ``1e9`` runs
are refused, never guessed.

Hooks for browser tests
-----------------------
Every widget a test needs carries a CSS class (``widget.add_class``); in ipywidgets 8 the class
sits on the widget's outer element, so a text field is ``.buurtsim-group-name input``, a dropdown
``.buurtsim-base select`` and a button ``button.buurtsim-run``. The ``<option>`` elements of a
dropdown carry the labels in the dashboard's language, so choose by label (Playwright:
``select_option(label="huis aan huis")``). The parts are tabs: click
``get_by_role("tab", name="Vergelijking")`` (``"Comparison"``) first. A text
field sends its value on Enter or when it loses focus (clicking a button does that). Starting
Voilà with ``BUURTSIM_WORKSHOP_DIR=/some/folder`` puts the log in ``/some/folder/workshop-log.csv``.

=============================  ==============================================================
class                          widget
=============================  ==============================================================
``buurtsim-dashboard``         the whole dashboard (a VBox)
``buurtsim-lang``              ToggleButtons "NL" | "EN": the dashboard's language
``buurtsim-log-folder``        Text: the log folder (description "Map van het logboek")
``buurtsim-log-open``          Button "Gebruik deze map"
``buurtsim-log-status``        HTML: the log's path and how many runs it holds, or its error
``buurtsim-tabs``              the Tab; its titles are the part names above
``buurtsim-group-name``        Text (in the header): the group's name; ``buurtsim-name-status``
                               says whose it is, or that another device has it;
                               ``buurtsim-new-group`` Button "Nieuwe groep"
``buurtsim-base``              Dropdown: the base scenario (files in ``scenarios/``)
``buurtsim-control-<key>``     the generated controls; ``<key>`` is the dotted key, dashes for
                               dots and underscores: ``buurtsim-control-municipality-control``;
                               a slider sits in a ``buurtsim-slider-row`` with its value beside
                               it, with a decimal comma, in a ``buurtsim-readout`` Label
``buurtsim-runs``              Text "Aantal simulaties" (default 10), a whole number from 1 to 100
``buurtsim-seed``              Text "Startgetal van de eerste simulatie", a whole number
``buurtsim-run``               Button "Simuleer"
``buurtsim-progress``          IntProgress: runs done (``max`` = runs)
``buurtsim-run-status``        HTML: "Groep 1: 10 simulaties bewaard ..." or an error
``buurtsim-retry``             Button "Probeer opnieuw te bewaren" (after a failed save), with
                               ``buurtsim-download`` (a ``data:`` link to the runs as CSV)
``buurtsim-lost``              the banner "De verbinding met de server is weg" (shown only
                               when the page's heartbeat stopped for 12 s)
``buurtsim-join``              HTML: address, token and QR code (``buurtsim workshop --lan``)
``buurtsim-comparison``        HTML with ``<table class="buurtsim-comparison-table">``: one
                               column per group (``<th data-group="Groep 1">``), one row per
                               outcome (``<tr data-outcome="proposals">``); a damaged log shows
                               its error here (``<p class="buurtsim-error">``, with the line)
``buurtsim-comparison-plot``   Output: the bar chart (a PNG)
``buurtsim-export``            Button "Bewaar als CSV en Excel"; ``buurtsim-export-status``;
                               ``buurtsim-reload`` Button "Herlaad het logboek"
``buurtsim-game-base``         Dropdown: what the game is played on; ``buurtsim-game-seed``
``buurtsim-rule-max-cost``     Checkbox (+ ``buurtsim-rule-max-cost-value``); likewise
                               ``buurtsim-rule-no-theme`` and ``buurtsim-rule-min-supporters``
``buurtsim-game-start``        Button "Start het spel"
``buurtsim-verdict``           one Dropdown per waiting proposal (goedkeuren / inkorten /
                               tegenhouden (veto)); also ``buurtsim-verdict-<id>``
``buurtsim-game-next``         Button "Beslis en speel verder"
``buurtsim-game-status``       HTML: the week and the verdicts so far
``buurtsim-game-end``          HTML: the three municipalities side by side and the debrief;
                               ``buurtsim-game-saved`` says where the game is in the log
``buurtsim-debrief-group``     Dropdown of groups; ``buurtsim-debrief-button``;
                               ``buurtsim-debrief-points`` (HTML, an ``<ol>``)
``buurtsim-report-groups``     SelectMultiple of groups; ``buurtsim-report-button``;
                               ``buurtsim-report-status`` (HTML: the path and a download link)
=============================  ==============================================================

For headless tests the same actions are methods: :meth:`Dashboard.simulate_group`,
:meth:`~Dashboard.reload`, :meth:`~Dashboard.start_game`, :meth:`~Dashboard.decide_game`,
:meth:`~Dashboard.show_debrief`, :meth:`~Dashboard.make_report`, :meth:`~Dashboard.export`; clicking
a button calls them and shows any error in the status line, in the dashboard's language, never as a
traceback; :meth:`Dashboard.set_language` is the switch. ``fixed`` (dotted overrides applied to
every run, e.g. ``{"run.weeks": 30}``) keeps tests short.

The code: :mod:`.common` (the settings, CSS and small helpers), :mod:`.parts` (building the
widgets), :mod:`.speech` (the language switch), :mod:`.session`, :mod:`.live`, :mod:`.saving`,
:mod:`.comparison` and :mod:`.game` (their actions) and :mod:`.board` (:class:`Dashboard`, which
puts them together).
"""

from __future__ import annotations

from ...workshop import LOG_NAME
from .board import Dashboard
from .common import COUNT_OUTCOMES as COUNT_OUTCOMES
from .common import CURRENT as CURRENT
from .common import EXPORT_STEM as EXPORT_STEM
from .common import FOLDER_ENV as FOLDER_ENV
from .common import GROUP_KEYS, DashboardError, default_folder
from .common import INDEX_OUTCOMES as INDEX_OUTCOMES
from .common import REPORT_NAME as REPORT_NAME
from .common import SHARE_OUTCOMES as SHARE_OUTCOMES
from .common import TAB_KEYS as TAB_KEYS
from .common import TAB_TITLES as TAB_TITLES
from .common import css_name as css_name
from .common import error_text as error_text
from .common import scenario_of_row as scenario_of_row

__all__ = ["GROUP_KEYS", "LOG_NAME", "Dashboard", "DashboardError", "default_folder"]

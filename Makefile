# buurtsim: build the virtualenv, run the checks, open the workbook.
# Everything runs through $(VENV)/bin/...; no need to activate anything.

VENV ?= .venv
EXTRAS ?= test,dask,lab,browser
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

SHELL := /bin/bash
.DEFAULT_GOAL := test
.PHONY: atlas install test typecheck test-browser screenshots lab lab-en notebooks bench format clean distclean

# Create the virtualenv with a Python >= 3.12 (see scripts/find-python.sh).
$(PY):
	@python_bin="$$(bash scripts/find-python.sh)" || exit 1; \
	echo "Creating $(VENV) with $$python_bin ($$("$$python_bin" --version 2>&1))"; \
	"$$python_bin" -m venv "$(VENV)" || { rm -rf "$(VENV)"; exit 1; }

# (Re)install the package and its extras whenever pyproject.toml changes.
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --upgrade pip
	$(PY) -m pip install -e ".[$(EXTRAS)]"
	@touch "$(STAMP)"

install: $(STAMP)

test: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/pytest tests --ignore=tests/browser
	@# the participant editions, Dutch and English; the trainer editions have the same code cells
	@# (tests/test_notebooks.py, tests/test_editions.py)
	$(VENV)/bin/pytest --nbval-lax --nbval-current-env notebooks/*.ipynb notebooks/en/*.ipynb
	@$(MAKE) --no-print-directory test-browser

# The TradeoffPanel's precomputed sweeps, after a change to the model (tests/test_atlas.py).
atlas: $(STAMP)
	$(PY) scripts/build_atlas.py --processes 2

# Type-check src/buurtsim ([tool.mypy] in pyproject.toml); make test runs it too.
typecheck: $(STAMP)
	$(VENV)/bin/mypy

# JupyterLab, Voila and the report in Chromium (Playwright; /usr/bin/chromium, installed with
# apt-get when missing and root). Servers on free ports, private Jupyter folders under tmp.
test-browser: $(STAMP)
	$(VENV)/bin/pytest tests/browser --timeout=600 --durations=0

# Refresh the screenshots in docs/img: the browser tests' own, and two panels for the README.
screenshots: $(STAMP)
	BUURTSIM_SCREENSHOT_DIR=docs/img $(VENV)/bin/pytest tests/browser --timeout=600
	$(PY) tests/browser/panel_screenshots.py --out docs/img

# Both editions of every notebook from its one source (notebooks/source/*.md; CONTRIBUTING.md),
# in both languages: notebooks/*.ipynb for participants (no trainer notes), notebooks/trainer/
# for trainers, and the same in English in notebooks/en/ and notebooks/en/trainer/.
notebooks: $(STAMP)
	$(PY) scripts/build_notebooks.py

# JupyterLab without its news pop-up and update check (jupyter/lab-settings/overrides.json).
LAB_FLAGS := --LabApp.app_settings_dir="$(CURDIR)/jupyter/lab-settings" --LabApp.news_url=None \
	--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate
lab: $(STAMP)
	$(VENV)/bin/jupyter lab $(LAB_FLAGS) notebooks/00_welkom.ipynb

# The English workbook (notebooks/en/ holds .buurtsim-lang, so its panels speak English).
lab-en: $(STAMP)
	$(VENV)/bin/jupyter lab $(LAB_FLAGS) notebooks/en/00_welcome.ipynb

# The trainer dashboard in the browser, without code on screen (docs/trainer-guide.md), through
# `python -m buurtsim workshop`: a token, a device cookie per browser, idle kernels shut down.
# The log goes to WORKSHOP_DIR (relative to here); without it, to the folder of the last workshop
# started here, else ./workshop-log. The trainer view can change it for every page.
#   make workshop                  this laptop only (one page for the room)
#   make workshop-lan              every group on its own device: URL, token and QR code
#   make workshop WORKSHOP_PORT=8870 WORKSHOP_DIR=workshops/2025-03-12
#   make workshop BUURTSIM_LANG=en     the dashboard in English (it has a switch as well)
WORKSHOP_PORT ?= 8866
WORKSHOP_DIR ?=
WORKSHOP_ARGS = --port $(WORKSHOP_PORT) $(if $(WORKSHOP_DIR),--dir "$(WORKSHOP_DIR)") \
	$(if $(BUURTSIM_LANG),--lang $(BUURTSIM_LANG))
.PHONY: workshop workshop-lan
workshop: $(STAMP)
	$(PY) -m buurtsim workshop $(WORKSHOP_ARGS)

workshop-lan: $(STAMP)
	$(PY) -m buurtsim workshop --lan $(WORKSHOP_ARGS)

# Speed of one run, of ensembles and of growth (bench.py), and of every panel's update (panels.py).
bench: $(STAMP)
	$(PY) benchmarks/bench.py
	$(PY) benchmarks/panels.py

format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# Remove caches and build leftovers; keep the virtualenv.
clean:
	rm -rf .pytest_cache .ruff_cache .mypy_cache .hypothesis build dist src/*.egg-info
	find . -path "./$(VENV)" -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +
	find . -path "./$(VENV)" -prune -o -name .ipynb_checkpoints -type d -prune -exec rm -rf {} +

# Also remove the virtualenv.
distclean: clean
	rm -rf "$(VENV)"

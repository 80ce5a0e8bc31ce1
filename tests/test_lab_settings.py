"""`make lab` (and Binder) open JupyterLab without its news pop-up or update check."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SETTINGS = ROOT / "jupyter" / "lab-settings"
PLUGIN = "@jupyterlab/apputils-extension:notification"

settings_utils = pytest.importorskip("jupyterlab_server.settings_utils")
labapp = pytest.importorskip("jupyterlab.labapp")


def _notification_settings(app_settings_dir: Path, user_dir: Path) -> dict:
    """The notification defaults JupyterLab's settings API serves: its schema's, with the
    overrides of ``app_settings_dir`` applied (the browser uses them when the user set none)."""
    found, _warnings = settings_utils.get_settings(
        str(app_settings_dir), labapp.LabApp().schemas_dir, str(user_dir), schema_name=PLUGIN
    )
    assert found["settings"] == {}  # no user settings: the defaults below are what counts
    return {k: v["default"] for k, v in found["schema"]["properties"].items()}


def test_jupyterlab_reads_the_overrides_as_no_news_and_no_update_check(tmp_path):
    ours = _notification_settings(SETTINGS, tmp_path)
    assert ours["fetchNews"] == "false" and ours["checkForUpdates"] is False
    # without them JupyterLab asks the news question ("none": not decided yet)
    empty = tmp_path / "empty"
    empty.mkdir()
    assert _notification_settings(empty, tmp_path)["fetchNews"] == "none"


def test_make_lab_uses_them():
    dry = subprocess.run(
        ["make", "-n", "lab"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    lab = next(line for line in dry.splitlines() if "jupyter lab" in line)
    assert f'--LabApp.app_settings_dir="{SETTINGS}"' in lab
    assert "--LabApp.news_url=None" in lab and "NeverCheckForUpdate" in lab

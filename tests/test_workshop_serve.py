"""``buurtsim workshop``: the serving plan, the banner with its QR code, the device cookie, and
the served language (the English notebook and banner, the login page)."""

from __future__ import annotations

import argparse
import re
from types import SimpleNamespace

import jinja2
import nbformat
import pytest
from langscan import dutch_in, english_in

from buurtsim import i18n
from buurtsim.cli import main
from buurtsim.language import ENV, MARKER
from buurtsim.workshop import serve
from buurtsim.workshop.server_state import STATE_NAME, ServerState


def args(**kw) -> argparse.Namespace:
    base = {"lan": False, "dir": None, "port": 0, "token": None, "cull_minutes": 10}
    return argparse.Namespace(**(base | kw))


def test_the_plan_keeps_the_folder_for_the_next_start_and_counts_from_here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("WORKSHOP_DIR", raising=False)
    monkeypatch.delenv("BUURTSIM_WORKSHOP_DIR", raising=False)
    monkeypatch.setattr(serve, "port_free", lambda host, port: True)
    plan = serve.make_plan(args(dir="workshops/dag-1", port=8866, token="abc"))
    assert plan.folder == tmp_path / "workshops" / "dag-1"
    assert plan.host == "127.0.0.1" and plan.group_url == "http://localhost:8866/?token=abc"
    assert plan.trainer_url.startswith(plan.group_url + "&trainer=")
    again = serve.make_plan(args(port=8866))  # a restart without --dir: the same folder
    assert again.folder == plan.folder and again.token != "abc"
    assert ServerState(tmp_path / STATE_NAME).folder() == plan.folder
    monkeypatch.setenv("WORKSHOP_DIR", "elders")
    assert serve.make_plan(args(port=8866)).folder == tmp_path / "elders"


def test_voila_culls_idle_kernels_and_hides_tracebacks():
    plan = SimpleNamespace(
        notebook="nb.ipynb", host="0.0.0.0", port=8866, token="t", cull_minutes=10
    )
    argv = serve.voila_argv(plan)
    assert "--MappingKernelManager.cull_idle_timeout=600" in argv
    assert "--MappingKernelManager.cull_interval=60" in argv
    assert "--Voila.ip=0.0.0.0" in argv and "--token=t" in argv
    assert "--VoilaConfiguration.show_tracebacks=False" in argv


def test_the_lan_banner_shows_url_token_and_a_qr_code(tmp_path):
    plan = serve.Plan(tmp_path, "0.0.0.0", "192.168.137.1", 8866, "abc123", "k", tmp_path, 10)
    text = serve.banner(plan, lan=True, others=["10.42.0.1"])
    assert "http://192.168.137.1:8866/?token=abc123" in text and "Token (code):  abc123" in text
    assert "10.42.0.1" in text
    qr = serve.qr_text(plan.group_url)
    assert len(qr.splitlines()) >= 15 and set(qr) <= set("█▀▄ \xa0\n")


class FakeRequest:
    def __init__(self, cookie=None):
        self.cookie, self.set = cookie, {}

    def get_cookie(self, name):
        return self.cookie

    def set_cookie(self, name, value, **kw):
        self.set[name] = value


def test_each_browser_is_a_device_that_keeps_its_name():
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(serve.NOTEBOOK_CODE)])
    fresh = FakeRequest()
    first = serve.device_hook(fresh, nb, ".")
    device = fresh.set[serve.DEVICE_COOKIE]
    assert device in first.cells[0].source and len(nb.cells) == 1  # the original is untouched
    back = FakeRequest(device)  # F5, or the next day
    assert device in serve.device_hook(back, nb, ".").cells[0].source
    forged = FakeRequest("'; import shutil")  # a cookie is never pasted into code as it is
    assert "shutil" not in serve.device_hook(forged, nb, ".").cells[0].source


def test_a_busy_port_is_a_plain_message(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(serve, "port_free", lambda host, port: False)
    assert main(["workshop", "--port", "8866", "--no-browser"]) == 2
    assert "poort 8866 is al in gebruik" in capsys.readouterr().err


@pytest.mark.parametrize("address", ["127.0.0.1", "169.254.3.4", "0.0.0.0"])
def test_loopback_and_link_local_are_no_address_for_groups(address):
    assert not serve._usable(address)


# --- the server ---------------------------------------------------------------------------------
def test_the_english_server_serves_the_english_notebook_and_banner(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("WORKSHOP_DIR", raising=False)
    monkeypatch.delenv("BUURTSIM_WORKSHOP_DIR", raising=False)
    monkeypatch.setattr(serve, "port_free", lambda host, port: True)
    plan = serve.make_plan(args(lang="en", port=8866, token="abc"))
    assert plan.lang == "en" and plan.notebook.parts[-2:] == ("en", "workshop.ipynb")
    assert (plan.notebook.parent / MARKER).read_text().strip() == "en"
    text = serve.banner(plan, lan=True, others=[])
    assert "the dashboard is running" in text and "Token (code):  abc" in text
    assert dutch_in(text) == []
    monkeypatch.setenv(ENV, "en")  # BUURTSIM_LANG without --lang
    assert serve.make_plan(args(port=8866)).lang == "en"
    monkeypatch.delenv(ENV)
    dutch = serve.make_plan(args(port=8866))
    assert dutch.lang == "nl" and dutch.notebook.name == "workshop.ipynb"
    assert dutch.notebook.parent.name == "notebooks"
    assert english_in(serve.banner(dutch, lan=True, others=["10.0.0.2"])) == []
    monkeypatch.setattr(serve, "port_free", lambda host, port: False)
    with pytest.raises(ValueError, match="port 8866 is already in use"):
        serve.make_plan(args(lang="en", port=8866))


def _login_page(lang: str, message=None) -> str:
    env = jinja2.Environment(loader=jinja2.DictLoader({"login.html": "Jupyter's own"}))
    serve.add_login_page(env, lang)
    return env.get_template("login.html").render(
        base_url="/",
        next="%2F",
        message=message,
        login_available=True,
        xsrf_form_html=lambda: "<input type='hidden' name='_xsrf' value='x'>",
    )


@pytest.mark.parametrize("lang, scan", [("nl", english_in), ("en", dutch_in)])
def test_the_login_page_speaks_the_workshop_language(lang, scan):
    page = _login_page(lang)
    assert f'<html lang="{lang}">' in page and "Jupyter's own" not in page
    assert i18n.t("login_scan", lang) in page and i18n.t("login_button", lang) in page
    assert 'name="password"' in page and "_xsrf" in page and 'action="/login?next=%2F"' in page
    assert i18n.t("login_wrong", lang) not in page
    assert i18n.t("login_wrong", lang) in _login_page(lang, {"error": "Invalid credentials"})
    body = re.sub(r"<style.*?</style>|<[^>]+>|\{#.*?#\}", " ", page, flags=re.S)
    assert scan(body) == []

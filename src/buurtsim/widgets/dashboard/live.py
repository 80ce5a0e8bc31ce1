"""A page that keeps itself up to date and says so when it lost its server.

A hidden :class:`ipywidgets.Play` ticks every few seconds in the browser. At each tick the page
reloads the comparison if the log changed (any group, any device), follows the log folder if the
trainer chose another one, and renews a heartbeat. The heartbeat is a banner with a CSS
animation that shows it only after 12 seconds: every beat puts a new banner in place, so it never
shows while the server answers. When the server is gone (stopped, restarted, the wifi lost) the
beats stop and the banner says what to do, in the dashboard's language. No script is needed for
either.
"""

from __future__ import annotations

import ipywidgets as widgets

from ... import i18n
from ...workshop import WorkshopLog
from .common import classed
from .state import DashboardState

#: milliseconds between two ticks of a page
TICK_MS = 3000


class LivePart(DashboardState):
    """The ticker, the heartbeat and following the server's log folder."""

    def _build_live(self) -> None:
        self.beat = 0
        self._seen: tuple[int, int] | None = None
        self.ticker = classed(
            widgets.Play(
                value=0,
                min=0,
                max=10**9,
                step=1,
                interval=TICK_MS,
                playing=True,
                repeat=True,
                show_repeat=False,
                layout=widgets.Layout(
                    width="0px", height="0px", overflow="hidden", visibility="hidden"
                ),
            ),
            "buurtsim-ticker",
        )
        self.heartbeat = classed(widgets.HTML(self._beat_html()), "buurtsim-heartbeat")
        self.ticker.observe(lambda _change: self.tick(), names="value")
        self._kick_ticker(1.0)

    def _kick_ticker(self, delay: float) -> None:
        """Start the browser's timer once the page shows the ticker.

        A Play widget starts its timer only when ``playing`` *changes* while its view exists, so
        the kernel switches it off and on a moment after the page is drawn, and again (waiting
        twice as long each time) until the first tick arrives.
        """
        loop = _kernel_loop()
        if loop is None:  # not in a kernel (a test, a script): no browser to tick
            return

        def kick() -> None:
            if self.beat or delay > 60:
                return
            self.ticker.playing = False
            self.ticker.playing = True
            self._kick_ticker(delay * 2)

        loop.call_later(delay, kick)

    def _beat_html(self) -> str:
        return (
            f"<div class='buurtsim-lost' role='alert' data-beat='{self.beat}'>"
            f"{i18n.t('lost_server', self.lang)}</div>"
        )

    def tick(self) -> None:
        """One beat: renew the heartbeat, follow the server's folder, reload a changed log."""
        self.beat += 1
        self.heartbeat.value = self._beat_html()
        try:
            with self.speaking():
                self._follow_server_folder()
                if self.log.signature() != self._seen:
                    self.reload()
        except Exception:  # a tick never breaks the page; the next one tries again
            self.error = "tick"

    def _follow_server_folder(self) -> None:
        if self.state is None:
            return
        chosen = self.state.folder()
        if chosen is not None and chosen != self.log.folder:
            self.log = WorkshopLog(chosen)
            self._claimed = None
            self._show_folder()


def _kernel_loop():
    """The running kernel's event loop (a tornado IOLoop), or None outside a kernel."""
    try:
        from ipykernel.kernelbase import Kernel
    except ImportError:  # pragma: no cover - ipykernel comes with ipywidgets in practice
        return None
    if not Kernel.initialized():
        return None
    return getattr(Kernel.instance(), "io_loop", None)

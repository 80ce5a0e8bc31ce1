"""Rebuild the TradeoffPanel's atlas after a change to the model (``make atlas``).

    .venv/bin/python scripts/build_atlas.py [--processes N]

See :mod:`buurtsim.widgets.atlas`; about 5,400 runs.
"""

from buurtsim.widgets.atlas import main

if __name__ == "__main__":
    raise SystemExit(main())

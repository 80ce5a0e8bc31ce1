"""``python -m buurtsim``: the same command line as ``buurtsim``."""

from buurtsim.cli import main

raise SystemExit(main())

"""``python -m buurtsim.cli``: the same command line as ``buurtsim``."""

from . import main

if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env bash
# Print the path of a Python >= 3.12 interpreter for buurtsim, or explain how to get one.
#
# Tried in order:
#   1. $PYTHON, if set
#   2. python3.13, python3.12 on PATH
#   3. $(pyenv root)/versions/3.12+ and 3.2x (highest version first)
#   4. $CONDA_PREFIX/bin/python
#   5. python3, python
# Every candidate is actually executed: a pyenv shim can exist on PATH and still fail.
set -uo pipefail

MIN_MAJOR=3
MIN_MINOR=12

# Print the real interpreter path if "$1" runs and is new enough; fail otherwise.
check() {
    local cand=$1
    [ -n "$cand" ] || return 1
    "$cand" -c "import sys; sys.exit(0 if sys.version_info >= ($MIN_MAJOR, $MIN_MINOR) else 1)" \
        >/dev/null 2>&1 || return 1
    "$cand" -c 'import sys; print(sys.executable)' 2>/dev/null
}

try() {
    local found
    if found=$(check "$1") && [ -n "$found" ]; then
        printf '%s\n' "$found"
        exit 0
    fi
}

# 1. explicit choice
if [ -n "${PYTHON:-}" ]; then
    try "$PYTHON"
    echo "find-python: \$PYTHON=$PYTHON is not a working Python >= $MIN_MAJOR.$MIN_MINOR; looking further" >&2
fi

# 2. versioned commands on PATH
for name in python3.13 python3.12; do
    if command -v "$name" >/dev/null 2>&1; then
        try "$(command -v "$name")"
    fi
done

# 3. pyenv installs, highest version first
if command -v pyenv >/dev/null 2>&1; then
    pyenv_root=$(pyenv root 2>/dev/null || true)
else
    pyenv_root=${PYENV_ROOT:-$HOME/.pyenv}
fi
if [ -n "${pyenv_root:-}" ] && [ -d "$pyenv_root/versions" ]; then
    while IFS= read -r dir; do
        [ -n "$dir" ] || continue
        try "$dir/bin/python"
    done < <(
        for d in "$pyenv_root"/versions/3.1[2-9]* "$pyenv_root"/versions/3.2[0-9]*; do
            [ -x "$d/bin/python" ] && printf '%s\n' "$d"
        done | sort -V -r
    )
fi

# 4. active conda environment
if [ -n "${CONDA_PREFIX:-}" ]; then
    try "$CONDA_PREFIX/bin/python"
fi

# 5. whatever plain python is on PATH
for name in python3 python; do
    if command -v "$name" >/dev/null 2>&1; then
        try "$(command -v "$name")"
    fi
done

cat >&2 <<'MSG'
buurtsim needs Python 3.12 or newer; none found. Install it with e.g. `pyenv install 3.12`, `conda create -n buurtsim python=3.12`, or your OS package manager, then run `make test` again (or set PYTHON=/path/to/python3.12).
MSG
exit 1

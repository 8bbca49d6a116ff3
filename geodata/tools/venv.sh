# Sourced by the geodata tools: makes sure the build venv (.venv-geodata at the repository root,
# gitignored) exists with the pinned requirements, then exports GEODATA_PY (its python).
set -euo pipefail
GEODATA_TOOLS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
GEODATA_ROOT="$(cd "$GEODATA_TOOLS/../.." && pwd)"
GEODATA_VENV="${GEODATA_VENV:-$GEODATA_ROOT/.venv-geodata}"
stamp="$GEODATA_VENV/.requirements.sha256"
want="$(sha256sum "$GEODATA_TOOLS/requirements.txt" | cut -d' ' -f1)"
if [ ! -x "$GEODATA_VENV/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    echo "geodata: preparing $GEODATA_VENV" >&2
    python3 -m venv "$GEODATA_VENV"
    "$GEODATA_VENV/bin/pip" install --quiet --disable-pip-version-check \
        -r "$GEODATA_TOOLS/requirements.txt"
    echo "$want" >"$stamp"
fi
export GEODATA_PY="$GEODATA_VENV/bin/python"
export GEODATA_ROOT GEODATA_TOOLS GEODATA_VENV

"""Where the dataset's folders are, with no third-party imports: `validate_schema.py` runs in
`make test` with only jsonschema installed (the Debian package), not the build venv."""

import os
from pathlib import Path

ROOT = Path(os.environ.get("GEODATA_ROOT", Path(__file__).resolve().parents[3]))
GEODATA = ROOT / "geodata"
DATA = GEODATA / "data"
SRC = GEODATA / "src"
SCHEMA = GEODATA / "schema"

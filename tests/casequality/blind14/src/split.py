"""Split raw/*.txt batch files (blocks starting '@@@ name') into texts/name.txt."""

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
for b in sorted((HERE / "raw").glob("*.txt")):
    parts = re.split(r"^@@@ (\S+)\n", b.read_text(encoding="utf-8"), flags=re.M)
    for name, body in zip(parts[1::2], parts[2::2], strict=False):
        (HERE / "texts" / f"{name}.txt").write_text(body.strip("\n") + "\n", encoding="utf-8")

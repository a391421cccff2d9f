"""Split src/staging/*.src into texts/NNN_name.txt. Blocks start with '@@ name'."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
n = 0
for src in sorted((ROOT / "src" / "staging").glob("*.src")):
    for block in re.split(r"(?m)^@@ ", src.read_text(encoding="utf-8"))[1:]:
        name, _, body = block.partition("\n")
        n += 1
        (ROOT / "texts" / f"{n:03d}_{name.strip()}.txt").write_text(
            body.strip() + "\n", encoding="utf-8"
        )
print(n, "files")

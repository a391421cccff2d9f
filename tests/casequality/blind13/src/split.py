"""Split a batch file (blocks starting '@@@ NN_name') into texts/NN_name.txt."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
src = Path(sys.argv[1]).read_text(encoding="utf-8")
name = None
buf = []


def flush():
    if name:
        (HERE / "texts" / f"{name}.txt").write_text(
            "\n".join(buf).strip("\n") + "\n", encoding="utf-8"
        )


for line in src.split("\n"):
    if line.startswith("@@@ "):
        flush()
        name, buf = line[4:].strip(), []
    else:
        buf.append(line)
flush()

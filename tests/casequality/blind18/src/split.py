import sys
from pathlib import Path

d = Path(__file__).resolve().parent.parent / "texts"
cur = None
buf = []


def flush():
    if cur:
        (d / cur).write_text("\n".join(buf).strip() + "\n", encoding="utf-8")


for line in sys.stdin.read().split("\n"):
    if line.startswith("@@@ "):
        flush()
        cur = line[4:].strip()
        buf = []
    else:
        buf.append(line)
flush()

import collections
import glob
import json
import os

H = os.path.dirname(os.path.abspath(__file__))
R = os.path.dirname(H)
C = {
    "O": "ACTION_NO_OWNER",
    "T": "ACTION_NO_TIMESCALE",
    "M": "ACTION_NOT_MEASURABLE",
    "C": "NO_CONTINGENCY",
    "V": "NO_CHILD_VOICE",
    "R": "OVERSIGHT_NO_RATIONALE",
    "S": "SUPERVISION_REPEATED_ACTIONS",
}
OK = {
    "action": "OTM",
    "care_plan": "OTMCV",
    "pathway_plan": "OTMV",
    "pep": "OTMV",
    "review": "V",
    "oversight": "R",
    "supervision": "OTMS",
}
kc = collections.Counter()
fc = collections.Counter()
out = []
for n, p in enumerate(sorted(glob.glob(os.path.join(R, "texts", "*.txt"))), 1):
    raw = open(p).read()
    head, _, body = raw.partition("\n")
    kind, _, lab = head[4:].partition("|")
    kind = kind.strip()
    labs = lab.split()
    prev = None
    if "\n--- previous\n" in body:
        body, prev = body.split("\n--- previous\n", 1)
    exp = []
    for l in labs:
        c = l[0]
        assert c in OK[kind], (p, l)
        idx = int(l[1:]) if c in "OTMS" else None
        if kind == "action":
            assert idx == 0, (p, l)
        if c == "S":
            assert prev, (p, l)
        exp.append({"code": C[c], "action_index": idx})
        fc[C[c]] += 1
    d = {"id": f"x{n:03d}", "kind": kind, "text": body.strip()}
    if prev:
        d["previous_text"] = prev.strip()
    d["expected"] = exp
    out.append(d)
    kc[kind] += 1
    if not exp:
        fc["(none)"] += 1
open(os.path.join(R, "blind19.jsonl"), "w").write("".join(json.dumps(d) + "\n" for d in out))
print(len(out), dict(kc))
print(dict(fc))

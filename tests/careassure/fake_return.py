"""The public fake 903 return (shared/peers/d2i-903-fake-data) as the Django tests import it."""

from pathlib import Path

FAKE = Path(__file__).resolve().parents[2].parent / "shared" / "peers" / "d2i-903-fake-data"
# The fake return's dates are 2017/18, but it also carries tables DfE added later (SW episodes from
# 2023/24, DoLo from 2026/27): as a 2017/18 return it is the files that year collected.
LATER_TABLES = {"placed_for_adoption_errors.csv", "sw_episodes.csv", "DoLo.csv"}
FAKE_2018_CSVS = sorted(p for p in FAKE.glob("*.csv") if p.name not in LATER_TABLES)

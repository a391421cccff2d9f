"""When things happen for one child in one period of care: workers, visits, health checks, PEP
terms and six-monthly plans.

Visits follow CPPCR reg 28 (within a week of a placement, then at most six-weekly) with some
late; the initial health assessment is due within 20 working days and reviews are six-monthly
under 5 and annual from 5 (README §2). Slippage shares are in docs/demo-data.md.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from democouncil.model import HealthAssessment, Visit

Staff = dict[str, list[tuple[date, date | None, str]]]


@dataclass
class ChildCase:
    child: str
    dob: date
    start: date  # start of the period of care (or of leaving care)
    end: date  # end of the period, or the as-at date if still open
    window: date  # first day of the case-file window
    staff: Staff
    r: random.Random

    def worker(self, role: str, when: date) -> str | None:
        """Who held the child's case in `role` on `when` (the latest allocation started by then)."""
        best = None
        for s, e, who in self.staff.get(role, []):
            if s <= when and (e is None or when <= e):
                best = who
        return best

    def age(self, when: date) -> int:
        years = when.year - self.dob.year
        return years - ((when.month, when.day) < (self.dob.month, self.dob.day))

    def birthday(self, years: int) -> date:
        try:
            return self.dob.replace(year=self.dob.year + years)
        except ValueError:  # 29 February
            return date(self.dob.year + years, 2, 28)

    def in_window(self, when: date) -> bool:
        return self.window <= when <= self.end

    def termly(self, first: date) -> list[date]:
        """One PEP a term (autumn, spring, summer); about one term in ten is missed."""
        out = []
        for year in range(max(first, self.window).year - 1, self.end.year + 1):
            for month in (10, 2, 6):
                when = date(year, month, 10) + timedelta(days=self.r.randint(-20, 25))
                if self.in_window(when) and when >= first and self.r.random() > 0.1:
                    out.append(when)
        return sorted(out)

    def six_monthly(self, first: date) -> list[date]:
        """Plans reviewed about every six months, some late, from up to 3 months after `first`."""
        out = []
        when = first + timedelta(days=self.r.randint(0, 90))
        while when <= self.end:
            if self.in_window(when):
                out.append(when)
            late = self.r.random() < 0.12
            when += timedelta(days=self.r.randint(200, 260) if late else self.r.randint(150, 182))
        return out


def visits_and_health(
    case: ChildCase, quality: dict[str, float], moves: list[date]
) -> tuple[list[Visit], list[HealthAssessment]]:
    """Visits about every six weeks (15% late), plus one within a week of each placement move
    (90% of moves); health assessments and dental checks."""
    r = case.r
    days = []
    when = case.start + timedelta(days=r.randint(1, 7))
    while when <= case.end:
        days.append(when)
        late = r.random() < 0.15
        when += timedelta(days=r.randint(43, 75) if late else r.randint(14, 42))
    for moved in moves:
        after = moved + timedelta(days=r.randint(1, 7) if r.random() < 0.9 else r.randint(8, 20))
        if case.start < moved and after <= case.end:
            days.append(after)
    visits = []
    for when in sorted(set(days)):
        sw = case.worker("social_worker", when)
        if sw and when >= case.window:
            alone = case.age(when) >= 4 and r.random() < 0.45 + 0.45 * quality[sw]
            visits.append(Visit(case.child, when, sw, alone))
    return visits, _health(case)


def _health(case: ChildCase) -> list[HealthAssessment]:
    r = case.r
    out = []
    late = r.random() < 0.15
    when = case.start + timedelta(days=r.randint(30, 70) if late else r.randint(10, 26))
    kind = "initial"
    while when <= case.end:
        if when >= case.window:
            out.append(HealthAssessment(case.child, when, kind))
        kind = "review"
        gap = 182 if case.age(when) < 5 else 365
        slip = r.randint(20, 90) if r.random() < 0.15 else r.randint(-30, 0)
        when += timedelta(days=gap + slip)
    when = case.start + timedelta(days=r.randint(30, 200))
    while when <= case.end:
        if when >= case.window and case.age(when) >= 1 and r.random() > 0.2:
            out.append(HealthAssessment(case.child, when, "dental"))
        when += timedelta(days=r.randint(300, 400))
    return sorted(out, key=lambda h: h.date)

"""Build one case-file record of a given kind and quality.

`q` is the author's practice quality in [0, 1]: higher q makes SMART actions, a contingency, the
child's own words and a reasoned management decision more likely, never certain (even good
workers write the odd vague action). Shares are documented in docs/demo-data.md.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from democouncil.casefile import phrases as ph
from democouncil.model import Action, Document


class Writer:
    """Draws wording for one child; `ctx` fills the templates (name, pronouns, carer…)."""

    def __init__(self, r: random.Random, ctx: dict[str, str], *, uasc: bool = False):
        self.r = r
        self.ctx = ctx
        self.uasc = uasc

    def background(self) -> str:
        return self.one(ph.BACKGROUND_UASC if self.uasc else ph.BACKGROUND)

    def progress(self, age: int) -> str:
        stage = "early" if age < 4 else "school" if age < 16 else "older"
        return self.one(ph.PROGRESS[stage])

    def fill(self, template: str, **extra: str) -> str:
        return template.format_map({**self.ctx, **extra})

    def one(self, options: tuple[str, ...], **extra: str) -> str:
        return self.fill(self.r.choice(options), **extra)

    def actions(self, when: date, q: float, themes: tuple[str, ...], n: int) -> list[Action]:
        """`n` draws, each SMART, owner-only or vague by quality; repeats are dropped."""
        out: list[Action] = []
        for _ in range(n):
            u = self.r.random()
            if u < 0.15 + 0.7 * q:
                theme = self.r.choice(themes)
                task, measure = self.r.choice(ph.SMART_TASKS[theme])
                owner = self.r.choice(ph.OWNERS[theme])
                due = when + timedelta(days=self.r.choice((10, 14, 21, 28, 42, 56, 90)))
                text = f"{owner} to {self.fill(task)} by {long_date(due)}."
                out.append(Action(text, owner, due, self.fill(measure)))
            elif u < 0.55 + 0.35 * q:
                text = self.one(ph.PARTIAL_ACTIONS)
                out.append(Action(text, text.split(" to ")[0], None, None))
            else:
                out.append(Action(self.one(ph.VAGUE_ACTIONS), None, None, None))
        return list({a.text: a for a in out}.values())

    def voice(self, q: float, age: int) -> str:
        if age < 4:
            return self.one(ph.YOUNG_CHILD_VOICE)
        u = self.r.random()
        if u < 0.25 + 0.65 * q:
            return self.one(ph.OWN_WORDS if self.r.random() < 0.5 else ph.REPORTED_WORDS)
        return self.one(ph.NO_VOICE)


def _labelled(label: str, text: str) -> str:
    """'Label: text', or nothing at all when there is no text (a missing section)."""
    return f"{label}: {text}" if text else ""


def long_date(d: date) -> str:
    """6 March 2026 (no zero padding, on any platform)."""
    return f"{d.day} {d:%B %Y}"


def _actions_text(actions: list[Action]) -> str:
    return "\n".join(f"- {a.text}" for a in actions)


def care_plan(
    w: Writer,
    doc_id: str,
    child: str,
    when: date,
    author: str,
    q: float,
    route: str,
    age: int,
    settled: bool = True,
) -> Document:
    """A care plan; before the second review (`settled` False) permanence is often still open,
    after it a vague permanence plan is a shortfall (the plan is due by the 2nd review)."""
    r = w.r
    themes: tuple[str, ...] = ("health", "education", "family", "placement", "legal")
    if age >= 15:
        themes = (*themes, "independence")
    actions = w.actions(when, q, themes, r.randint(3, 6))
    clear = r.random() < (0.6 + 0.4 * q if settled else 0.3 + 0.4 * q)
    options = ph.PERMANENCE.get(route, ph.PERMANENCE["other"])
    po = "in place" if r.random() < 0.5 else "being sought"
    permanence = w.one(options, po=po) if clear else w.one(ph.VAGUE_PERMANENCE)
    due = when + timedelta(days=r.choice((60, 90, 120, 180)))
    contingency = w.one(ph.CONTINGENCY, date=long_date(due)) if r.random() < 0.3 + 0.6 * q else None
    parts = [
        w.background(),
        " ".join(dict.fromkeys(w.progress(age) for _ in range(r.randint(1, 3)))),
        _labelled("Wishes and feelings", w.voice(q, age)),
        f"Plan for permanence: {permanence}",
        f"Contingency: {contingency}" if contingency else "",
        "Actions:\n" + _actions_text(actions),
    ]
    text = "\n\n".join(p for p in parts if p)
    return Document(
        doc_id,
        child,
        "care_plan",
        when,
        author,
        text,
        contingency=contingency,
        permanence=permanence,
        actions=actions,
    )


def review_record(
    w: Writer, doc_id: str, child: str, when: date, author: str, q: float, code: str, age: int
) -> Document:
    r = w.r
    attended = code in ("PN1", "PN2", "PN3", "PN4")
    views_given = code not in ("PN0", "PN7") and r.random() < 0.35 + 0.6 * q
    if code == "PN0":
        views = w.one(ph.YOUNG_CHILD_VOICE)
    elif views_given:
        views = f"{w.ctx['name']}'s views: " + w.one(ph.OWN_WORDS + ph.REPORTED_WORDS)
    else:
        views = w.one(ph.REVIEW_NO_VIEWS)
    parts = [
        w.one(ph.REVIEW_OPEN),
        f"{w.ctx['name']} attended." if attended else "",
        views,
        w.progress(age),
        w.one(ph.REVIEW_DECISIONS),
        f"Participation code: {code}.",
    ]
    return Document(doc_id, child, "review", when, author, "\n\n".join(p for p in parts if p))


def pep(
    w: Writer, doc_id: str, child: str, when: date, author: str, q: float, age: int
) -> Document:
    actions = w.actions(when, q, ("education", "education", "health"), w.r.randint(2, 4))
    parts = [
        f"Personal education plan, {w.ctx['school']}, {when:%B %Y}.",
        w.progress(age),
        _labelled("My views", w.voice(q, age)),
        "Targets:\n" + _actions_text(actions),
    ]
    text = "\n\n".join(p for p in parts if p)
    return Document(doc_id, child, "pep", when, author, text, actions=actions)


def pathway_plan(
    w: Writer, doc_id: str, child: str, when: date, author: str, q: float, age: int
) -> Document:
    themes = ("independence", "independence", "education", "health")
    actions = w.actions(when, q, themes, w.r.randint(3, 5))
    parts = [
        f"Pathway plan for {w.ctx['name']}, aged {age}.",
        w.progress(age),
        _labelled("What I want", w.voice(q, age)),
        "Actions:\n" + _actions_text(actions),
    ]
    text = "\n\n".join(p for p in parts if p)
    return Document(doc_id, child, "pathway_plan", when, author, text, actions=actions)


def oversight(w: Writer, doc_id: str, child: str, when: date, author: str, q: float) -> Document:
    due = when + timedelta(days=w.r.choice((14, 21, 28)))
    if w.r.random() < 0.2 + 0.7 * q:
        text = w.one(ph.OVERSIGHT_GOOD, date=long_date(due))
    else:
        text = w.r.choice(ph.OVERSIGHT_POOR)
    return Document(doc_id, child, "oversight", when, author, text)


def supervision(
    w: Writer,
    doc_id: str,
    child: str,
    when: date,
    author: str,
    q: float,
    worker: str,
    previous: list[Action] | None,
    age: int,
) -> Document:
    """A case supervision record; poor ones copy the previous session's actions unchanged."""
    repeat = previous is not None and w.r.random() < 0.45 - 0.4 * q
    if repeat and previous is not None:
        actions = [Action(a.text, a.owner, a.due, a.measure) for a in previous]
    else:
        actions = w.actions(when, q, ("placement", "family", "health", "education"), 3)
    parts = [
        w.one(ph.SUPERVISION_OPEN, worker=worker),
        w.progress(age),
        "Actions:\n" + _actions_text(actions),
    ]
    return Document(
        doc_id,
        child,
        "supervision",
        when,
        author,
        "\n\n".join(parts),
        previous_text=_actions_text(previous) if previous else None,
        actions=actions,
    )

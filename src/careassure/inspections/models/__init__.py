"""The register of inspections and assessments, their findings and actions, LILAC, and reports."""

from careassure.inspections.models.lilac import LilacEvidence, LilacRating, LilacStandard
from careassure.inspections.models.register import (
    Assessment,
    Finding,
    ImprovementAction,
    Judgement,
)
from careassure.inspections.models.reports import ReportVersion, ScrutinyReport

__all__ = [
    "Assessment",
    "Finding",
    "ImprovementAction",
    "Judgement",
    "LilacEvidence",
    "LilacRating",
    "LilacStandard",
    "ReportVersion",
    "ScrutinyReport",
]

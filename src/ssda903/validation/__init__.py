"""Validation of a 903 return on DfE's published rules (see engine.py)."""

from ssda903.validation.engine import Finding, RuleContext, rule, rule_info, rules_for_year, run

__all__ = ["Finding", "RuleContext", "rule", "rule_info", "rules_for_year", "run"]

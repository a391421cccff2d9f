"""SSDA903: the DfE children looked after return — code lists, readers, writers and validation.

Pure Python + Polars; never imports Django (docs/decisions/0001-layout.md).
"""

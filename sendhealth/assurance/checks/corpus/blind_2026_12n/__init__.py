"""Blind set 2026-12n: labelled cases written without seeing the checks (see README.md)."""

from .cases import BLIND

__all__ = ["BLIND"]

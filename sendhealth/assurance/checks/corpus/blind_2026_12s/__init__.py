"""Blind set 2026-12s: labelled cases written without seeing the checks (see README.md)."""

from .cases import BLIND

__all__ = ["BLIND"]

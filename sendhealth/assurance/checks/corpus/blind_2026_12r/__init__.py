"""Blind set 2026-12r: 120-odd labelled cases written without seeing the checks."""

from .cases import BLIND

__all__ = ["BLIND"]

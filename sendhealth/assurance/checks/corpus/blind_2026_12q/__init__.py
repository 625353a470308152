"""Blind set 2026-12q: labelled cases written without seeing the checks."""

from .cases import BLIND

__all__ = ["BLIND"]

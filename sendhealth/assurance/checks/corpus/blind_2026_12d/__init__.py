"""Blind set 2026-12d (hand-labelled, written without reading the checks)."""

from .cases import BLIND

__all__ = ["BLIND"]

"""Blind labelled set 2026-12c: see README.md. Written without reading the checks."""

from .cases import BLIND

__all__ = ["BLIND"]

"""Test helper for the reminder jobs: a run stopped halfway (``core.reminders``' jobs send each
batch's messages with ``send_messages``; here the run fails when it sends a later batch)."""

from collections.abc import Iterator
from contextlib import contextmanager
from unittest.mock import patch

import pytest

from sendhealth.core import reminders


class Stopped(Exception):
    """The run was stopped (the worker killed, the database gone) in the middle of a batch."""


@contextmanager
def stopped_after(batches: int) -> Iterator[None]:
    """Let ``batches`` batches go, then fail in the next, as a run stopped halfway would."""
    real = reminders.send_messages
    sent = 0

    def stopping(drafts):
        nonlocal sent
        if sent >= batches:
            raise Stopped
        sent += 1
        return real(drafts)

    with patch.object(reminders, "send_messages", stopping), pytest.raises(Stopped):
        yield

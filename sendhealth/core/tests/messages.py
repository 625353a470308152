"""Test helpers for code that sends messages: ``core.messaging`` emails a message once its
transaction commits, and a test runs inside a transaction that never does."""

from django.test import TestCase


def committed():
    """Run what waits for the transaction to commit (messages' emails), as a commit would."""
    return TestCase.captureOnCommitCallbacks(execute=True)


def run_committed(task, *args, **kwargs):
    """Run a background task as the worker does: each message it records is emailed once the
    task's own writes commit."""
    with committed():
        return task.call(*args, **kwargs)

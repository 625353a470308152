"""Keep personal data out of logs: drop query strings and mask anything that looks like an
NHS number or a date of birth in a log line."""

import logging
import re
import traceback

NHS_NUMBER_LIKE = re.compile(r"(?<!\d)\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)")
QUERY_STRING = re.compile(r"\?[^\s\"']*")
GUEST_TOKEN = re.compile(r"(/guest/)[^/\s?\"']+")


def redact(text: str) -> str:
    text = GUEST_TOKEN.sub(r"\1[redacted]", text)
    return NHS_NUMBER_LIKE.sub("[redacted]", QUERY_STRING.sub("?[redacted]", text))


class RedactPersonalData(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and record.exc_info[1] is not None:
            # An exception's message may quote a record's text (a value that failed to save or
            # export): keep where it happened and its type, never its message.
            kind, _, trace = record.exc_info
            frames = "".join(traceback.format_tb(trace))
            record.msg = (
                f"{cleaned}\nTraceback (most recent call last):\n{frames}"
                f"{kind.__module__}.{kind.__qualname__}: [message withheld]"
            )
            record.args, record.exc_info, record.exc_text = None, None, None
        return True

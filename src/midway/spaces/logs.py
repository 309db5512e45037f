"""Logging filters: what the server says about a request it refuses."""

import logging


class OneLineWarning(logging.Filter):
    """A refused Host header is the client's mistake or a probe, not Midway's error:
    one WARNING line, no traceback (Django logs it as an ERROR with one)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.exc_info = record.exc_text = record.stack_info = None
        return True

"""Errors the CLI reports as one line (what went wrong, what to do) instead of a traceback."""


class StreamsError(Exception):
    """A failure the user can act on; `hint` says how."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class MissingToolError(StreamsError):
    """A program the broker needs (java, mvn) is not on PATH."""


class BrokerStartError(StreamsError):
    """The embedded Kafka broker did not come up."""


class InputError(StreamsError):
    """An input file or argument cannot be read as articles."""

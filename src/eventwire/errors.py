"""eventwire's exception tree: every error has a stable code and a message a user can act on.

    EventwireError
    ├── ConfigError        [E1xx] settings, dictionaries, registry names
    ├── InputError         [E2xx] a file or record that cannot be read as an article
    ├── PipelineError      [E3xx] a stage failed or the stages are out of order
    ├── StoreError         [E4xx] the embedded database
    └── ApiError           [E5xx] a bad request to the web API (carries its HTTP status)
"""

from __future__ import annotations

__all__ = ["EventwireError", "ConfigError", "InputError", "PipelineError", "StoreError", "ApiError"]


class EventwireError(Exception):
    """Base of every error eventwire raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        self.code = code or self.code
        self.message = message
        super().__init__(f"[{self.code}] {message}")


class ConfigError(EventwireError):
    """A setting, dictionary file or registry name is wrong."""

    code = "E100"


class InputError(EventwireError):
    """A file or record could not be read as an article; carries where it came from."""

    code = "E200"

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 code: str | None = None) -> None:
        self.path = path
        self.line = line
        where = path or "<input>"
        if line is not None:
            where = f"{where}:{line}"
        self.where = where
        super().__init__(f"{where}: {message}", code=code)


class PipelineError(EventwireError):
    """A pipeline stage failed on an article, or the stages were assembled in the wrong order."""

    code = "E300"

    def __init__(self, message: str, *, stage: str | None = None, article_id: str | None = None,
                 code: str | None = None) -> None:
        self.stage = stage
        self.article_id = article_id
        super().__init__(message, code=code)


class StoreError(EventwireError):
    """The embedded database could not be opened, read or written."""

    code = "E400"


class ApiError(EventwireError):
    """A request the web API cannot answer; `status` is the HTTP status it is answered with."""

    code = "E500"

    def __init__(self, message: str, *, status: int = 400, code: str | None = None) -> None:
        self.status = status
        super().__init__(message, code=code)

"""The JSON API and the web page over one eventwire database, as a WSGI application.

Every error, whatever its cause, is answered in one shape: `{"error": {"status", "code", "message"}}`.
The database is opened read-only for each request, so `eventwire ingest` can run between requests.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Callable, Iterable, Optional
from urllib.parse import parse_qs

from ..errors import ApiError, EventwireError, StoreError
from ..settings import Settings
from .page import PAGE

__all__ = ["EventwireApp"]

_CODE = re.compile(r"^[A-Z0-9]{1,12}$")
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_MAX_LIMIT = 10_000


class Request:
    """What a handler needs from the WSGI environ: method, path, query and body."""

    def __init__(self, environ: dict, max_body: int) -> None:
        self.method = environ.get("REQUEST_METHOD", "GET").upper()
        self.path = environ.get("PATH_INFO", "/") or "/"
        self.query = {k: v[-1] for k, v in parse_qs(environ.get("QUERY_STRING", "")).items()}
        self._environ = environ
        self._max_body = max_body

    def body(self) -> bytes:
        """The request body, refused when it is larger than the limit."""
        try:
            length = int(self._environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            raise ApiError("Content-Length is not a number", status=400, code="E505") from None
        if length < 0:
            raise ApiError("Content-Length cannot be negative", status=400, code="E505")
        if length > self._max_body:
            raise ApiError(f"the body has {length:,} bytes, over the limit of {self._max_body:,}", status=413,
                           code="E504")
        return self._environ["wsgi.input"].read(length) if length else b""

    def code(self, name: str) -> Optional[str]:
        """An actor or CAMEO code parameter, upper-cased and checked."""
        value = self.query.get(name)
        if value is None or value == "":
            return None
        value = value.strip().upper()
        if not _CODE.match(value):
            raise ApiError(f"`{name}` must be a code of letters and digits such as RUSGOV or 19, not {value!r}",
                           code="E502")
        return value

    def date(self, name: str, end: bool = False) -> Optional[str]:
        """An ISO date parameter (YYYY, YYYY-MM or YYYY-MM-DD) as a day: its first, or with `end` its last."""
        value = self.query.get(name)
        if not value:
            return None
        if not _ISO.match(value):
            raise ApiError(f"`{name}` must be an ISO date such as 2008-08-08, not {value!r}", code="E502")
        parts = [int(p) for p in value.split("-")] + [1, 1]
        try:
            dt.date(parts[0], parts[1], parts[2])
        except ValueError:
            raise ApiError(f"`{name}` is not a real date: {value!r}", code="E502") from None
        from ..time import period_end, period_start

        return (period_end(value) if end else period_start(value)).isoformat()

    def integer(self, name: str, default: int, low: int = 1, high: int = _MAX_LIMIT) -> int:
        """A bounded whole-number parameter."""
        value = self.query.get(name)
        if value in (None, ""):
            return default
        try:
            n = int(value)
        except ValueError:
            raise ApiError(f"`{name}` must be a whole number, not {value!r}", code="E502") from None
        if not low <= n <= high:
            raise ApiError(f"`{name}` must be between {low} and {high}, not {n}", code="E502")
        return n

    def flag(self, name: str) -> bool:
        """A yes/no parameter: 1, true or yes."""
        return self.query.get(name, "").lower() in {"1", "true", "yes", "on"}

    def dyad(self) -> Optional[tuple[str, str]]:
        """The `dyad=A,B` parameter."""
        value = self.query.get("dyad")
        if not value:
            return None
        parts = [p.strip().upper() for p in value.split(",")]
        if len(parts) != 2 or not all(_CODE.match(p) for p in parts):
            raise ApiError(f"`dyad` must be two codes separated by a comma, such as RUS,GEO, not {value!r}",
                           code="E502")
        return parts[0], parts[1]


class EventwireApp:
    """The WSGI application: `/` is the web page, `/api/...` the JSON API (listed at `/api`)."""

    def __init__(self, settings: Settings, pipeline_factory: Optional[Callable] = None) -> None:
        self.settings = settings
        self._pipeline_factory = pipeline_factory
        self._pipeline = None
        self.routes = {
            ("GET", "/"): self.page,
            ("GET", "/api"): self.index,
            ("GET", "/api/counts"): self.counts,
            ("GET", "/api/events"): self.events,
            ("GET", "/api/relations"): self.relations,
            ("GET", "/api/article"): self.article,
            ("GET", "/api/timeline"): self.timeline,
            ("GET", "/api/sources"): self.sources,
            ("GET", "/api/actors-top"): self.actors_top,
            ("GET", "/api/dyads-top"): self.dyads_top,
            ("POST", "/api/extract"): self.extract,
        }

    def __call__(self, environ: dict, start_response) -> Iterable[bytes]:
        request = Request(environ, max_body=self.settings.max_article_chars * 4)
        try:
            handler = self.routes.get((request.method, request.path.rstrip("/") or "/"))
            if handler is None:
                if any(path == (request.path.rstrip("/") or "/") for _, path in self.routes):
                    raise ApiError(f"{request.method} is not allowed on {request.path}", status=405, code="E503")
                raise ApiError(f"no such page or endpoint: {request.path}; the API is listed at /api", status=404,
                               code="E501")
            status, content_type, body = handler(request)
        except ApiError as exc:
            status, content_type, body = exc.status, "application/json", _error(exc.status, exc.code, exc.message)
        except StoreError as exc:
            code = 404 if exc.code == "E404" else 503
            status, content_type, body = code, "application/json", _error(code, exc.code, exc.message)
        except EventwireError as exc:
            status, content_type, body = 400, "application/json", _error(400, exc.code, exc.message)
        except Exception as exc:  # the one place a bug becomes a 500 instead of a dropped connection
            status, content_type, body = 500, "application/json", _error(
                500, "E500", f"internal error ({type(exc).__name__}); the server log has the details")
        data = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False, default=str).encode()
        start_response(f"{status} {_REASONS.get(status, 'Error')}",
                       [("Content-Type", f"{content_type}; charset=utf-8"), ("Content-Length", str(len(data)))])
        return [data]

    # --- helpers ---------------------------------------------------------------------------------

    def _store(self):
        from ..store import Store

        return Store(self.settings.db, read_only=True)

    def pipeline(self):
        """The pipeline for /api/extract, built on first use."""
        if self._pipeline is None:
            from ..pipeline import Pipeline

            self._pipeline = self._pipeline_factory() if self._pipeline_factory else Pipeline(self.settings)
        return self._pipeline

    # --- handlers --------------------------------------------------------------------------------

    def page(self, request: Request):
        """The web page: search stored events, read their evidence, extract from pasted text."""
        return 200, "text/html", PAGE.encode("utf-8")

    def index(self, request: Request):
        """The list of endpoints and their parameters."""
        return 200, "application/json", {"endpoints": _ENDPOINTS, "database": self.settings.db}

    def counts(self, request: Request):
        """Rows per table."""
        with self._store() as store:
            return 200, "application/json", {"counts": store.counts()}

    def events(self, request: Request):
        """Stored events: fused (one per real event) by default, or every mention with `mentions=1`."""
        args = dict(actor=request.code("actor"), dyad=request.dyad(), code=request.code("code"),
                    since=request.date("since"), until=request.date("until", end=True),
                    current_only=request.flag("current_only"), limit=request.integer("limit", 200))
        with self._store() as store:
            if request.flag("mentions"):
                rows = [e.to_dict() for e in store.events(**args)]
            else:
                rows = store.fused_events(**args)
        return 200, "application/json", {"count": len(rows), "events": rows}

    def relations(self, request: Request):
        """Events between two countries per year."""
        a, b = request.code("a"), request.code("b")
        if not a or not b:
            raise ApiError("`a` and `b` are required: two country codes such as RUS and GEO", code="E502")
        with self._store() as store:
            return 200, "application/json", {"a": a, "b": b, "years": store.relations_by_year(a, b)}

    def _pair(self, request: Request) -> tuple[str, str]:
        a, b = request.code("a"), request.code("b")
        if not a or not b:
            raise ApiError("`a` and `b` are required: two country codes such as RUS and GEO", code="E502")
        return a, b

    def timeline(self, request: Request):
        """Per period: events per quad class, Goldstein sum and mean, cooperation–conflict index."""
        from ..analysis import timeline

        a, b = self._pair(request)
        by = request.query.get("by", "month")
        if by not in {"month", "quarter", "year"}:
            raise ApiError(f"`by` must be month, quarter or year, not {by!r}", code="E502")
        with self._store() as store:
            tl = timeline(store.con, a, b, by=by, since=request.date("since"),
                          until=request.date("until", end=True), by_published=request.flag("by_published"))
        return 200, "application/json", {"a": tl.a, "b": tl.b, "by": tl.by, "too_coarse": tl.too_coarse,
                                         "periods": tl.rows}

    def sources(self, request: Request):
        """Per outlet, how it tells a dyad (or everything): counts per root, Goldstein, background share."""
        from ..analysis import compare_sources, exclusive_events

        args = dict(dyad=request.dyad(), since=request.date("since"), until=request.date("until", end=True))
        with self._store() as store:
            return 200, "application/json", {"outlets": compare_sources(store.con, **args),
                                             "exclusive": exclusive_events(store.con, **args)}

    def _ranked(self, request: Request, fn):
        level = request.query.get("level", "code")
        if level not in {"code", "country"}:
            raise ApiError(f"`level` must be code or country, not {level!r}", code="E502")
        with self._store() as store:
            return fn(store.con, since=request.date("since"), until=request.date("until", end=True),
                      limit=request.integer("limit", 20, high=1000), level=level)

    def actors_top(self, request: Request):
        """The most active actors in a period."""
        from ..analysis import actors_top

        return 200, "application/json", {"actors": self._ranked(request, actors_top)}

    def dyads_top(self, request: Request):
        """The pairs with most events between them in a period."""
        from ..analysis import dyads_top

        return 200, "application/json", {"dyads": self._ranked(request, dyads_top)}

    def article(self, request: Request):
        """One stored article with its sentences' events: the evidence behind the records."""
        article_id = request.query.get("id")
        if not article_id:
            raise ApiError("`id` is required", code="E502")
        with self._store() as store:
            row = store.con.execute("SELECT id, title, published, source, url, text FROM articles WHERE id = ?",
                                    [article_id]).fetchone()
            if row is None:
                raise ApiError(f"no article {article_id!r} in {self.settings.db}", status=404, code="E506")
            records = store.con.execute("SELECT record FROM event_mentions WHERE article_id = ? "
                                        "ORDER BY trigger_start", [article_id]).fetchall()
            events = [json.loads(r) for (r,) in records]
        keys = ("id", "title", "published", "source", "url", "text")
        return 200, "application/json", {"article": dict(zip(keys, row)), "events": events}

    def extract(self, request: Request):
        """Events of a posted text: JSON `{"text", "published", "source"}` or plain text; nothing is stored."""
        from ..ingest import article_from_text

        raw = request.body()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ApiError("the body is not UTF-8 text", code="E505") from None
        published = source = None
        if text.lstrip().startswith("{"):
            try:
                data = json.loads(text)
            except ValueError as exc:
                raise ApiError(f"the body is not valid JSON: {exc}", code="E505") from None
            if not isinstance(data, dict) or not isinstance(data.get("text"), str):
                raise ApiError('the JSON body needs a "text" string', code="E505")
            text, published, source = data["text"], data.get("published"), data.get("source")
        article = article_from_text(text, published=published, source=source,
                                    max_chars=self.settings.max_article_chars)
        result = self.pipeline().process(article)
        return 200, "application/json", {"article": result.article.to_dict(),
                                         "events": [e.to_dict() for e in result.events]}


def _error(status: int, code: str, message: str) -> dict:
    return {"error": {"status": status, "code": code, "message": message}}


_REASONS = {200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed", 413: "Payload Too Large",
            500: "Internal Server Error", 503: "Service Unavailable"}

_ENDPOINTS = [
    {"path": "/api/counts", "method": "GET", "params": []},
    {"path": "/api/events", "method": "GET",
     "params": ["actor", "dyad", "code", "since", "until", "current_only", "limit", "mentions"]},
    {"path": "/api/relations", "method": "GET", "params": ["a", "b"]},
    {"path": "/api/article", "method": "GET", "params": ["id"]},
    {"path": "/api/timeline", "method": "GET", "params": ["a", "b", "by", "since", "until", "by_published"]},
    {"path": "/api/sources", "method": "GET", "params": ["dyad", "since", "until"]},
    {"path": "/api/actors-top", "method": "GET", "params": ["since", "until", "limit", "level"]},
    {"path": "/api/dyads-top", "method": "GET", "params": ["since", "until", "limit", "level"]},
    {"path": "/api/extract", "method": "POST", "params": ["text", "published", "source"]},
]

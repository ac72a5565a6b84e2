"""The web face: a JSON API and a web page over one eventwire database (entry points: `make_app`, `serve`)."""

from __future__ import annotations

from typing import Callable, Optional

from ..settings import Settings
from .app import EventwireApp

__all__ = ["make_app", "serve", "EventwireApp"]


def make_app(settings: Settings, pipeline_factory: Optional[Callable] = None) -> EventwireApp:
    """Return the WSGI application for `settings.db` (any WSGI server can run it)."""
    return EventwireApp(settings, pipeline_factory)


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8765) -> None:
    """Serve the application with the standard library's WSGI server until interrupted."""
    from wsgiref.simple_server import WSGIRequestHandler, make_server

    class Quiet(WSGIRequestHandler):
        def log_message(self, format, *args):  # noqa: A002 - the name is the standard library's
            pass

    with make_server(host, port, make_app(settings), handler_class=Quiet) as server:
        server.serve_forever()

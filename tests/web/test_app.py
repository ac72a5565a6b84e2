"""The JSON API and the web page, in-process over a database of the seeds; every error path answers
in the one JSON error shape."""

from __future__ import annotations

import io
import json
from wsgiref.util import setup_testing_defaults

import pytest

from eventwire.jobs import ingest_paths
from eventwire.settings import Settings
from eventwire.web import make_app

from ..conftest import SEEDS, need_shared


@pytest.fixture(scope="module")
def app(pipeline, tmp_path_factory):
    db = str(tmp_path_factory.mktemp("web") / "ew.duckdb")
    settings = Settings(db=db, max_article_chars=5000)
    ingest_paths([str(need_shared(SEEDS))], settings, pipeline=pipeline)
    return make_app(settings, pipeline_factory=lambda: pipeline)


def call(app, path, method="GET", query="", body=b"", content_length=None):
    environ = {"REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": query,
               "wsgi.input": io.BytesIO(body), "CONTENT_LENGTH": str(len(body) if content_length is None
                                                                     else content_length)}
    setup_testing_defaults(environ)
    seen = {}

    def start_response(status, headers):
        seen["status"], seen["headers"] = int(status.split()[0]), dict(headers)

    data = b"".join(app(environ, start_response))
    kind = seen["headers"]["Content-Type"]
    return seen["status"], json.loads(data) if kind.startswith("application/json") else data.decode()


def test_page_is_served_and_self_contained(app):
    status, html = call(app, "/")
    assert status == 200 and "<form id=\"search\">" in html and "/api/events" in html
    assert "http://" not in html and "https://" not in html


def test_index_lists_every_endpoint(app):
    status, body = call(app, "/api")
    assert status == 200
    paths = {e["path"] for e in body["endpoints"]}
    assert {path for (_, path) in app.routes if path.startswith("/api/")} == paths


def test_counts_and_fused_events_of_the_seeds(app):
    status, body = call(app, "/api/counts")
    assert status == 200 and body["counts"]["articles"] == 2
    status, body = call(app, "/api/events", query="dyad=RUS,GEO&code=161")
    assert status == 200 and body["count"] >= 1
    severance = [e for e in body["events"] if e["source_code"] == "GEO" and e["date_value"] == "2008-09-02"]
    assert severance and severance[0]["num_mentions"] >= 1 and severance[0]["background"] is True


def test_event_mentions_carry_their_evidence(app):
    status, body = call(app, "/api/events", query="actor=GEO&mentions=1")
    assert status == 200 and body["count"] >= 2
    for e in body["events"]:
        s, t = e["sentence"], e["trigger"]
        assert s["text"][t["start"] - s["start"]:t["end"] - s["start"]] == t["text"]


def test_relations_and_article(app):
    status, body = call(app, "/api/relations", query="a=RUS&b=GEO")
    assert status == 200 and any(row["year"] == 2008 for row in body["years"])
    status, body = call(app, "/api/article", query="id=000_35ed4c8641d79165")
    assert status == 200 and body["article"]["published"].startswith("2021-08-13") and body["events"]


def test_timeline_sources_and_rankings(app):
    status, body = call(app, "/api/timeline", query="a=RUS&b=GEO&by=year&by_published=1")
    assert status == 200
    y2008 = [p for p in body["periods"] if str(p.get("period")).startswith("2008")]
    assert y2008 and body["by"] == "year"
    status, body = call(app, "/api/sources", query="dyad=RUS,GEO")
    assert status == 200 and {o["outlet"] for o in body["outlets"]} >= {"TASS"}
    status, body = call(app, "/api/actors-top", query="limit=5&level=country")
    assert status == 200 and 0 < len(body["actors"]) <= 5
    assert {"RUS", "GEO"} & {a["actor"] for a in body["actors"]}
    status, body = call(app, "/api/dyads-top", query="limit=3")
    assert status == 200 and len(body["dyads"]) <= 3


def test_extract_json_and_plain_text(app):
    text = "On September 2, 2008, Georgia severed diplomatic ties with Russia."
    status, body = call(app, "/api/extract", "POST",
                        body=json.dumps({"text": text, "published": "2021-08-13"}).encode())
    assert status == 200
    (e,) = [e for e in body["events"] if e["cameo"]["code"] == "161"]
    assert (e["source"]["code"], e["target"]["code"], e["date"]["value"]) == ("GEO", "RUS", "2008-09-02")
    status, body = call(app, "/api/extract", "POST", body=text.encode())
    assert status == 200 and any(e["cameo"]["code"] == "161" for e in body["events"])


@pytest.mark.parametrize("path,method,query,body,status,code", [
    ("/nowhere", "GET", "", b"", 404, "E501"),
    ("/api/events", "POST", "", b"", 405, "E503"),
    ("/api/extract", "GET", "", b"", 405, "E503"),
    ("/api/events", "GET", "since=last+week", b"", 400, "E502"),
    ("/api/events", "GET", "since=2008-02-30", b"", 400, "E502"),
    ("/api/events", "GET", "limit=zero", b"", 400, "E502"),
    ("/api/events", "GET", "limit=0", b"", 400, "E502"),
    ("/api/events", "GET", "dyad=RUS", b"", 400, "E502"),
    ("/api/events", "GET", "actor=RUS%20GOV", b"", 400, "E502"),
    ("/api/relations", "GET", "a=RUS", b"", 400, "E502"),
    ("/api/timeline", "GET", "a=RUS&b=GEO&by=week", b"", 400, "E502"),
    ("/api/timeline", "GET", "b=GEO", b"", 400, "E502"),
    ("/api/actors-top", "GET", "level=planet", b"", 400, "E502"),
    ("/api/dyads-top", "GET", "limit=5000", b"", 400, "E502"),
    ("/api/sources", "GET", "dyad=RUS;GEO", b"", 400, "E502"),
    ("/api/article", "GET", "", b"", 400, "E502"),
    ("/api/article", "GET", "id=nope", b"", 404, "E506"),
    ("/api/extract", "POST", "", b"\xff\xfe\x00", 400, "E505"),
    ("/api/extract", "POST", "", b"{not json", 400, "E505"),
    ("/api/extract", "POST", "", b'{"title": "no text"}', 400, "E505"),
    ("/api/extract", "POST", "", b"   ", 400, "E204"),
    ("/api/extract", "POST", "", b"x" * 6000, 400, "E205"),
    ("/api/extract", "POST", "", b"x" * 30000, 413, "E504"),
])
def test_every_error_has_one_shape(app, path, method, query, body, status, code):
    got_status, got = call(app, path, method, query, body)
    assert got_status == status
    assert set(got) == {"error"} and set(got["error"]) == {"status", "code", "message"}
    assert got["error"]["status"] == status and got["error"]["code"] == code and got["error"]["message"]


def test_bad_content_length_and_missing_database(app, tmp_path):
    status, got = call(app, "/api/extract", "POST", body=b"hi", content_length="many")
    assert (status, got["error"]["code"]) == (400, "E505")
    status, got = call(app, "/api/extract", "POST", body=b"hi", content_length="-1")
    assert (status, got["error"]["code"]) == (400, "E505")
    status, got = call(app, "/api/extract", "POST", body=json.dumps({"text": "Hi.", "published": "soon"}).encode())
    assert (status, got["error"]["code"]) == (400, "E207")
    empty = make_app(Settings(db=str(tmp_path / "none.duckdb")))
    status, got = call(empty, "/api/events")
    assert status in {404, 503} and got["error"]["code"].startswith("E4")


def test_a_bug_is_a_500_in_the_same_shape(app, monkeypatch):
    def broken(request):
        raise RuntimeError("boom")

    monkeypatch.setitem(app.routes, ("GET", "/api/counts"), broken)
    status, got = call(app, "/api/counts")
    assert status == 500 and got["error"]["code"] == "E500" and "RuntimeError" in got["error"]["message"]


def test_over_real_http(app):
    import threading
    import urllib.error
    import urllib.request
    from wsgiref.simple_server import WSGIRequestHandler, make_server

    class Quiet(WSGIRequestHandler):
        def log_message(self, *args):
            pass

    with make_server("127.0.0.1", 0, app, handler_class=Quiet) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        base = f"http://127.0.0.1:{server.server_port}"
        try:
            with urllib.request.urlopen(base + "/api/counts") as res:
                assert res.status == 200 and json.load(res)["counts"]["articles"] == 2
            with pytest.raises(urllib.error.HTTPError) as info:
                urllib.request.urlopen(base + "/api/events?since=yesterday")
            assert info.value.code == 400 and json.load(info.value)["error"]["code"] == "E502"
            info.value.close()
        finally:
            server.shutdown()
            thread.join()

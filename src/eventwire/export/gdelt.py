"""The GDELT 2.0 event and mentions tables' columns, filled from eventwire's fused events and mentions.

docs/export.md gives the mapping column by column: what eventwire fills as GDELT does, what it fills
better (the event date is when the event happened, not when it was reported; counts leave out
near-duplicate copies) and what it leaves empty (tone, actor geography, ethnic and religious codes).
"""

from __future__ import annotations

__all__ = ["EVENT_COLUMNS", "MENTION_COLUMNS", "events_sql", "mentions_sql"]


def _actor(n: int) -> list[str]:
    return [f"Actor{n}{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                                     "Religion2Code", "Type1Code", "Type2Code", "Type3Code")]


def _geo(prefix: str) -> list[str]:
    return [f"{prefix}_{c}" for c in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                                      "FeatureID")]


EVENT_COLUMNS = (["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"] + _actor(1) + _actor(2)
                 + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                    "NumMentions", "NumSources", "NumArticles", "AvgTone"]
                 + _geo("Actor1Geo") + _geo("Actor2Geo") + _geo("ActionGeo") + ["DATEADDED", "SOURCEURL"])

MENTION_COLUMNS = ["GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
                   "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
                   "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo",
                   "Extras"]


def _actor_sql(side: str, name: str) -> list[str]:
    code, country = f"e.{side}_code", f"e.{side}_country"
    # Codes are a country (or none) then 3-letter roles: RUSGOV -> country RUS, type GOV; IGOUNO -> type IGO.
    roles = f"CASE WHEN {country} IS NOT NULL THEN {code}[4:] ELSE {code} END"
    return [code, f"upper({name})", country, "NULL", "NULL", "NULL", "NULL",
            f"nullif({roles}[1:3], '')", f"nullif({roles}[4:6], '')", f"nullif({roles}[7:9], '')"]


def _no_geo() -> list[str]:
    return ["0", "NULL", "NULL", "NULL", "NULL", "NULL", "NULL", "NULL"]


def events_sql() -> str:
    """SELECT giving the 61 GDELT 2.0 event columns in order, one row per fused event."""
    exprs = [
        "e.event_num", "strftime(e.event_date, '%Y%m%d')", "strftime(e.event_date, '%Y%m')",
        "year(e.event_date)",
        "round(year(e.event_date) + (dayofyear(e.event_date) - 1) / 365.0, 4)",
        *_actor_sql("source", "f.source_name"), *_actor_sql("target", "f.target_name"),
        "CASE WHEN e.is_root THEN 1 ELSE 0 END", "e.cameo_code", "e.cameo_code[1:3]", "e.cameo_root",
        "e.quad_class", "e.goldstein", "e.num_mentions", "e.num_sources", "e.num_articles", "NULL",
        *_no_geo(), *_no_geo(),
        "CASE WHEN e.lat IS NULL THEN 0 ELSE 4 END", "e.location_name", "e.location_country", "NULL", "NULL",
        "e.lat", "e.lon", "NULL",
        "strftime(e.first_reported, '%Y%m%d') || '000000'", "f.url",
    ]
    select = ", ".join(f"{x} AS {name}" for x, name in zip(exprs, EVENT_COLUMNS))
    # Actor names and the URL come from the event's first reported mention that carries its codes as
    # they stand, preferring an original article over a near-duplicate copy.
    return f"""
        WITH ranked AS (
            SELECT m.event_id, json_extract_string(m.record, '$.source.text') AS source_name,
                   json_extract_string(m.record, '$.target.text') AS target_name, coalesce(a.url, a.id) AS url,
                   row_number() OVER (PARTITION BY m.event_id ORDER BY
                       (m.source_code IS NOT DISTINCT FROM ev.source_code
                        AND m.target_code IS NOT DISTINCT FROM ev.target_code) DESC,
                       a.duplicate_of IS NOT NULL, m.published NULLS LAST, m.article_id, m.trigger_start) AS rank
            FROM event_mentions m JOIN articles a ON a.id = m.article_id JOIN events ev ON ev.event_id = m.event_id),
        f AS (SELECT * FROM ranked WHERE rank = 1)
        SELECT {select} FROM events e LEFT JOIN f ON f.event_id = e.event_id ORDER BY e.event_num"""


def mentions_sql() -> str:
    """SELECT giving the 16 GDELT 2.0 mentions columns in order, one row per event mention."""
    sentence_start = "CAST(json_extract(m.record, '$.sentence.start') AS INTEGER)"
    sentence = "json_extract_string(m.record, '$.sentence.text')"

    def offset(side: str) -> str:
        text = f"json_extract_string(m.record, '$.{side}.text')"
        return f"CASE WHEN strpos({sentence}, {text}) > 0 THEN {sentence_start} + strpos({sentence}, {text}) - 1 " \
               f"ELSE -1 END"

    exprs = [
        "e.event_num", "strftime(e.first_reported, '%Y%m%d') || '000000'",
        "strftime(m.published, '%Y%m%d') || '000000'",
        "1", "coalesce(a.source, '')", "coalesce(a.url, a.id)", "m.sentence_idx + 1", offset("source"),
        offset("target"), "m.trigger_start", "1", "CAST(round(m.confidence * 100) AS INTEGER)", "length(a.text)",
        "NULL", "NULL",
        "CASE WHEN a.duplicate_of IS NOT NULL THEN '<DUPLICATE_OF>' || a.duplicate_of || '</DUPLICATE_OF>' END",
    ]
    select = ", ".join(f"{x} AS {name}" for x, name in zip(exprs, MENTION_COLUMNS))
    return f"""SELECT {select} FROM event_mentions m JOIN articles a ON a.id = m.article_id
               JOIN events e ON e.event_id = m.event_id
               ORDER BY e.event_num, m.published NULLS LAST, m.article_id, m.trigger_start"""

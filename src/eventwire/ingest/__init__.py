"""Ingest: read articles from files, directories and standard input (entry point: `read_articles`)."""

from .dateline import Dateline, parse_dateline, parse_title
from .readers import article_from_record, article_from_text, parse_published, read_articles

__all__ = ["read_articles", "article_from_text", "article_from_record", "parse_published", "parse_dateline",
           "parse_title", "Dateline"]

"""Analyse: questions users ask of fused event data (entry points: `timeline`, `compare_sources`,
`exclusive_events`, `actors_top`, `dyads_top`, `write_plot`).

Every function takes an open DuckDB connection (`Store.con`) and returns plain rows (dicts), so the
CLI, tests and notebooks share them; they count fused events (one per real event), not mentions.
"""

from __future__ import annotations

from .common import cc_index
from .plot import write_plot
from .rank import actors_top, dyads_top
from .sources import compare_sources, exclusive_events
from .timeline import PERIODS, Timeline, timeline

__all__ = ["timeline", "Timeline", "PERIODS", "compare_sources", "exclusive_events", "actors_top", "dyads_top",
           "write_plot", "cc_index"]

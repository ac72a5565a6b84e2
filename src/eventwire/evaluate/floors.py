"""Accuracy floors: the minimum scores a change may not drop below (the CI gate reads the same file)."""

from __future__ import annotations

from ..errors import ConfigError
from .scores import Report

__all__ = ["read_floors", "below_floors"]


def read_floors(path: str) -> dict[str, dict[str, float]]:
    """Read a TOML file of `[kind]` tables mapping metric names (e.g. `level1.f1`) to floors."""
    import tomllib

    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"floors file {path} does not exist", code="E106") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"floors file {path} is not valid TOML: {exc}", code="E106") from None
    out: dict[str, dict[str, float]] = {}
    for kind, table in data.items():
        if not isinstance(table, dict):
            raise ConfigError(f"floors file {path}: [{kind}] must be a table of metric = floor", code="E106")
        out[kind] = {str(k): float(v) for k, v in table.items()}
    return out


def below_floors(report: Report, floors: dict[str, float]) -> list[str]:
    """Return one line per metric of the report that is below its floor."""
    failures = []
    for name, floor in floors.items():
        try:
            value = report.metric(name)
        except KeyError:
            raise ConfigError(f"the {report.kind} evaluation has no metric {name!r}", code="E106") from None
        if value < floor:
            failures.append(f"{report.kind} {name} is {value:.3f}, below its floor {floor:.3f}")
    return failures

"""A registry of swappable parts (stages, exporters) under versioned names such as `actors.dictionary.v1`.

Registration is explicit: the built-in parts are registered by `register_builtins`, called when a
pipeline is built, never as a side effect of importing a module.
"""

from __future__ import annotations

from typing import Callable

from .errors import ConfigError

__all__ = ["Registry", "stages", "exporters", "register_builtins"]


class Registry:
    """Named factories of one kind of part."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._factories: dict[str, Callable] = {}

    def register(self, name: str, factory: Callable) -> Callable:
        """Register `factory` under `name` (which should end in a version, e.g. `.v1`)."""
        self._factories[name] = factory
        return factory

    def get(self, name: str) -> Callable:
        """Return the factory registered under `name`, or raise ConfigError listing the known names."""
        register_builtins()
        try:
            return self._factories[name]
        except KeyError:
            raise ConfigError(f"no {self.kind} named {name!r}; known: {sorted(self._factories)}",
                              code="E110") from None

    def names(self) -> list[str]:
        """Return every registered name."""
        register_builtins()
        return sorted(self._factories)


stages = Registry("pipeline stage")
exporters = Registry("exporter")
_builtins_done = False


def register_builtins() -> None:
    """Register eventwire's own stages once."""
    global _builtins_done
    if _builtins_done:
        return
    _builtins_done = True
    from .actors import ActorStage
    from .actors.dated import DatedActorStage
    from .events import EventStage
    from .places import PlaceStage
    from .time import DatingStage, PublicationDateStage, TimexStage

    stages.register("time.publication.v1", PublicationDateStage)
    stages.register("time.timex.v1", TimexStage)
    stages.register("actors.dictionary.v1", ActorStage)
    stages.register("places.gazetteer.v1", PlaceStage)
    stages.register("events.patterns.v1", EventStage)
    stages.register("time.dating.v1", DatingStage)
    stages.register("actors.dated.v1", DatedActorStage)

"""Modules that a plugin imports but a build never uses, loaded only when first touched.

mkdocs-macros imports ``requests`` (with urllib3, ssl and charset detection) at start-up,
only to ask PyPI about a module that failed to import; loading it cost 0.07 s of CPU on
every build, a twelfth of a whole stock Material build. ``defer`` registers a stand-in
module under the same name: ``import requests`` binds the stand-in, and the first
attribute read (``requests.get``) imports the real module and answers from it, so the
behaviour is the same, only later. (``importlib.util.LazyLoader`` does not help here:
on Python 3.11 an ``import`` statement itself reads ``__spec__`` and so loads the module.)

The ``masterplan`` plugin stands before ``macros`` in mkdocs.yml and MkDocs imports
plugins in that order, so this runs first; in another order it changes nothing.
tests/test_build.py checks that a build leaves ``requests`` unloaded and that the
stand-in still reaches the real module.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from typing import Any

UNUSED_BY_A_BUILD = ("requests",)


class Deferred(types.ModuleType):
    """Stands in for a module that has not been imported yet."""

    def __getattr__(self, attribute: str) -> Any:  # only for attributes the stand-in lacks
        return getattr(self._real(), attribute)

    def _real(self) -> types.ModuleType:
        name = self.__name__
        if sys.modules.get(name) is self:
            del sys.modules[name]
        return importlib.import_module(name)


def defer(name: str) -> None:
    """Make ``import name`` cheap until the module is actually used; nothing if already imported."""
    if name in sys.modules:
        return
    spec = importlib.util.find_spec(name)
    if spec is None:
        return
    stand_in = Deferred(name)
    stand_in.__spec__ = spec
    sys.modules[name] = stand_in


def defer_unused() -> None:
    for name in UNUSED_BY_A_BUILD:
        defer(name)

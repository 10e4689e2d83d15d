"""Build the project with Zensical, optionally with the compatibility shims it needs.

    python scripts/zensical_build.py [--shim]   (run inside the Zensical venv, in a copy)

Without --shim this is a plain ``zensical build -f mkdocs.yml``. With --shim it first
works around the two differences found so far (see CONTRIBUTING.md, "Zensical"):
  1. Zensical loads ``macros/__init__.py`` from its file path as a plain module, so the
     package's relative imports fail: the package is imported normally first.
  2. Zensical's page object has ``path`` and ``url`` but no ``file.src_uri``: a ``file``
     attribute with ``src_uri``/``src_path`` is added.
Only for measuring what else differs; the project itself is not changed.
"""

from __future__ import annotations

import importlib
import sys
import types
from pathlib import Path


def apply_shims(project: Path) -> None:
    sys.path.insert(0, str(project))
    importlib.import_module("macros")
    context = importlib.import_module("zensical.extensions.context")
    if not hasattr(context.Page, "file"):
        context.Page.file = property(  # type: ignore[attr-defined]
            lambda page: types.SimpleNamespace(src_uri=page.path, src_path=page.path)
        )


def main() -> int:
    if "--shim" in sys.argv[1:]:
        apply_shims(Path.cwd())
    from zensical.main import cli

    sys.argv = ["zensical", "build", "-f", "mkdocs.yml"]
    return cli()


if __name__ == "__main__":
    sys.exit(main())

"""Builds meant to fail, without Python's start-up and imports for each of them.

A build stopped by a mistake in a chapter or a data file does about a tenth of a second of
work after about a second of imports (MkDocs, Material, mkdocs-macros, Jinja, Markdown,
Pydantic and the kit). This server, one per test process (``conftest.run_build`` with
``fork=True``), imports those modules once; for each request it forks a child that runs
``python -m macros.adapters build ...`` the way the interpreter runs it: in the project's
folder, with the request's environment, ``sys.argv`` and ``sys.path[0]`` as ``-m`` sets
them, stdout and stderr into files, and the exit status as the result. The child runs
MkDocs, the plugins and the kit exactly as ``make build`` does; only their modules were
imported before the fork. The kit's modules are those of the repository, which
``copy_project`` copies unchanged into every project (a test that changes the kit's code
must not use this server). The server has no threads, so forking it is safe.

Protocol: one JSON request per line on stdin (``cwd``, ``env``, ``args``, ``stdout``,
``stderr``), one JSON answer per line on stdout (``returncode``); end of stdin ends it.
"""

from __future__ import annotations

import gc
import importlib
import json
import os
import pkgutil
import runpy
import sys
from importlib.metadata import entry_points
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


class _AnyTag(yaml.SafeLoader):
    """mkdocs.yml with its !ENV and !!python/name tags read as nothing: only names are needed."""


_AnyTag.add_multi_constructor("", lambda loader, suffix, node: None)


def preload(config: Path) -> None:
    """Import what a build of ``config`` imports first: the command, MkDocs' build, the theme,
    the plugins and the Markdown extensions named in it."""
    settings = yaml.load(config.read_text(encoding="utf-8"), Loader=_AnyTag)
    import macros

    for module in pkgutil.walk_packages(macros.__path__, "macros."):
        if not module.name.endswith(".__main__"):
            importlib.import_module(module.name)
    importlib.import_module("mkdocs.commands.build")
    theme = settings.get("theme", {})
    theme = theme.get("name") if isinstance(theme, dict) else theme
    plugins = {next(iter(p)) if isinstance(p, dict) else p for p in settings.get("plugins", [])}
    plugins |= {f"{theme}/{name}" for name in plugins}  # a theme's own plugin of that name goes first
    for group, names in (("mkdocs.plugins", plugins), ("mkdocs.themes", {theme})):
        for point in entry_points(group=group):
            if point.name in names:
                point.load()
    for extension in settings.get("markdown_extensions", []):
        name = next(iter(extension)) if isinstance(extension, dict) else extension
        importlib.import_module(name if "." in name else f"markdown.extensions.{name}")


def _child(request: dict[str, object]) -> None:
    """Runs in the forked child and never returns."""
    code = 1
    try:
        os.chdir(str(request["cwd"]))
        os.environ.clear()
        os.environ.update(request["env"])  # type: ignore[arg-type]
        for fd, name in ((1, "stdout"), (2, "stderr")):
            target = os.open(str(request[name]), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            os.dup2(target, fd)
            os.close(target)
        sys.argv = ["-m", *request["args"]]  # type: ignore[misc]
        sys.path[0] = str(request["cwd"])  # what `python -m` puts first
        try:
            runpy.run_module("macros.adapters", run_name="__main__", alter_sys=True)
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            if exc.code is not None and not isinstance(exc.code, int):
                print(exc.code, file=sys.stderr)
    except BaseException:
        import traceback

        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def main() -> None:
    preload(ROOT / "mkdocs.yml")
    gc.freeze()  # the imported modules' objects stay out of the children's collections (no copy on write)
    answers = sys.stdout
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _child(request)
        _, status = os.waitpid(pid, 0)
        answers.write(json.dumps({"returncode": os.waitstatus_to_exitcode(status)}) + "\n")
        answers.flush()


if __name__ == "__main__":
    main()

"""The GitHub workflows: valid against GitHub's schema, clean for zizmor, safe by design,
and a broken data entry in a pull request ends as an annotation on its file and line.

The tools run offline from .venv (check-jsonschema ships GitHub's schemas, zizmor audits
locally with --offline).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
WORKFLOW_FILES = sorted(WORKFLOWS.glob("*.yml"))
BIN = Path(sys.executable).parent
SHA_PIN = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")


def load(name: str) -> dict:
    # PyYAML reads the key `on` as True; workflows are plain YAML otherwise
    document = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    document["on"] = document.pop(True)
    return document


def run_tool(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NO_COLOR="1")
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def schema_check(path: Path) -> subprocess.CompletedProcess[str]:
    return run_tool(BIN / "check-jsonschema", "--builtin-schema", "vendor.github-workflows", path)


def zizmor(path: Path) -> subprocess.CompletedProcess[str]:
    return run_tool(BIN / "zizmor", "--offline", "--no-progress", path)


def steps(job: dict) -> list[dict]:
    return job["steps"]


def run_lines(job: dict) -> list[str]:
    return [line.strip() for step in steps(job) if "run" in step for line in step["run"].splitlines()]


def test_both_workflows_exist() -> None:
    assert {p.name for p in WORKFLOW_FILES} >= {"check.yml", "deploy.yml"}


@pytest.mark.parametrize("path", WORKFLOW_FILES, ids=lambda p: p.name)
def test_workflow_matches_github_schema(path: Path) -> None:
    result = schema_check(path)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("path", WORKFLOW_FILES, ids=lambda p: p.name)
def test_workflow_has_no_zizmor_findings(path: Path) -> None:
    result = zizmor(path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings" in result.stdout + result.stderr


def test_schema_check_rejects_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  build:\n    steps:\n      - run: make\n    permissions: semua\n", encoding="utf-8"
    )
    assert schema_check(broken).returncode != 0


def test_zizmor_flags_an_unpinned_action(tmp_path: Path) -> None:
    risky = tmp_path / "risky.yml"
    risky.write_text(
        "on: pull_request\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-24.04\n"
        "    permissions:\n      contents: read\n    steps:\n      - uses: actions/checkout@v4\n",
        encoding="utf-8",
    )
    result = zizmor(risky)
    assert result.returncode != 0
    assert "unpinned-uses" in result.stdout + result.stderr


@pytest.mark.parametrize("path", WORKFLOW_FILES, ids=lambda p: p.name)
def test_actions_are_pinned_to_a_commit_with_the_version_in_a_comment(path: Path) -> None:
    uses_lines = [
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip().startswith(("uses:", "- uses:"))
    ]
    assert uses_lines, f"{path.name} uses no action"
    for line in uses_lines:
        reference, _, comment = line.split("uses:", 1)[1].partition("#")
        assert SHA_PIN.match(reference.strip()), line
        assert re.fullmatch(r"v\d+(\.\d+)*", comment.strip()), line


@pytest.mark.parametrize("path", WORKFLOW_FILES, ids=lambda p: p.name)
def test_nothing_is_granted_at_the_top_level(path: Path) -> None:
    assert load(path.name)["permissions"] == {}


def test_check_workflow_runs_on_every_pull_request_and_push() -> None:
    on = load("check.yml")["on"]
    assert "pull_request" in on and "push" in on


def test_check_workflow_runs_the_developer_commands_and_uploads_the_preview() -> None:
    job = load("check.yml")["jobs"]["periksa"]
    commands = run_lines(job)
    for command in ("make check", "make build", "make test", ".venv/bin/python scripts/check_links.py site"):
        assert command in commands
    upload = next(s for s in steps(job) if s.get("uses", "").startswith("actions/upload-artifact@"))
    assert upload["with"]["path"] == "site/"
    order = [s.get("run", s.get("uses", "")).strip() for s in steps(job)]
    assert order.index("make build") < order.index(upload["uses"])  # the preview holds the built site + PDF
    checkout = next(s for s in steps(job) if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0  # page dates come from the whole git history


def test_zensical_job_never_fails_the_checks() -> None:
    jobs = load("check.yml")["jobs"]
    zensical = jobs["zensical"]
    assert zensical["continue-on-error"] is True
    assert "scripts/zensical-check.sh" in run_lines(zensical)
    assert all("zensical" not in job.get("needs", []) for job in jobs.values())


def test_deploy_publishes_main_only_after_build_and_tests_pass() -> None:
    workflow = load("deploy.yml")
    assert workflow["on"]["push"]["branches"] == ["main"]
    assert workflow["concurrency"]["group"] and workflow["concurrency"]["cancel-in-progress"] is False
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    commands = run_lines(build)
    assert commands.index("make check") < commands.index("make build") < commands.index("make test")
    last = steps(build)[-1]["uses"]
    assert last.startswith("actions/upload-pages-artifact@")  # only reached when every step before passed
    assert deploy["needs"] == "build"
    assert any(s.get("uses", "").startswith("actions/deploy-pages@") for s in steps(deploy))


def test_only_the_deploy_job_may_write_to_pages() -> None:
    jobs = load("deploy.yml")["jobs"]
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert jobs["build"]["permissions"] == {"contents": "read"}
    for job in load("check.yml")["jobs"].values():
        assert job["permissions"] == {"contents": "read"}


def test_dependabot_updates_pip_and_actions() -> None:
    config = yaml.safe_load((ROOT / ".github" / "dependabot.yml").read_text(encoding="utf-8"))
    assert {u["package-ecosystem"] for u in config["updates"]} == {"pip", "github-actions"}
    assert (
        run_tool(
            BIN / "check-jsonschema", "--builtin-schema", "vendor.dependabot", ROOT / ".github" / "dependabot.yml"
        ).returncode
        == 0
    )


@pytest.mark.parametrize("path", sorted((ROOT / ".github" / "ISSUE_TEMPLATE").glob("*.yml")), ids=lambda p: p.name)
def test_issue_forms_match_github_schema(path: Path) -> None:
    schema = "vendor.github-issue-config" if path.name == "config.yml" else "vendor.github-issue-forms"
    result = run_tool(BIN / "check-jsonschema", "--builtin-schema", schema, path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_issue_forms_cover_the_three_kinds_of_report() -> None:
    names = {p.stem for p in (ROOT / ".github" / "ISSUE_TEMPLATE").glob("*.yml")}
    assert names >= {"koreksi-isi", "usulan-program", "laporan-data-salah"}


# --- a broken entry in a pull request -> annotation on its file and line -------------


def make_check_command() -> list[str]:
    """The command `make check` runs (from the Makefile), with this interpreter."""
    recipe = re.search(r"(?m)^check:.*\n\t(.+)$", (ROOT / "Makefile").read_text(encoding="utf-8"))
    assert recipe, "Makefile has no check target"
    words = recipe.group(1).split()
    assert words[0] == "$(BIN)/python", recipe.group(1)
    return [sys.executable, *words[1:]]


def broken_copy(tmp_path: Path) -> tuple[Path, int]:
    """A copy of the project whose programme P002 has an unknown `jangka`; the line of it."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copytree(ROOT / "macros", tmp_path / "macros", ignore=shutil.ignore_patterns("__pycache__"))
    path = tmp_path / "data" / "program.yml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.strip() == "- id: P002")
    target = next(i for i in range(start + 1, len(lines)) if lines[i].strip().startswith("jangka:"))
    lines[target] = re.sub(r"jangka: \S+", "jangka: sedang", lines[target])
    path.write_text("".join(lines), encoding="utf-8")
    return tmp_path, target + 1


def run_check(project: Path, *extra: str, github_actions: bool) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    if github_actions:
        env["GITHUB_ACTIONS"] = "true"
    return subprocess.run(
        [*make_check_command(), *extra], cwd=project, env=env, capture_output=True, text=True, timeout=120
    )


def test_check_workflow_runs_make_check() -> None:
    assert "make check" in run_lines(load("check.yml")["jobs"]["periksa"])


def test_broken_entry_is_annotated_on_its_line_on_github(tmp_path: Path) -> None:
    project, line = broken_copy(tmp_path)
    result = run_check(project, github_actions=True)  # what `make check` does on a runner
    assert result.returncode == 1
    annotations = [a for a in result.stdout.splitlines() if a.startswith("::error ")]
    assert len(annotations) == 1, result.stdout + result.stderr
    assert annotations[0].startswith(f"::error file=data/program.yml,line={line}::")
    assert "program P002" in annotations[0] and "jangka" in annotations[0] and "sedang" in annotations[0]


def test_explicit_github_flag_gives_the_same_annotation(tmp_path: Path) -> None:
    project, line = broken_copy(tmp_path)
    result = run_check(project, "--github", github_actions=False)
    assert f"::error file=data/program.yml,line={line}::" in result.stdout


def test_no_annotations_outside_github(tmp_path: Path) -> None:
    project, line = broken_copy(tmp_path)
    result = run_check(project, github_actions=False)
    assert result.returncode == 1
    assert "::error" not in result.stdout + result.stderr
    assert f"data/program.yml:{line}: program P002, jangka:" in result.stderr


def test_the_preview_opens_from_disk_and_the_summary_links_it_and_the_pdf() -> None:
    """Issue 15: the artifact is the offline build, the PDF is its own artifact, and a pull
    request's summary page links both and lists the data changes (scripts/pr_summary.py)."""
    job = load("check.yml")["jobs"]["periksa"]
    build = next(s for s in steps(job) if s.get("run", "").strip() == "make build")
    assert build["env"]["OFFLINE"] == "true"
    uploads = {s["with"]["name"]: s for s in steps(job) if s.get("uses", "").startswith("actions/upload-artifact@")}
    assert uploads["pratinjau-situs"]["with"]["path"] == "site/"
    assert uploads["pdf-masterplan"]["with"]["path"] == "site/pdf/"
    summary = next(s for s in steps(job) if "scripts/pr_summary.py" in s.get("run", ""))
    assert summary["if"] == "github.event_name == 'pull_request'"
    assert "${{" not in summary["run"]  # values reach the script through env, never pasted into the shell
    assert summary["env"]["PDF_URL"] == f"${{{{ steps.{uploads['pdf-masterplan']['id']}.outputs.artifact-url }}}}"
    assert '>> "$GITHUB_STEP_SUMMARY"' in summary["run"]

"""kg.cli: every command, its help, output and one-line errors with the right exit codes."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import typer.main

from kg.cli import app

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands)  # type: ignore[union-attr]


def kg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=cwd, timeout=300)


def test_commands_are_registered() -> None:
    assert {"build", "query", "render"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    click_cmd = typer.main.get_command(app).commands[command]  # type: ignore[attr-defined]
    assert click_cmd.help and "Example: kg " + command in click_cmd.help


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cli") / "out"
    proc = kg("build", str(ROOT / "seeds"), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "built 5 documents" in proc.stderr and "quads" in proc.stderr
    return out


def test_build_writes_trig_and_html(built: Path) -> None:
    assert (built / "graph.trig").stat().st_size > 1000
    assert (built / "graph.html").stat().st_size > 1000


def test_build_quiet_prints_nothing(tmp_path: Path) -> None:
    proc = kg("build", str(ROOT / "seeds" / "001_43eeb8a8b31cb446.txt"), "-o", str(tmp_path), "--quiet")
    assert proc.returncode == 0 and proc.stdout == "" and proc.stderr == ""


def test_query_csv(built: Path) -> None:
    proc = kg("query", "teams", "--data", str(built), "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == "doc,team" and "001_43eeb8a8b31cb446.txt,Japan" in lines


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json"])
def test_query_streams_what_the_library_returns(built: Path, fmt: str) -> None:
    """The CLI writes rows as they come; the text is the library's, byte for byte."""
    from kg.sparql import run

    proc = kg("query", "people", "--data", str(built), "--format", fmt)
    assert proc.returncode == 0, proc.stderr
    result = run(built, "people")
    assert proc.stdout == {"csv": result.to_csv(), "tsv": result.to_csv("\t"), "json": result.to_json()}[fmt]


def test_query_list_names_every_bundled_query() -> None:
    proc = kg("query", "--list")
    assert proc.returncode == 0
    for name in ("teams", "people", "tweets", "fan-acts", "credits", "matches", "goals", "quotes"):
        assert any(line.split()[0] == name for line in proc.stdout.splitlines())


def test_render_writes_html(built: Path, tmp_path: Path) -> None:
    target = tmp_path / "view.html"
    proc = kg("render", "--data", str(built), "-o", str(target))
    assert proc.returncode == 0, proc.stderr
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("args,code,message", [
    (["build", "no/such/folder"], 1, "no/such/folder"),
    (["query", "teams", "--data", "no/such/out"], 1, "no graph.trig"),
    (["query", "nonsense-name", "--data", "."], 2, "unknown query"),
    (["query", "teams", "--format", "xml"], 2, "--format"),
    (["build"], 2, "Missing argument"),
    (["frobnicate"], 2, "No such command"),
])
def test_errors_are_one_line_without_traceback(args: list[str], code: int, message: str, tmp_path: Path) -> None:
    proc = kg(*args, cwd=tmp_path)
    assert proc.returncode == code, proc.stderr
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    proc = kg("--debug", "build", "no/such/folder", cwd=tmp_path)
    assert proc.returncode == 1 and "Traceback" in proc.stderr


def test_version() -> None:
    import kg as package

    proc = kg("--version")
    assert proc.stdout.strip() == f"kg {package.__version__}"


def _imported(*args: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """Run the CLI with ``-X importtime``: the result, and every module the run imported."""
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "kg", *args], capture_output=True, text=True,
                          timeout=300)
    modules = {line.rsplit("|", 1)[1].strip() for line in proc.stderr.splitlines() if line.startswith("import time:")}
    return proc, modules


@pytest.mark.parametrize("args", [
    ["--help"],
    ["--version"],
    ["query", "--list"],
    ["query", "teams", "--format", "csv", "--data", "DATA"],
    ["query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--format", "csv", "--data", "DATA"],
    ["validate", "--data", "DATA"],
    ["export", "--format", "gexf", "--out", "GEXF", "--data", "DATA"],
    ["build", "SEEDS", "-q", "-o", "DATA"],  # already built, unchanged: nothing to extract
    # these two fail once their modules are loaded: nothing listens on port 9; no port 99999
    ["push", "--data", "DATA", "--graph-store", "http://127.0.0.1:9/store"],
    ["serve", "--data", "DATA", "--port", "99999"],
], ids=lambda a: " ".join(a[:2]))
def test_commands_that_extract_nothing_do_not_load_spacy(built: Path, tmp_path: Path, args: list[str]) -> None:
    """spaCy and the extractors take about a second to import; only extraction needs them."""
    places = {"DATA": str(built), "SEEDS": str(ROOT / "seeds"), "GEXF": str(tmp_path / "g.gexf")}
    proc, modules = _imported(*[places.get(a, a) for a in args])
    if args[0] in ("push", "serve"):
        assert proc.returncode != 0 and f"kg.{args[0]}" in modules and "kg.sparql" in modules, proc.stderr[-2000:]
    else:
        assert proc.returncode == 0, proc.stderr[-2000:]
    assert "kg.cli" in modules
    assert not {m for m in modules if m == "spacy" or m.startswith(("spacy.", "kg.extract", "kg.nlp"))}


def test_a_build_that_extracts_loads_spacy(tmp_path: Path) -> None:
    """The check above can fail: a build with something to extract imports spaCy."""
    proc, modules = _imported("build", str(ROOT / "seeds" / "001_43eeb8a8b31cb446.txt"), "-q", "--no-html", "-o", str(tmp_path))
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert {"spacy", "kg.nlp", "kg.extract"} <= modules


def test_an_interrupt_swallowed_by_a_dependency_still_stops_the_build(tmp_path: Path, monkeypatch) -> None:
    """A bare ``except:`` in a dependency (met while spaCy loads) can swallow the KeyboardInterrupt of
    Ctrl-C; the build must still stop before it writes anything, and exit 130."""
    from kg import cli

    out = tmp_path / "out"
    assert kg("build", str(ROOT / "seeds" / "001_43eeb8a8b31cb446.txt"), "-o", str(out), "-q").returncode == 0
    before = (out / "graph.trig").read_bytes()
    monkeypatch.setattr(cli, "_signals", [2])  # what the handler leaves behind once its exception is swallowed
    monkeypatch.setattr(sys, "argv", ["kg", "build", str(ROOT / "seeds"), "-o", str(out), "--no-cache", "-q"])
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    assert exit_.value.code == 130
    assert (out / "graph.trig").read_bytes() == before

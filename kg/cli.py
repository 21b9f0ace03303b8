"""The ``kg`` command line: a thin layer over :mod:`kg.api`. Only this module prints."""
from __future__ import annotations

import os
import signal
import sys
import traceback
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from . import __version__
from .errors import KgError, UsageError

app = typer.Typer(
    name="kg",
    help="Build an RDF knowledge graph and a who-says-what map from football news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
err = Console(stderr=True, highlight=False)
STATE = {"debug": False}


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    debug: Annotated[bool, typer.Option("--debug", help="Show full tracebacks on errors.")] = False,
    version: Annotated[bool | None, typer.Option("--version", callback=_version, is_eager=True,  # noqa: UP007
                                                    help="Print the version and exit.")] = None,
) -> None:
    """kg: read articles, extract who says what, write RDF (TriG) and an offline HTML graph.

    Example: kg build seeds/ -o out/ && kg query teams --data out/
    """
    STATE["debug"] = debug
    if debug:
        os.environ["KG_DEBUG"] = "1"  # worker processes raise instead of skipping a document


@app.command()
def build(
    paths: Annotated[list[str], typer.Argument(help="Article files, folders or glob patterns (.txt).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder for graph.trig and graph.html.")] = Path("out"),
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
    html: Annotated[bool, typer.Option("--html/--no-html", help="Also write graph.html.")] = True,
    workers: Annotated[int, typer.Option("--workers", "-w", help="Extract in this many local processes.")] = 1,
    dask: Annotated[str | None, typer.Option("--dask", help="Extract on a Dask cluster: its scheduler address, tcp://HOST:PORT.")] = None,
    cache: Annotated[bool, typer.Option("--cache/--no-cache", help="Reuse findings of unchanged documents (OUT/.kg-cache).")] = True,
    store: Annotated[Path | None, typer.Option("--store", help="Also keep an on-disk store (a folder) in step, for fast queries; only changed graphs are reloaded.")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Fail (and write nothing) if any file has to be skipped.")] = False,
    max_size: Annotated[str, typer.Option("--max-size", help="Skip article files larger than this (e.g. 20MB, 1GB; 0 = no limit).")] = "20MB",
    validate: Annotated[bool | None, typer.Option("--validate/--no-validate", help="Check the output against shapes.ttl before writing it (default: outputs up to 300k quads).", show_default=False)] = None,  # noqa: UP007
) -> None:
    """Build the graph: read articles, extract facts, write OUT/graph.trig and OUT/graph.html.

    Files that cannot be read as articles (binary, HTML, empty, too large...) are skipped with one
    line each naming the file and the problem; the rest is built. --strict makes a skip an error.

    Example: kg build seeds/ -o out/
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .api import build_to
    from .reader import Article, ArticleRef, parse_size, summarise

    limit = parse_size(max_size)

    show = not quiet and err.is_terminal
    progress = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        TextColumn("{task.description}"), console=err, disable=not show, transient=True)
    with progress:
        task = progress.add_task("", total=None)

        def advance(article: Article | ArticleRef) -> None:
            _stop_if_interrupted()
            progress.update(task, advance=1, description=article.name)

        result = build_to(
            paths, out, html=html, workers=workers, dask=dask, cache=cache, store=store, strict=strict,
            max_bytes=limit or None, validate=validate,
            on_start=lambda n: progress.update(task, total=n),
            progress=advance,
        )
    if quiet:
        return
    for note in result.notes:
        err.print(f"note: {note}", markup=False, soft_wrap=True)
    for skip in result.skipped:
        err.print(f"skipped {skip}", markup=False, soft_wrap=True)
    if result.skipped:
        err.print(summarise(result.skipped), markup=False, soft_wrap=True)
    if result.up_to_date:
        err.print(f"{result.documents} documents unchanged: {', '.join(str(p) for p in result.files.values())} up to date")
        return
    facts = ", ".join(f"{n} {kind}" for kind, n in sorted(result.facts.items()))
    err.print(f"built {result.documents} documents ({result.extracted} extracted, "
              f"{result.documents - result.extracted} from the cache): {facts or 'no facts'}")
    err.print(f"{result.quads} quads in {result.seconds:.2f} s -> " + ", ".join(str(p) for p in result.files.values()))
    if result.validation is not None:
        err.print(result.validation.text(limit=10), markup=False, soft_wrap=True)
    else:
        err.print("not validated (large output): run `kg validate --data OUT`", markup=False)


@app.command(name="validate")
def validate_cmd(
    data: Annotated[Path, typer.Option("--data", "-d", help="Data folder written by `kg build`, a .trig file, or a store folder.")] = Path("out"),
    limit: Annotated[int, typer.Option("--limit", help="Show at most this many violations.")] = 50,
) -> None:
    """Check a built graph against shapes.ttl (SHACL) and list each violation on one line.

    Exits 1 when the graph does not conform (warnings alone do not fail).

    Example: kg validate --data out/
    """
    from .validate import validate as check

    report = check(data)
    typer.echo(report.text(limit=limit))
    if not report.conforms:
        raise typer.Exit(1)


@app.command()
def query(
    name: Annotated[str | None, typer.Argument(help="A bundled query name, a .rq file or SPARQL text.")] = None,  # noqa: UP007
    data: Annotated[Path, typer.Option("--data", "-d", help="Data folder written by `kg build`, a .trig file, or a store folder (`kg build --store`).")] = Path("out"),
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, tsv or json.")] = "table",
    list_: Annotated[bool, typer.Option("--list", "-l", help="List the bundled queries and exit.")] = False,
) -> None:
    """Run SPARQL over a built graph: a bundled query by name, a .rq file or inline SPARQL.

    Example: kg query teams --data out/ --format csv
    """
    from .sparql import FORMATS, bundled, describe, run, stream, write_csv, write_json

    if list_:
        for qname, path in bundled().items():
            typer.echo(f"{qname:10} {describe(path)}")
        return
    if name is None:
        raise UsageError("give a query name, a .rq file or SPARQL text (kg query --list shows the names)")
    if fmt not in FORMATS:
        raise UsageError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if fmt in ("csv", "tsv", "json"):  # rows are written as they come: a large result is never held
        columns, rows = stream(data, name)
        if fmt == "json":
            write_json(sys.stdout, columns, rows)
        else:
            write_csv(sys.stdout, columns, rows, "\t" if fmt == "tsv" else ",")
    else:
        result = run(data, name)
        table = Table(*result.columns, show_lines=False)
        for row in result.rows:
            table.add_row(*["" if v is None else v for v in row])
        Console(highlight=False).print(table)
        err.print(f"{len(result.rows)} rows")


@app.command()
def render(
    data: Annotated[Path, typer.Option("--data", "-d", help="Data folder written by `kg build`.")] = Path("out"),
    out: Annotated[Path | None, typer.Option("--out", "-o", help="HTML file to write (default DATA/graph.html).")] = None,  # noqa: UP007
) -> None:
    """Write the interactive HTML graph of a built dataset (works offline).

    Example: kg render --data out/ -o out/graph.html
    """
    from .api import render_html

    target = out or (Path(data) / "graph.html")
    path = render_html(data, target)
    err.print(f"wrote {path}")


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="graphml, gexf, jsonld or csv.")],
    data: Annotated[Path, typer.Option("--data", "-d", help="Data folder written by `kg build`.")] = Path("out"),
    out: Annotated[Path | None, typer.Option("--out", "-o", help="File to write (a folder for csv); default in DATA.")] = None,
) -> None:
    """Export the graph for Gephi/Cytoscape (graphml, gexf), the web (jsonld) or spreadsheets (csv).

    Example: kg export --format graphml --data out/
    """
    from .api import load_dataset
    from .export import FORMATS
    from .export import export as do_export

    if fmt not in FORMATS:
        raise UsageError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    files = do_export(load_dataset(data), fmt, out or Path(data) / FORMATS[fmt])
    err.print("wrote " + ", ".join(str(f) for f in files))


@app.command()
def serve(
    data: Annotated[Path, typer.Option("--data", "-d", help="Data folder written by `kg build`, a .trig file, or a store folder.")] = Path("out"),
    host: Annotated[str, typer.Option("--host", help="Address to bind (default: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 7878,
    timeout: Annotated[float, typer.Option("--timeout", help="Per-query time limit in seconds.")] = 30.0,
    max_rows: Annotated[int, typer.Option("--max-rows", help="Rows returned at most per query.")] = 10_000,
    allow_service: Annotated[bool, typer.Option("--allow-service", help="Allow federated SERVICE calls out of the machine.")] = False,
) -> None:
    """Serve the graph over the SPARQL 1.1 Protocol at /sparql (read-only), with a query page at /.

    Example: kg serve --data out/ --port 7878
    """
    from .serve import ServeOptions
    from .serve import serve as do_serve
    from .sparql import store_from

    do_serve(store_from(data), ServeOptions(host=host, port=port, timeout_s=timeout, max_rows=max_rows,
                                            allow_service=allow_service))


@app.command()
def push(
    graph_store: Annotated[str, typer.Option("--graph-store", help="The server's Graph Store Protocol endpoint, e.g. http://HOST:7878/store.")],
    data: Annotated[Path, typer.Option("--data", "-d", help="Data folder written by `kg build` (or a .trig file).")] = Path("out"),
    user: Annotated[str | None, typer.Option("--user", help="User name for basic or digest auth.")] = None,
    password: Annotated[str | None, typer.Option("--password", envvar="KG_PUSH_PASSWORD", help="Password (or set KG_PUSH_PASSWORD).")] = None,
    auth: Annotated[str, typer.Option("--auth", help="basic or digest.")] = "basic",
    incremental: Annotated[bool, typer.Option("--incremental", help="Send only the graphs changed since the last push to this URL; delete those it sent that the dataset no longer has.")] = False,
) -> None:
    """Upload the dataset to any SPARQL 1.1 server, one named graph per article; re-pushing replaces.

    Example: kg push --data out/ --graph-store http://127.0.0.1:7878/store [--incremental]
    """
    from .push import push as do_push
    from .sparql import load

    result = do_push(load(data), graph_store, user=user, password=password, auth=auth, incremental=incremental)
    more = f" ({result.unchanged} unchanged, not sent; {result.deleted} deleted)" if incremental else ""
    err.print(f"pushed {result.graphs} graphs, {result.triples} triples{more} in {result.seconds:.2f} s to {graph_store}")


def _fail(message: str) -> None:
    """One line on stderr, never wrapped."""
    sys.stderr.write(" ".join(message.split()) + "\n")


_signals: list[int] = []  # the interrupts received, kept: a dependency's bare ``except:`` can swallow
# the KeyboardInterrupt (seen: Ctrl-C while spaCy loads, and the build then ran on and exited 0)


def _interrupted(signum: int, _frame: object) -> None:
    _signals.append(signum)
    raise KeyboardInterrupt(f"signal {signum}")


def _stop_if_interrupted() -> None:
    """Raise again an interrupt that something swallowed; called between documents."""
    if _signals:
        raise KeyboardInterrupt(f"signal {_signals[0]}")


def main() -> None:
    """Console entry point: errors become one line on stderr (a traceback only with --debug)."""
    debug = "--debug" in sys.argv[1:]
    signal.signal(signal.SIGTERM, _interrupted)  # clean up temporary files as for Ctrl-C
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:  # not when started with SIGINT ignored
        signal.signal(signal.SIGINT, _interrupted)
    try:
        code = app(standalone_mode=False)  # typer turns Ctrl-C (KeyboardInterrupt) into a return of 130
        if isinstance(code, int) and code:
            if code == 130:
                _fail("kg: interrupted; the previous output is untouched")
            sys.exit(code)
    except KgError as exc:
        if debug:
            traceback.print_exc()
        _fail(f"kg: error: {exc}")
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        _fail("kg: interrupted; the previous output is untouched")
        sys.exit(130)
    except Exception as exc:  # click usage errors and anything unexpected
        if hasattr(exc, "format_message") and hasattr(exc, "exit_code"):  # click / typer usage errors
            _fail(f"kg: error: {exc.format_message()}")
            sys.exit(exc.exit_code)
        if debug:
            traceback.print_exc()
        _fail(f"kg: internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)")
        sys.exit(1)


if __name__ == "__main__":
    main()

"""SHACL validation of a built graph against ``shapes.ttl``.

The shapes describe a well-formed kg graph: every claim has a source and evidence, every tweet an
author account and a date, evidence offsets lie inside their article, every fan act's concept is
in the fan-act scheme, and so on (each shape is commented in ``shapes.ttl``).

They are checked over **one** graph holding the union of the dataset's graphs (the default graph
with the ontology, every article's named graph, the claims graph): claims, their sources and the
fan-act scheme live in different named graphs, so the checks cross them. That union is loaded into
an in-memory pyoxigraph store. The core constraints are compiled to SPARQL (``kg.shacl_core``: one
query per constraint over all focus nodes), and each SPARQL-based constraint (``sh:sparql``) of a
class-targeted node shape is one query joined with its focus nodes (or, when its ``$this`` is not
bound by a top-level triple pattern, one query per focus node with ``$this`` pre-bound). pyshacl
checks, on an rdflib copy made only then, whatever cannot be compiled (nothing in ``shapes.ttl``).
pyshacl is the reference: ``validate(..., fast_core=False, fast_sparql=False)`` leaves everything
to it, and the tests check that both give the same results. No RDFS/OWL inference is run (the
shapes do not need it).

    from kg.validate import validate
    report = validate("out/")          # a data folder, a .trig file, a store, an rdflib Dataset/Graph
    report.conforms                    # False when any shape is violated (warnings do not count)
    for v in report.violations:        # violations and warnings, most severe first
        print(v)                       # id:claim/x ^kg:asserts: This claim has no source ...
"""
from __future__ import annotations

import functools
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.graph import ConjunctiveGraph, Dataset
from rdflib.term import Node

from . import shacl_core
from .errors import DataError

SH = Namespace("http://www.w3.org/ns/shacl#")
SEVERITIES = ("Violation", "Warning", "Info")
_XSD = "http://www.w3.org/2001/XMLSchema#"
_XSD_STRING = _XSD + "string"


def shapes_path() -> Path:
    """``shapes.ttl``: inside the installed package, or at the top of a source checkout."""
    packaged = Path(str(resources.files("kg") / "shapes.ttl"))
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parent.parent / "shapes.ttl"


@functools.cache
def shapes_graph() -> Graph:
    """The shapes, parsed once per process (pyshacl only reads them)."""
    g = Graph()
    g.parse(shapes_path(), format="turtle")
    return g


# ------------------------------------------------------------------ readable terms

@functools.cache
def _namespaces() -> tuple[tuple[str, str], ...]:
    """(namespace, prefix) pairs, longest namespace first, so ``id:`` wins over nothing and
    ``kg:`` over a shorter match."""
    from .graph import PREFIXES

    pairs = [(str(ns), p) for p, ns in PREFIXES.items()]
    pairs.append(("https://kg.example/shapes#", "kgsh"))
    return tuple(sorted(pairs, key=lambda x: -len(x[0])))


def short(term: Node | str | None, max_len: int = 80) -> str:
    """A term as a person reads it: ``kg:Claim``, ``id:team/japan``, ``"text"``, ``2508``."""
    if term is None:
        return ""
    if isinstance(term, Literal):
        datatype = str(term.datatype or "")
        if datatype.startswith(_XSD) and datatype != _XSD_STRING:  # 2508, 2018-07-02, true
            return str(term)[:max_len]
        if datatype and datatype != _XSD_STRING:
            return f'"{str(term)[:max_len]}"^^{short(term.datatype)}'
        text = str(term).replace("\n", " ")
        if len(text) > max_len:
            text = text[: max_len - 1] + "…"
        return f'"{text}"' + (f"@{term.language}" if term.language else "")
    if isinstance(term, BNode):
        return "[]"
    iri = str(term)
    for ns, prefix in _namespaces():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"


def _path_text(path: Node | None, graphs: Iterable[Graph]) -> str:
    """A SHACL property path as text: ``kg:end``, ``^kg:asserts``, ``kg:team1|kg:team2``."""
    if path is None:
        return ""
    if not isinstance(path, BNode):
        return short(path)
    for g in graphs:
        inverse = g.value(path, SH.inversePath)
        if inverse is not None:
            return "^" + _path_text(inverse, [g])
        alternatives = g.value(path, SH.alternativePath)
        if alternatives is not None:
            return "|".join(_path_text(p, [g]) for p in g.items(alternatives))
        if g.value(path, RDF.first) is not None:
            return "/".join(_path_text(p, [g]) for p in g.items(path))
        for key, mark in ((SH.zeroOrMorePath, "*"), (SH.oneOrMorePath, "+"), (SH.zeroOrOnePath, "?")):
            inner = g.value(path, key)
            if inner is not None:
                return _path_text(inner, [g]) + mark
    return "[path]"


# ------------------------------------------------------------------ report

@dataclass(frozen=True)
class Violation:
    """One validation result: a node (``focus``) that breaks a shape, and why."""

    focus: str  # the node, shortened (id:claim/...)
    path: str  # the property path, shortened ("" for a check on the node itself)
    value: str  # the offending value, shortened ("" when a value is missing)
    message: str  # the shape's sh:message, for a person
    severity: str  # "Violation", "Warning" or "Info"
    shape: str = ""  # the shape (or the constraint's shape) that reports it, shortened
    focus_iri: str = field(default="", compare=False)  # the node's full IRI

    def __str__(self) -> str:
        where = f"{self.focus} {self.path}" if self.path else self.focus
        tail = f" (value {self.value})" if self.value else ""
        mark = "" if self.severity == "Violation" else f"[{self.severity.lower()}] "
        return f"{mark}{where}: {self.message}{tail}"


@dataclass
class Report:
    """What ``validate`` found. ``conforms`` is True when there is no result of severity
    Violation; warnings (a tweet without a date) are listed but do not make a graph malformed."""

    conforms: bool
    violations: list[Violation]
    triples: int = 0
    seconds: float = 0.0

    @property
    def errors(self) -> list[Violation]:
        return [v for v in self.violations if v.severity == "Violation"]

    @property
    def warnings(self) -> list[Violation]:
        return [v for v in self.violations if v.severity != "Violation"]

    def summary(self) -> str:
        """One line: ``conforms`` or how many violations and warnings."""
        n_err, n_warn = len(self.errors), len(self.warnings)
        head = "conforms to shapes.ttl" if self.conforms else f"{n_err} violation{'s' * (n_err != 1)} of shapes.ttl"
        warn = f", {n_warn} warning{'s' * (n_warn != 1)}" if n_warn else ""
        return f"{head}{warn} ({self.triples} triples checked in {self.seconds:.2f} s)"

    def text(self, limit: int | None = None) -> str:
        """The summary, then one line per result (at most ``limit``)."""
        shown = self.violations if limit is None else self.violations[:limit]
        lines = [self.summary(), *map(str, shown)]
        if len(shown) < len(self.violations):
            lines.append(f"... and {len(self.violations) - len(shown)} more")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.text()


# ------------------------------------------------------------------ data

class _DataGraph(Graph):
    """The rdflib graph pyshacl checks, with each SPARQL text prepared once: pyshacl sends the
    same constraint text once per focus node, and rdflib would parse it every time."""

    def query(self, query_object: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(query_object, str):
            query_object = _prepared(query_object)
        return super().query(query_object, *args, **kwargs)


@functools.lru_cache(maxsize=256)
def _prepared(text: str) -> Any:
    from rdflib.plugins.sparql import prepareQuery

    return prepareQuery(text)


class _Terms:
    """pyoxigraph term <-> rdflib term, each made once."""

    def __init__(self) -> None:
        self.to_rdf: dict[Any, Node] = {}

    def rdf(self, x: Any) -> Node:
        t = self.to_rdf.get(x)
        if t is None:
            if isinstance(x, ox.NamedNode):
                t = URIRef(x.value)
            elif isinstance(x, ox.BlankNode):
                t = BNode(x.value)
            elif x.language:
                t = Literal(x.value, lang=x.language)
            elif x.datatype.value == _XSD_STRING:
                t = Literal(x.value)
            else:
                t = Literal(x.value, datatype=URIRef(x.datatype.value))
            self.to_rdf[x] = t
        return t

    @staticmethod
    def ox(t: Node) -> Any:
        if isinstance(t, URIRef):
            return ox.NamedNode(str(t))
        if isinstance(t, BNode):
            return ox.BlankNode(str(t))
        if isinstance(t, Literal):
            if t.language:
                return ox.Literal(str(t), language=t.language)
            if t.datatype is not None:
                return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
            return ox.Literal(str(t))
        raise TypeError(f"not an RDF term: {t!r}")


class Data:
    """The union of every graph of a dataset, as the checks see it: an in-memory pyoxigraph store
    holding it in its default graph, or a store folder queried in place with its default graph as
    the union of its named graphs (``union``: nothing is copied, so a store of any size can be
    checked). The rdflib graph pyshacl checks is made when first asked for (only when some shape
    is left to pyshacl)."""

    def __init__(self, store: ox.Store, terms: _Terms, union: bool = False,
                 source: Callable[[], Iterable[tuple[Node, Node, Node]]] | None = None) -> None:
        self.store = store
        self.terms = terms
        self.union = union
        self.source = source  # the triples as read, for pyshacl (the store keeps typed literals canonical:
        # "5"^^xsd:long as an xsd:integer, 1.50 as 1.5)

    def query(self, text: str, **kwargs: Any) -> Any:
        """A SPARQL query over the union (rows may repeat across the named graphs of a store)."""
        return self.store.query(text, use_default_graph_as_union=self.union, **kwargs)

    @functools.cached_property
    def graph(self) -> Graph:
        g = _DataGraph()
        if self.source is not None:
            g.addN((s, p, o, g) for s, p, o in self.source())
        else:
            rdf = self.terms.rdf
            g.addN((rdf(q.subject), rdf(q.predicate), rdf(q.object), g) for q in self.store)
        return g

    @functools.cached_property
    def triples(self) -> int:
        """How many distinct triples the union holds."""
        if not self.union:
            return len(self.store)
        rows = self.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")
        return int(next(iter(rows))["n"].value)

    def __len__(self) -> int:
        return self.triples


def _from_ox(triples: Iterable[Any], source: Callable[[], Iterable[tuple[Node, Node, Node]]] | None = None) -> Data:
    store = ox.Store()
    store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    return Data(store, _Terms(), source=source)


def _from_rdflib(triples: Callable[[], Iterable[tuple[Node, Node, Node]]]) -> Data:
    to_ox = _Terms.ox
    return _from_ox((ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples()), source=triples)


def _parsed(path: Path, fmt: Any) -> Callable[[], Iterable[tuple[Node, Node, Node]]]:
    def triples() -> Iterator[tuple[Node, Node, Node]]:
        rdf = _Terms().rdf  # each term as written (no store in between)
        for q in ox.parse(path=str(path), format=fmt):
            yield rdf(q.subject), rdf(q.predicate), rdf(q.object)
    return triples


def load_union(data: Dataset | ConjunctiveGraph | Graph | str | os.PathLike[str]) -> Data:
    """Every triple of every graph of ``data``: an rdflib dataset or graph, a data folder (its
    ``graph.trig``), a TriG or N-Quads file, or a store folder written by ``kg build --store``."""
    if isinstance(data, ConjunctiveGraph):  # a Dataset too: the default graph and every named graph
        return _from_rdflib(lambda: ((s, p, o) for s, p, o, _ in data.quads((None, None, None, None))))
    if isinstance(data, Graph):
        return _from_rdflib(lambda: iter(data))
    from .sparql import is_store

    if is_store(data):
        try:
            stored = ox.Store.read_only(str(data))
        except OSError as exc:
            raise DataError(f"{data}: cannot open the store: {exc}") from None
        return Data(stored, _Terms(), union=True)  # queried in place, not copied
    from .sparql import load

    path = load(data)
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".")) or ox.RdfFormat.TRIG
    try:
        return _from_ox((q.triple for q in ox.parse(path=str(path), format=fmt)), source=_parsed(path, fmt))
    except (SyntaxError, ValueError, OSError) as exc:
        raise DataError(f"{path}: cannot read the graph: {exc}") from None


# ------------------------------------------------------------------ SPARQL-based constraints

@dataclass(frozen=True)
class _SparqlCheck:
    """An ``sh:sparql`` constraint of a node shape whose only targets are ``sh:targetClass``."""

    shape: URIRef
    classes: tuple[URIRef, ...]
    prologue: str  # its PREFIX declarations
    select: str
    message: str
    severity: str


def _split(shapes: Graph) -> tuple[Graph, tuple[_SparqlCheck, ...]]:
    """The shapes for pyshacl, and the SPARQL constraints kg runs itself with pyoxigraph.

    pyshacl runs an ``sh:sparql`` constraint as one rdflib query per focus node (about a
    millisecond each: most of the time on a large corpus); pyoxigraph runs the same query with
    the same pre-bound ``$this`` some thirty times faster. Only the constraints of node shapes
    targeted by class (all of shapes.ttl's) are taken; any other stays with pyshacl."""
    checks: list[_SparqlCheck] = []
    taken: list[tuple[Node, Node]] = []
    other_targets = (SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)
    for shape, constraint in sorted(shapes.subject_objects(SH.sparql)):
        classes = tuple(sorted(c for c in shapes.objects(shape, SH.targetClass) if isinstance(c, URIRef)))
        select = shapes.value(constraint, SH.select)
        if (not isinstance(shape, URIRef) or not classes or select is None
                or shapes.value(shape, SH.path) is not None
                or any(shapes.value(shape, t) is not None for t in other_targets)
                or (shape, RDF.type, URIRef("http://www.w3.org/2000/01/rdf-schema#Class")) in shapes
                or not _projects_this(str(select))):  # pyoxigraph pre-binds only a projected variable
            continue
        taken.append((shape, constraint))
        if any(shapes.value(n, SH.deactivated) == Literal(True) for n in (shape, constraint)):
            continue
        declared = sorted({(str(shapes.value(d, SH.prefix)), str(shapes.value(d, SH.namespace)))
                           for p in shapes.objects(constraint, SH.prefixes)
                           for d in shapes.objects(p, SH.declare)})
        prologue = "".join(f"PREFIX {prefix}: <{ns}>\n" for prefix, ns in declared)
        message = shapes.value(constraint, SH.message) or shapes.value(shape, SH.message) or "(no message)"
        severity = shapes.value(shape, SH.severity) or SH.Violation
        checks.append(_SparqlCheck(shape, classes, prologue, str(select), str(message),
                                   str(severity).rsplit("#", 1)[-1]))
    core = Graph()
    core += shapes
    for triple in taken:
        core.remove((triple[0], SH.sparql, triple[1]))
    return core, tuple(checks)


@functools.cache
def _default_split() -> tuple[Graph, tuple[_SparqlCheck, ...]]:
    return _split(shapes_graph())


_VAR = re.compile(r"\{[?$](\w+)\}")


JOIN_UNSAFE = re.compile(r"(?i)\b(?:LIMIT|OFFSET|GROUP|HAVING|COUNT|SUM|MIN|MAX|AVG|SAMPLE|GROUP_CONCAT|VALUES|PREFIX|BASE"
                         r"|SERVICE|MINUS)\b|#")
QUOTED_PARTS = re.compile(r"<[^<>\s]*>|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'")  # IRIs and strings (no long strings)


def _projects_this(select: str) -> bool:
    """Whether the query's SELECT clause names ``$this`` (``SELECT *`` does)."""
    where = re.search(r"\bWHERE\b|\{", select, re.IGNORECASE)
    head = select[: where.start()] if where else select
    return re.search(r"[?$]this\b|\*", head) is not None


def _binds_this(select: str) -> bool:
    """Whether joining the query with the focus nodes gives what pre-binding ``$this`` to each focus
    node gives: it projects ``$this``, binds it in a triple pattern of its top-level group, and has
    no subquery, aggregate, LIMIT or OFFSET, VALUES, MINUS or SERVICE, inner PREFIX or comment
    (strings and IRIs are blanked out first; a long string makes it False)."""
    if '"""' in select or "\'\'\'" in select:
        return False
    select = QUOTED_PARTS.sub('""', select)  # what is quoted says nothing of the query's shape
    where = re.search(r"\bWHERE\b", select, re.IGNORECASE)
    if where is None or JOIN_UNSAFE.search(select):
        return False
    if not _projects_this(select):
        return False  # not projected: a join would pair every focus node with every row
    start = select.find("{", where.end())
    body = select[start + 1:select.rfind("}")]
    if start < 0 or re.search(r"\bSELECT\b", body, re.IGNORECASE):
        return False
    top, depth = [], 0
    for c in body:  # the top-level group: nested groups and expressions blanked out
        if c in "{(":
            depth += 1
        elif c in "})":
            depth -= 1
        elif depth == 0:
            top.append(c)
    return re.search(r"[?$]this\b", "".join(top)) is not None


def _run_sparql_checks(data: Data, checks: Iterable[_SparqlCheck]) -> list[Violation]:
    out = []
    this = ox.Variable("this")
    for check in checks:
        classes = " ".join(f"<{c}>" for c in check.classes)
        focus = (f"SELECT DISTINCT ?this WHERE {{ VALUES ?_target {{ {classes} }} "
                 f"?_cls <{RDFS.subClassOf}>* ?_target . ?this <{RDF.type}> ?_cls }}")
        try:
            if _binds_this(check.select):  # one query over every focus node
                solutions = data.query(f"{check.prologue}SELECT * WHERE {{ {{ {focus} }} {{ {check.select} }} }}")
                variables = solutions.variables
                for row in solutions:
                    bound = {v.value: data.terms.rdf(row[v]) for v in variables if row[v] is not None}
                    out.append(_sparql_violation(data, check, row[this], bound))
                continue
            for focus_node in [row["this"] for row in data.query(focus)]:
                solutions = data.query(check.prologue + check.select, substitutions={this: focus_node})
                variables = solutions.variables
                for row in solutions:
                    bound = {v.value: data.terms.rdf(row[v]) for v in variables if row[v] is not None}
                    out.append(_sparql_violation(data, check, focus_node, bound))
        except SyntaxError as exc:
            raise DataError(f"{short(check.shape)}: the SPARQL constraint cannot be read: {exc}") from None
    return out


def _sparql_violation(data: Data, check: _SparqlCheck, focus: Any, bound: dict[str, Node]) -> Violation:
    focus_term = data.terms.rdf(focus)
    value = bound.get("value", focus_term)
    path = bound.get("path")
    message = _VAR.sub(lambda m: short(bound[m.group(1)]) if m.group(1) in bound else m.group(0), check.message)
    return Violation(focus=short(focus_term), path=short(path) if path is not None else "",
                     value=short(value) if value != focus_term else "", message=message,
                     severity=check.severity, shape=short(check.shape), focus_iri=str(focus_term))


# ------------------------------------------------------------------ validation

def validate(data: Dataset | ConjunctiveGraph | Graph | Data | str | os.PathLike[str],
             shapes: str | os.PathLike[str] | Graph | None = None, *, fast_sparql: bool = True,
             fast_core: bool = True) -> Report:
    """Check ``data`` against ``shapes.ttl`` (or ``shapes``) and report every violation.

    ``fast_sparql=False`` leaves the SPARQL-based constraints to pyshacl too, and
    ``fast_core=False`` the core constraints (``kg.shacl_core``): pyshacl is the reference, with
    the same results, slower."""
    start = time.perf_counter()
    loaded = data if isinstance(data, Data) else load_union(data)
    if shapes is None:
        sg = shapes_graph()
    elif isinstance(shapes, Graph):
        sg = shapes
    else:
        sg = Graph().parse(Path(shapes), format="turtle")
    checks: tuple[_SparqlCheck, ...]
    if not fast_sparql:
        core, checks = sg, ()
    elif shapes is None:
        core, checks = _default_split()
    else:
        core, checks = _split(sg)
    if loaded.union and not all(_binds_this(c.select) for c in checks):
        # a store read in place repeats a triple once per graph that holds it: a constraint that counts
        # (or is run once per focus node) needs each triple once, so the union is copied into memory
        loaded = _from_ox(q.triple for q in loaded.store)
    found = set(_run_sparql_checks(loaded, checks))
    if fast_core:
        compiled = _compiled(core)
        found |= {_core_violation(r, sg) for r in compiled.run(loaded.query, loaded.terms.rdf)}
        core = shacl_core.without(core, compiled.taken)
    if shacl_core.has_targets(core):
        from pyshacl import validate as shacl_validate

        _conforms, results, _text = shacl_validate(
            loaded.graph, shacl_graph=core, inference="none", advanced=False, allow_warnings=True, inplace=True)
        assert isinstance(results, Graph)
        found |= set(_violations(results, sg))
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    violations = sorted(found, key=lambda v: (rank.get(v.severity, 9), v.focus, v.path, v.message, v.value))
    return Report(conforms=not any(v.severity == "Violation" for v in violations), violations=violations,
                  triples=len(loaded), seconds=time.perf_counter() - start)


@functools.cache
def _default_compiled() -> shacl_core.Compiled:
    return shacl_core.compile_shapes(_default_split()[0])


def _compiled(core: Graph) -> shacl_core.Compiled:
    return _default_compiled() if core is _default_split()[0] else shacl_core.compile_shapes(core)


def _messages(shape: Node, shapes: Graph) -> list[str]:
    """The shape's sh:message, English (or untagged) first, as pyshacl's results carry it."""
    every = list(shapes.objects(shape, SH.message))
    english = sorted(str(m) for m in every if isinstance(m, Literal) and m.language in (None, "en"))
    return english or sorted(str(m) for m in every)


def _core_violation(r: shacl_core.Result, shapes: Graph) -> Violation:
    severity = shapes.value(r.source, SH.severity)
    shape = r.source
    if r.path is not None:  # a property shape: name the node shape that holds it
        shape = shapes.value(None, SH.property, r.source) or r.source
    default = f"{short(r.component).split(':')[-1].removesuffix('ConstraintComponent')} constraint not met"
    return Violation(
        focus=short(r.focus),
        path=_path_text(r.path, [shapes]),
        value=short(r.value) if r.value is not None and r.value != r.focus else "",
        message=(_messages(r.source, shapes) or [default])[0],
        severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
        shape=short(shape) if isinstance(shape, URIRef) else "",
        focus_iri=str(r.focus),
    )


def _violations(results: Graph, shapes: Graph) -> list[Violation]:
    out = []
    for r in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(r, SH.focusNode)
        path = results.value(r, SH.resultPath)
        value = results.value(r, SH.value)
        severity = results.value(r, SH.resultSeverity)
        messages = sorted(str(m) for m in results.objects(r, SH.resultMessage))
        english = sorted(str(m) for m in results.objects(r, SH.resultMessage)
                         if isinstance(m, Literal) and m.language in (None, "en"))
        shape = results.value(r, SH.sourceShape)
        if isinstance(shape, BNode):  # a property shape: name the node shape that holds it
            shape = shapes.value(None, SH.property, shape) or shape
        out.append(Violation(
            focus=short(focus),
            path=_path_text(path, [results, shapes]),
            value=short(value) if value is not None and value != focus else "",
            message=(english or messages or ["(no message)"])[0],
            severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
            shape=short(shape) if isinstance(shape, URIRef) else "",
            focus_iri=str(focus) if focus is not None else "",
        ))
    return out

"""SHACL Core constraints checked with SPARQL on pyoxigraph, for ``kg.validate``.

pyshacl walks every focus node and every value node in Python over an rdflib graph: about 1.5 s per
10,000 triples here, most of a build of a few hundred articles, with an rdflib copy of the whole
dataset in memory. The constraints ``shapes.ttl`` uses are simple enough to be one SPARQL query
each over all focus nodes at once ("every kg:Evidence whose kg:begin is not an xsd:integer"),
which pyoxigraph answers in milliseconds. This module compiles them:

- targets: ``sh:targetClass`` (through ``rdfs:subClassOf*`` in the data, as SHACL says),
  ``sh:targetNode``, ``sh:targetSubjectsOf``, ``sh:targetObjectsOf``;
- paths: a predicate, ``sh:inversePath``, ``sh:alternativePath``, sequences and the
  ``sh:zeroOrMorePath`` family;
- components: ``sh:class``, ``sh:datatype`` (ill-typed literals fail, as in pyshacl),
  ``sh:nodeKind``, ``sh:minCount``, ``sh:maxCount``, ``sh:minLength``, ``sh:maxLength``,
  ``sh:pattern`` (with ``sh:flags``), ``sh:minInclusive`` and the three other bounds, ``sh:in``,
  ``sh:hasValue``, ``sh:lessThan``, ``sh:lessThanOrEquals``, ``sh:node``, ``sh:property`` (of a
  node shape), ``sh:or``, ``sh:and``, ``sh:not``, ``sh:xone``, ``sh:qualifiedValueShape`` with
  ``sh:qualifiedMinCount`` / ``sh:qualifiedMaxCount``.

A node shape that uses anything else (``sh:closed``, ``sh:equals``, ``sh:languageIn``, a
``sh:property`` inside a property shape, a blank node in ``sh:in``, ...) or something the two engines
read differently (a datatype other than those in ``_DATATYPES``, a constant pyoxigraph would store in
another form, a pattern with lookaround or flags other than "i" and "m") is left whole to pyshacl:
``compile_shapes`` says which shapes it took, and ``kg.validate`` hands pyshacl the rest. The
results are the ones pyshacl gives (focus node, path, value, message, severity): the tests run
both on the same broken graphs and compare them.

Nested shapes (``sh:node``, ``sh:or``, ``sh:qualifiedValueShape``, ...) are evaluated as sets:
which of the value nodes break the nested shape is one query per nested constraint, and the
combination is done in Python. Recursive shapes are not supported (SHACL leaves them undefined).
"""
from __future__ import annotations

import dataclasses
import itertools
import operator
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, cast

from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

SH = Namespace("http://www.w3.org/ns/shacl#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
OWL_CLASS = URIRef("http://www.w3.org/2002/07/owl#Class")
RDF_LANGSTRING = RDF.langString

#: the focus pattern of a shape, as a function of the variable it binds
Focus = Callable[[str], str]

# Predicates of a shape that carry no constraint (or that are read with the one they belong to).
_NOT_CONSTRAINTS = {
    RDF.type, RDFS.label, RDFS.comment, RDFS.seeAlso, RDFS.isDefinedBy,
    SH.message, SH.severity, SH.name, SH.description, SH.order, SH.group, SH.defaultValue,
    SH.deactivated, SH.path, SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf,
    SH.flags, SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.qualifiedValueShapesDisjoint,
}
_VALUE_COMPONENTS = {  # constraints checked on each value node, by a SPARQL filter
    SH["class"], SH.datatype, SH.nodeKind, SH.minLength, SH.maxLength, SH.pattern,
    SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive, SH["in"],
}
_SHAPE_COMPONENTS = {SH.node, SH["or"], SH["and"], SH["not"], SH.xone}  # value nodes vs nested shapes
_COUNT_COMPONENTS = {SH.minCount, SH.maxCount, SH.hasValue, SH.lessThan, SH.lessThanOrEquals,
                     SH.qualifiedValueShape}  # need a path
_NODE_KINDS = {
    SH.IRI: "isIRI(?v)", SH.BlankNode: "isBlank(?v)", SH.Literal: "isLiteral(?v)",
    SH.BlankNodeOrIRI: "(isBlank(?v) || isIRI(?v))", SH.BlankNodeOrLiteral: "(isBlank(?v) || isLiteral(?v))",
    SH.IRIOrLiteral: "(isIRI(?v) || isLiteral(?v))",
}
# the datatypes sh:datatype is compiled for; pyshacl reads a literal through rdflib's Python value, which
# for other types (xsd:long, xsd:duration, xsd:decimal's "NaN", ...) XSD and pyoxigraph read differently
_DATATYPES = (XSD.string, RDF_LANGSTRING, XSD.integer, XSD.boolean, XSD.date)
_CHECKED_TYPES = (XSD.integer, XSD.boolean, XSD.date)  # whose lexical form is checked too: an ill-typed one fails
# constants of sh:in, sh:hasValue and the bounds that pyoxigraph keeps as written (it stores a typed literal in
# its canonical form: "05"^^xsd:integer as 5, "5"^^xsd:long as an xsd:integer), and that rdflib compares the same way
_CANONICAL = {XSD.integer: r"-?(?:0|[1-9][0-9]*)", XSD.boolean: r"true|false", XSD.date: r"[0-9]{4}-[0-9]{2}-[0-9]{2}"}
_NUMERIC_BOUND = (XSD.integer,)


class Unsupported(Exception):
    """A shape uses something this module does not compile; pyshacl checks it instead."""


@dataclass(frozen=True)
class Result:
    """One result of a compiled constraint, in rdflib terms (as pyshacl reports it)."""

    focus: Node
    path: Node | None  # the property shape's sh:path, None for a node-level constraint
    value: Node | None  # None when the constraint reports no value (counts, sh:hasValue)
    source: Node  # the shape holding the constraint: its message and severity
    component: URIRef  # e.g. sh:MinCountConstraintComponent
    detail: bool = False  # a result of a value node against an sh:node shape, that pyshacl nests
    # under the sh:node result (sh:detail) and reports too


def _n3(t: Node) -> str:
    if isinstance(t, BNode):
        raise Unsupported("a blank node as a constant")
    return t.n3()


def _constant(t: Node) -> str:
    """A constant compared with data values, as SPARQL: an IRI, a plain or language-tagged string, or
    an xsd:integer, xsd:boolean or xsd:date literal in canonical form (see ``_CANONICAL``)."""
    if isinstance(t, Literal) and (t.language is None and t.datatype is not None):
        pattern = _CANONICAL.get(t.datatype)
        if pattern is None or re.fullmatch(pattern, str(t)) is None:
            raise Unsupported(f"a constant {t.n3()}")  # "x"^^xsd:string too: rdflib tells it from "x"
    return _n3(t)


_PATTERN_UNSAFE = ("(?", "\\p", "\\P", "\\k", "\\1", "\\2", "\\Z", "\\A")


def _pattern(shapes: Graph, shape: Node, pattern: Node) -> str:
    """An sh:pattern as a SPARQL regex with the same matches as Python's ``re.search`` (pyshacl's):
    only flags "i" and "m" (pyshacl ignores the others), no syntax one of the two dialects lacks
    (lookaround, POSIX classes, class subtraction, ...), and "$" also before a final newline."""
    text = str(pattern)
    flags = str(shapes.value(shape, SH.flags) or "")
    if any(c not in "im" for c in flags) or any(u in text for u in _PATTERN_UNSAFE):
        raise Unsupported(f"sh:pattern {text!r} with flags {flags!r}")
    out: list[str] = []
    in_class, escaped = False, False
    for i, c in enumerate(text):
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif c == "[" and in_class:  # a POSIX class "[[:alpha:]]" or a subtraction "[a-z-[x]]"
            raise Unsupported(f"sh:pattern {text!r}")
        elif c == "[":
            in_class = True
        elif c == "]" and in_class and text[i - 1] != "[":
            in_class = False
        elif c == "$" and not in_class and "m" not in flags:
            out.append("\\n?")  # Python's "$" matches at the end and before a final newline; Rust's at the end
        out.append(c)
    text = "".join(out)
    return Literal(text).n3() + (f", {Literal(flags).n3()}" if flags else "")


@dataclass(frozen=True)
class Compiled:
    """The node shapes taken (their results come from ``run``), and how to check them."""

    shapes: Graph
    taken: tuple[URIRef | BNode, ...]
    targets: dict[Node, Focus]

    def run(self, query: Callable[[str], Any], to_rdf: Callable[[Any], Node]) -> list[Result]:
        """Every result of the taken shapes. ``query`` runs a SPARQL SELECT and yields rows
        (pyoxigraph solutions: ``row["this"]``); ``to_rdf`` turns a returned term into rdflib's."""
        ev = _Evaluator(self.shapes, query, to_rdf)
        return [r for shape in self.taken for r in ev.results(shape, self.targets[shape])]


def compile_shapes(shapes: Graph) -> Compiled:
    """The node shapes with targets that every part of can be checked here."""
    taken: list[URIRef | BNode] = []
    targets: dict[Node, Focus] = {}
    for shape in sorted(_targeted(shapes), key=str):
        try:
            focus = _target_focus(shapes, shape)
            _check_supported(shapes, shape, set())
        except Unsupported:
            continue
        taken.append(shape)  # type: ignore[arg-type]
        targets[shape] = focus
    return Compiled(shapes, tuple(taken), targets)


def without(shapes: Graph, taken: Iterable[Node]) -> Graph:
    """``shapes`` with the taken shapes' targets removed: what pyshacl still has to check."""
    rest = Graph()
    rest += shapes
    for shape in taken:
        for p in (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf):
            rest.remove((shape, p, None))
        for t in (RDFS.Class, OWL_CLASS):  # implicit class targets
            rest.remove((shape, RDF.type, t))
    return rest


def has_targets(shapes: Graph) -> bool:
    """Whether any shape of ``shapes`` still has focus nodes (else pyshacl has nothing to do)."""
    return bool(_targeted(shapes))


# ------------------------------------------------------------------ what is supported

def _targeted(shapes: Graph) -> set[Node]:
    found: set[Node] = set()
    for p in (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target):
        found |= set(shapes.subjects(p, None))
    for c in (RDFS.Class, OWL_CLASS):
        found |= {s for s in shapes.subjects(RDF.type, c) if (s, RDF.type, SH.NodeShape) in shapes}
    return found


def _target_focus(shapes: Graph, shape: Node) -> Focus:
    if shapes.value(shape, SH.target) is not None or shapes.value(shape, SH.path) is not None:
        raise Unsupported("a SPARQL-based target or a targeted property shape")
    classes = sorted({c for c in shapes.objects(shape, SH.targetClass)}, key=str)
    if any((shape, RDF.type, c) in shapes for c in (RDFS.Class, OWL_CLASS)):
        classes.append(shape)
    parts: list[Callable[[str], str]] = []
    if classes:
        listed = " ".join(_n3(c) for c in classes)
        # from the classes down: binding the class first is ten times faster than a FILTER on it
        parts.append(lambda v: f"VALUES ?_target {{ {listed} }} ?_cls <{RDFS.subClassOf}>* ?_target . ?{v} <{RDF.type}> ?_cls")
    nodes = sorted(shapes.objects(shape, SH.targetNode), key=str)
    if nodes:
        listed_nodes = " ".join(_n3(n) for n in nodes)
        parts.append(lambda v: f"VALUES ?{v} {{ {listed_nodes} }}")
    for p in sorted(shapes.objects(shape, SH.targetSubjectsOf), key=str):
        parts.append(_triple_target("?{v} " + _n3(p) + " ?_o"))
    for p in sorted(shapes.objects(shape, SH.targetObjectsOf), key=str):
        parts.append(_triple_target("?_s " + _n3(p) + " ?{v}"))

    def focus(v: str) -> str:
        union = " UNION ".join("{ " + part(v) + " }" for part in parts)
        return f"{{ SELECT DISTINCT ?{v} WHERE {{ {union} }} }}"

    return focus


def _triple_target(template: str) -> Callable[[str], str]:
    return lambda v: template.replace("{v}", v)


def _int(n: Node) -> int:
    return int(n.toPython()) if isinstance(n, Literal) else int(str(n))


def _check_supported(shapes: Graph, shape: Node, seen: set[Node], *, is_property: bool | None = None) -> None:
    if shape in seen:
        raise Unsupported("a recursive shape")
    seen = seen | {shape}
    path = shapes.value(shape, SH.path)
    if path is not None:
        _path(shapes, path)
    for p, o in shapes.predicate_objects(shape):
        if p in _NOT_CONSTRAINTS or p in _VALUE_COMPONENTS:
            if p == SH.deactivated and o != Literal(True):
                raise Unsupported("sh:deactivated other than true")
            if p == SH["in"]:
                for item in shapes.items(o):
                    _constant(item)
            elif p in (SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive):
                if not (isinstance(o, Literal) and o.datatype in (*_NUMERIC_BOUND, XSD.date)):
                    raise Unsupported(f"a bound {o.n3()}")
                _constant(o)
            elif p == SH["class"]:
                _n3(o)
            elif p == SH.datatype and o not in _DATATYPES:
                raise Unsupported(f"sh:datatype {o}")
            elif p == SH.nodeKind and o not in _NODE_KINDS:
                raise Unsupported(f"sh:nodeKind {o}")
            elif p == SH.pattern:
                _pattern(shapes, shape, o)
            elif p == SH.qualifiedValueShapesDisjoint and o == Literal(True):
                raise Unsupported("sh:qualifiedValueShapesDisjoint")
            continue
        if p in _COUNT_COMPONENTS:
            if path is None:
                raise Unsupported(f"{p} on a node shape")
            if p == SH.hasValue:
                _constant(o)
            elif p in (SH.lessThan, SH.lessThanOrEquals) and not isinstance(o, URIRef):
                raise Unsupported(f"{p} with a path")
            elif p == SH.qualifiedValueShape:
                _check_supported(shapes, o, seen)
            continue
        if p in _SHAPE_COMPONENTS:
            nested = [o] if p in (SH.node, SH["not"]) else list(shapes.items(o))
            for n in nested:
                _check_supported(shapes, n, seen)
            continue
        if p == SH.property:
            if path is not None:
                raise Unsupported("sh:property in a property shape")
            _check_supported(shapes, o, seen)
            continue
        if str(p).startswith(str(SH)):
            raise Unsupported(f"{p}")
        # anything else (a comment in another vocabulary) carries no constraint


def _path(shapes: Graph, path: Node) -> str:
    """A SHACL property path as a SPARQL one."""
    if isinstance(path, URIRef):
        return path.n3()
    if not isinstance(path, BNode):
        raise Unsupported(f"path {path}")
    inverse = shapes.value(path, SH.inversePath)
    if inverse is not None:
        return f"^({_path(shapes, inverse)})"
    alternatives = shapes.value(path, SH.alternativePath)
    if alternatives is not None:
        return "(" + "|".join(_path(shapes, p) for p in shapes.items(alternatives)) + ")"
    for key, mark in ((SH.zeroOrMorePath, "*"), (SH.oneOrMorePath, "+"), (SH.zeroOrOnePath, "?")):
        inner = shapes.value(path, key)
        if inner is not None:
            return f"({_path(shapes, inner)}){mark}"
    if shapes.value(path, RDF.first) is not None:
        return "(" + "/".join(_path(shapes, p) for p in shapes.items(path)) + ")"
    raise Unsupported(f"path {path}")


# ------------------------------------------------------------------ evaluation

_FRESH = itertools.count()


def _fresh() -> str:
    return f"x{next(_FRESH)}"


class _Evaluator:
    def __init__(self, shapes: Graph, query: Callable[[str], Any], to_rdf: Callable[[Any], Node]) -> None:
        self.sg = shapes
        self.query = query
        self.rdf = to_rdf

    def rows(self, text: str, *names: str) -> Iterator[tuple[Any, ...]]:  # rdflib terms, None if unbound
        for row in self.query(text):
            yield tuple(None if row[n] is None else self.rdf(row[n]) for n in names)

    # -- results of one shape over the nodes bound by ``focus``

    def results(self, shape: Node, focus: Focus) -> list[Result]:
        """Every result of ``shape`` (node-level constraints and its property shapes)."""
        if self.sg.value(shape, SH.deactivated) == Literal(True):
            return []
        path = self.sg.value(shape, SH.path)
        out = list(self._constraints(shape, focus, path))
        if path is None:
            for ps in sorted(self.sg.objects(shape, SH.property), key=str):
                out.extend(self.results(ps, focus))
        return out

    def failing(self, shape: Node, focus: Focus) -> set[Node]:
        """The focus nodes that do not conform to ``shape``."""
        return {r.focus for r in self.results(shape, focus) if not r.detail}

    def _constraints(self, shape: Node, focus: Focus, path_node: Node | None) -> Iterator[Result]:
        sg = self.sg
        path = _path(sg, path_node) if path_node is not None else None
        if path is None:
            def values(v: str, outer: str) -> str:  # the value node of a node shape is the focus
                return f"{focus(outer)} BIND (?{outer} AS ?{v})"
        else:
            def values(v: str, outer: str) -> str:
                return f"{focus(outer)} ?{outer} {path} ?{v} ."

        def result(this: Node | None, value: Node | None, component: str) -> Result:
            assert this is not None
            return Result(this, path_node, value, shape, SH[component + "ConstraintComponent"])

        def per_value(condition: str, component: str) -> Iterator[Result]:
            text = f"SELECT DISTINCT ?this ?v WHERE {{ {values('v', 'this')} FILTER ({condition}) }}"
            for this, value in self.rows(text, "this", "v"):
                yield result(this, value, component)

        def value_focus(v: str) -> str:  # the value nodes, as the focus of a nested shape
            outer = _fresh()
            return f"{{ SELECT DISTINCT ?{v} WHERE {{ {values(v, outer)} }} }}"

        def pairs_in(bad: set[Node], component: str) -> Iterator[Result]:
            if not bad:
                return
            text = f"SELECT DISTINCT ?this ?v WHERE {{ {values('v', 'this')} }}"
            for this, value in self.rows(text, "this", "v"):
                if value in bad:
                    yield result(this, value, component)

        for p, o in sorted(sg.predicate_objects(shape), key=lambda x: (str(x[0]), str(x[1]))):
            if p == SH["class"]:
                yield from per_value(f"NOT EXISTS {{ ?v <{RDF.type}>/<{RDFS.subClassOf}>* {_n3(o)} }}", "Class")
            elif p == SH.datatype:
                yield from per_value(_datatype_fails(o), "Datatype")
            elif p == SH.nodeKind:
                yield from per_value(f"!{_NODE_KINDS[o]}", "NodeKind")  # type: ignore[index]
            elif p == SH.minLength:
                yield from per_value(f"isBlank(?v) || STRLEN(STR(?v)) < {_int(o)}", "MinLength")
            elif p == SH.maxLength:
                yield from per_value(f"isBlank(?v) || STRLEN(STR(?v)) > {_int(o)}", "MaxLength")
            elif p == SH.pattern:
                yield from per_value(f"isBlank(?v) || !regex(STR(?v), {_pattern(sg, shape, o)})", "Pattern")
            elif p in (SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive):
                op = {SH.minInclusive: ">=", SH.maxInclusive: "<=", SH.minExclusive: ">", SH.maxExclusive: "<"}[p]  # type: ignore[index]
                name = str(p).rsplit("#", 1)[1]
                component = name[0].upper() + name[1:]
                # values of the bound's kind are compared in SPARQL, any other in Python, as pyshacl does
                kind = "isNumeric(?v)" if o.datatype in _NUMERIC_BOUND else f"DATATYPE(?v) = {_n3(XSD.date)}"  # type: ignore[attr-defined]
                yield from per_value(f"{kind} && !COALESCE(?v {op} {_constant(o)}, false)", component)
                text = f"SELECT DISTINCT ?this ?v WHERE {{ {values('v', 'this')} FILTER (!({kind})) }}"
                for this, value in self.rows(text, "this", "v"):
                    if not _compares(value, op, o):
                        yield result(this, value, component)
            elif p == SH["in"]:
                items = [_constant(i) for i in sg.items(o)]
                same = " || ".join(f"sameTerm(?v, {i})" for i in items) or "false"
                yield from per_value(f"!({same})", "In")
            elif p == SH.minCount or p == SH.maxCount:
                n = _int(o)
                if p == SH.minCount and n <= 0:
                    continue
                text = (f"SELECT ?this WHERE {{ {focus('this')} OPTIONAL {{ ?this {path} ?v }} }} GROUP BY ?this "
                        f"HAVING (COUNT(DISTINCT ?v) {'<' if p == SH.minCount else '>'} {n})")
                for (this,) in self.rows(text, "this"):
                    yield result(this, None, "MinCount" if p == SH.minCount else "MaxCount")
            elif p == SH.hasValue:
                text = f"SELECT ?this WHERE {{ {focus('this')} FILTER NOT EXISTS {{ ?this {path} {_constant(o)} }} }}"
                for (this,) in self.rows(text, "this"):
                    yield result(this, None, "HasValue")
            elif p in (SH.lessThan, SH.lessThanOrEquals):
                op = "<" if p == SH.lessThan else "<="
                component = "LessThan" if p == SH.lessThan else "LessThanOrEquals"
                # two numbers are compared in SPARQL, any other pair in Python, as pyshacl does
                text = (f"SELECT DISTINCT ?this ?v WHERE {{ {values('v', 'this')} ?this {_n3(o)} ?w "
                        f"FILTER (isNumeric(?v) && isNumeric(?w) && !COALESCE(?v {op} ?w, false)) }}")
                for this, value in self.rows(text, "this", "v"):
                    yield result(this, value, component)
                text = (f"SELECT DISTINCT ?this ?v ?w WHERE {{ {values('v', 'this')} ?this {_n3(o)} ?w "
                        f"FILTER (!(isNumeric(?v) && isNumeric(?w))) }}")
                for this, value, other in self.rows(text, "this", "v", "w"):
                    if not _compares(value, op, other):
                        yield result(this, value, component)
            elif p == SH.node:
                nested = self.results(o, value_focus)
                yield from pairs_in({r.focus for r in nested if not r.detail}, "Node")
                yield from (dataclasses.replace(r, detail=True) for r in nested)
            elif p in (SH["or"], SH["and"], SH.xone):
                members = list(sg.items(o))
                failing = [self.failing(m, value_focus) for m in members]
                if p == SH["or"]:
                    bad = set.intersection(*failing) if failing else self._values(value_focus)
                    yield from pairs_in(bad, "Or")
                elif p == SH["and"]:
                    yield from pairs_in(set().union(*failing), "And")
                else:
                    everything = self._values(value_focus)
                    passing = Counter(n for f in failing for n in everything - f)
                    yield from pairs_in({n for n in everything if passing[n] != 1}, "Xone")
            elif p == SH["not"]:
                yield from pairs_in(self._values(value_focus) - self.failing(o, value_focus), "Not")
            elif p == SH.qualifiedValueShape:
                yield from self._qualified(shape, o, focus, values, value_focus, result)

    def _values(self, focus: Focus) -> set[Node]:
        return {n for (n,) in self.rows(f"SELECT ?v WHERE {{ {focus('v')} }}", "v") if n is not None}

    def _qualified(self, shape: Node, nested: Node, focus: Focus, values: Callable[[str, str], str],
                   value_focus: Focus, result: Callable[..., Result]) -> Iterator[Result]:
        low = self.sg.value(shape, SH.qualifiedMinCount)
        high = self.sg.value(shape, SH.qualifiedMaxCount)
        bad = self.failing(nested, value_focus)
        counts: Counter[Node] = Counter()
        text = f"SELECT DISTINCT ?this ?v WHERE {{ {values('v', 'this')} }}"
        for this, value in self.rows(text, "this", "v"):
            if value not in bad:
                counts[this] += 1
        focus_nodes = {n for (n,) in self.rows(f"SELECT ?this WHERE {{ {focus('this')} }}", "this")}
        for this in sorted(focus_nodes, key=str):
            if low is not None and counts[this] < _int(low):
                yield result(this, None, "QualifiedMinCount")
            if high is not None and counts[this] > _int(high):
                yield result(this, None, "QualifiedMaxCount")


def _compares(value: Node, op: str, other: Node) -> bool:
    """``value op other`` as pyshacl decides it, with rdflib's terms (False when they do not compare)."""
    compare = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}[op]
    try:
        return bool(compare(cast(Any, value), cast(Any, other)))
    except TypeError:
        return False


def _datatype_fails(datatype: Node) -> str:
    """A SPARQL condition on ?v: not a literal of ``datatype``, or ill-typed (a lexical form that
    is no value of it, "July 2"^^xsd:date), as pyshacl reads it."""
    if datatype == RDF_LANGSTRING:
        return "!isLiteral(?v) || LANG(?v) = ''"
    if datatype == RDFS.Literal:
        return "!isLiteral(?v)"
    fails = f"!isLiteral(?v) || LANG(?v) != '' || DATATYPE(?v) != {_n3(datatype)}"
    if datatype in _CHECKED_TYPES:  # the cast of an ill-typed lexical form is an error
        fails += f" || !COALESCE(BOUND(?v) && STR({_n3(datatype)}(STR(?v))) != '', false)"
    if datatype == XSD.date:  # a year Python's dates cannot hold (pyshacl reads it as ill-typed)
        fails += " || !regex(STR(?v), '^[0-9]{4}-') || STRSTARTS(STR(?v), '0000')"
    return fails

"""How a rule reports, and how errors are shaped so that each points at its cause.

Two rules hold for every data file (issue 12):

1. **One cause, one message.** A value that makes others invalid is reported once; the
   messages it would cause are left out. The mechanism is a *cause registry*: every
   location that already failed (a field Pydantic rejected, see ``validation.salvage``,
   or a location a rule reported) is a cause. A rule states which values its verdict
   rests on, either by guarding with ``sound(...)`` or by passing ``needs=`` to
   ``error``; when one of them is a cause, the rule says nothing. Causes nest: a cause
   at ``("program", 3)`` covers every field of that programme, one at
   ``("program", 3, "anggaran", 2025)`` makes ``("program", 3, "anggaran")`` unsound.
2. **Every independent mistake in one run.** Records are checked field by field
   (``validation.salvage`` keeps the sound fields of a broken record), so a rule whose
   values are sound runs even when its neighbours are broken.

And one presentation rule: the same message at several places (the same unknown id
used in ten records, the same missing field in five) is one ``DataError`` listing the
other places (``DataError.also``).

Writing a rule (programmes.py is the longest example)::

    agencies = report.ids("opd", "opd", lambda: data.opd)          # ids that could be read
    for rec, p in report.records("program", "program", lambda: data.program):
        if rec.sound("opd_pengampu"):                             # read a field only when sound
            rec.known("opd_pengampu", p.opd_pengampu, agencies, "OPD", "data/opd.yml")
        if rec.sound("tahun_mulai", "tahun_selesai") and p.tahun_selesai < p.tahun_mulai:
            rec.error("tahun_selesai", "...")                     # this location becomes a cause
        rec.error("anggaran", "...", needs=["tahun_selesai"])     # left out when that failed

The API, all on ``Reporter`` and on ``At`` (a view of one record, fields named relative
to it):

- ``records(stem, key, lambda: items)``: each record of a list with its ``At``; nothing
  when the list itself could not be read. ``at(stem, loc)`` for a part of a file.
- ``sound(*fields)``: no cause at, inside or around those values, so they can be read
  and judged. ``present(field)``: the value itself was read (a cause inside it, say one
  bad item of a list of records, is allowed).
- ``error(field, message, needs=(), cause=True)``: reported unless one of ``needs`` is a
  cause; ``cause=False`` for a verdict on a whole record or list ("a dimension without
  a quick win", "id already used") that says nothing against the values in it.
- ``ids(stem, key, lambda: items, field="id")`` and ``known(field, value, ids, what, where)``:
  references. An unknown value is left out when an unreadable id may have been it; the
  same unknown value everywhere is one message; when many places name it and the id it
  resembles is defined but named nowhere, the message stands at that definition.
- ``unique(stem, ((loc, value), ...), what)``, and ``rules.document.unique`` for a list.
- ``cause(stem, loc)``: mark a location as failed without a message.

Read a record's field only after ``sound`` (or ``present``) said it is there: a field
Pydantic rejected is missing from the salvaged record (reading it raises
``AttributeError``); tests/test_records.py fuzzes every data file to keep it so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Generic, TypeVar

from ..dataset import Data
from ..errors import DataError, in_reading_order, suggestion
from ..validation import field_label, record_label
from ..yaml_source import Location

T = TypeVar("T")
Field = str | Location  # a field of a record: a key, or a path of keys and indices


def _path(part: Field) -> Location:
    return (part,) if isinstance(part, str) else tuple(part)


def _overlaps(a: Location, b: Location) -> bool:
    """True when one location lies inside the other (or they are the same)."""
    n = min(len(a), len(b))
    return a[:n] == b[:n]


@dataclass
class Ids(Generic[T]):
    """The ids of a list of records that could be read, and the raw values of those that could not.

    A reference to an id that is not here is only an error when it cannot be one of the
    unreadable ids: otherwise the broken definition is the cause, already reported."""

    by_id: dict[str, T] = field(default_factory=dict)
    unreadable: list[object] = field(default_factory=list)
    defined_at: dict[str, tuple[str, Location]] = field(default_factory=dict)  # id -> (stem, location of the id)

    def __contains__(self, value: object) -> bool:
        return value in self.by_id

    def __getitem__(self, value: str) -> T:
        return self.by_id[value]

    def __iter__(self) -> Iterator[str]:
        return iter(self.by_id)

    def __len__(self) -> int:
        return len(self.by_id)

    def get(self, value: str) -> T | None:
        return self.by_id.get(value)

    def add(self, other: Ids[Any]) -> None:
        for ident, record in other.by_id.items():
            self.by_id.setdefault(ident, record)
        for ident, place in other.defined_at.items():
            self.defined_at.setdefault(ident, place)
        self.unreadable += [raw for raw in other.unreadable if not isinstance(raw, str) or raw not in self.by_id]

    def may_hold(self, value: object) -> bool:
        """Whether one of the unreadable ids may have been ``value``."""
        texts = [raw for raw in self.unreadable if isinstance(raw, str)]
        if len(texts) < len(self.unreadable):  # an id missing or not text: it may have been anything
            return True
        return value in texts or bool(suggestion(value, texts))


@dataclass
class _Miss:
    what: str
    value: str
    where: str
    hint: str
    choices: Mapping[str, object] | Ids[Any]
    places: list[tuple[str, Location]] = field(default_factory=list)


class Reporter:
    """Collects the errors of every rule for one ``Data``, with the causes found so far.

    ``broken`` maps a file stem to the locations Pydantic rejected (``()`` for a file that
    could not be read at all): they are the first causes."""

    def __init__(self, data: Data, broken: Mapping[str, Iterable[Location]] | None = None) -> None:
        self.data = data
        self._causes: dict[str, list[Location]] = {
            stem: [tuple(loc) for loc in locs] for stem, locs in (broken or {}).items()
        }
        self._errors: dict[tuple[object, ...], list[DataError]] = {}
        self._misses: dict[tuple[str, str], _Miss] = {}
        self._used: set[tuple[str, Location]] = set()  # definitions some reference points at

    # --- causes ---------------------------------------------------------------

    def sound(self, stem: str, *locs: Location) -> bool:
        """True when none of ``locs`` in data/<stem>.yml failed, nor anything inside or around it."""
        causes = self._causes.get(stem)
        if not causes:
            return True
        return not any(_overlaps(cause, tuple(loc)) for loc in locs for cause in causes)

    def cause(self, stem: str, loc: Location) -> None:
        """Mark ``loc`` as failed without a message of its own (a rule's silent verdict)."""
        self._causes.setdefault(stem, []).append(tuple(loc))

    # --- reporting ------------------------------------------------------------

    def error(
        self, stem: str, loc: Location, message: str, *, needs: Iterable[Location] = (), cause: bool = True
    ) -> None:
        """Report ``message`` at ``loc``; left out when one of ``needs`` is a cause.

        ``loc`` becomes a cause itself, unless ``cause=False``: a verdict on a whole record
        or list (a dimension without a quick win, a list missing an entry) says nothing
        about the values in it, which other rules still read."""
        needed = [tuple(n) for n in needs]
        consequence = not self.sound(stem, *needed)
        if cause:
            self.cause(stem, loc)
        if consequence:
            return
        self._add(stem, loc, message, key=None)

    def _add(self, stem: str, loc: Location, message: str, key: tuple[object, ...] | None) -> None:
        if stem not in self.data.sources:  # the file itself could not be read: that is the one message
            return
        error = self._error(stem, loc, message)
        self._errors.setdefault(key or (error.file, error.field, message), []).append(error)

    def add(self, error: DataError) -> None:
        """An error built by the rule itself (e.g. on the line of a word inside a long text)."""
        self._errors.setdefault((error.file, error.field, error.message), []).append(error)

    def unique(self, stem: str, items: Iterable[tuple[Location, str]], what: str) -> None:
        first: dict[str, Location] = {}
        for loc, ident in items:
            if ident in first:
                line = self.data.sources[stem].line_of(first[ident])
                # not a cause: the value itself is readable, and still counts wherever it is used
                self.error(
                    stem,
                    loc,
                    f"{what} '{ident}' sudah dipakai (pertama di baris {line}); setiap {what} harus unik",
                    cause=False,
                )
            else:
                first[ident] = loc

    def ids(self, stem: str, key: Field, items: Callable[[], Sequence[T]], field: str = "id") -> Ids[T]:
        """The ``field`` of each record of the list at ``key`` that could be read."""
        found: Ids[T] = Ids()
        if not self.present(stem, _path(key)):
            found.unreadable.append(None)  # the whole list could not be read
            return found
        unreadable: list[object] = []
        for rec, record in self.records(stem, key, items):
            if rec.sound(field):
                ident = getattr(record, field)
                found.by_id.setdefault(ident, record)
                found.defined_at.setdefault(ident, (stem, rec(field)))
            else:
                unreadable.append(self.raw(stem, rec(field)))
        found.unreadable = [raw for raw in unreadable if not isinstance(raw, str) or raw not in found.by_id]
        return found

    def known(
        self, stem: str, loc: Location, value: str, choices: Mapping[str, object] | Ids[Any], what: str, where: str
    ) -> None:
        """A reference: ``value`` must be one of ``choices`` (ids listed in ``where``).

        Every place that names the same unknown value becomes one message."""
        if value in choices:
            if isinstance(choices, Ids) and value in choices.defined_at:
                self._used.add(choices.defined_at[value])
            return
        self.cause(stem, loc)
        if isinstance(choices, Ids) and choices.may_hold(value):
            return  # a definition that could not be read is the cause
        # one message per unknown value (and the id it resembles), wherever and as whatever it is used
        hint = suggestion(value, choices)
        miss = self._misses.setdefault((value, hint), _Miss(what, value, where, hint, choices))
        miss.places.append((stem, tuple(loc)))

    def present(self, stem: str, loc: Location) -> bool:
        """True when the value at ``loc`` was read: no cause at it or around it (inside is fine)."""
        loc = tuple(loc)
        return not any(loc[: len(cause)] == cause for cause in self._causes.get(stem, ()))

    def records(self, stem: str, key: Field, items: Callable[[], Sequence[T]]) -> Iterator[tuple[At, T]]:
        """Each record of the list at ``key`` (read by ``items`` when it could be read), with a
        view to report on its fields. A record that failed as a whole comes too: its
        fields are simply never sound."""
        base = _path(key)
        if not self.present(stem, base):
            return
        for i, item in enumerate(items()):
            yield At(self, stem, base + (i,)), item

    def at(self, stem: str, loc: Field) -> At:
        return At(self, stem, _path(loc))

    # --- result ---------------------------------------------------------------

    def finish(self) -> list[DataError]:
        """Every error reported, references and repeated messages folded."""
        found = [_fold(group) for group in self._errors.values()]
        for miss in self._misses.values():
            found.append(self._reference_error(miss))
        return found

    def _reference_error(self, miss: _Miss) -> DataError:
        """One message for every place naming the same unknown id.

        When several places name it and the id it resembles is defined but named nowhere,
        the definition is the likely cause (an id renamed in one place, its references
        left as they were): the message stands at the definition and lists the references."""
        message = f"{miss.what} '{miss.value}' tidak ada di {miss.where}{miss.hint}"
        places = [self._error(stem, loc, message) for stem, loc in miss.places]
        target = _suggested(miss.hint)
        defined = miss.choices.defined_at.get(target) if isinstance(miss.choices, Ids) and target else None
        if len(places) > 1 and defined is not None and defined not in self._used:
            stem, loc = defined
            text = (
                f"id '{target}' tidak dirujuk di mana pun, sedangkan '{miss.value}' dirujuk tetapi tidak ada di "
                f"{self.data.sources[stem].name}: bila id ini salah tulis, ganti menjadi '{miss.value}'; "
                "bila bukan, perbaiki rujukannya"
            )
            head = self._error(stem, loc, text)
            return replace(
                head, also=tuple(e.place for e in sorted(places, key=in_reading_order)), also_label="dirujuk di"
            )
        return _fold(places)

    def _error(self, stem: str, loc: Location, message: str) -> DataError:
        source = self.data.sources[stem]
        record, rest = record_label(source, loc, type(self.data.files[stem]).LISTS)
        return DataError(source.name, source.line_of(loc), record, field_label(rest), message)

    def raw(self, stem: str, loc: Location) -> object:
        """The value at ``loc`` as written in the file (also when it could not be read as a field)."""
        source = self.data.sources.get(stem)
        value: Any = source.content if source else None
        for part in loc:
            if isinstance(value, dict):
                value = value.get(part)
            elif isinstance(value, list) and isinstance(part, int) and part < len(value):
                value = value[part]
            else:
                return None
        return value


class At:
    """One record (or part of a file) seen by a rule: its fields are named relative to it."""

    def __init__(self, report: Reporter, stem: str, loc: Location) -> None:
        self.report = report
        self.stem = stem
        self.loc = loc

    def __call__(self, part: Field = ()) -> Location:
        """The file location of ``part`` of this record."""
        return self.loc + _path(part)

    def sound(self, *parts: Field) -> bool:
        return self.report.sound(self.stem, *(self(part) for part in parts))

    def error(self, part: Field, message: str, *, needs: Iterable[Field] = (), cause: bool = True) -> None:
        self.report.error(self.stem, self(part), message, needs=[self(n) for n in needs], cause=cause)

    def present(self, part: Field) -> bool:
        return self.report.present(self.stem, self(part))

    def at(self, part: Field) -> At:
        """A view of a part of this record (a nested record), its fields named relative to it."""
        return At(self.report, self.stem, self(part))

    def known(self, part: Field, value: str, choices: Mapping[str, object] | Ids[Any], what: str, where: str) -> None:
        self.report.known(self.stem, self(part), value, choices, what, where)

    def records(self, part: Field, items: Callable[[], Sequence[T]]) -> Iterator[tuple[At, T]]:
        return self.report.records(self.stem, self(part), items)


def _suggested(hint: str) -> str | None:
    # hint is " (maksud Anda 'x'?)" or ""
    return hint.split("'")[1] if hint.count("'") >= 2 else None


def _fold(group: list[DataError]) -> DataError:
    """The same message at several places: one error, at the first place, naming the others."""
    first, *rest = sorted(set(group), key=in_reading_order)
    others = tuple(dict.fromkeys(e.place for e in rest if (e.file, e.line) != (first.file, first.line)))
    return replace(first, also=others) if others else first

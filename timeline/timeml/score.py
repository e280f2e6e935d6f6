"""TempEval-3 Task A scoring: strict and relaxed extent P/R/F1, type and value F1.

Definitions (UzZaman et al. 2013, micro-averaged over documents): TIMEX3 elements inside
<TEXT> are the entities (the DCT never counts); gold and system entities are paired one to
one, identical extents first, then each remaining gold entity (in text order) with the
leftmost unused system entity that overlaps it. Relaxed matches are all pairs, strict ones
pairs with identical extents. Attribute accuracy is the share of pairs whose attribute is
identical, and attribute F1 is that accuracy times relaxed F1.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    text: str
    tid: str
    type: str
    value: str

    def __repr__(self) -> str:
        return (
            f"<{self.tid} {self.start}-{self.end} {self.text!r} type={self.type} "
            f"value={self.value}>"
        )


@dataclass(slots=True)
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type: int = 0
    value: int = 0

    def add(self, other: Counts) -> None:
        for name in ("gold", "system", "strict", "relaxed", "type", "value"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True, slots=True)
class Scores:
    """Task A figures for a set of documents."""

    counts: Counts = field(default_factory=Counts)

    def _prf(self, matches: int) -> tuple[float, float, float]:
        c = self.counts
        if c.gold == 0 and c.system == 0:
            return 1.0, 1.0, 1.0
        precision = matches / c.system if c.system else 0.0
        recall = matches / c.gold if c.gold else 0.0
        return precision, recall, _f1(precision, recall)

    @property
    def strict(self) -> tuple[float, float, float]:
        return self._prf(self.counts.strict)

    @property
    def relaxed(self) -> tuple[float, float, float]:
        return self._prf(self.counts.relaxed)

    def _accuracy(self, correct: int) -> float:
        c = self.counts
        if c.gold == 0 and c.system == 0:
            return 1.0
        return correct / c.relaxed if c.relaxed else 0.0

    @property
    def type_accuracy(self) -> float:
        return self._accuracy(self.counts.type)

    @property
    def value_accuracy(self) -> float:
        return self._accuracy(self.counts.value)

    @property
    def type_f1(self) -> float:
        return self.type_accuracy * self.relaxed[2]

    @property
    def value_f1(self) -> float:
        return self.value_accuracy * self.relaxed[2]

    def table(self) -> str:
        """The figures as the TempEval-3 scorer prints them."""
        c = self.counts
        sp, sr, sf = self.strict
        rp, rr, rf = self.relaxed
        return "\n".join(
            [
                f"TIMEX3  gold={c.gold} system={c.system} strict_matches={c.strict} "
                f"relaxed_matches={c.relaxed} type_correct={c.type} value_correct={c.value}",
                "               P        R        F1",
                f"Strict     {sp:.4f}   {sr:.4f}   {sf:.4f}",
                f"Relaxed    {rp:.4f}   {rr:.4f}   {rf:.4f}",
                "               accuracy F1 (=accuracy x relaxed F1)",
                f"Type       {self.type_accuracy:.4f}   {self.type_f1:.4f}",
                f"Value      {self.value_accuracy:.4f}   {self.value_f1:.4f}",
            ]
        )


def read_entities(path: Path) -> tuple[str, list[Entity]]:
    """The plain text of a TimeML file's <TEXT> and the TIMEX3 entities in it, with offsets."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise InputError(f"{path} is not readable TimeML ({exc})") from exc
    text_element = root.find(".//TEXT")
    if text_element is None:
        raise InputError(f"{path} has no <TEXT> element")
    parts: list[str] = []
    entities: list[Entity] = []
    length = 0

    def walk(element: ET.Element) -> None:
        nonlocal length
        if element.text:
            parts.append(element.text)
            length += len(element.text)
        for child in element:
            start = length
            walk(child)
            if child.tag == "TIMEX3" and not _is_dct(child.attrib):
                raw = "".join(parts)[start:length]
                text = raw.strip()
                left = start + len(raw) - len(raw.lstrip())
                if text:
                    entities.append(
                        Entity(
                            left,
                            left + len(text),
                            text,
                            child.get("tid", ""),
                            child.get("type", ""),
                            child.get("value", ""),
                        )
                    )
            if child.tail:
                parts.append(child.tail)
                length += len(child.tail)

    walk(text_element)
    return "".join(parts), entities


def _is_dct(attributes: dict[str, str]) -> bool:
    return attributes.get("functionInDocument") == "CREATION_TIME" or attributes.get("tid") == "t0"


def align(gold: list[Entity], system: list[Entity]) -> list[tuple[Entity, Entity]]:
    """Pair gold and system entities one to one (see the module's definitions)."""
    pairs: list[tuple[Entity, Entity]] = []
    used: set[int] = set()
    by_extent: dict[tuple[int, int], list[int]] = {}
    for index, entity in enumerate(system):
        by_extent.setdefault((entity.start, entity.end), []).append(index)
    unpaired: list[Entity] = []
    for entity in gold:
        free = [i for i in by_extent.get((entity.start, entity.end), []) if i not in used]
        if free:
            used.add(free[0])
            pairs.append((entity, system[free[0]]))
        else:
            unpaired.append(entity)
    for entity in sorted(unpaired, key=lambda e: (e.start, e.end)):
        best: int | None = None
        best_key: tuple[int, int] | None = None
        for index, candidate in enumerate(system):
            if index in used:
                continue
            overlap = min(entity.end, candidate.end) - max(entity.start, candidate.start)
            if overlap > 0 and (best_key is None or (candidate.start, -overlap) < best_key):
                best, best_key = index, (candidate.start, -overlap)
        if best is not None:
            used.add(best)
            pairs.append((entity, system[best]))
    return pairs


def score_folders(
    gold_dir: Path,
    system_dir: Path,
    *,
    on_error: Callable[[str], None] | None = None,
    on_warning: Callable[[str], None] | None = None,
) -> Scores:
    """Score every gold .tml file against the system file of the same name.

    `on_error` receives one line per missed, spurious or wrong entity when given.
    """
    names = sorted(p.name for p in gold_dir.iterdir() if p.name.endswith(".tml"))
    if not names:
        raise InputError(f"{gold_dir} holds no .tml files to score against")
    total = Counts()
    for name in names:
        gold_text, gold = read_entities(gold_dir / name)
        system_path = system_dir / name
        if system_path.exists():
            system_text, system = read_entities(system_path)
            if system_text != gold_text:
                raise InputError(
                    f"the text of {system_path} differs from the gold file's; a system may "
                    "only add or remove tags"
                )
        else:
            if on_warning is not None:
                on_warning(f"no system file for {name}; scored as empty")
            system = []
        pairs = align(gold, system)
        total.add(
            Counts(
                gold=len(gold),
                system=len(system),
                strict=sum(1 for g, s in pairs if (g.start, g.end) == (s.start, s.end)),
                relaxed=len(pairs),
                type=sum(1 for g, s in pairs if g.type == s.type),
                value=sum(1 for g, s in pairs if g.value == s.value),
            )
        )
        if on_error is not None:
            _report_errors(name, gold, system, pairs, on_error)
    return Scores(total)


def _report_errors(
    name: str,
    gold: list[Entity],
    system: list[Entity],
    pairs: list[tuple[Entity, Entity]],
    on_error: Callable[[str], None],
) -> None:
    paired_gold = {id(g) for g, _ in pairs}
    paired_system = {id(s) for _, s in pairs}
    for entity in gold:
        if id(entity) not in paired_gold:
            on_error(f"{name}\tMISSED\t{entity!r}")
    for entity in system:
        if id(entity) not in paired_system:
            on_error(f"{name}\tSPURIOUS\t{entity!r}")
    for g, s in pairs:
        kinds = [
            kind
            for kind, wrong in (
                ("EXTENT", (g.start, g.end) != (s.start, s.end)),
                ("TYPE", g.type != s.type),
                ("VALUE", g.value != s.value),
            )
            if wrong
        ]
        if kinds:
            on_error(f"{name}\t{'+'.join(kinds)}\tgold={g!r} sys={s!r}")

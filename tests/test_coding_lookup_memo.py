"""The coding layer's kept answers (`coding.drugs.resolve`, `coding.levels.segments_of`) are the computed ones: a name
or level asked again gets the same answer, and a caller changing a returned list changes no later answer."""

from __future__ import annotations

from coding import drugs as drug_kb
from coding.facts import Drug
from coding.knowledge import load_kb
from coding.levels import segments_of


def test_resolve_answers_as_the_name_table_each_time() -> None:
    table = load_kb().drugs
    names = drug_kb._names(table)
    asked = [("triamcinolone", None), ("", "Kenalog-40"), ("lidocaine", "Lidocaine 1% preservative free"),
             ("", "not a drug at all"), ("unknown", None)]
    for generic, written in asked * 2:  # the second round reads kept answers
        drug = Drug(generic=generic, written=written)
        assert drug_kb.resolve(drug, table) == drug_kb._resolve(generic, written, names)
    assert drug_kb.resolve(Drug(generic="", written="Kenalog-40"), table) == "triamcinolone_acetonide"
    assert drug_kb.resolve(Drug(generic="", written="not a drug at all"), table) is None


def test_segments_of_gives_a_fresh_list_each_time() -> None:
    first = segments_of("L4-L5")
    assert first == ["L4", "L5"]
    first.append("S1")  # a caller's change stays its own
    assert segments_of("L4-L5") == ["L4", "L5"]
    assert segments_of("c5-c6") == ["C5", "C6"] and segments_of("T12") == ["T12"] and segments_of("none") == []

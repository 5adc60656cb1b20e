"""The reference gazetteer: coverage, aliases, renames, roll-up, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.matcher import NameMatcher
from kg.errors import InputError
from kg.gazetteer import Gazetteer, load_gazetteer

GOVERNORATES = {
    "damascus-governorate",
    "rif-dimashq-governorate",
    "aleppo-governorate",
    "idlib-governorate",
    "hama-governorate",
    "homs-governorate",
    "latakia-governorate",
    "tartus-governorate",
    "raqqa-governorate",
    "deir-ez-zor-governorate",
    "hasakah-governorate",
    "daraa-governorate",
    "suwayda-governorate",
    "quneitra-governorate",
}


def test_covers_the_actors_and_places_analysts_expect(gazetteer: Gazetteer) -> None:
    assert len(gazetteer.actors) >= 150
    assert len(gazetteer.places) >= 400
    assert GOVERNORATES <= set(gazetteer.places)
    types = {p.type for p in gazetteer.places.values()}
    assert {"OilField", "Dam", "Airbase", "BorderCrossing", "Neighbourhood"} <= types


@pytest.mark.parametrize(
    "name",
    ["Islamic State", "ISIS", "ISIL", "Daech", "Daesh", "داعش", "تنظيم الدولة", "État islamique"],
)
def test_aliases_in_three_languages_name_one_actor(gazetteer: Gazetteer, name: str) -> None:
    entity = NameMatcher(gazetteer).lookup(name)
    assert entity is not None and entity.ident == "islamic-state"


def test_renames_are_distinct_linked_actors(gazetteer: Gazetteer) -> None:
    hts = gazetteer.actor("hayat-tahrir-al-sham")
    jfs = gazetteer.actor(hts.successor_of or "")
    assert jfs.ident == "jabhat-fatah-al-sham"
    assert jfs.successor_of == "jabhat-al-nusra"


def test_state_forces_are_reported_as_their_state(gazetteer: Gazetteer) -> None:
    unit = gazetteer.actor("russian-aerospace-forces")
    assert gazetteer.reported_as(unit).ident == "russia"
    irgc = gazetteer.actor("islamic-revolutionary-guard-corps")
    assert gazetteer.reported_as(irgc) is irgc


def test_places_know_their_governorate_and_coordinates(gazetteer: Gazetteer) -> None:
    bab = gazetteer.places["al-bab"]
    assert bab.governorate == "aleppo-governorate"
    assert bab.lat is not None and 35 < bab.lat < 37


def test_a_local_folder_extends_and_overrides_the_shipped_data(tmp_path: Path) -> None:
    (tmp_path / "actors-local.tsv").write_text(
        "id\ttype\tlabel_en\tlabel_fr\tlabel_ar\taliases_en\n"
        "liwa-test\tArmedGroup\tLiwa Test\tLiwa Test\tلواء الاختبار\tTest Brigade\n",
        encoding="utf-8",
    )
    from kg.gazetteer import gazetteer_folders

    g = load_gazetteer([*gazetteer_folders(), tmp_path])
    assert NameMatcher(g).lookup("لواء الاختبار") == g.actors["liwa-test"]


def test_a_bad_row_names_the_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "places-bad.tsv").write_text(
        "id\ttype\tlabel_en\tlat\nx\tCity\tX\tnorth\n", encoding="utf-8"
    )
    with pytest.raises(InputError, match=r"places-bad.tsv:2: column lat"):
        load_gazetteer([tmp_path])


def test_designations_name_the_groups_an_anaphor_may_refer_to(gazetteer: Gazetteer) -> None:
    jihadist = gazetteer.designations["jihadist"]
    assert {"islamic-state", "hayat-tahrir-al-sham", "jabhat-al-nusra"} <= jihadist
    assert not {"syrian-democratic-forces", "free-syrian-army"} & jihadist


def test_a_designation_of_an_unknown_actor_names_the_file(tmp_path: Path) -> None:
    from kg.errors import UnknownNameError
    from kg.gazetteer import gazetteer_folders

    (tmp_path / "designations-local.tsv").write_text(
        "actor\tdesignation\nno-such-group\tjihadist\n", encoding="utf-8"
    )
    with pytest.raises(UnknownNameError, match="designations"):
        load_gazetteer([*gazetteer_folders(), tmp_path])

"""Backup, restore and check: a store can be copied, brought back, and proven sound or damaged."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ingest.batch import ingest_articles
from kg.cli import app
from kg.errors import StoreError
from kg.maintenance import BACKUP_NOTE, backup_store, check_store, restore_store
from kg.store import Store
from tests.conftest import article

TEXT = "The Syrian Democratic Forces captured Tabqa. Russian warplanes struck Idlib."


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    path = tmp_path / "store"
    with Store(path) as store:
        ingest_articles(store, [article(TEXT, "en", f"doc-{n}") for n in range(3)])
    return path


def _quads(path: Path) -> int:
    with Store(path, read_only=True) as store:
        return store.count()


def test_a_backup_restores_to_the_same_store(filled: Path, tmp_path: Path) -> None:
    held = backup_store(filled, tmp_path / "backup")
    assert (held.articles, held.quads) == (3, _quads(filled))
    assert (tmp_path / "backup" / BACKUP_NOTE).is_file()
    restored, moved = restore_store(tmp_path / "backup", tmp_path / "restored")
    assert (restored, moved) == (held, None)
    assert _quads(tmp_path / "restored") == held.quads


def test_restore_moves_the_existing_store_aside_never_deleting_it(
    filled: Path, tmp_path: Path
) -> None:
    backup_store(filled, tmp_path / "backup")
    with Store(filled) as store:  # the store moves on after the backup
        ingest_articles(store, [article("Clashes in Raqqa.", "en", "later")])
    after = _quads(filled)
    with pytest.raises(StoreError, match="--replace"):
        restore_store(tmp_path / "backup", filled)
    held, moved = restore_store(tmp_path / "backup", filled, replace=True)
    assert moved is not None and _quads(moved) == after
    assert _quads(filled) == held.quads < after


def test_a_backup_refuses_an_existing_folder_and_a_missing_store(
    filled: Path, tmp_path: Path
) -> None:
    (tmp_path / "taken").mkdir()
    with pytest.raises(StoreError, match="already exists"):
        backup_store(filled, tmp_path / "taken")
    with pytest.raises(StoreError, match="no store"):
        backup_store(tmp_path / "nowhere", tmp_path / "backup")


def test_restore_refuses_a_folder_that_is_not_a_backup(filled: Path, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="not a kg backup"):
        restore_store(filled, tmp_path / "restored")


def test_restore_refuses_while_another_writer_holds_the_store(filled: Path, tmp_path: Path) -> None:
    backup_store(filled, tmp_path / "backup")
    with Store(filled), pytest.raises(StoreError, match="only one writer"):
        restore_store(tmp_path / "backup", filled, replace=True)
    assert not (tmp_path / "store.restoring").exists() or _quads(filled)


def test_the_cli_backs_up_restores_and_checks(
    filled: Path, tmp_path: Path, runner: CliRunner
) -> None:
    backup = tmp_path / "backup"
    result = runner.invoke(app, ["backup", str(backup), "--store", str(filled)])
    assert result.exit_code == 0 and "3 articles" in result.output
    restored = tmp_path / "restored"
    result = runner.invoke(app, ["restore", str(backup), "--store", str(restored)])
    assert result.exit_code == 0 and "3 articles" in result.output
    result = runner.invoke(app, ["check", "--store", str(restored)])
    assert result.exit_code == 0 and "is sound: 3 articles" in result.output


def _flip(path: Path, fraction: float) -> None:
    """Flip 16 bytes at ``fraction`` of every data file, as a failing disk might."""
    for sst in path.glob("*.sst"):
        data = bytearray(sst.read_bytes())
        at = int(len(data) * fraction)
        data[at : at + 16] = bytes(b ^ 0xFF for b in data[at : at + 16])
        sst.write_bytes(bytes(data))


def _flip_bytes_in_the_middle(path: Path) -> None:
    _flip(path, 0.5)


def _flip_bytes_near_the_start(path: Path) -> None:
    _flip(path, 0.1)


def _truncate_largest(path: Path) -> None:
    largest = max(path.glob("*.sst"), key=lambda p: p.stat().st_size)
    largest.write_bytes(largest.read_bytes()[: largest.stat().st_size // 2])


def _garble_manifest(path: Path) -> None:
    next(path.glob("MANIFEST-*")).write_bytes(b"not a manifest" * 8)


def _delete_a_data_file(path: Path) -> None:
    max(path.glob("*.sst"), key=lambda p: p.stat().st_size).unlink()


DAMAGE: list[Callable[[Path], None]] = [
    _flip_bytes_in_the_middle,
    _flip_bytes_near_the_start,
    _truncate_largest,
    _garble_manifest,
    _delete_a_data_file,
]


@pytest.mark.parametrize("damage", DAMAGE, ids=lambda d: d.__name__.strip("_"))
def test_a_damaged_store_is_reported_with_a_way_out(
    filled: Path, tmp_path: Path, runner: CliRunner, damage: Callable[[Path], None]
) -> None:
    backup_store(filled, tmp_path / "backup")
    damage(filled)
    report = check_store(filled)
    assert not report.sound and "damaged" in report.problems[0]
    result = runner.invoke(app, ["check", "--store", str(filled)])
    assert result.exit_code == 1 and "kg restore" in result.output
    assert "Traceback" not in result.output
    readers = runner.invoke(app, ["export", "relations", "--store", str(filled)])
    assert readers.exit_code == 1 and "is damaged" in readers.output  # never a RocksDB trace
    way_out = runner.invoke(
        app, ["restore", str(tmp_path / "backup"), "--store", str(filled), "--replace"]
    )
    assert way_out.exit_code == 0, way_out.output
    assert check_store(filled).sound

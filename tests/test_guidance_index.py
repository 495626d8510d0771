"""Ingesting guidance: only changes are re-embedded, and a failure loses nothing."""

import shutil
from pathlib import Path

import pytest

from assistant import embeddings, guidance_index
from assistant.guidance_index import ingest, load_manifest
from assistant.retrieval import Retriever

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"


@pytest.fixture
def guidance(tmp_path):
    folder = tmp_path / "guidance"
    shutil.copytree(KNOWLEDGE, folder)
    return folder


def test_when_nothing_changed_then_nothing_is_re_embedded(guidance, tmp_path):
    index = tmp_path / "index"
    first = ingest(guidance, index)

    again = ingest(guidance, index)

    assert first.embedded == first.passages > 100
    assert again.embedded == 0
    assert len(again.unchanged) == len(first.added)


def test_when_one_file_changes_then_only_its_passages_are_embedded(guidance, tmp_path):
    index = tmp_path / "index"
    ingest(guidance, index)
    goodwill = guidance / "goodwill-payments.md"
    goodwill.write_text(goodwill.read_text() + "\n## Payment ceilings\n\nNew text.\n")

    report = ingest(guidance, index)

    assert report.updated == ["goodwill-payments.md"]
    assert 0 < report.embedded < 10
    hits = Retriever(index).search("payment ceilings", 3)
    assert hits[0].section == "Payment ceilings"


def test_when_a_file_is_removed_then_its_passages_leave_the_index(guidance, tmp_path):
    index = tmp_path / "index"
    ingest(guidance, index)
    (guidance / "glossary.md").unlink()

    report = ingest(guidance, index)

    assert report.removed == ["glossary.md"]
    documents = {p.document for p in load_manifest(index).passage_list()}
    assert "glossary.md" not in documents


def test_when_some_files_are_broken_then_the_rest_are_indexed(guidance, tmp_path):
    (guidance / "locked.pdf").write_bytes(b"%PDF-1.4 not a real pdf")
    (guidance / "notes.txt").write_text("misc")
    (guidance / "blank.md").write_text("---\ntitle: Blank\n---\n")

    report = ingest(guidance, tmp_path / "index")

    failed = dict(report.failed)
    assert set(failed) == {"locked.pdf", "notes.txt", "blank.md"}
    assert "unsupported" in failed["notes.txt"]
    assert len(report.added) == 7


def test_when_an_ingest_fails_midway_then_the_previous_index_still_answers(
    guidance, tmp_path, monkeypatch
):
    index = tmp_path / "index"
    ingest(guidance, index)
    before = Retriever(index).search("calendar month", 1)[0]
    (guidance / "writing-the-reply.md").write_text("# Rewritten\n\nNew words.\n")

    class Broken:
        name = embeddings.get_embedder().name

        def embed(self, texts):
            raise RuntimeError("embedding service fell over")

    monkeypatch.setattr(guidance_index, "get_embedder", lambda: Broken())
    with pytest.raises(RuntimeError):
        ingest(guidance, index)

    after = Retriever(index).search("calendar month", 1)[0]
    assert after == before
    assert len(list((index / "chroma").parent.glob("manifest.json.tmp"))) == 0

"""Guidance search: exact terms are found, and results cite where they come from."""

import pytest

from assistant.guidance_index import ingest
from assistant.resources import knowledge_dir
from assistant.retrieval import Retriever


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    index = tmp_path_factory.mktemp("index")
    ingest(knowledge_dir(), index)
    return Retriever(index)


@pytest.mark.parametrize(
    ("query", "document", "words"),
    [
        ("calendar month", "complaints-process.md", "calendar month"),
        ("IAC", "complaints-process.md", "IAC"),
        ("IOPC telephone", "signposting-directory.md", "IOPC"),
        ("Newton hearing", "glossary.md", "Newton"),
        ("goodwill payment evidence", "goodwill-payments.md", "goodwill"),
    ],
)
def test_when_an_exact_term_is_searched_then_a_passage_using_it_comes_first(
    retriever, query, document, words
):
    best = retriever.search(query, 3)

    assert any(c.document == document for c in best)
    assert words.lower() in best[0].text.lower() or words in best[0].section


def test_when_searching_then_each_result_cites_document_section_and_version(
    retriever,
):
    results = retriever.search("what must a real apology contain", 4)

    assert len(results) == 4
    assert len({(c.document, c.section) for c in results}) == 4
    assert all(c.version != "unversioned" for c in results)
    assert [c.score for c in results] == sorted(
        (c.score for c in results), reverse=True
    )
    assert set(results[0].to_json()) == {
        "document",
        "section",
        "version",
        "text",
        "score",
    }


@pytest.mark.parametrize("mode", ["vector", "keyword", "fused"])
def test_when_a_mode_is_chosen_then_it_returns_results(retriever, mode):
    assert retriever.search("meeting with a bereaved family", 3, mode)


def test_when_the_query_is_blank_then_there_are_no_results(retriever):
    assert retriever.search("   ", 3) == []

"""Embeddings: offline WordLlama by default, an OpenAI endpoint when configured."""

import numpy as np
import pytest

from assistant import embeddings, openai_models
from assistant.guidance_index import ingest, load_manifest
from assistant.openai_models import ModelNotConfigured
from assistant.resources import knowledge_dir
from assistant.retrieval import Retriever
from assistant.settings import get_settings


class FakeOpenAIEmbeddings:
    """Stands in for langchain-openai: hashes words into a small vector space."""

    calls: list[int] = []

    def __init__(self, model, api_key, base_url):
        self.model = model

    def embed_documents(self, texts):
        FakeOpenAIEmbeddings.calls.append(len(texts))
        vectors = np.zeros((len(texts), 64))
        for row, text in enumerate(texts):
            for word in text.lower().split():
                vectors[row, hash(word) % 64] += 1
        return vectors.tolist()


@pytest.fixture
def openai_configured(monkeypatch):
    monkeypatch.setenv("ASSISTANT_EMBEDDINGS", "openai")
    monkeypatch.setenv("ASSISTANT_OPENAI_API_KEY", "test-key")
    monkeypatch.setattr(
        "langchain_openai.OpenAIEmbeddings", FakeOpenAIEmbeddings, raising=True
    )
    get_settings.cache_clear()
    embeddings.get_embedder.cache_clear()
    yield
    get_settings.cache_clear()
    embeddings.get_embedder.cache_clear()


def test_when_nothing_is_configured_then_wordllama_embeds_offline():
    embedder = embeddings.get_embedder()

    vectors = embedder.embed(["calendar month", "goodwill payment"])

    assert embedder.name.startswith("wordllama")
    assert vectors.shape[0] == 2
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_when_openai_is_configured_then_its_embeddings_index_the_guidance(
    openai_configured, tmp_path
):
    FakeOpenAIEmbeddings.calls.clear()

    report = ingest(knowledge_dir(), tmp_path)
    results = Retriever(tmp_path).search("goodwill payment", 3)

    assert load_manifest(tmp_path).embedder == "openai-text-embedding-3-small"
    assert sum(FakeOpenAIEmbeddings.calls) >= report.passages
    assert results


def test_when_the_embedder_changes_then_everything_is_embedded_again(
    tmp_path, monkeypatch
):
    ingest(knowledge_dir(), tmp_path)
    monkeypatch.setenv("ASSISTANT_EMBEDDINGS", "openai")
    monkeypatch.setenv("ASSISTANT_OPENAI_API_KEY", "test-key")
    monkeypatch.setattr("langchain_openai.OpenAIEmbeddings", FakeOpenAIEmbeddings)
    get_settings.cache_clear()
    embeddings.get_embedder.cache_clear()

    try:
        report = ingest(knowledge_dir(), tmp_path)
    finally:
        get_settings.cache_clear()
        embeddings.get_embedder.cache_clear()

    assert report.embedded == report.passages


def test_when_openai_is_chosen_without_a_key_then_the_setting_is_named(monkeypatch):
    monkeypatch.setenv("ASSISTANT_EMBEDDINGS", "openai")
    monkeypatch.delenv("ASSISTANT_OPENAI_API_KEY", raising=False)
    get_settings.cache_clear()

    try:
        with pytest.raises(ModelNotConfigured, match="ASSISTANT_OPENAI_API_KEY"):
            openai_models.OpenAIEmbedder()
    finally:
        get_settings.cache_clear()

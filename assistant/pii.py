"""Find personal data in letter text: Presidio on the product's own spaCy pipeline.

The analyzer wraps the pipeline ``assistant.language.load_pipeline()`` holds, so
spaCy is loaded once per process and no model is ever downloaded. A letter the
checks have already parsed is not parsed again: pass its ``Doc`` to ``analyze``.

The UK recognizers, and one for names with a title or initials, come from
``assistant.recognizers``. Of Presidio's own, only those in ``PRESIDIO_RECOGNIZERS``
are kept (they check a checksum and never fired wrongly on the labelled letters).
Measured on those letters, the US ones matched parts of phone numbers and
postcodes, its date recognizer marks every hearing date, its URL recognizer finds
only the websites of agencies a letter signposts, its phone recognizer is replaced
by ``UK_PHONE``, and its email recognizer fetches a list of domain suffixes over
the network the first time it runs.
"""

import logging
import time
from functools import lru_cache

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult
from presidio_analyzer.nlp_engine import (
    NerModelConfiguration,
    NlpArtifacts,
    SpacyNlpEngine,
)
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    IbanRecognizer,
    NhsRecognizer,
    SpacyRecognizer,
)
from spacy.language import Language
from spacy.tokens import Doc

from assistant.language import check_text, load_pipeline
from assistant.recognizers import all_recognizers

logger = logging.getLogger(__name__)

LANGUAGE = "en"
# spaCy labels kept and the Presidio entity each becomes; other labels are dropped.
# Organisations and places are kept because the small model files some names
# there ("Aoife" as an organisation, "Chloe" as a place).
# Known gap: a first name or surname alone ("Roisin", "Yilmaz") is a PERSON only
# when spaCy tags it; link it to a full name in the letter or a case party.
NER_ENTITIES = {
    "PERSON": "PERSON",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
    "ORG": "ORGANIZATION",
}
# Presidio reads entities (ner) and lemmas for context words (tagger, attribute
# ruler, lemmatizer); the parser only finds sentences, so it is skipped.
UNUSED_COMPONENTS = ("parser",)
PRESIDIO_RECOGNIZERS = (CreditCardRecognizer, IbanRecognizer, NhsRecognizer)
SCORE_THRESHOLD = 0.4
_last_artifacts: tuple[Doc | None, NlpArtifacts | None] = (None, None)


class SharedSpacyNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine over a pipeline that is already loaded."""

    def __init__(self, pipeline: Language):
        super().__init__(
            models=[{"lang_code": LANGUAGE, "model_name": _model_name(pipeline)}],
            ner_model_configuration=_ner_configuration(pipeline),
        )
        self.pipeline = pipeline

    def load(self) -> None:
        """Use the loaded pipeline; never load or download a model."""
        self.nlp = {LANGUAGE: self.pipeline}

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        """Parse ``text`` with only the components Presidio reads."""
        doc = self.pipeline(text, disable=list(UNUSED_COMPONENTS))
        return self.artifacts(doc)

    def artifacts(self, doc: Doc) -> NlpArtifacts:
        """Turn a parsed document into what Presidio's recognizers read."""
        return self._doc_to_nlp_artifact(doc, LANGUAGE)


@lru_cache(maxsize=1)
def build_analyzer() -> AnalyzerEngine:
    """Build the analyzer once: shared pipeline, UK recognizers, nothing fetched."""
    started = time.perf_counter()
    nlp_engine = SharedSpacyNlpEngine(load_pipeline())

    analyzer = AnalyzerEngine(
        registry=_registry(),
        nlp_engine=nlp_engine,
        supported_languages=[LANGUAGE],
        default_score_threshold=SCORE_THRESHOLD,
    )

    logger.info(
        "built analyzer recognizers=%d ms=%.0f",
        len(analyzer.registry.recognizers),
        _ms_since(started),
    )
    return analyzer


def analyze(
    text: str, doc: Doc | None = None, entities: list[str] | None = None
) -> list[RecognizerResult]:
    """Return the personal data found in ``text``, in reading order.

    Pass ``doc`` when the text has already been parsed with ``load_pipeline()``
    (a ``ParsedText.doc``), and ``entities`` to look for some entities only.
    """
    check_text(text, "letter")
    started = time.perf_counter()
    analyzer = build_analyzer()

    artifacts = _artifacts(analyzer, text, doc)
    results = analyzer.analyze(
        text, LANGUAGE, entities=entities, nlp_artifacts=artifacts
    )

    logger.debug(
        "analysed letter chars=%d results=%d reused_doc=%s ms=%.0f",
        len(text),
        len(results),
        doc is not None,
        _ms_since(started),
    )
    return sorted(results, key=lambda result: (result.start, result.end))


def _artifacts(analyzer: AnalyzerEngine, text: str, doc: Doc | None) -> NlpArtifacts:
    global _last_artifacts
    if doc is None:
        return analyzer.nlp_engine.process_text(text, LANGUAGE)
    if doc.text != text:
        raise ValueError("the parsed document given is of a different text")

    # The guard asks twice about one letter (people, then identifiers); the
    # artifacts of the last document are kept so they are built once.
    last_doc, artifacts = _last_artifacts
    if last_doc is not doc:
        artifacts = analyzer.nlp_engine.artifacts(doc)
        _last_artifacts = (doc, artifacts)
    return artifacts


def _registry() -> RecognizerRegistry:
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    registry.add_recognizer(
        SpacyRecognizer(supported_entities=sorted(set(NER_ENTITIES.values())))
    )
    for recognizer in all_recognizers():
        registry.add_recognizer(recognizer)
    for recognizer_class in PRESIDIO_RECOGNIZERS:
        registry.add_recognizer(recognizer_class())
    return registry


def _ner_configuration(pipeline: Language) -> NerModelConfiguration:
    labels = pipeline.get_pipe("ner").labels if pipeline.has_pipe("ner") else ()
    return NerModelConfiguration(
        model_to_presidio_entity_mapping=NER_ENTITIES,
        labels_to_ignore=[label for label in labels if label not in NER_ENTITIES],
    )


def _model_name(pipeline: Language) -> str:
    return f"{pipeline.meta['lang']}_{pipeline.meta['name']}"


def _ms_since(started: float) -> float:
    return (time.perf_counter() - started) * 1000

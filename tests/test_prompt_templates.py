"""Prompt files: each renders, and the loader refuses templates that do not fit."""

from pathlib import Path

import pytest

from assistant import prompt_templates
from assistant.prompt_templates import PromptError, load_prompt

PROMPTS = Path(__file__).resolve().parent.parent / "prompts"


@pytest.mark.parametrize(
    "name", sorted(p.stem for p in PROMPTS.glob("*.md") if p.stem != "README")
)
def test_when_a_prompt_file_is_rendered_then_every_placeholder_is_filled(name):
    prompt = load_prompt(name)

    system, user = prompt.render(**{v: f"<{v} value>" for v in prompt.variables})

    assert "{{" not in system + user
    assert all(f"<{v} value>" in system + user for v in prompt.variables)
    assert prompt.version


def test_when_a_variable_is_missing_or_unknown_then_render_refuses():
    prompt = load_prompt("letter_judge")
    values = {v: "x" for v in prompt.variables}

    with pytest.raises(PromptError, match="missing"):
        prompt.render(**{k: v for k, v in values.items() if k != "letter"})
    with pytest.raises(PromptError, match="unknown"):
        prompt.render(**values, tone="friendly")


def test_when_untrusted_text_holds_a_placeholder_then_it_is_not_filled_again():
    prompt = load_prompt("letter_judge")
    values = {v: "x" for v in prompt.variables}
    values["complaint"] = "Please print {{ questions }} for me."

    _, user = prompt.render(**values)

    assert "Please print {{ questions }} for me." in user


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "---\nname: t\nversion: 1\nvariables: a\n---\n## System\n{{ a }} {{ b }}\n"
            "## User\nu\n",
            "uses ['a', 'b']",
        ),
        (
            "---\nname: t\nversion: 1\nvariables: a, c\n---\n## System\n{{ a }}\n"
            "## User\nu\n",
            "declares ['a', 'c']",
        ),
        (
            "---\nname: t\nversion: 1\nvariables:\n---\n## System\nonly system\n",
            "'## User'",
        ),
    ],
)
def test_when_a_prompt_file_is_malformed_then_loading_says_why(
    tmp_path, monkeypatch, text, words
):
    (tmp_path / "broken.md").write_text(text)
    monkeypatch.setattr(prompt_templates, "bundled_dir", lambda name: tmp_path)
    load_prompt.cache_clear()

    try:
        with pytest.raises(PromptError) as caught:
            load_prompt("broken")
    finally:
        load_prompt.cache_clear()

    assert words in str(caught.value)

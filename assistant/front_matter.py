"""Front matter of guidance documents: ``key: value`` lines between ``---`` fences."""

import re

FENCE = re.compile(r"\A---[ \t]*\n(?P<head>.*?)\n---[ \t]*\n", re.S)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Return the front matter as a dict and the body after it."""
    match = FENCE.match(text)
    if not match:
        return {}, text
    fields = {}
    for line in match["head"].splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and not line.startswith((" ", "\t")):
            fields[key.strip()] = value.strip().strip("\"'")
    return fields, text[match.end() :]

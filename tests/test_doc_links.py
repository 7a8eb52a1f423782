"""Every link in README.md, ARCHITECTURE.md (issue 15, item 6) and docs/*.md resolves (issue 14,
item 15): a relative link names a file or folder of the repository, an #anchor names a heading
of its page, and a document the prose names (DOMAIN.md, docs/CONTRACT.md) exists — the README
once pointed at a DOMAIN.md that was not in the repository, ARCHITECTURE.md at a CONTRACT.md
beside it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: every page at the top (README.md, ARCHITECTURE.md, any added later) and under docs/
DOCS = [*sorted(ROOT.glob("*.md")), *sorted((ROOT / "docs").glob("*.md"))]

_FENCE = re.compile(r"^(```|~~~).*?^\1", re.S | re.M)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_CODE = re.compile(r"`[^`\n]*`")
_INLINE = re.compile(r"!?\[(?:[^\]\[]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.M)
_HTML = re.compile(r"""(?:href|src)\s*=\s*["']([^"']+)["']""")
_MENTION = re.compile(r"(?<![\w/.-])((?:\.\./|[\w-]+/)*[\w-]+\.md)\b")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)


def _prose(text: str) -> str:
    """The text a reader sees as prose: no fenced blocks, no HTML comments."""
    return _COMMENT.sub("", _FENCE.sub("", text))


def links(text: str) -> list[str]:
    """Every link target of a markdown page (inline, reference-style and HTML), outside code."""
    prose = _CODE.sub("", _prose(text))
    return [*_INLINE.findall(prose), *_REFERENCE.findall(prose), *_HTML.findall(prose)]


def slugs(text: str) -> set[str]:
    """The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as
    hyphens, a repeated heading numbered (-1, -2)."""
    seen: dict[str, int] = {}
    out = set()
    for heading in re.findall(r"^#{1,6}\s+(.+?)\s*#*\s*$", _prose(text), re.M):
        plain = re.sub(r"[`*_]|\[([^\]]*)\]\([^)]*\)", lambda m: m.group(1) or "", heading)
        slug = re.sub(r"[^\w\- ]", "", plain.strip().lower()).replace(" ", "-")
        n = seen.get(slug, 0)
        seen[slug] = n + 1
        out.add(slug if n == 0 else f"{slug}-{n}")
    for name in re.findall(r"""<a\s+(?:name|id)\s*=\s*["']([^"']+)["']""", text):
        out.add(name)
    return out


def broken(page: Path, root: Path = ROOT) -> list[str]:
    """What on ``page`` (a page of the repository at ``root``) does not resolve, in words."""
    problems = []
    for target in links(page.read_text(encoding="utf-8")):
        if _SCHEME.match(target) or target.startswith("//"):
            continue  # another site: not checked here (no network in tests)
        path, _, anchor = target.partition("#")
        where = (page.parent / path).resolve() if path else page
        if not where.exists():
            problems.append(f"{target}: no file {where.relative_to(root) if where.is_relative_to(root) else where}")
            continue
        if not where.is_relative_to(root):
            problems.append(f"{target}: outside the repository")
        elif anchor and where.suffix == ".md" and anchor not in slugs(where.read_text(encoding="utf-8")):
            problems.append(f"{target}: no heading #{anchor} in {where.relative_to(root)}")
    prose = _HTML.sub("", re.sub(r"\]\([^)]*\)", "]", _CODE.sub("", _prose(page.read_text(encoding="utf-8")))))
    for name in _MENTION.findall(prose):  # a document named in the text, not linked
        if not any((base / name).resolve().is_file() and (base / name).resolve().is_relative_to(root)
                   for base in (page.parent, root)):
            problems.append(f"{name}: named in the text, but no such document in the repository")
    return problems


@pytest.mark.parametrize("page", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_link_and_named_document_resolves(page):
    assert broken(page) == []


def test_the_pages_checked_include_the_readme_and_the_architecture():
    assert {ROOT / "README.md", ROOT / "ARCHITECTURE.md", ROOT / "docs" / "CONTRACT.md"} <= set(DOCS)


def test_the_readme_links_the_domain_text_and_the_heading_it_names():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/DOMAIN.md#quorum-and-votes-31h" in links(text)


def test_the_checker_finds_a_missing_file_a_missing_anchor_and_a_named_document_not_in_the_repo(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "CONTRACT.md").write_text("# Contract\n\n## Files\n", encoding="utf-8")
    page = tmp_path / "README.md"
    page.write_text("# Title\n\n[gone](nowhere.md) [bad](docs/CONTRACT.md#no-such-heading) [ok](docs/CONTRACT.md#files) "
                    "[top](#title) [up](../outside.md) see DOMAIN.md and docs/CONTRACT.md\n\n"
                    "```\n[in code](ignored.md)\n```\n<!-- ../shared/CONTRACT.md -->\n", encoding="utf-8")
    (tmp_path.parent / "outside.md").write_text("# elsewhere\n", encoding="utf-8")
    found = broken(page, tmp_path)
    assert len(found) == 4, found
    assert found[0].startswith("nowhere.md: no file") and "no heading #no-such-heading" in found[1]
    assert found[2] == "../outside.md: outside the repository"
    assert found[3].startswith("DOMAIN.md: named in the text")


def test_headings_become_githubs_anchors():
    assert slugs("## The recusal rule, 3.1(g)\n## Quorum and votes, 3.1(h)\n# `coi` report\n## A\n## A\n") == {
        "the-recusal-rule-31g", "quorum-and-votes-31h", "coi-report", "a", "a-1"}

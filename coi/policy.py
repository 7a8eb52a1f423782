"""The recusal rule of 50 ILCS 705/3.1(g) as data: a tier and a citation per category.

The shipped policy is ``policy_3_1_g.toml``; another file of the same shape can be
loaded instead. Loading checks that every category of CONTRACT.md is covered, so a
policy can never silently drop a category.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from coi.errors import CoiError
from coi.model import Category, Tier


@dataclass(frozen=True, slots=True)
class CategoryRule:
    category: Category
    tier: Tier
    citation: str
    words: str

    @property
    def basis(self) -> str:
        """The rule in one line, as written into every prompt: citation and statute words."""
        return f"{self.citation}: {self.words}"


@dataclass(frozen=True, slots=True)
class Policy:
    name: str
    rules: dict[Category, CategoryRule]
    former: dict[str, Category]  # category (or "default_kin") -> category once the tie has ended
    prompt_threshold: float
    floor: float
    sha256: str

    def rule(self, category: Category) -> CategoryRule:
        return self.rules[Category(category)]

    def tier(self, category: Category) -> Tier:
        return self.rule(category).tier

    def when_former(self, category: Category) -> Category:
        """The category a tie falls under once its ``until`` has passed."""
        category = Category(category)
        if category.value in self.former:
            return self.former[category.value]
        if category.is_kin and "default_kin" in self.former:
            return self.former["default_kin"]
        return category


class PolicyError(CoiError, ValueError):
    """A policy file that cannot be applied; the message says what to fix."""


def load_policy(path: Path | str | None = None) -> Policy:
    """Load the policy at ``path``, or the 3.1(g) policy shipped with coi."""
    if path is None:
        raw = resources.files("coi").joinpath("policy_3_1_g.toml").read_bytes()
        source = "the default policy"
    else:
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            raise PolicyError(f"{path}: cannot read the policy file ({exc.strerror})") from exc
        source = str(path)
    return policy_from_bytes(raw, source)


def policy_from_bytes(raw: bytes, source: str) -> Policy:
    """The policy a policy file's bytes write (``source`` names it in errors), its SHA-256 the
    bytes': the Panel's chosen policy is kept in the database as these bytes."""
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PolicyError(f"{source}: not a valid TOML policy file ({exc})") from exc
    return _parse(data, source, hashlib.sha256(raw).hexdigest())


def _table(data: dict[str, Any], key: str, problems: list[str]) -> dict[str, Any]:
    """The section ``[key]`` of a policy file: {} when absent, and a problem when it is not a table."""
    value = data.get(key, {})
    if isinstance(value, dict):
        return value
    problems.append(f"{key} must be a [{key}] section, not a single value")
    return {}


def _number(value: object) -> bool:
    """A TOML number (``true`` is not one, though Python counts a bool as an int)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _parse(data: dict[str, Any], source: str, sha: str) -> Policy:
    problems: list[str] = []
    cats = _table(data, "categories", problems)
    rules: dict[Category, CategoryRule] = {}
    for category in Category:
        entry = cats.get(category.value)
        if entry is None:
            problems.append(f"no [categories.{category.value}] section")
            continue
        if not isinstance(entry, dict):
            problems.append(f"[categories.{category.value}] must be a section with tier, citation and words")
            continue
        try:
            tier = Tier(entry.get("tier", ""))
        except ValueError:
            problems.append(f"[categories.{category.value}] tier must be 'statutory' or 'advisory'")
            continue
        citation, words = entry.get("citation"), entry.get("words")
        if not (isinstance(citation, str) and citation.strip() and isinstance(words, str) and words.strip()):
            # every prompt writes them as its basis: a rule without them cites nothing
            problems.append(f"[categories.{category.value}] needs a citation and words (the rule every prompt cites)")
            continue
        rules[category] = CategoryRule(category, tier, citation, words)
    for extra in sorted(set(cats) - {c.value for c in Category}):
        problems.append(f"[categories.{extra}] is not a category of CONTRACT.md")
    former: dict[str, Category] = {}
    for key, value in _table(data, "former", problems).items():
        if key != "default_kin" and key not in {c.value for c in Category}:
            problems.append(f"[former] {key} is neither a category nor default_kin")
            continue
        try:
            former[key] = Category(value)
        except ValueError:
            problems.append(f"[former] {key} = {value!r} is not a category")
    matching = _table(data, "matching", problems)
    threshold = matching.get("prompt_threshold", 80)
    floor = matching.get("floor", 50)
    if not (_number(threshold) and 0 < threshold <= 100):
        problems.append("[matching] prompt_threshold must be a number in (0, 100]")
    if not (_number(floor) and 0 <= floor <= (threshold if _number(threshold) else 100)):
        problems.append("[matching] floor must be a number between 0 and prompt_threshold")
    if problems:
        raise PolicyError(f"{source}: " + "; ".join(problems))
    return Policy(
        name=str(data.get("name", source)),
        rules=rules,
        former=former,
        prompt_threshold=float(threshold),
        floor=float(floor),
        sha256=sha,
    )

"""Load and validate the link checker's configuration (a TOML file).

The documented default is ``scripts/check_links.toml``; every key is
optional and falls back to the value in ``Config`` below.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path


class ConfigError(Exception):
    """The configuration cannot be used (exit code 2)."""


@dataclass(frozen=True)
class Rule:
    """Policy for the URLs that ``pattern`` (a regular expression) matches."""

    pattern: re.Pattern[str]
    accept: frozenset[int] = frozenset()
    check_fragments: bool = True
    method: str = "HEAD"  # "GET" skips the HEAD request for these URLs


@dataclass
class Config:
    # [sources]
    paths: list[str] = field(
        default_factory=lambda: ["book", "exercises", "README.md", "CONTRIBUTING.md"]
    )
    exclude: list[str] = field(
        default_factory=lambda: ["_build", ".venv", ".cache", ".git", "node_modules"]
    )
    suffixes: list[str] = field(default_factory=lambda: [".md"])
    myst_config: str = "_config.yml"
    # [check]
    connect_timeout: float = 5.0
    timeout: float = 15.0  # the read timeout
    retries: int = 2
    backoff: float = 1.0
    max_retry_after: float = 120.0
    concurrency: int = 32
    per_host: int = 4
    max_redirects: int = 10
    fragment_timeout: float = 30.0
    max_body_bytes: int = 50_000_000
    run_timeout: float = 900.0
    user_agent: str = "Mozilla/5.0 (compatible; ai-roadmaps-linkcheck/1.0)"
    head_fallback: list[int] = field(default_factory=lambda: [400, 403, 404, 405, 501])
    # [cache]
    cache_path: str = ".cache/links.json"
    cache_max_age_hours: float = 24.0
    # [ignore] and [[rules]]
    ignore: list[re.Pattern[str]] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)

    def rule_for(self, url: str) -> Rule | None:
        """The first rule whose pattern matches url."""
        for rule in self.rules:
            if rule.pattern.search(url):
                return rule
        return None

    def ignored_by(self, url: str) -> str | None:
        """The ignore pattern that matches url, if any."""
        for pattern in self.ignore:
            if pattern.search(url):
                return pattern.pattern
        return None

    def fingerprint(self) -> str:
        """A hash of the settings that change verdicts (cache invalidation)."""
        data = {
            "rules": [
                [r.pattern.pattern, sorted(r.accept), r.check_fragments, r.method]
                for r in self.rules
            ],
            "max_redirects": self.max_redirects,
            "max_body_bytes": self.max_body_bytes,
            "head_fallback": sorted(self.head_fallback),
        }
        return hashlib.sha256(json.dumps(data).encode()).hexdigest()[:16]


_TABLES = {
    "sources": {"paths", "exclude", "suffixes", "myst_config"},
    "check": {
        "connect_timeout",
        "timeout",
        "retries",
        "backoff",
        "max_retry_after",
        "concurrency",
        "per_host",
        "max_redirects",
        "fragment_timeout",
        "max_body_bytes",
        "run_timeout",
        "user_agent",
        "head_fallback",
    },
    "cache": {"path", "max_age_hours"},
    "ignore": {"patterns"},
    "rules": None,  # array of tables
}


def _compile(pattern: object, where: str) -> re.Pattern[str]:
    if not isinstance(pattern, str):
        raise ConfigError(f"{where}: a pattern must be a string, got {pattern!r}")
    try:
        return re.compile(pattern)
    except re.error as err:
        raise ConfigError(f"{where}: invalid regular expression {pattern!r}: {err}") from err


def _check_type(value: object, expected: object, where: str) -> None:
    if isinstance(expected, bool):
        ok = isinstance(value, bool)
    elif isinstance(expected, float):
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    elif isinstance(expected, int):
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif isinstance(expected, str):
        ok = isinstance(value, str)
    elif isinstance(expected, list):
        ok = isinstance(value, list)
    else:
        ok = True
    if not ok:
        raise ConfigError(f"{where}: expected {type(expected).__name__}, got {value!r}")


def load_config(path: Path | None) -> Config:
    """Read a TOML config file; None gives the built-in defaults."""
    config = Config()
    if path is None:
        return config
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: not valid TOML: {err}") from err

    unknown = set(data) - set(_TABLES)
    if unknown:
        raise ConfigError(f"{path}: unknown table(s): {', '.join(sorted(unknown))}")
    defaults = {f.name: f.default for f in fields(Config)}
    list_defaults = {
        "paths": [""],
        "exclude": [""],
        "suffixes": [""],
        "head_fallback": [0],
    }
    for table in ("sources", "check", "cache"):
        section = data.get(table, {})
        if not isinstance(section, dict):
            raise ConfigError(f"{path}: [{table}] must be a table")
        for key, value in section.items():
            if key not in _TABLES[table]:
                raise ConfigError(f"{path}: unknown key {key!r} in [{table}]")
            attr = {"path": "cache_path", "max_age_hours": "cache_max_age_hours"}.get(key, key)
            expected = list_defaults.get(attr, defaults.get(attr))
            _check_type(value, expected, f"{path}: [{table}] {key}")
            if isinstance(value, list):
                kind = type(list_defaults[attr][0])
                if not all(isinstance(v, kind) for v in value):
                    raise ConfigError(f"{path}: [{table}] {key} must be a list of {kind.__name__}")
            if isinstance(expected, float):
                value = float(value)
            setattr(config, attr, value)

    for name in (
        "connect_timeout",
        "timeout",
        "fragment_timeout",
        "run_timeout",
        "max_retry_after",
    ):
        if getattr(config, name) <= 0:
            raise ConfigError(f"{path}: [check] {name} must be > 0")
    for name in ("concurrency", "per_host", "max_body_bytes"):
        if getattr(config, name) < 1:
            raise ConfigError(f"{path}: [check] {name} must be >= 1")
    if config.retries < 0 or config.max_redirects < 0 or config.backoff < 0:
        raise ConfigError(f"{path}: retries, max_redirects and backoff must be >= 0")

    ignore = data.get("ignore", {})
    if not isinstance(ignore, dict) or set(ignore) - {"patterns"}:
        raise ConfigError(f"{path}: [ignore] takes one key, patterns = [...]")
    patterns = ignore.get("patterns", [])
    if not isinstance(patterns, list):
        raise ConfigError(f"{path}: [ignore] patterns must be a list")
    config.ignore = [_compile(p, f"{path}: [ignore]") for p in patterns]

    rules = data.get("rules", [])
    if not isinstance(rules, list):
        raise ConfigError(f"{path}: rules must be an array of tables ([[rules]])")
    for i, raw in enumerate(rules, 1):
        where = f"{path}: rule {i}"
        if not isinstance(raw, dict) or "pattern" not in raw:
            raise ConfigError(f"{where}: every [[rules]] entry needs a pattern")
        extra = set(raw) - {"pattern", "accept", "check_fragments", "method"}
        if extra:
            raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(extra))}")
        accept = raw.get("accept", [])
        if not isinstance(accept, list) or not all(
            isinstance(c, int) and not isinstance(c, bool) and 100 <= c <= 999 for c in accept
        ):
            raise ConfigError(f"{where}: accept must be a list of HTTP status codes")
        check_fragments = raw.get("check_fragments", True)
        if not isinstance(check_fragments, bool):
            raise ConfigError(f"{where}: check_fragments must be true or false")
        method = raw.get("method", "HEAD")
        if method not in ("HEAD", "GET"):
            raise ConfigError(f"{where}: method must be HEAD or GET")
        config.rules.append(
            Rule(
                _compile(raw["pattern"], where),
                frozenset(accept),
                check_fragments,
                method,
            )
        )
    return config

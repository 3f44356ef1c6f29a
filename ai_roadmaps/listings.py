"""Find the book's static listings and check each with a real validator.

A *listing* is code that a page shows but does not execute: a ```` ```{code-block} ```` in a
page, or a file that a page shows with ```` ```{literalinclude} ```` (exercise files excepted:
their own tests check them). Each one is checked offline by a validator chosen from its
language (code blocks) or its file name (included files):

- Python compiles; Bash parses (``bash -n``); YAML, JSON and TOML parse;
- a file named ``Dockerfile`` or ``*.Dockerfile`` passes hadolint;
- a ``*.k8s.yaml`` file is valid against the Kubernetes schema (kubernetes-validate, strict);
- a ``*.workflow.yml`` file, or one under ``.github/workflows/``, is valid against the GitHub
  Actions workflow schema (check-jsonschema);
- a ``*.tf`` file parses as HCL (python-hcl2);
- a ``*.properties`` file (a Java properties file, such as TorchServe's ``config.properties``)
  parses by the rules of ``java.util.Properties.load``, and has no malformed ``\\uXXXX``
  escape (Java's one parse error), no key without a value and no key set twice (Java keeps
  the last silently);
- a ``prometheus.yml`` or ``*.prometheus.yml`` file passes ``promtool check config``, a
  ``*.rules.yml`` file ``promtool check rules``, and a ``*.rules.test.yml`` file (alerting rule
  unit tests) passes ``promtool test rules``;
- a ``*.grafana.json`` file is a Grafana dashboard that grafana-foundation-sdk reads back, with
  a consistent layout and panel ids, and every PromQL query accepted by promtool;
- a file of a Helm chart (any file under a folder that holds a ``Chart.yaml``) is checked with
  the chart: ``values.schema.json`` must be a valid JSON schema and ``values.yaml`` valid
  against it (jsonschema), the chart must pass Helm's lint without errors or warnings (as
  ``helm lint --strict``), and its templates, rendered with the default values by Helm's own
  engine (helm-python-sdk, which binds Helm's Go SDK), must be valid against the Kubernetes
  schema like a ``*.k8s.yaml`` file.

A listing with no validator is an error, unless its language is in :data:`UNVALIDATED` with the
reason no validator exists (never in Part III, whose issue demands one for every listing).

Run ``python -m ai_roadmaps.listings PAGE.md ...`` to check the listings of some pages.
"""

from __future__ import annotations

import fnmatch
import json
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]

#: Code-block languages with no offline validator, and why.
UNVALIDATED = {
    "dax": "DAX runs only inside Power BI or Analysis Services; no parser installs from PyPI",
    "text": "plain text (program output or prose), not code",
}

_FENCE = re.compile(
    r"^(?P<fence>`{3,}|~{3,})\{(?P<directive>code-block|code|literalinclude)\}"
    r"[ \t]*(?P<argument>[^\n]*)$",
    re.MULTILINE,
)


class ListingError(Exception):
    """A listing that its validator rejects, or that has no validator (one line)."""


@dataclass(frozen=True)
class Listing:
    page: Path  # the page that shows it
    line: int  # where its directive starts in the page
    language: str | None  # a code block's language
    file: Path | None  # an included file
    text: str

    @property
    def where(self) -> str:
        shown = _relative(self.file) if self.file else self.language
        return f"{_relative(self.page)}:{self.line} ({shown})"


def _relative(path: Path) -> Path:
    try:
        return path.relative_to(ROOT)
    except ValueError:
        return path


def find_listings(page: Path) -> Iterator[Listing]:
    """Every code block and included non-exercise file of one MyST page."""
    source = page.read_text(encoding="utf-8")
    for match in _FENCE.finditer(source):
        line = source.count("\n", 0, match.start()) + 1
        fence = match["fence"]
        end = source.find("\n" + fence + "\n", match.end())
        body = source[match.end() + 1 : end if end >= 0 else len(source)]
        rows = body.splitlines()
        while rows and rows[0].startswith(":"):  # the directive's options
            rows.pop(0)
        body = "\n".join(rows)
        argument = match["argument"].strip()
        if match["directive"] == "literalinclude":
            file = (
                (ROOT / argument.lstrip("/"))
                if argument.startswith("/")
                else (page.parent / argument)
            )
            if _relative(file.resolve()).parts[:1] == ("exercises",):
                continue
            if not file.is_file():
                raise ListingError(f"{_relative(page)}:{line}: no file {argument}")
            yield Listing(page, line, None, file.resolve(), file.read_text(encoding="utf-8"))
        else:
            yield Listing(page, line, argument.split()[0] if argument else "", None, body)


def _run(command: list[str], text: str | None = None, file: Path | None = None) -> None:
    if shutil.which(command[0]) is None:
        raise ListingError(f"the validator {command[0]} is not installed")
    done = subprocess.run(
        [*command, *([str(file)] if file else [])],
        input=text,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        output = (done.stdout + done.stderr).strip().splitlines() or ["(no output)"]
        raise ListingError(f"{command[0]}: {output[0]}" + (" …" if len(output) > 1 else ""))


def _python(listing: Listing) -> None:
    try:
        compile(listing.text, str(listing.file or "<listing>"), "exec")
    except SyntaxError as error:
        raise ListingError(f"Python does not compile: {error.msg} (line {error.lineno})") from None


def _bash(listing: Listing) -> None:
    _run(["bash", "-n"], text=listing.text)


def _parse(loader: Callable[[str], object], name: str) -> Callable[[Listing], None]:
    def check(listing: Listing) -> None:
        try:
            loader(listing.text)
        except Exception as error:  # each parser has its own error class
            first = str(error).strip().splitlines()[0] if str(error).strip() else type(error)
            raise ListingError(f"{name} does not parse: {first}") from None

    return check


def _yaml_all(text: str) -> list:
    return list(yaml.safe_load_all(text))


def _hcl(text: str) -> object:
    import hcl2

    return hcl2.loads(text)


def _dockerfile(listing: Listing) -> None:
    _run([_venv_tool("hadolint"), "--no-color", "-"], text=listing.text)


def _kubernetes(listing: Listing) -> None:
    import kubernetes_validate
    from kubernetes_validate.utils import latest_version

    try:
        documents = [d for d in _yaml_all(listing.text) if d is not None]
    except yaml.YAMLError as error:
        raise ListingError(f"YAML does not parse: {str(error).splitlines()[0]}") from None
    for document in documents:
        try:
            kubernetes_validate.validate(document, latest_version(), strict=True)
        except kubernetes_validate.ValidationError as error:
            name = document.get("kind", "?"), document.get("metadata", {}).get("name", "?")
            raise ListingError(f"Kubernetes {name[0]} {name[1]}: {error.message}") from None


def _chart_root(file: Path) -> Path | None:
    """The nearest folder above `file` (or holding it) with a Chart.yaml, if any."""
    for folder in file.parents:
        if (folder / "Chart.yaml").is_file():
            return folder
        if folder == ROOT:
            break
    return None


def _helm_chart(listing: Listing) -> None:
    import jsonschema

    chart = _chart_root(listing.file)
    schema_file = chart / "values.schema.json"
    values = yaml.safe_load((chart / "values.yaml").read_text(encoding="utf-8")) or {}
    if schema_file.is_file():
        try:
            schema = json.loads(schema_file.read_text(encoding="utf-8"))
            jsonschema.validators.validator_for(schema).check_schema(schema)
            jsonschema.validate(values, schema)
        except (ValueError, jsonschema.exceptions.SchemaError) as error:
            raise ListingError(f"values.schema.json is not a valid schema: {error}") from None
        except jsonschema.ValidationError as error:
            raise ListingError(f"values.yaml breaks values.schema.json: {error.message}") from None
    try:
        import helm_python
    except ImportError:
        raise ListingError("the validator helm-python-sdk is not installed") from None
    report = helm_python.lint(str(chart))
    if report["errors"] or any(m["severity"] >= 2 for m in report["messages"]):
        found = report["errors"] or [m for m in report["messages"] if m["severity"] >= 2]
        raise ListingError(f"helm lint: {found[0]}")
    try:
        with helm_python.Chart.load(str(chart)) as loaded:
            rendered = loaded.render({}, name="release", namespace="default")
    except helm_python.HelmError as error:
        raise ListingError(f"helm template: {str(error).splitlines()[0]}") from None
    for name, text in sorted(rendered.items()):
        if name.endswith(".yaml") and text.strip():
            _kubernetes(Listing(listing.page, listing.line, None, Path(name), text))


def _workflow(listing: Listing) -> None:
    _run(
        [_venv_tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows"],
        file=listing.file,
    )


def _logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """Java properties' logical lines: comments and blank lines dropped, and a line that ends
    in an odd number of backslashes joined to the next one (whose leading blanks go)."""
    rows = text.splitlines()
    index = 0
    while index < len(rows):
        number, row = index + 1, rows[index].lstrip(" \t\f")
        index += 1
        if not row or row[0] in "#!":
            continue
        while (len(row) - len(row.rstrip("\\"))) % 2 == 1:
            following = rows[index].lstrip(" \t\f") if index < len(rows) else ""
            row, index = row[:-1] + following, index + 1
        yield number, row


def _properties(listing: Listing) -> None:
    seen: dict[str, int] = {}
    for number, row in _logical_lines(listing.text):
        match = re.match(r"((?:[^\\=: \t\f]|\\.)*)[ \t\f]*[=:]?[ \t\f]*(.*)", row)
        key, value = match[1], match[2]
        for escape in re.finditer(r"\\(?:u(.{0,4})|.)", row):  # left to right, so \\ pairs
            if escape[1] is not None and not re.fullmatch(r"[0-9A-Fa-f]{4}", escape[1]):
                raise ListingError(f"line {number}: malformed \\uXXXX escape in properties")
        if not key:
            raise ListingError(f"line {number}: a properties line with an empty key")
        if not value:
            raise ListingError(f"line {number}: the key {key!r} has no value")
        if key in seen:
            raise ListingError(f"line {number}: the key {key!r} is set again (line {seen[key]})")
        seen[key] = number


def _require_promtool() -> None:
    if shutil.which("promtool") is None:
        raise ListingError(
            "the validator promtool is not installed: run scripts/require_system.sh prometheus"
        )


def _promtool(*subcommand: str) -> Callable[[Listing], None]:
    def check(listing: Listing) -> None:
        _require_promtool()
        _run(["promtool", *subcommand], file=listing.file)

    return check


#: Grafana's interval variables, replaced by a duration before promtool parses a query.
_GRAFANA_VARIABLES = {"$__rate_interval": "5m", "$__interval": "1m", "$__range": "1h"}


def _grafana_dashboard(listing: Listing) -> None:
    import tempfile

    from grafana_foundation_sdk.models.dashboard import Dashboard

    try:
        data = json.loads(listing.text)
    except json.JSONDecodeError as error:
        raise ListingError(f"JSON does not parse: {error}") from None
    if not isinstance(data, dict):
        raise ListingError("a Grafana dashboard is a JSON object")
    try:
        Dashboard.from_json(data)
    except Exception as error:  # the SDK raises plain KeyError/TypeError on a wrong shape
        raise ListingError(f"grafana-foundation-sdk cannot read it: {error!r}") from None
    for key in ("title", "uid", "schemaVersion", "panels"):
        if key not in data:
            raise ListingError(f"the dashboard has no {key!r}")
    panels = list(data["panels"])
    for row in data["panels"]:
        panels.extend(row.get("panels", []) if row.get("type") == "row" else [])
    ids, queries = set(), []
    for panel in panels:
        name = panel.get("title", "?")
        if "type" not in panel or "gridPos" not in panel:
            raise ListingError(f"panel {name!r} needs a type and a gridPos")
        pos = panel["gridPos"]
        if not (1 <= pos.get("w", 0) and pos.get("x", 0) + pos["w"] <= 24 and pos.get("h", 0) >= 1):
            raise ListingError(f"panel {name!r}: gridPos {pos} does not fit the 24-column grid")
        if panel.get("id") in ids:
            raise ListingError(f"panel {name!r}: id {panel.get('id')} is used twice")
        ids.add(panel.get("id"))
        refs = [target.get("refId") for target in panel.get("targets", [])]
        if "" in refs or None in refs or len(set(refs)) != len(refs):
            raise ListingError(f"panel {name!r}: every query needs its own refId, got {refs}")
        for target in panel.get("targets", []):
            if "expr" in target:
                expr = target["expr"]
                for variable, value in _GRAFANA_VARIABLES.items():
                    expr = expr.replace(variable, value)
                queries.append((name, expr))
    boxes = [(p.get("title", "?"), p["gridPos"]) for p in panels if p.get("type") != "row"]
    for i, (first, a) in enumerate(boxes):
        for second, b in boxes[i + 1 :]:
            if (
                a.get("x", 0) < b.get("x", 0) + b["w"]
                and b.get("x", 0) < a.get("x", 0) + a["w"]
                and a.get("y", 0) < b.get("y", 0) + b["h"]
                and b.get("y", 0) < a.get("y", 0) + a["h"]
            ):
                raise ListingError(f"panels {first!r} and {second!r} overlap")
    if not queries:
        return
    _require_promtool()
    rules = [{"record": f"dashboard:query{i}", "expr": q} for i, (_, q) in enumerate(queries)]
    with tempfile.TemporaryDirectory() as tmp:
        file = Path(tmp) / "queries.rules.yml"
        file.write_text(yaml.safe_dump({"groups": [{"name": "q", "rules": rules}]}))
        done = subprocess.run(
            ["promtool", "check", "rules", str(file)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    if done.returncode != 0:
        output = done.stdout + done.stderr
        found = re.search(r'"dashboard:query(\d+)": could not parse expression: (.*)', output)
        if found is None:
            raise ListingError(f"promtool rejects the queries: {output.strip()[-200:]}")
        title = queries[int(found[1])][0]
        raise ListingError(f"panel {title!r}: promtool: PromQL does not parse: {found[2]}")


def _venv_tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else name


#: Validators for code blocks, by language.
BY_LANGUAGE: dict[str, Callable[[Listing], None]] = {
    "python": _python,
    "bash": _bash,
    "shell": _bash,
    "yaml": _parse(_yaml_all, "YAML"),
    "json": _parse(json.loads, "JSON"),
    "toml": _parse(tomllib.loads, "TOML"),
    "dockerfile": _dockerfile,
    "hcl": _parse(_hcl, "HCL"),
    "terraform": _parse(_hcl, "HCL"),
}

#: Validators for included files, by name pattern; the first that matches wins.
BY_FILE_NAME: list[tuple[str, Callable[[Listing], None]]] = [
    ("Dockerfile", _dockerfile),
    ("*.Dockerfile", _dockerfile),
    ("*.k8s.yaml", _kubernetes),
    ("*.workflow.yml", _workflow),
    ("*/.github/workflows/*.yml", _workflow),
    ("prometheus.yml", _promtool("check", "config")),
    ("*.prometheus.yml", _promtool("check", "config")),
    ("*.rules.test.yml", _promtool("test", "rules")),
    ("*.rules.yml", _promtool("check", "rules")),
    ("*.grafana.json", _grafana_dashboard),
    ("*.py", _python),
    ("*.sh", _bash),
    ("*.tf", _parse(_hcl, "HCL")),
    ("*.properties", _properties),
    ("*.yaml", BY_LANGUAGE["yaml"]),
    ("*.yml", BY_LANGUAGE["yaml"]),
    ("*.json", BY_LANGUAGE["json"]),
    ("*.toml", BY_LANGUAGE["toml"]),
]


def validator_for(listing: Listing) -> Callable[[Listing], None] | None:
    """The validator of a listing, or None when none is registered for it."""
    if listing.file is None:
        return BY_LANGUAGE.get(listing.language or "")
    if _chart_root(listing.file) is not None:
        return _helm_chart
    for pattern, validator in BY_FILE_NAME:
        target = listing.file.name if "/" not in pattern else str(listing.file)
        if fnmatch.fnmatch(target, pattern):
            return validator
    return None


def validate(listing: Listing) -> None:
    """Raise ListingError (one line) unless the listing passes its validator."""
    validator = validator_for(listing)
    if validator is None:
        if listing.file is None and listing.language in UNVALIDATED:
            return
        kind = f"file {listing.file.name}" if listing.file else f"language {listing.language!r}"
        raise ListingError(f"no validator for {kind}; register one in ai_roadmaps/listings.py")
    validator(listing)


def main(argv: list[str] | None = None) -> int:
    pages = [Path(arg) for arg in (sys.argv[1:] if argv is None else argv)]
    if not pages:
        print("usage: python -m ai_roadmaps.listings PAGE.md ...", file=sys.stderr)
        return 2
    failures = 0
    for page in pages:
        if not page.is_file():
            print(f"error: no page {page}", file=sys.stderr)
            return 2
        try:
            for listing in find_listings(page.resolve()):
                try:
                    validate(listing)
                    print(f"ok    {listing.where}")
                except ListingError as error:
                    failures += 1
                    print(f"FAIL  {listing.where}: {error}")
        except ListingError as error:
            failures += 1
            print(f"FAIL  {error}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

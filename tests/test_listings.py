"""Every listing a page shows but does not execute passes a real validator."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from book_sources import ROOT, toc_files

from ai_roadmaps.listings import (
    UNVALIDATED,
    Listing,
    ListingError,
    find_listings,
    main,
    validate,
)

PAGES = [ROOT / f"{file}.md" for file in toc_files()]


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(ROOT)) for p in PAGES])
def test_every_listing_passes_its_validator(page: Path) -> None:
    problems = []
    for listing in find_listings(page):
        try:
            validate(listing)
        except ListingError as error:
            problems.append(f"{listing.where}: {error}")
        if page.is_relative_to(ROOT / "book" / "mlops") and listing.file is None:
            assert listing.language not in UNVALIDATED or listing.language == "text", (
                f"{listing.where}: Part III shows no listing without a validator"
            )
    assert not problems, "\n".join(problems)


def block(language: str, text: str) -> Listing:
    return Listing(Path("page.md"), 1, language, None, text)


def included(tmp_path: Path, name: str, text: str) -> Listing:
    file = tmp_path / name
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(text, encoding="utf-8")
    return Listing(Path("page.md"), 1, None, file, text)


GOOD_DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata: {name: churn}
spec:
  replicas: 2
  selector: {matchLabels: {app: churn}}
  template:
    metadata: {labels: {app: churn}}
    spec:
      containers:
        - name: api
          image: churn:1.0
"""

GOOD_WORKFLOW = """\
name: ci
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pytest
"""


@pytest.mark.parametrize(
    ("language", "good", "bad"),
    [
        ("python", "x = 1\n", "def f(:\n"),
        ("bash", "echo 'hi'\n", "echo 'unclosed\n"),
        ("yaml", "a: 1\n---\nb: 2\n", "a: [1, 2\n"),
        ("json", '{"a": 1}', '{"a": 1,}'),
        ("toml", 'a = "x"\n', "a = \n"),
        ("hcl", 'resource "terraform_data" "x" {\n  input = 1\n}\n', "resource {\n"),
        ("dockerfile", 'FROM python:3.11-slim\nCMD ["python"]\n', "FROM python\nRUNX ls\n"),
    ],
)
def test_code_block_validators_accept_good_and_reject_bad(language, good, bad) -> None:
    validate(block(language, good))
    with pytest.raises(ListingError):
        validate(block(language, bad))


def test_a_language_without_validator_is_an_error() -> None:
    with pytest.raises(ListingError, match="no validator for language 'cobol'"):
        validate(block("cobol", "DISPLAY 'HI'."))
    validate(block("dax", "Revenue = SUM(Deliveries[price])"))  # listed in UNVALIDATED


def test_kubernetes_manifests_are_checked_against_the_schema(tmp_path: Path) -> None:
    validate(included(tmp_path, "deploy.k8s.yaml", GOOD_DEPLOYMENT))
    typo = GOOD_DEPLOYMENT.replace("replicas", "replica")
    with pytest.raises(ListingError, match="Deployment churn"):
        validate(included(tmp_path, "typo.k8s.yaml", typo))
    # The same typo in a file without the .k8s suffix is only parsed as YAML.
    validate(included(tmp_path, "typo.yaml", typo))


def test_workflows_are_checked_against_the_workflow_schema(tmp_path: Path) -> None:
    validate(included(tmp_path, "ci.workflow.yml", GOOD_WORKFLOW))
    with pytest.raises(ListingError, match="check-jsonschema"):
        validate(
            included(tmp_path, ".github/workflows/ci.yml", GOOD_WORKFLOW.replace("on:", "at:"))
        )


def test_dockerfiles_go_through_hadolint(tmp_path: Path) -> None:
    validate(included(tmp_path, "Dockerfile", 'FROM python:3.11-slim\nCMD ["python"]\n'))
    # DL3006: an image without a tag.
    with pytest.raises(ListingError, match="DL3006"):
        validate(included(tmp_path, "serve.Dockerfile", 'FROM python\nCMD ["python"]\n'))


GOOD_PROPERTIES = """\
# TorchServe's config.properties
inference_address=http://127.0.0.1:8080
management_address : http://127.0.0.1:8081
model_store=/opt/models
load_models=churn.mar
job_queue_size=100
install_py_dep_per_model = false
cors_allowed_origin=https\\://example.org,\\
    https\\://example.com
windows_path=C:\\\\models\\u00e9
"""


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        ("model_store=/a\nmodel_store=/b\n", "set again"),
        ("inference_address\n", "has no value"),
        ("=8080\n", "empty key"),
        ("name=bad\\u00g9\n", "malformed"),
        ("long=a,\\\n  b\nlong=c\n", "set again (line 1)"),
    ],
)
def test_properties_files_are_parsed_by_java_rules(tmp_path: Path, broken, message) -> None:
    validate(included(tmp_path, "config.properties", GOOD_PROPERTIES))
    with pytest.raises(ListingError, match=re.escape(message)):
        validate(included(tmp_path, "broken.properties", broken))


def test_an_included_file_of_unknown_kind_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ListingError, match="no validator for file notes.xyz"):
        validate(included(tmp_path, "notes.xyz", "anything"))


def test_pages_are_scanned_for_blocks_and_includes(tmp_path: Path) -> None:
    (tmp_path / "main.tf").write_text('terraform {\n  required_version = ">= 1.5"\n}\n')
    page = tmp_path / "page.md"
    page.write_text(
        "# A page\n\n```{code-block} bash\n:caption: one\necho ok\n```\n\n"
        "````{literalinclude} main.tf\n:language: hcl\n````\n",
        encoding="utf-8",
    )
    found = list(find_listings(page))
    assert [(x.language, x.file and x.file.name, x.text) for x in found] == [
        ("bash", None, "echo ok"),
        (None, "main.tf", 'terraform {\n  required_version = ">= 1.5"\n}\n'),
    ]
    assert main([str(page)]) == 0


def test_the_command_line_names_a_failure_and_a_missing_page(tmp_path, capsys) -> None:
    page = tmp_path / "page.md"
    page.write_text("```{code-block} python\ndef f(:\n```\n", encoding="utf-8")
    assert main([str(page)]) == 1
    assert "FAIL" in capsys.readouterr().out
    assert main([str(tmp_path / "missing.md")]) == 2
    assert main([]) == 2


GOOD_PROMETHEUS = """\
global: {scrape_interval: 15s}
scrape_configs:
  - job_name: churn
    static_configs: [{targets: ["127.0.0.1:8000"]}]
"""

GOOD_RULES = """\
groups:
  - name: churn
    rules:
      - alert: ChurnServiceDown
        expr: up{job="churn"} == 0
        for: 1m
"""

RULES_TEST = """\
rule_files: [alerts.rules.yml]
evaluation_interval: 1m
tests:
  - interval: 1m
    input_series:
      - series: 'up{job="churn"}'
        values: "1 0 0 0"
    alert_rule_test:
      - eval_time: 3m
        alertname: ChurnServiceDown
        exp_alerts: [{exp_labels: {job: churn}}]
"""


def test_prometheus_configs_and_rules_go_through_promtool(tmp_path: Path) -> None:
    validate(included(tmp_path, "prometheus.yml", GOOD_PROMETHEUS))
    # A duration without a unit is YAML, but not a Prometheus configuration.
    with pytest.raises(ListingError, match="promtool"):
        validate(included(tmp_path, "bad.prometheus.yml", GOOD_PROMETHEUS.replace("15s", "15")))
    validate(included(tmp_path, "alerts.rules.yml", GOOD_RULES))
    with pytest.raises(ListingError, match="promtool"):
        validate(included(tmp_path, "typo.rules.yml", GOOD_RULES.replace("== 0", "== ")))
    validate(included(tmp_path, "alerts.rules.test.yml", RULES_TEST))
    # The alert fires at 3m; a test that expects silence there fails.
    with pytest.raises(ListingError, match="promtool"):
        validate(
            included(
                tmp_path,
                "wrong.rules.test.yml",
                RULES_TEST.replace("[{exp_labels: {job: churn}}]", "[]"),
            )
        )


def test_grafana_dashboards_are_read_back_and_their_queries_parsed(tmp_path: Path) -> None:
    panel = {
        "id": 1,
        "type": "timeseries",
        "title": "Predictions",
        "gridPos": {"x": 0, "y": 0, "w": 12, "h": 8},
        "targets": [{"refId": "A", "expr": "sum(rate(churn_predictions_total[$__rate_interval]))"}],
    }
    dashboard = {"title": "Churn", "uid": "churn", "schemaVersion": 41, "panels": [panel]}
    validate(included(tmp_path, "ok.grafana.json", json.dumps(dashboard)))
    broken_query = {**panel, "targets": [{"refId": "A", "expr": "sum(rate(churn_total[5m])"}]}
    too_wide = {**panel, "gridPos": {"x": 12, "y": 0, "w": 16, "h": 8}}
    no_ref = {**panel, "targets": [{"expr": "up"}, {"expr": "up"}]}
    for bad, message in [
        (broken_query, "promtool"),
        (too_wide, "24-column grid"),
        (no_ref, "refId"),
    ]:
        with pytest.raises(ListingError, match=message):
            validate(
                included(tmp_path, "bad.grafana.json", json.dumps({**dashboard, "panels": [bad]}))
            )
    second = {**panel, "id": 2, "gridPos": {"x": 6, "y": 4, "w": 12, "h": 8}}
    beside = {**panel, "gridPos": {"x": 12, "y": 0, "w": 12, "h": 8}}  # id 1 again
    for bad, message in [(second, "overlap"), (beside, "used twice")]:
        two = {**dashboard, "panels": [panel, bad]}
        with pytest.raises(ListingError, match=message):
            validate(included(tmp_path, "bad.grafana.json", json.dumps(two)))
    fine = {**dashboard, "panels": [panel, {**beside, "id": 2}]}
    validate(included(tmp_path, "two.grafana.json", json.dumps(fine)))


CHART = {
    "Chart.yaml": "apiVersion: v2\nname: churn\nversion: 0.1.0\nappVersion: '1.0'\n",
    "values.yaml": "replicas: 2\n",
    "values.schema.json": (
        '{"type": "object", "required": ["replicas"],'
        ' "properties": {"replicas": {"type": "integer", "minimum": 1}}}'
    ),
    "templates/deployment.yaml": GOOD_DEPLOYMENT.replace(
        "replicas: 2", "replicas: {{ .Values.replicas }}"
    ).replace("name: churn}", "name: {{ .Release.Name }}}"),
}


def chart_listing(tmp_path: Path, shown: str, **changes: str) -> Listing:
    for name, text in (CHART | changes).items():
        file = tmp_path / "chart" / name
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(text, encoding="utf-8")
    file = tmp_path / "chart" / shown
    return Listing(Path("page.md"), 1, None, file, file.read_text(encoding="utf-8"))


def test_helm_charts_are_linted_rendered_and_validated(tmp_path: Path) -> None:
    for shown in CHART:
        validate(chart_listing(tmp_path, shown))
    # A template that renders to an invalid Deployment (strict schema: unknown field).
    typo = CHART["templates/deployment.yaml"].replace("replicas:", "replica:")
    with pytest.raises(ListingError, match="Deployment release"):
        validate(
            chart_listing(
                tmp_path, "templates/deployment.yaml", **{"templates/deployment.yaml": typo}
            )
        )
    # Default values that break the chart's own schema.
    with pytest.raises(ListingError, match="values.yaml breaks values.schema.json"):
        validate(chart_listing(tmp_path, "values.yaml", **{"values.yaml": "replicas: 0\n"}))
    # A Chart.yaml without a version fails Helm's lint.
    with pytest.raises(ListingError, match="helm lint"):
        validate(
            chart_listing(tmp_path, "Chart.yaml", **{"Chart.yaml": "apiVersion: v2\nname: churn\n"})
        )

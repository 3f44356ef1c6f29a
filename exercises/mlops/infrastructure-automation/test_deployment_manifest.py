"""Tests for the Kubernetes Deployment exercise (deployment_manifest.py).

Each manifest is validated against the Kubernetes schema with kubernetes-validate, in strict
mode, then checked for what a schema cannot see: labels that match, probes on the container's
port and the right paths, and resources that make sense.
"""

import copy

import kubernetes_validate
import pytest
from kubernetes_validate.utils import latest_version

CASES = {
    "churn": dict(
        name="churn-api",
        image="registry.example.com/churn-api:1.4.0",
        port=8000,
        cpu_request="250m",
        cpu_limit="1",
        memory_request="512Mi",
        memory_limit="1Gi",
    ),
    "batch": dict(
        name="churn-batch",
        image="registry.example.com/churn-batch:2.0.1",
        port=9000,
        cpu_request="500m",
        cpu_limit="2",
        memory_request="1Gi",
        memory_limit="1536Mi",
        replicas=3,
    ),
}


def build(exercise, case):
    manifest = exercise("deployment_manifest").deployment_manifest(**CASES[case])
    assert isinstance(manifest, dict), "deployment_manifest() must return a dict"
    return copy.deepcopy(manifest)


def containers(manifest):
    return manifest["spec"]["template"]["spec"]["containers"]


@pytest.mark.parametrize("case", list(CASES))
def test_valid_against_the_kubernetes_schema(exercise, case):
    manifest = build(exercise, case)
    try:
        kubernetes_validate.validate(manifest, latest_version(), strict=True)
    except kubernetes_validate.ValidationError as error:
        where = ".".join(str(step) for step in error.path)
        pytest.fail(f"the schema rejects the Deployment at {where}: {error.message}")
    assert manifest["kind"] == "Deployment" and manifest["apiVersion"] == "apps/v1"
    assert manifest["metadata"]["name"] == CASES[case]["name"]
    assert manifest["spec"]["replicas"] == CASES[case].get("replicas", 2), (
        "spec.replicas must be the replicas argument (default 2)"
    )


@pytest.mark.parametrize("case", list(CASES))
def test_selector_selects_the_pods(exercise, case):
    manifest = build(exercise, case)
    selector = manifest["spec"]["selector"]["matchLabels"]
    labels = manifest["spec"]["template"]["metadata"]["labels"]
    assert selector, "spec.selector.matchLabels is empty"
    assert selector.items() <= labels.items(), (
        f"the selector {selector} does not match the Pod template's labels {labels}: "
        "the API server refuses such a Deployment"
    )
    assert labels.get("app.kubernetes.io/name") == CASES[case]["name"], (
        "the Pods must carry the label app.kubernetes.io/name: <name>"
    )


@pytest.mark.parametrize("case", list(CASES))
def test_probes_call_the_container_port(exercise, case):
    manifest = build(exercise, case)
    [box] = containers(manifest)
    ports = {p.get("name"): p["containerPort"] for p in box["ports"]}
    assert ports.get("http") == CASES[case]["port"], (
        f"the container needs one port named http with containerPort {CASES[case]['port']}"
    )
    for probe in ("readinessProbe", "livenessProbe"):
        assert probe in box, f"the container has no {probe}"
        port = box[probe]["httpGet"]["port"]
        assert ports.get(port, port) == CASES[case]["port"], (
            f"the {probe} calls port {port!r}, but the service listens on "
            f"{CASES[case]['port']}: refer to the port by its name, http"
        )


def test_readiness_waits_for_the_model_and_liveness_does_not(exercise):
    [box] = containers(build(exercise, "churn"))
    assert box["readinessProbe"]["httpGet"]["path"] == "/readyz", (
        "the readiness probe must call /readyz, which answers 200 once the model is loaded"
    )
    assert box["livenessProbe"]["httpGet"]["path"] == "/healthz", (
        "the liveness probe must call /healthz: probing /readyz would restart a Pod "
        "that is still loading its model"
    )


@pytest.mark.parametrize("case", list(CASES))
def test_resources_and_security(exercise, case):
    manifest = build(exercise, case)
    [box] = containers(manifest)
    args = CASES[case]
    assert box["name"] == "api" and box["image"] == args["image"]
    assert box["resources"] == {
        "requests": {"cpu": args["cpu_request"], "memory": args["memory_request"]},
        "limits": {"cpu": args["cpu_limit"], "memory": args["memory_limit"]},
    }, "resources must hold exactly the requests and limits given"
    security = manifest["spec"]["template"]["spec"].get("securityContext", {})
    assert security.get("runAsNonRoot") is True, "the Pod must set runAsNonRoot: true"


@pytest.mark.parametrize(
    ("change", "kind"),
    [
        ({"memory_limit": "256Mi"}, "memory"),  # 256Mi < 512Mi
        ({"cpu_limit": "200m"}, "cpu"),  # 200m < 250m
        ({"cpu_request": "2", "cpu_limit": "1500m"}, "cpu"),  # 1.5 < 2
    ],
)
def test_limit_below_request_is_refused(exercise, change, kind):
    module = exercise("deployment_manifest")
    with pytest.raises(ValueError):
        module.deployment_manifest(**(CASES["churn"] | change))
        pytest.fail(f"a {kind} limit below its request must raise ValueError: {change}")

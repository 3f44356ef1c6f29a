# Wrong: the liveness probe calls /readyz, so a Pod still loading its model is restarted.
"""Wrong solution: the churn service's Kubernetes Deployment, built in Python."""

UNITS = {"m": 1e-3, "Ki": 2**10, "Mi": 2**20, "Gi": 2**30}


def quantity(text: str) -> float:
    """The value of a Kubernetes quantity such as '250m', '1' or '512Mi'."""
    for unit in sorted(UNITS, key=len, reverse=True):
        if text.endswith(unit):
            return float(text[: -len(unit)]) * UNITS[unit]
    return float(text)


def deployment_manifest(
    name: str,
    image: str,
    port: int,
    cpu_request: str,
    cpu_limit: str,
    memory_request: str,
    memory_limit: str,
    replicas: int = 2,
) -> dict:
    """The Deployment described in the module docstring, as a dict."""
    for kind, asked, most in [
        ("cpu", cpu_request, cpu_limit),
        ("memory", memory_request, memory_limit),
    ]:
        if quantity(most) < quantity(asked):
            raise ValueError(f"{kind} limit {most} is below its request {asked}")
    labels = {"app.kubernetes.io/name": name}

    def probe(path: str) -> dict:
        return {"httpGet": {"path": path, "port": "http"}, "periodSeconds": 5}

    container = {
        "name": "api",
        "image": image,
        "ports": [{"name": "http", "containerPort": port}],
        "resources": {
            "requests": {"cpu": cpu_request, "memory": memory_request},
            "limits": {"cpu": cpu_limit, "memory": memory_limit},
        },
        "readinessProbe": probe("/healthz"),
        "livenessProbe": probe("/readyz"),
    }
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": name, "labels": dict(labels)},
        "spec": {
            "replicas": replicas,
            "selector": {"matchLabels": dict(labels)},
            "template": {
                "metadata": {"labels": dict(labels)},
                "spec": {
                    "securityContext": {"runAsNonRoot": True},
                    "containers": [container],
                },
            },
        },
    }

"""Exercise: the churn service's Kubernetes Deployment, built in Python.

Write ``deployment_manifest(...)``, which returns the Deployment as a dictionary, ready for
``yaml.safe_dump`` or a Kubernetes client. The tests validate it against the Kubernetes
schema with kubernetes-validate (strict: no unknown keys), and check what the schema cannot.

The Deployment (apiVersion ``apps/v1``, kind ``Deployment``) must:

- be named ``name``, and carry the label ``app.kubernetes.io/name: <name>`` on its metadata,
  in its ``spec.selector.matchLabels`` and on its Pod template (so the selector selects the
  Pods it creates);
- run ``replicas`` Pods (an int);
- run as non-root (``runAsNonRoot: true`` in the Pod's ``securityContext``);
- have one container named ``api`` running ``image``, with one port named ``http`` whose
  ``containerPort`` is ``port``;
- request ``cpu_request`` and ``memory_request`` and limit the container to ``cpu_limit``
  and ``memory_limit`` (Kubernetes quantities as strings: "250m", "1", "256Mi", "1Gi");
- have a readiness probe that GETs ``/readyz`` and a liveness probe that GETs ``/healthz``,
  both on the container's port (by its name or its number).

Raise ``ValueError`` if a limit is smaller than its request: compare the quantities' values
("1Gi" is 1024 "Mi"; "500m" is half of "1"). Quantities use the suffixes m, Ki, Mi, Gi, or
none.
"""


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
    raise NotImplementedError

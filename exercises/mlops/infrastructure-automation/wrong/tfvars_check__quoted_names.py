# Wrong: it keeps the quotes that python-hcl2 leaves around the labels, so no name matches.
"""Wrong solution: check a .tfvars file against a Terraform configuration."""

import hcl2


def fits(kind: str | None, value: object) -> bool:
    kind = None if kind is None else kind.removeprefix("${").removesuffix("}")
    if kind is None or kind == "any":
        return True
    if kind == "string":
        return isinstance(value, str)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "list(string)":
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    raise ValueError(f"type {kind} is not handled")


def check_tfvars(configuration: str, values: dict) -> dict[str, str]:
    """Problems of these values for this configuration (see the module docstring)."""
    declared = {}
    for block in hcl2.loads(configuration).get("variable", []):
        for label, body in block.items():
            declared[label] = body
    problems = {}
    for name, value in values.items():
        if name not in declared:
            problems[name] = "unknown"
        elif not fits(declared[name].get("type"), value):
            problems[name] = "type"
    for name, body in declared.items():
        if "default" not in body and name not in values:
            problems[name] = "missing"
    return problems

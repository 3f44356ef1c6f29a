"""Tests for the .tfvars check exercise (tfvars_check.py).

The configuration below declares variables of every type the exercise names, required ones
and optional ones whose defaults are false, 0, an empty list and null.
"""

import pytest

CONFIGURATION = """
variable "project_id" {
  description = "The Google Cloud project."
  type        = string
}

variable "model_version" {
  type = string
}

variable "replicas" {
  type    = number
  default = 2
}

variable "min_instances" {
  type    = number
  default = 0
}

variable "public" {
  type    = bool
  default = false
}

variable "extra_labels" {
  type    = list(string)
  default = []
}

variable "alert_email" {
  type    = string
  default = null
}

variable "note" {
  default = "none"
}
"""

REQUIRED = {"project_id": "harvest-crate-ml", "model_version": "1.4.0"}

CASES = {
    "only the required values": (REQUIRED, {}),
    "every value, right types": (
        REQUIRED
        | {
            "replicas": 3,
            "min_instances": 1,
            "public": True,
            "extra_labels": ["team-ml"],
            "alert_email": "ml@example.com",
            "note": 42,
        },
        {},
    ),
    "a float is a number": (REQUIRED | {"replicas": 2.5}, {}),
    "a misspelled name": (
        REQUIRED | {"replica": 3},
        {"replica": "unknown"},
    ),
    "a required value left out": (
        {"project_id": "harvest-crate-ml"},
        {"model_version": "missing"},
    ),
    "nothing set": ({}, {"project_id": "missing", "model_version": "missing"}),
    "a number given as a string": (
        REQUIRED | {"replicas": "3"},
        {"replicas": "type"},
    ),
    "a bool given as a number": (
        REQUIRED | {"replicas": True},
        {"replicas": "type"},
    ),
    "a string given as a bool": (
        REQUIRED | {"public": "false"},
        {"public": "type"},
    ),
    "a list with a number in it": (
        REQUIRED | {"extra_labels": ["team-ml", 7]},
        {"extra_labels": "type"},
    ),
    "a version given as a number": (
        {"project_id": "harvest-crate-ml", "model_version": 1.4},
        {"model_version": "type"},
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_check_tfvars(exercise, case):
    values, expected = CASES[case]
    found = exercise("tfvars_check").check_tfvars(CONFIGURATION, dict(values))
    assert isinstance(found, dict), "check_tfvars() must return a dict"
    assert found == expected, f"{case}: expected {expected}, got {found}"

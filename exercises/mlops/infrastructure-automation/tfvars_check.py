"""Exercise: check a .tfvars file against a Terraform configuration, before the plan.

Write ``check_tfvars(configuration, values)``. ``configuration`` is the text of a ``.tf``
file; parse it with python-hcl2 (``hcl2.loads(configuration)``), which returns its
``variable`` blocks as a list of one-key dicts, e.g.
``[{'"region"': {'type': 'string', 'default': '"europe-west1"', ...}}]``: note that it
keeps the quotes around the block's label. ``values`` maps variable names to the values a
``.tfvars`` file sets (already read into Python: str, int, float, bool, list).

Return a dict that maps each problem's variable name to one of:

- ``"unknown"``: ``values`` sets a variable that the configuration does not declare;
- ``"missing"``: the configuration declares a variable with no ``default`` at all, and
  ``values`` does not set it. A variable with a default is optional, whatever the default
  is, even ``false``, ``0``, ``[]`` or ``null``;
- ``"type"``: the value does not fit the declared type: ``string`` needs a str, ``number``
  an int or a float (a bool is not a number), ``bool`` a bool, ``list(string)`` a list of
  str. A variable without a ``type`` accepts any value. python-hcl2 gives a plain type as
  ``'string'`` and ``list(string)`` as ``'${list(string)}'``.

Return an empty dict when everything fits.
"""

import hcl2  # noqa: F401  (python-hcl2)


def check_tfvars(configuration: str, values: dict) -> dict[str, str]:
    """Problems of these values for this configuration (see the module docstring)."""
    raise NotImplementedError

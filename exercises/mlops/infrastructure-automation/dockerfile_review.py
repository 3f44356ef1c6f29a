"""Exercise: the review checks for a Dockerfile that a linter leaves to people.

Write ``review(dockerfile)``, which takes the text of a Dockerfile and returns the sorted
list of the problems it finds, each named by one of these codes (each code at most once):

- ``"unpinned-base"``: a ``FROM`` names an image without a tag, or with the tag ``latest``.
  An image pinned by digest (``python@sha256:...``) is pinned. ``FROM scratch`` and a
  ``FROM`` that names an earlier stage (``FROM builder``, after ``FROM ... AS builder``) are
  not images and are fine. A registry may carry a port: in
  ``registry.local:5000/python`` the ``:5000`` is not a tag. ``FROM`` may have flags such as
  ``--platform=linux/amd64`` before the image.
- ``"code-before-requirements"``: in some stage, a ``COPY`` of the whole context (a source
  ``.``) or of a ``.py`` file comes before that stage's first ``RUN`` that runs
  ``pip install``: every code change would then reinstall every library.
- ``"runs-as-root"``: the final stage (the last ``FROM``) sets no ``USER``, or its last
  ``USER`` is ``root`` or ``0``. A ``USER`` in an earlier stage does not count.
- ``"secret-in-env"``: an ``ENV`` or ``ARG`` sets a variable whose name contains ``KEY``,
  ``TOKEN``, ``PASSWORD`` or ``SECRET`` (in any case). ``ENV`` takes ``NAME=value`` pairs
  or the older ``ENV NAME value`` form.

Instructions are case-insensitive (``from`` is ``FROM``); lines starting with ``#`` are
comments; a line ending in a backslash continues on the next line.
"""


def review(dockerfile: str) -> list[str]:
    """The sorted problem codes of this Dockerfile (see the module docstring)."""
    raise NotImplementedError

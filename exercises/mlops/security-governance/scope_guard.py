"""Exercise: a FastAPI dependency that enforces OAuth2 scopes on signed tokens.

The churn service's routes declare the scopes they need, for example::

    guard = make_scope_guard(signing_key)

    @app.post("/v1/model/promote")
    def promote(caller=Security(guard, scopes=["model:deploy"])):
        return {"promoted_by": caller["sub"]}

and `guard` decides, for each request, between 401, 403 and letting it through.
"""

import jwt  # noqa: F401 (you will use these)
from fastapi import Depends, HTTPException  # noqa: F401
from fastapi.security import OAuth2PasswordBearer, SecurityScopes  # noqa: F401

ALGORITHM = "HS256"
oauth2 = OAuth2PasswordBearer(tokenUrl="token", auto_error=False)


def make_scope_guard(signing_key: bytes):
    """Return a FastAPI dependency that checks the request's bearer token.

    The returned function must have the signature
    ``guard(scopes: SecurityScopes, token: str | None = Depends(oauth2))``; FastAPI then
    passes it the route's required scopes (``scopes.scopes``, a list of strings) and the
    token from the ``Authorization: Bearer <token>`` header (None when there is none).

    The guard must:

    - raise ``HTTPException(401, ...)`` with a ``WWW-Authenticate`` header whose value
      starts with ``Bearer`` when the request is not authenticated: no token, a token that
      is not a valid JWT, a token not signed with ``signing_key`` (algorithm ``ALGORITHM``),
      an expired token, or a token without an ``exp`` or ``sub`` claim;
    - raise ``HTTPException(403, ...)`` when the token is valid but its ``scope`` claim (a
      space-separated string, possibly absent) lacks ANY of the route's required scopes;
      each scope must be present as a whole word ("churn:reader" is not "churn:read");
    - otherwise return the token's claims as a dict.
    """
    raise NotImplementedError

# Wrong: the token is decoded with verify_exp off, so an expired token is accepted.
"""Wrong solution: a FastAPI dependency that enforces OAuth2 scopes on signed tokens."""

import jwt
from fastapi import Depends, HTTPException
from fastapi.security import OAuth2PasswordBearer, SecurityScopes

ALGORITHM = "HS256"
oauth2 = OAuth2PasswordBearer(tokenUrl="token", auto_error=False)


def make_scope_guard(signing_key: bytes):
    """Return a FastAPI dependency that checks the request's bearer token."""

    def guard(scopes: SecurityScopes, token: str | None = Depends(oauth2)) -> dict:
        challenge = {"WWW-Authenticate": f'Bearer scope="{scopes.scope_str}"'}
        if token is None:
            raise HTTPException(401, "not authenticated", headers=challenge)
        try:
            claims = jwt.decode(
                token,
                signing_key,
                algorithms=[ALGORITHM],
                options={"require": ["exp", "sub"], "verify_exp": False},
            )
        except jwt.InvalidTokenError:  # bad signature, expired, malformed, ...
            raise HTTPException(401, "invalid token", headers=challenge) from None
        granted = set(claims.get("scope", "").split())
        missing = [s for s in scopes.scopes if s not in granted]
        if missing:
            raise HTTPException(403, "missing scope: " + " ".join(missing))
        return claims

    return guard

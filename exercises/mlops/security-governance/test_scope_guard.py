"""Tests for the scope-guard exercise (scope_guard.py).

A small app with three routes (no scope, one scope, two scopes) is guarded by your
dependency; FastAPI's TestClient sends it missing, malformed, forged, expired and
under-scoped tokens and checks each answer's status code.
"""

import time
from typing import Annotated

import jwt
import pytest
from fastapi import FastAPI, Security
from fastapi.testclient import TestClient

KEY = b"test-signing-key-for-the-exercise-only-32b"
OTHER_KEY = b"a-different-key-that-the-service-never-saw"


def token(sub="crm-app", scope="churn:read", ttl=600, key=KEY, drop=()):
    """A signed token; `drop` names claims to leave out."""
    now = int(time.time())
    claims = {"sub": sub, "scope": scope, "iat": now, "exp": now + ttl}
    for name in drop:
        claims.pop(name)
    return jwt.encode(claims, key, algorithm="HS256")


@pytest.fixture
def http(exercise):
    guard = exercise("scope_guard").make_scope_guard(KEY)
    app = FastAPI()

    @app.get("/open")
    def open_route(caller: Annotated[dict, Security(guard)]):
        return {"sub": caller["sub"]}

    @app.get("/score")
    def score(caller: Annotated[dict, Security(guard, scopes=["churn:read"])]):
        return {"sub": caller["sub"]}

    @app.post("/promote")
    def promote(
        caller: Annotated[dict, Security(guard, scopes=["churn:read", "model:deploy"])],
    ):
        return {"sub": caller["sub"]}

    with TestClient(app) as client:
        yield client


def bearer(value):
    return {"Authorization": f"Bearer {value}"}


def check_401(response, what):
    hint = "; 403 is only for a valid token without a scope" * (response.status_code == 403)
    assert response.status_code == 401, (
        f"{what}: expected 401 Unauthorized (not authenticated), got {response.status_code}{hint}"
    )
    challenge = response.headers.get("www-authenticate", "")
    assert challenge.startswith("Bearer"), (
        f"{what}: a 401 must carry a WWW-Authenticate header starting with 'Bearer', "
        f"got {challenge!r}"
    )


def test_missing_token_is_401(http):
    check_401(http.get("/score"), "no Authorization header")
    check_401(http.post("/promote"), "no Authorization header")


def test_malformed_and_forged_tokens_are_401(http):
    check_401(http.get("/score", headers=bearer("not-a-jwt")), "a token that is no JWT")
    forged = token(scope="churn:read model:deploy", key=OTHER_KEY)
    check_401(http.post("/promote", headers=bearer(forged)), "a token signed elsewhere")


def test_expired_token_is_401(http):
    expired = token(ttl=-60)
    check_401(http.get("/score", headers=bearer(expired)), "a token expired 60 s ago")


def test_token_without_exp_or_sub_is_401(http):
    check_401(http.get("/score", headers=bearer(token(drop=["exp"]))), "a token with no exp")
    check_401(http.get("/score", headers=bearer(token(drop=["sub"]))), "a token with no sub")


def test_missing_scope_is_403(http):
    for scope in ["churn:read", "model:deploy", ""]:
        r = http.post("/promote", headers=bearer(token(scope=scope)))
        assert r.status_code == 403, (
            f"a valid token with scope {scope!r} on a route that needs 'churn:read' AND "
            f"'model:deploy' must get 403 Forbidden, got {r.status_code}"
        )


def test_scopes_are_whole_words(http):
    r = http.get("/score", headers=bearer(token(scope="churn:reader")))
    assert r.status_code == 403, (
        "a token with scope 'churn:reader' does not hold 'churn:read': split the claim "
        f"on spaces and compare whole scopes (got {r.status_code})"
    )


def test_valid_tokens_pass_and_return_claims(http):
    both = bearer(token(sub="ben", scope="model:deploy churn:read profile"))
    for method, path in [("get", "/open"), ("get", "/score"), ("post", "/promote")]:
        r = getattr(http, method)(path, headers=both)
        assert r.status_code == 200, (
            f"{path} with a valid token holding every scope it needs answered "
            f"{r.status_code}: {r.text}"
        )
        assert r.json() == {"sub": "ben"}, "the guard must return the token's claims"
    r = http.get("/open", headers=bearer(token(sub="ana", drop=["scope"])))
    assert r.status_code == 200, (
        f"a route with no required scopes accepts a valid token without a scope claim, "
        f"got {r.status_code}"
    )

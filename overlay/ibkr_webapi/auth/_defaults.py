"""Default endpoints and OAuth 2.0 claims, importable without loading any auth flow."""

from __future__ import annotations

from typing import Final

DEFAULT_GATEWAY_URL: Final = "https://localhost:5000/v1/api"
"""The local Client Portal Gateway."""
DEFAULT_OAUTH_BASE_URL: Final = "https://api.ibkr.com/v1/api"
"""IBKR's API base for OAuth 1.0a and 2.0."""
DEFAULT_ROOT_URL: Final = "https://api.ibkr.com"
"""IBKR's host root (OAuth 2.0 token and ``/gw/api/v1`` calls)."""
DEFAULT_AUDIENCE: Final = "/token"
"""``aud`` claim of the OAuth 2.0 client assertion."""
DEFAULT_SCOPE: Final = "sso-sessions.write"
"""Scope requested by the OAuth 2.0 client-credentials grant."""

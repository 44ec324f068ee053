"""``GatewayAuth``: for the local Client Portal Gateway, which keeps the session itself.

The gateway (a Java app on ``https://localhost:5000``) logs in through the browser and holds the
session cookie on its side, so requests carry no credential. What matters is TLS: the gateway
serves a self-signed certificate. Trust it with ``ca_bundle`` (export the certificate once); only
if you must, opt out with the loudly named ``insecure_skip_tls_verify=True`` (logs a WARNING).
"""

from __future__ import annotations

from collections.abc import Generator
from typing import ClassVar, Literal

import httpx

from ._base import IbkrAuth
from ._defaults import DEFAULT_GATEWAY_URL
from ._tls import TlsOptions

__all__ = ["DEFAULT_GATEWAY_URL", "GatewayAuth"]


class GatewayAuth(IbkrAuth):
    """Attaches nothing; carries the TLS settings the client should use for the gateway."""

    mode: ClassVar[Literal["gateway"]] = "gateway"

    def __init__(
        self,
        *,
        ca_bundle: str | None = None,
        insecure_skip_tls_verify: bool = False,
        tls: TlsOptions | None = None,
    ) -> None:
        self.tls = tls or TlsOptions(ca_bundle=ca_bundle, insecure_skip_tls_verify=insecure_skip_tls_verify)

    def __repr__(self) -> str:
        return (
            f"GatewayAuth(ca_bundle={self.tls.ca_bundle!r}, "
            f"insecure_skip_tls_verify={self.tls.insecure_skip_tls_verify})"
        )

    def default_urls(self) -> tuple[str | None, str | None]:
        return DEFAULT_GATEWAY_URL, None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        yield request

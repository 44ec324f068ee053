"""TLS verification settings shared by every auth mode.

The CP Gateway serves a self-signed certificate; the fake gateway in tests serves one signed by a
throwaway CA. Either way the right answer is to trust that certificate (``ca_bundle``), not to turn
verification off. Turning it off is possible, but only through the loudly named
``insecure_skip_tls_verify=True``, which logs a WARNING when the options are created; so does
``Client(verify=False)``. Both go through :func:`warn_insecure`, the one place for that warning.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass

from .._exceptions import ConfigurationError
from .._redact import get_logger

__all__ = ["TlsOptions", "warn_insecure"]

logger = get_logger("ibkr_webapi.auth")


def warn_insecure(how: str) -> None:
    """Log that certificate verification is off (``how``: the setting that turned it off)."""
    logger.warning(
        "TLS certificate verification is DISABLED (%s): traffic to IBKR can be read and modified by "
        "anyone on the network path. Prefer ca_bundle=<the gateway's certificate> (IBKR_CA_BUNDLE).",
        how,
    )


@dataclass(frozen=True)
class TlsOptions:
    """``ca_bundle``: PEM file of CA certificates to trust (instead of the system store).

    ``insecure_skip_tls_verify``: accept any certificate. Anyone on the network path can then read
    and alter your orders; use it only against a local gateway you trust.
    """

    ca_bundle: str | None = None
    insecure_skip_tls_verify: bool = False

    def __post_init__(self) -> None:
        if self.insecure_skip_tls_verify and self.ca_bundle:
            raise ConfigurationError(
                "set either a CA bundle or insecure_skip_tls_verify, not both",
                setting="IBKR_INSECURE_SKIP_TLS_VERIFY",
            )
        if self.insecure_skip_tls_verify:
            warn_insecure("insecure_skip_tls_verify=True")

    def verify_setting(self) -> ssl.SSLContext | bool:
        """What ``httpx.Client(verify=...)`` should get.

        An ``ssl.SSLContext`` trusting ``ca_bundle`` when one is set, ``False`` for the explicit
        opt-out, otherwise ``True`` (httpx's default trust store).
        """
        if self.insecure_skip_tls_verify:
            return False
        if self.ca_bundle:
            try:
                return ssl.create_default_context(cafile=self.ca_bundle)
            except (OSError, ssl.SSLError) as exc:
                raise ConfigurationError(
                    f"cannot load the CA bundle {self.ca_bundle!r}: {exc}", setting="IBKR_CA_BUNDLE"
                ) from None
        return True

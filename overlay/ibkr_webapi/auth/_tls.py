"""TLS verification settings shared by every auth mode.

The CP Gateway serves a self-signed certificate; the fake gateway in tests serves one signed by a
throwaway CA. Either way the right answer is to trust that certificate (``ca_bundle``), not to turn
verification off. Turning it off is possible, but only through the loudly named
``insecure_skip_tls_verify=True``, which logs a WARNING when the options are created; so does
``Client(verify=False)``. Both go through :func:`warn_insecure` (in ``ibkr_webapi._endpoint``, the one
place where certificates are decided), the one place for that warning.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass

from .._endpoint import verify_for, warn_insecure
from .._exceptions import ConfigurationError

__all__ = ["TlsOptions", "warn_insecure"]


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
        opt-out, otherwise ``True`` (httpx's default trust store). The mapping is
        :func:`ibkr_webapi._endpoint.verify_for`.
        """
        return verify_for(self.ca_bundle, self.insecure_skip_tls_verify)

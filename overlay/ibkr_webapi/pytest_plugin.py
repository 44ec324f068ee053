"""pytest fixtures for testing against the fake IBKR gateway (registered through ``pytest11``).

Installed with ``pip install 'ibkr-webapi[testing]'`` (the fixtures need the fake's server stack; this
module itself imports only pytest, so an environment with the base install and pytest is unaffected)::

    def test_buy(ibkr_client):                       # a Client on a fake gateway served on 127.0.0.1
        aapl = ibkr_client.contracts.stock("AAPL")
        assert ibkr_client.marketdata.quote(aapl.conid).last is not None

Fixtures (function scope):

* ``fake_gateway`` - a :class:`ServedGateway`: the ``FakeGateway`` (``.gateway``; ``.faults``,
  ``.counters`` and ``.state`` for short) served on a free 127.0.0.1 port, with its URLs and
  ``settings()`` for a client. Handler crashes fail the test at teardown.
* ``make_fake_gateway`` - a factory: ``make_fake_gateway(auth="oauth1")`` serves one more (for several
  gateways in a test, or one per hypothesis example); ``served.client()`` connects a ``Client``.
* ``ibkr_client`` / ``async_ibkr_client`` - a ``Client`` / ``AsyncClient`` connected to it with the
  gateway's auth mode and TLS, brokerage session started, no keep-alive thread. ``async_ibkr_client``
  needs pytest-asyncio.

Options, by marker or indirect parameter (the parameter wins over the marker, the marker over the
``ibkr_gateway_options`` fixture, which a conftest.py can override for a folder's defaults)::

    @pytest.mark.ibkr_gateway(auth="oauth1", tls=True, pacing=False, seed=7)
    def test_signed(ibkr_client): ...

    @pytest.mark.parametrize("fake_gateway", [{"auth": "oauth2"}, {"auth": "gateway"}], indirect=True)
    def test_both(ibkr_client): ...

``auth`` ("gateway", "oauth1", "oauth2"; default "gateway"), ``tls`` (https with a throwaway CA;
default False), ``pacing`` (the fake enforces IBKR's limits and the client paces itself; default True:
False turns both off), ``seed`` (market prices; default 0), ``client`` (a dict of extra ``Client``
keywords); any other key is a ``FakeGateway`` keyword (``time_scale``, ``seeded_positions`` ...).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .client import AsyncClient, Client
    from .config import Settings
    from .testing import FakeGateway, ServerHandle
    from .testing._counters import Counters
    from .testing._faults import Faults

__all__ = [
    "GatewayOptions",
    "ServedGateway",
    "async_ibkr_client",
    "fake_gateway",
    "ibkr_client",
    "ibkr_gateway_options",
    "make_fake_gateway",
    "serve",
]

MARKER = "ibkr_gateway"


@dataclass(frozen=True)
class GatewayOptions:
    """What the fixtures build: from the ``ibkr_gateway`` marker and the indirect parameter."""

    auth: str = "gateway"
    tls: bool = False
    pacing: bool = True
    seed: int = 0
    client: Mapping[str, Any] = field(default_factory=dict)
    gateway: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_request(cls, request: pytest.FixtureRequest, defaults: Mapping[str, Any]) -> GatewayOptions:
        """``defaults`` (the ``ibkr_gateway_options`` fixture), then the marker, then the parameter."""
        merged: dict[str, Any] = dict(defaults)
        marker = request.node.get_closest_marker(MARKER)
        if marker is not None:
            if marker.args:
                raise pytest.UsageError(f"@pytest.mark.{MARKER} takes keywords only")
            merged.update(marker.kwargs)
        param = getattr(request, "param", None)
        if param is not None:
            if not isinstance(param, Mapping):
                raise pytest.UsageError(f"the fake_gateway parameter must be a dict, got {param!r}")
            merged.update(param)
        return cls.of(merged)

    @classmethod
    def of(cls, options: Mapping[str, Any]) -> GatewayOptions:
        merged = dict(options)
        if "enforce_pacing" in merged:  # FakeGateway's own name for it
            merged["pacing"] = merged.pop("enforce_pacing")
        own = {k: merged.pop(k) for k in ("auth", "tls", "pacing", "seed", "client") if k in merged}
        return cls(**own, gateway=merged)


@dataclass
class ServedGateway:
    """A fake gateway served on 127.0.0.1 and how to reach it."""

    gateway: FakeGateway
    server: ServerHandle
    options: GatewayOptions
    _clients: ExitStack = field(default_factory=ExitStack, repr=False)

    @property
    def faults(self) -> Faults:
        """Scripted failures (``faults.fail_next("get_marketdata_snapshot", 1, 503)``)."""
        return self.gateway.faults

    @property
    def counters(self) -> Counters:
        """What the fake saw (``counters.snapshot()["requests"]``)."""
        return self.gateway.counters

    @property
    def state(self) -> Any:
        """The domain state (market, orders, positions, ledger) for assertions."""
        return self.gateway.state

    @property
    def base_url(self) -> str:
        return self.server.base_url

    @property
    def root_url(self) -> str:
        return self.server.root_url

    @property
    def ws_url(self) -> str:
        return self.server.ws_url

    @property
    def ca_bundle(self) -> str | None:
        return self.server.ca_bundle

    def settings(self) -> Settings:
        """``Settings`` for a client of this gateway: its mode, URLs, CA and the credentials it accepts."""
        from .config import Settings

        mode = self.gateway.config.auth
        values: dict[str, Any] = {
            "mode": mode,
            "base_url": self.base_url,
            "root_url": self.root_url,
            "ws_url": self.ws_url,
            "ca_bundle": self.ca_bundle,
        }
        if mode == "oauth1":
            creds = self.gateway.credentials.oauth1
            values.update(
                consumer_key=creds.consumer_key,
                access_token=creds.access_token,
                access_token_secret=creds.access_token_secret,
                signature_key=creds.signature_private_key_pem,
                encryption_key=creds.encryption_private_key_pem,
                dh_prime=creds.dh_prime_hex,
            )
        elif mode == "oauth2":
            client = self.gateway.credentials.oauth2
            values.update(
                client_id=client.client_id,
                oauth2_private_key=client.private_key_pem,
                oauth2_key_id=client.key_id,
                username=client.credential,
            )
        return Settings(**values)

    def client_kwargs(self, **overrides: Any) -> dict[str, Any]:
        """Keywords for ``Client``/``AsyncClient``: settings, no keep-alive, pacing per the options."""
        kwargs: dict[str, Any] = {"settings": self.settings(), "keepalive_interval": None}
        if not self.options.pacing:
            from .pacing import unlimited_pacer

            kwargs["pacer"] = unlimited_pacer()
        kwargs.update(self.options.client)
        kwargs.update(overrides)
        return kwargs

    def client(self, **overrides: Any) -> Client:
        """Another ``Client`` connected to this gateway, closed when the gateway stops."""
        from .client import Client

        return self._clients.enter_context(Client(**self.client_kwargs(**overrides)))


@contextmanager
def serve(options: GatewayOptions) -> Iterator[ServedGateway]:
    """Serve a fake gateway made from ``options`` until the block ends; then fail on handler crashes."""
    from .testing import FakeGateway  # MissingDependency naming "testing" without the extra

    gw = FakeGateway(
        auth=options.auth,  # type: ignore[arg-type]  # checked by FakeGateway
        seed=options.seed,
        enforce_pacing=options.pacing,
        tls=options.tls,
        **options.gateway,
    )
    with gw.serve() as server:
        served = ServedGateway(gw, server, options)
        with served._clients:
            yield served
    gw.assert_no_server_errors()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(auth=, tls=, pacing=, seed=, client=, **fake_gateway_keywords): options of the "
        "fake_gateway / ibkr_client / async_ibkr_client fixtures (ibkr_webapi.pytest_plugin)",
    )


@pytest.fixture
def ibkr_gateway_options() -> dict[str, Any]:
    """Default options for ``fake_gateway`` (override in a conftest.py or module for a folder's tests)."""
    return {}


@pytest.fixture
def fake_gateway(
    request: pytest.FixtureRequest, ibkr_gateway_options: dict[str, Any]
) -> Iterator[ServedGateway]:
    """A fake IBKR gateway served on a free 127.0.0.1 port (see the module docstring for options)."""
    with serve(GatewayOptions.from_request(request, ibkr_gateway_options)) as served:
        yield served


@pytest.fixture
def make_fake_gateway(ibkr_gateway_options: dict[str, Any]) -> Iterator[Callable[..., ServedGateway]]:
    """``make_fake_gateway(**options)``: another served fake per call (hypothesis examples, several
    gateways in one test); ``options`` as for the marker, over ``ibkr_gateway_options``. All stop
    (and are checked for handler crashes) after the test."""
    with ExitStack() as stack:

        def make(**options: Any) -> ServedGateway:
            return stack.enter_context(serve(GatewayOptions.of({**ibkr_gateway_options, **options})))

        yield make


@pytest.fixture
def ibkr_client(fake_gateway: ServedGateway) -> Iterator[Client]:
    """A ``Client`` connected to ``fake_gateway`` (brokerage session started, closed after the test)."""
    from .client import Client

    with Client(**fake_gateway.client_kwargs()) as client:
        yield client


async def _async_ibkr_client(fake_gateway: ServedGateway) -> AsyncIterator[AsyncClient]:
    """An ``AsyncClient`` connected to ``fake_gateway`` (session started, closed after the test)."""
    from .client import AsyncClient

    async with AsyncClient(**fake_gateway.client_kwargs()) as client:
        yield client


def _needs_pytest_asyncio(fake_gateway: ServedGateway) -> None:
    raise pytest.UsageError("async_ibkr_client needs pytest-asyncio: pip install pytest-asyncio")


async_ibkr_client: Any
try:
    import pytest_asyncio
except ImportError:  # pragma: no cover - exercised only where pytest-asyncio is absent
    async_ibkr_client = pytest.fixture(_needs_pytest_asyncio, name="async_ibkr_client")
else:
    async_ibkr_client = pytest_asyncio.fixture(_async_ibkr_client, name="async_ibkr_client")

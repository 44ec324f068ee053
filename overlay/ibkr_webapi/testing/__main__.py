"""``python -m ibkr_webapi.testing``: serve a fake IBKR gateway until Ctrl-C.

    python -m ibkr_webapi.testing --port 5000 [--auth gateway|oauth1|oauth2] [--tls] [--seed N]

Prints the URLs, and on stopping what it saw (requests, 429s, penalty-box entries); in OAuth modes it
also writes the throwaway credentials (PEM files, dhparam.pem
and an ``ibkr.env`` file of ``IBKR_*`` settings) into a temporary directory and prints its path.
``main(argv)`` is reused by the ``ibkr-webapi`` CLI.
"""

from __future__ import annotations

import argparse
import shlex
import shutil
import signal
import sys
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

from ._server import ServerHandle
from .gateway import FakeGateway


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m ibkr_webapi.testing", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--port", type=int, default=5000, help="port on 127.0.0.1 (0 = any free port)")
    parser.add_argument("--auth", choices=["gateway", "oauth1", "oauth2"], default="gateway")
    parser.add_argument(
        "--tls", action="store_true", help="serve https with a throwaway CA (bundle path printed)"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-pacing", action="store_true", help="do not enforce IBKR's pacing limits")
    return parser


def write_env_file(gw: FakeGateway, srv: ServerHandle, directory: Path) -> Path:
    """Write the credentials the fake accepts and an ``ibkr.env`` of ``IBKR_*`` settings
    (``ibkr_webapi.config`` names) pointing at it; returns the env file."""
    lines = [
        f"IBKR_MODE={gw.config.auth}",
        f"IBKR_BASE_URL={srv.base_url}",
        f"IBKR_ROOT_URL={srv.root_url}",
        f"IBKR_WS_URL={srv.ws_url}",
    ]
    if srv.ca_bundle:
        lines.append(f"IBKR_CA_BUNDLE={srv.ca_bundle}")
    if gw.config.auth == "oauth1":
        creds = gw.credentials.oauth1
        paths = creds.write(directory)
        lines += [
            f"IBKR_CONSUMER_KEY={creds.consumer_key}",
            f"IBKR_ACCESS_TOKEN={creds.access_token}",
            f"IBKR_ACCESS_TOKEN_SECRET={creds.access_token_secret}",
            f"IBKR_SIGNATURE_KEY={paths['signature_key']}",
            f"IBKR_ENCRYPTION_KEY={paths['encryption_key']}",
            f"IBKR_DH_PRIME={paths['dhparam']}",
        ]
    elif gw.config.auth == "oauth2":
        client = gw.credentials.oauth2
        paths = client.write(directory)
        lines += [
            f"IBKR_CLIENT_ID={client.client_id}",
            f"IBKR_OAUTH2_PRIVATE_KEY={paths['private_key']}",
            f"IBKR_OAUTH2_KEY_ID={client.key_id}",
            f"IBKR_USERNAME={client.credential}",
        ]
    env = directory / "ibkr.env"
    env.write_text("\n".join(lines) + "\n")
    env.chmod(0o600)
    return env


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    gw = FakeGateway(auth=args.auth, seed=args.seed, tls=args.tls, enforce_pacing=not args.no_pacing)
    stop = threading.Event()

    def _on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, _on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    directory: Path | None = None
    try:
        with gw.serve(port=args.port) as srv:
            print(f"Fake IBKR gateway ({args.auth}) serving {srv.base_url}", flush=True)
            print(f"  root URL:  {srv.root_url}")
            print(f"  WebSocket: {srv.ws_url}")
            if srv.ca_bundle:
                print(f"  CA bundle: {srv.ca_bundle}")
            directory = Path(tempfile.mkdtemp(prefix="fakegw-settings-"))
            env = write_env_file(gw, srv, directory)
            what = "settings" if args.auth == "gateway" else "settings and throwaway credentials"
            print(f"  {what}: {env}")
            print(f"  use it:    set -a; . {shlex.quote(str(env))}; set +a")
            print("Press Ctrl-C to stop.", flush=True)
            while not stop.wait(0.2):
                pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if directory is not None:  # the throwaway keys and settings die with the gateway
            shutil.rmtree(directory, ignore_errors=True)
    print(_summary(gw), flush=True)
    return 0


def _summary(gw: FakeGateway) -> str:
    """What the gateway saw, for someone checking their pacing by hand (e.g. many CLI runs in a row):
    requests, those refused with 429 and penalty-box entries, per operation where any was refused."""
    snap = gw.counters.snapshot()
    refused = {k.rsplit(" ", 1)[0]: n for k, n in snap["by_operation_status"].items() if k.endswith(" 429")}
    line = (
        f"stopped after {snap['total_requests']} requests: {snap['rate_limited']} answered 429 "
        f"(too many requests), {snap['penalty_entries']} penalty-box entries"
    )
    if refused:
        line += " (429 by operation: " + ", ".join(f"{op} {n}" for op, n in sorted(refused.items())) + ")"
    return line


if __name__ == "__main__":
    sys.exit(main())

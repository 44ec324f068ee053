"""Cold import time of ``ibkr_webapi`` next to ``import httpx``, in the same run.

Each sample is a fresh interpreter that times the import statement itself (module caches do not
carry over between samples); candidates are interleaved round by round so machine noise hits them
alike, and medians are reported. The headline is the package users import, ``ibkr_webapi``: what it
adds on top of httpx (which it needs anyway) and its ratio to httpx (goal: at most 1.3x). Beside it,
the generated low-level package alone, one generated endpoint module, every generated model, and
what a program that touches ``Client`` (and the facades' models, or OAuth 1.0a) pays: the root loads
its names on first use, so those are the figures a gateway-mode or OAuth program actually meets.

    python bench/import_time.py [ROUNDS]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 21
SNIPPET = "import time; t = time.perf_counter(); import {module}; print((time.perf_counter() - t) * 1000.0)"
GOAL_RATIO = 1.3

CANDIDATES = {
    "httpx": "httpx",
    "ibkr_webapi": "ibkr_webapi",
    "generated": "ibkr_webapi_client",
    "generated+endpoint": "ibkr_webapi_client.api.market_data.get_marketdata_snapshot",
    "generated+all_models": "ibkr_webapi_client.models; import ibkr_webapi_client.models as m; "
    "[getattr(m, n) for n in m.__all__]",
    "ibkr_webapi.Client": "ibkr_webapi; ibkr_webapi.Client",
    "ibkr_webapi.Client+facades": "ibkr_webapi; "
    "from ibkr_webapi import Client, Contract, Field, Order, Position, Quote",
    "ibkr_webapi.OAuth1Auth": "ibkr_webapi; ibkr_webapi.OAuth1Auth",
}


def cold_import_ms(module: str) -> float:
    out = subprocess.run(
        [sys.executable, "-c", SNIPPET.format(module=module)],
        check=True,
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
    )
    return float(out.stdout.strip())


def main() -> None:
    for module in CANDIDATES.values():  # warm the bytecode caches once
        cold_import_ms(module)
    samples: dict[str, list[float]] = {name: [] for name in CANDIDATES}
    for _ in range(ROUNDS):
        for name, module in CANDIDATES.items():
            samples[name].append(cold_import_ms(module))
    medians = {name: statistics.median(values) for name, values in samples.items()}
    httpx_ms = medians["httpx"]
    for name, value in medians.items():
        print(
            f"{name:>27}: median {value:7.1f} ms  (+{value - httpx_ms:6.1f} ms, "
            f"{value / httpx_ms:4.2f}x httpx) over {ROUNDS} fresh interpreters"
        )
    added = medians["ibkr_webapi"] - httpx_ms
    ratio = medians["ibkr_webapi"] / httpx_ms
    verdict = "meets" if ratio <= GOAL_RATIO else "MISSES"
    print(
        f"import ibkr_webapi adds {added:.1f} ms on top of httpx: {ratio:.2f}x ({verdict} <= {GOAL_RATIO}x)"
    )
    print(
        f"RESULT import_ms_added={added:.1f} ratio_to_httpx={ratio:.3f} "
        f"generated_ms_added={medians['generated'] - httpx_ms:.1f} "
        f"all_models_ms_added={medians['generated+all_models'] - httpx_ms:.1f}"
    )


if __name__ == "__main__":
    main()

"""Cold import time of ``ibkr_webapi_client`` next to ``import httpx``, in the same run.

Each sample is a fresh interpreter (``python -X importtime`` is not needed: we time the import
statement itself inside a new process, so module caches do not carry over). Reports medians, the
time the generated package adds on top of httpx (which it imports), and the ratio.
Goal: the generated package adds no more than 150 ms to a cold start.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys

ROUNDS = 15
SNIPPET = "import time; t = time.perf_counter(); import {module}; print((time.perf_counter() - t) * 1000.0)"


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
    modules = {
        "httpx": "httpx",
        "client": "ibkr_webapi_client",
        "client+endpoint": "ibkr_webapi_client.api.market_data.get_marketdata_snapshot",
        "client+all_models": "ibkr_webapi_client.models; import ibkr_webapi_client.models as m; "
        "[getattr(m, n) for n in m.__all__]",
    }
    for module in modules.values():  # warm the bytecode caches once
        cold_import_ms(module)
    samples: dict[str, list[float]] = {name: [] for name in modules}
    for _ in range(ROUNDS):  # interleave so machine noise hits every candidate alike
        for name, module in modules.items():
            samples[name].append(cold_import_ms(module))
    medians = {name: statistics.median(values) for name, values in samples.items()}
    for name, value in medians.items():
        print(f"{name:>18}: median {value:7.1f} ms over {ROUNDS} fresh interpreters")
    added = medians["client"] - medians["httpx"]
    ratio = medians["client"] / medians["httpx"]
    print(f"ibkr_webapi_client adds {added:.1f} ms on top of httpx (goal <= 150 ms)")
    print(
        f"RESULT import_ms_added={added:.1f} ratio_to_httpx={ratio:.3f} "
        f"endpoint_ms_added={medians['client+endpoint'] - medians['httpx']:.1f} "
        f"all_models_ms_added={medians['client+all_models'] - medians['httpx']:.1f}"
    )


if __name__ == "__main__":
    main()

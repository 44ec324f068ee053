"""``python cli_send_log.py LOG ARGS...``: run ``ibkr-webapi ARGS...`` and write the sends its shared
pacer allowed to ``LOG`` (one JSON list of ``[operation, time]``, times on the host's monotonic clock,
the local shared pacer's clock), so a test can check several command runs together against IBKR's
limits without depending on when the fake gateway, on a loaded host, got round to counting them."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from ibkr_webapi.pacing_shared import _local


def main() -> int:
    log, argv = Path(sys.argv[1]), sys.argv[2:]
    sends: list[tuple[str, float]] = []
    pacers: list[Any] = []
    init = _local.LocalSharedPacer.__init__

    def logged(self: _local.LocalSharedPacer, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        self.send_log = sends
        pacers.append(self)

    _local.LocalSharedPacer.__init__ = logged  # type: ignore[method-assign]
    from ibkr_webapi.cli import main as cli_main

    try:
        return cli_main(argv)
    finally:
        log.write_text(json.dumps({"pacers": len(pacers), "sends": sends}))


if __name__ == "__main__":
    sys.exit(main())

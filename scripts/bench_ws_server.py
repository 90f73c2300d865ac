"""The WebSocket side of `make bench`: replays order book deltas as fast as the socket takes them.

Usage: python scripts/bench_ws_server.py DELTAS   (prints the port, then serves on 127.0.0.1)

On each `subscribe` it answers `subscribed`, sends a snapshot of one market and then DELTAS
`orderbook_delta` messages with `seq` (pre-encoded, so the server's own JSON work is not in the
figures). Prices cycle over the book and every level is added then removed, so the book the
client keeps stays the same size however long the replay.
"""

from __future__ import annotations

import asyncio
import json
import sys

from websockets.asyncio.server import ServerConnection, serve

TICKER = "KXBENCH-26JAN01-T50"
MARKET_ID = "3f2b6a4e-8c1d-4e5f-9a7b-0c1d2e3f4a5b"


def frames(sid: int, count: int) -> list[str]:
    out = []
    for i in range(count):
        level = i // 2 % 90 + 5
        out.append(
            json.dumps(
                {
                    "type": "orderbook_delta",
                    "sid": sid,
                    "seq": i + 2,
                    "msg": {
                        "market_ticker": TICKER,
                        "market_id": MARKET_ID,
                        "price_dollars": f"0.{level:02d}00",
                        "delta_fp": "10.00" if i % 2 == 0 else "-10.00",
                        "side": "yes" if i % 4 < 2 else "no",
                        "ts_ms": 1_767_225_600_000 + i,
                    },
                }
            )
        )
    return out


async def main(count: int) -> None:
    replay = frames(1, count)
    snapshot = json.dumps(
        {
            "type": "orderbook_snapshot",
            "sid": 1,
            "seq": 1,
            "msg": {
                "market_ticker": TICKER,
                "market_id": MARKET_ID,
                "yes_dollars_fp": [["0.0100", "5.00"]],
                "no_dollars_fp": [["0.0100", "5.00"]],
            },
        }
    )

    async def handle(ws: ServerConnection) -> None:
        async for frame in ws:
            command = json.loads(frame)
            if command.get("cmd") != "subscribe":
                continue
            subscribed = {"id": command["id"], "type": "subscribed"}
            subscribed["msg"] = {"channel": "orderbook_delta", "sid": 1}
            await ws.send(json.dumps(subscribed))
            await ws.send(snapshot)
            for message in replay:
                await ws.send(message)

    async with serve(handle, "127.0.0.1", 0, compression=None, max_size=None) as server:
        print(server.sockets[0].getsockname()[1], flush=True)
        await asyncio.get_running_loop().create_future()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1])))

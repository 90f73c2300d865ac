"""A minimal, fast HTTP/1.1 responder for `make bench` (a separate process on 127.0.0.1).

It answers the three routes the benchmarks use with canned Kalshi-shaped JSON, so that the
client's own cost is what gets measured (the fake exchange's Python server would dominate):

  GET    /trade-api/v2/portfolio/balance
  GET    /trade-api/v2/portfolio/orders?limit=N&cursor=K&ticker=TOTAL-<items>
  DELETE /trade-api/v2/portfolio/events/orders/batched   (answers after --batch-latency seconds)

It does not check signatures (the clients still compute them). Prints its port, then serves.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from urllib.parse import parse_qs, urlsplit

BALANCE = json.dumps(
    {
        "balance": 10000,
        "balance_dollars": "100.0000",
        "portfolio_value": 25000,
        "updated_ts": 1768231443,
    }
).encode()

ORDER = (
    '{{"order_id":"{n:08d}-0000-4000-8000-000000000000","user_id":"u-1","client_order_id":"",'
    '"ticker":"KXBENCH-26-A","outcome_side":"yes","book_side":"bid","side":"yes",'
    '"action":"buy","type":"limit","status":"resting","yes_price_dollars":"0.5600",'
    '"no_price_dollars":"0.4400","fill_count_fp":"0.00","remaining_count_fp":"10.00",'
    '"initial_count_fp":"10.00","taker_fill_cost_dollars":"0.0000",'
    '"maker_fill_cost_dollars":"0.0000","taker_fees_dollars":"0.0000",'
    '"maker_fees_dollars":"0.0000","created_time":"2026-01-10T16:11:11.109554Z",'
    '"last_update_time":"2026-01-10T16:11:11.109554Z","expiration_time":null,'
    '"self_trade_prevention_type":"taker_at_cross","order_group_id":null,'
    '"cancel_order_on_pause":false,"subaccount_number":0,"exchange_index":0}}'
)


class Responder(asyncio.Protocol):
    batch_latency = 0.0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport: asyncio.Transport = transport  # type: ignore[assignment]
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            head_end = self.buffer.find(b"\r\n\r\n")
            if head_end < 0:
                return
            head = self.buffer[:head_end].decode("latin-1")
            lines = head.split("\r\n")
            length = 0
            for line in lines[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value.strip())
            if len(self.buffer) < head_end + 4 + length:
                return
            body = self.buffer[head_end + 4 : head_end + 4 + length]
            self.buffer = self.buffer[head_end + 4 + length :]
            method, target, _ = lines[0].split(" ", 2)
            self.route(method, target, body)

    def route(self, method: str, target: str, body: bytes) -> None:
        url = urlsplit(target)
        if url.path.endswith("/portfolio/balance"):
            self.reply(BALANCE)
        elif url.path.endswith("/portfolio/orders") and method == "GET":
            query = parse_qs(url.query)
            limit = int(query.get("limit", ["100"])[0])
            start = int(query.get("cursor", ["0"])[0] or 0)
            total = int(query.get("ticker", ["TOTAL-1000"])[0].split("-")[1])
            end = min(total, start + limit)
            items = ",".join(ORDER.format(n=n) for n in range(start, end))
            cursor = str(end) if end < total else ""
            self.reply(f'{{"orders":[{items}],"cursor":"{cursor}"}}'.encode())
        elif url.path.endswith("/portfolio/events/orders/batched") and method == "DELETE":
            orders = json.loads(body)["orders"]
            answer = json.dumps(
                {
                    "orders": [
                        {
                            "order_id": o["order_id"],
                            "client_order_id": None,
                            "reduced_by": "10.00",
                            "ts_ms": 1,
                        }
                        for o in orders
                    ]
                }
            ).encode()
            if self.batch_latency:
                asyncio.get_running_loop().call_later(self.batch_latency, self.reply, answer)
            else:
                self.reply(answer)
        else:
            self.reply(b'{"error":{"code":"not_found","message":"no route"}}', status=404)

    def reply(self, body: bytes, status: int = 200) -> None:
        if self.transport.is_closing():
            return
        reason = "OK" if status == 200 else "Not Found"
        self.transport.write(
            f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n".encode()
            + body
        )


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--batch-latency", type=float, default=0.005)
    args = parser.parse_args()
    Responder.batch_latency = args.batch_latency
    server = await asyncio.get_running_loop().create_server(Responder, "127.0.0.1", args.port)
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())

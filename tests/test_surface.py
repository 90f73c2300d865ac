"""The call surface generated from the spec: `client.<tag>.<operation>()`, enums as strings,
deprecations, and the order helpers."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import subprocess
import sys
from decimal import Decimal
from typing import Any

import httpx
import pytest

import kalshi
from kalshi import AsyncKalshiClient, KalshiClient
from kalshi.testing import FakeExchange
from kalshi_api.models import (
    AmendOrderV2Request,
    BookSide,
    CreateOrderV2Request,
    CreateOrderV2Response,
)
from kalshi_api.operations import OPERATIONS

from .conftest import ROOT, present

T = "KXSURFACE-26-A"


def _module(op: Any) -> Any:
    return importlib.import_module(f"kalshi_api.api.{op.module}")


@pytest.mark.parametrize("cls", [KalshiClient, AsyncKalshiClient])
def test_every_operation_is_a_method_with_the_module_signature(cls: type) -> None:
    client = cls()
    for op in OPERATIONS.values():
        tag, name = op.module.split(".")
        method = getattr(getattr(client, tag), name)
        module = _module(op)
        function = getattr(module, "asyncio" if cls is AsyncKalshiClient else "sync", None)
        if function is None:  # no success model: the detailed form
            function = getattr(
                module, "asyncio_detailed" if cls is AsyncKalshiClient else "sync_detailed"
            )
        expected = [
            (p.name, p.kind, p.default)
            for p in inspect.signature(function).parameters.values()
            if p.name != "client"
        ]
        got = [(p.name, p.kind, p.default) for p in inspect.signature(method).parameters.values()]
        assert got == expected, op.operation_id
        assert inspect.iscoroutinefunction(method) == (cls is AsyncKalshiClient)
        assert (method.__doc__ or "").strip(), op.operation_id


def test_tag_packages_expose_their_modules() -> None:
    from kalshi_api.api import orders

    assert orders.get_orders.__name__ == "kalshi_api.api.orders.get_orders"
    with pytest.raises(AttributeError):
        orders.no_such_operation  # noqa: B018


def test_deprecated_operations_warn_everywhere() -> None:
    exchange = FakeExchange()
    client = exchange.client(exchange.add_user())
    deprecated = [op for op in OPERATIONS.values() if op.deprecated]
    assert {op.operation_id for op in deprecated} >= {"CreateOrder", "CancelOrder", "AmendOrder"}
    for op in deprecated:
        tag, name = op.module.split(".")
        assert getattr(getattr(KalshiClient, "__dict__", {}), "get", None) is not None
        method = getattr(getattr(client, tag), name)
        assert "Deprecated." in method.__deprecated__
        assert "Deprecated." in _module(op).sync_detailed.__deprecated__
    live = [op for op in OPERATIONS.values() if not op.deprecated]
    assert not any(hasattr(_module(op).sync_detailed, "__deprecated__") for op in live)
    body = {"ticker": T, "side": "yes", "action": "buy", "count": 1}
    from kalshi_api.models import CreateOrderRequest

    with (
        pytest.warns(DeprecationWarning, match="use CreateOrderV2"),
        pytest.raises(kalshi.EndpointRetiredError),
    ):
        client.orders.create_order(body=CreateOrderRequest.from_dict(body))


def test_methods_reach_the_exchange_sync_and_async() -> None:
    exchange = FakeExchange()
    exchange.add_market(T)
    user = exchange.add_user(balance="100")
    client = exchange.client(user)
    ack = client.orders.create_order_v2(
        body=kalshi.orders.limit_order(T, side="bid", count=2, price="0.40")
    )
    resting = present(client.orders.get_orders(status="resting", ticker=T).orders)
    assert [o.order_id for o in resting] == [ack.order_id]
    assert present(client.market.get_market(T).market).ticker == T

    async def main() -> int:
        async with exchange.async_client(user) as ac:
            return len(present((await ac.orders.get_orders(status="resting")).orders))

    assert asyncio.run(main()) == 1


# --------------------------------------------------------------------------- enums


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={"order_id": "o", "client_order_id": "c"})


def test_enum_fields_take_their_strings() -> None:
    amend = AmendOrderV2Request(ticker=T, side="bid", price="0.5000", count="1.00")
    assert amend.to_dict()["side"] == "bid"
    assert BookSide.of("ask") is BookSide.ASK and BookSide.of(BookSide.BID) is BookSide.BID


def test_an_unknown_enum_string_is_refused_before_sending() -> None:
    recorder = Recorder()
    client = KalshiClient(transport=httpx.MockTransport(recorder), rate_limit=False)
    amend = AmendOrderV2Request(ticker=T, side="buy", price="0.5000", count="1.00")  # type: ignore[arg-type]
    with pytest.raises(
        kalshi.InvalidValue, match="'buy' is not a BookSide: use one of 'ask', 'bid'"
    ) as caught:
        client.orders.amend_order_v2("o-1", body=amend)
    assert isinstance(caught.value, kalshi.KalshiError) and isinstance(caught.value, ValueError)
    from kalshi_api.api.historical import get_historical_markets

    with pytest.raises(kalshi.InvalidValue, match="use one of"):
        get_historical_markets.sync(client=client, mve_filter="sometimes")  # type: ignore[arg-type]
    assert recorder.requests == []


def test_a_required_enum_with_an_unknown_value_still_parses() -> None:
    body = {
        "ticker": T,
        "side": "sideways",
        "count": "1.00",
        "price": "0.5000",
        "time_in_force": "good_till_canceled",
        "self_trade_prevention_type": "maker",
    }
    parsed = CreateOrderV2Request.from_dict(body)
    assert parsed.side == "sideways" and parsed.side.name == "UNKNOWN"
    assert parsed.to_dict()["side"] == "sideways"  # parsed values round-trip as received


# --------------------------------------------------------------------------- order helpers


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_cancel_and_amend_helpers(mode: str) -> None:
    exchange = FakeExchange()
    exchange.add_market(T)
    user = exchange.add_user(balance="100")

    async def run(client: Any) -> tuple[Any, Any]:
        ack = await _maybe(client.place_order(T, side="bid", count=5, price="0.30"))
        amended = await _maybe(client.amend_order(ack, ticker=T, side="bid", price="0.35", count=4))
        order = exchange.state.orders[amended.order_id]
        assert (order.price, order.remaining, order.status) == (
            Decimal("0.35"),
            Decimal(4),
            "resting",
        )
        return amended, await _maybe(client.cancel_order(amended))

    client = exchange.client(user) if mode == "sync" else exchange.async_client(user)
    amended, canceled = asyncio.run(run(client))
    assert canceled.order_id == amended.order_id and canceled.reduced_by == "4.00"
    assert exchange.state.orders[amended.order_id].status == "canceled"
    with pytest.raises(kalshi.NotFoundError):
        asyncio.run(_maybe(client.cancel_order("no-such-order")))
    sent_before = len(exchange.state.orders)
    for nothing in (CreateOrderV2Response(), CreateOrderV2Response(order_id=""), ""):
        with pytest.raises(kalshi.InvalidValue, match="names no order"):
            asyncio.run(_maybe(client.cancel_order(nothing)))
    assert len(exchange.state.orders) == sent_before


async def _maybe(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


def test_helpers_are_typed_so_typos_fail_the_type_check(tmp_path: Any) -> None:
    """mypy --strict refuses a misspelt order field; the README-style call passes."""
    good = tmp_path / "good.py"
    good.write_text(
        "from kalshi import KalshiClient\n"
        "def bot(client: KalshiClient) -> str:\n"
        "    ack = client.place_order('T', side='bid', count=1, price='0.40')\n"
        "    client.amend_order('o', ticker='T', side='bid', price='0.41', count=1)\n"
        "    client.cancel_order('o')\n"
        "    return str(ack.order_id)\n"
    )
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from kalshi import KalshiClient\n"
        "def bot(client: KalshiClient) -> None:\n"
        "    client.place_order('T', sied='bid', count=1, price='0.40')\n"
        "    from kalshi_api.models import AmendOrderV2Request\n"
        "    AmendOrderV2Request(ticker='T', side='buy', price='0.5', count='1')\n"
    )
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--config-file",
            str(ROOT / "pyproject.toml")]  # fmt: skip
    ok = subprocess.run([*mypy, str(good)], capture_output=True, text=True, cwd=ROOT)
    assert ok.returncode == 0, ok.stdout
    refused = subprocess.run([*mypy, str(bad)], capture_output=True, text=True, cwd=ROOT)
    assert refused.returncode == 1 and '"sied"' in refused.stdout, refused.stdout
    assert '"side" to "AmendOrderV2Request" has incompatible type' in refused.stdout

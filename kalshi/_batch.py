"""Batch create and cancel of any length, with a report for every input, in input order.

Lists are split into chunks the batch endpoints accept. Each chunk's response is read item by
item from the raw JSON, so one malformed item costs only itself, and every input gets exactly
one outcome whatever the server returns (or fails to return).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from kalshi_api.models import (
    BatchCancelOrdersV2Request,
    BatchCancelOrdersV2RequestOrdersItem,
    BatchCreateOrdersV2Request,
    CreateOrderV2Request,
)

from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    InvalidType,
    InvalidValue,
    load_json,
)
from ._outcomes import OUTCOME_UNKNOWN, CreateTarget, ack_from_order, since_of
from .orders import new_client_order_id

if TYPE_CHECKING:
    import httpx

DEFAULT_BATCH_SIZE = 20


@dataclass(frozen=True)
class BatchError:
    """Why one item failed: Kalshi's `code` where it gave one, else ours (see the README)."""

    code: str
    message: str
    details: str | None = None


@dataclass(frozen=True)
class BatchItem:
    """The outcome of one input of a batch call."""

    index: int
    order_id: str | None
    client_order_id: str | None
    error: BatchError | None
    fill_count: Decimal | None = None
    remaining_count: Decimal | None = None
    raw: Any = field(default=None, repr=False)
    #: The outcome comes from looking the order up, after a lost answer and a retry.
    looked_up: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def outcome_unknown(self) -> bool:
        """It may have been carried out and the client could not find out: look it up."""
        return self.error is not None and self.error.code == OUTCOME_UNKNOWN


class BatchResult(Sequence[BatchItem]):
    """One `BatchItem` per input, in input order."""

    def __init__(self, items: list[BatchItem]) -> None:
        self._items = items

    def __getitem__(self, index: Any) -> Any:
        return self._items[index]

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[BatchItem]:
        return iter(self._items)

    @property
    def succeeded(self) -> list[BatchItem]:
        return [item for item in self._items if item.ok]

    @property
    def failed(self) -> list[BatchItem]:
        return [item for item in self._items if not item.ok]

    @property
    def unknown(self) -> list[BatchItem]:
        """Items whose outcome could not be found out (code `outcome_unknown`)."""
        return [item for item in self._items if item.outcome_unknown]

    @property
    def all_ok(self) -> bool:
        return all(item.ok for item in self._items)

    def __repr__(self) -> str:
        unknown = len(self.unknown)
        tail = f", {unknown} outcome unknown" if unknown else ""
        return f"BatchResult({len(self.succeeded)} ok, {len(self.failed) - unknown} failed{tail})"


# --------------------------------------------------------------------------- inputs


def prepare_creates(orders: Iterable[Any], model: type[Any] = CreateOrderV2Request) -> list[Any]:
    """Typed requests, each with a client_order_id (assigned once, written back to objects)."""
    prepared: list[Any] = []
    for index, order in enumerate(orders):
        if isinstance(order, dict):
            try:
                order = model.from_dict(dict(order))
            except (KeyError, ValueError, TypeError) as error:
                raise InvalidValue(f"orders[{index}] is not a valid order: {error!r}") from None
        elif not isinstance(order, model):
            raise InvalidType(f"orders[{index}]: expected {model.__name__} or dict")
        if not isinstance(order.client_order_id, str) or not order.client_order_id:
            order.client_order_id = new_client_order_id()
        prepared.append(order)
    ids = [o.client_order_id for o in prepared]
    if len(set(ids)) != len(ids):
        raise InvalidValue("client_order_id values must be unique within a batch")
    return prepared


def prepare_cancels(orders: Iterable[Any]) -> list[dict[str, Any]]:
    """Cancel targets from order ids, dicts, or objects with `order_id` (and a ticker)."""
    prepared = []
    for index, order in enumerate(orders):
        if isinstance(order, str):
            target: dict[str, Any] = {"order_id": order}
        elif isinstance(order, dict):
            target = {k: v for k, v in order.items() if v is not None}
            if "ticker" in target and "market_ticker" not in target:
                target["market_ticker"] = target.pop("ticker")
        else:
            target = {"order_id": getattr(order, "order_id", None)}
            ticker = getattr(order, "market_ticker", None) or getattr(order, "ticker", None)
            if isinstance(ticker, str) and ticker:
                target["market_ticker"] = ticker
        if not isinstance(target.get("order_id"), str) or not target["order_id"]:
            raise InvalidValue(f"orders[{index}] has no order_id")
        prepared.append(target)
    return prepared


def chunks(items: list[Any], size: int) -> list[list[Any]]:
    if size < 1:
        raise InvalidValue("batch_size must be >= 1")
    return [items[start : start + size] for start in range(0, len(items), size)]


# --------------------------------------------------------------------------- kinds


class BatchKind:
    """One batch endpoint: how to build a chunk's body and read its answer."""

    operation: str  # index key in kalshi_api.operations
    module: str
    key: str  # how response items are matched to inputs: "client_order_id" or "order_id"
    creates: bool  # a batch create (else a batch cancel)

    def body(self, chunk: list[Any]) -> Any:
        raise NotImplementedError

    def input_key(self, item: Any) -> str:
        raise NotImplementedError

    def success(self, raw: dict[str, Any]) -> tuple[str | None, str | None, Any, Any]:
        """(order_id, client_order_id, fill_count, remaining_count) of a successful item."""
        raise NotImplementedError

    def call(self) -> Any:
        return importlib.import_module(f"kalshi_api.api.{self.module}")

    def kwargs(self, chunk: list[Any]) -> dict[str, Any]:
        """The generated operation's request arguments for one chunk."""
        kwargs: dict[str, Any] = self.call()._get_kwargs(body=self.body(chunk))
        return kwargs


class CreateV2(BatchKind):
    operation, module, key = (
        "BatchCreateOrdersV2",
        "orders.batch_create_orders_v2",
        "client_order_id",
    )
    creates = True

    def body(self, chunk: list[CreateOrderV2Request]) -> Any:
        return BatchCreateOrdersV2Request(orders=chunk)

    def input_key(self, item: CreateOrderV2Request) -> str:
        return str(item.client_order_id)

    def success(self, raw: dict[str, Any]) -> tuple[str | None, str | None, Any, Any]:
        return (
            raw.get("order_id"),
            raw.get("client_order_id"),
            raw.get("fill_count"),
            raw.get("remaining_count"),
        )


class CancelV2(BatchKind):
    operation, module, key = "BatchCancelOrdersV2", "orders.batch_cancel_orders_v2", "order_id"
    creates = False

    def body(self, chunk: list[dict[str, Any]]) -> Any:
        return BatchCancelOrdersV2Request(
            orders=[BatchCancelOrdersV2RequestOrdersItem.from_dict(t) for t in chunk]
        )

    def input_key(self, item: dict[str, Any]) -> str:
        return str(item["order_id"])

    def success(self, raw: dict[str, Any]) -> tuple[str | None, str | None, Any, Any]:
        return raw.get("order_id"), raw.get("client_order_id"), None, None


# --------------------------------------------------------------------------- reading answers


def _decimal(value: Any) -> Decimal | None:
    try:
        return Decimal(value) if isinstance(value, str) and value else None
    except ArithmeticError:
        return None


def _item_error(raw: Any) -> BatchError | None:
    error = raw.get("error") if isinstance(raw, dict) else None
    if not error:
        return None
    if isinstance(error, str):
        return BatchError("error", error)
    if isinstance(error, dict):
        nested = error.get("error")
        inner: dict[str, Any] = nested if isinstance(nested, dict) else error
        return BatchError(
            str(inner.get("code") or "error"),
            str(inner.get("message") or error.get("error") or ""),
            inner.get("details"),
        )
    return BatchError("malformed_item", f"unreadable error {error!r}")


def chunk_outcomes(kind: BatchKind, chunk: list[Any], offset: int, body: bytes) -> list[BatchItem]:
    """Match the response items of one chunk to its inputs: by key, else by position."""
    data = load_json(body)
    raw_items = data.get("orders") if isinstance(data, dict) else None
    raw_items = raw_items if isinstance(raw_items, list) else []
    keys = [kind.input_key(item) for item in chunk]
    by_key: dict[str, Any] = {}
    unkeyed: list[tuple[int, Any]] = []
    for position, raw in enumerate(raw_items):
        key = raw.get(kind.key) if isinstance(raw, dict) else None
        if key is None and isinstance(raw, dict) and isinstance(raw.get("order"), dict):
            key = raw["order"].get(kind.key)
        if isinstance(key, str) and key in keys and key not in by_key:
            by_key[key] = raw
        else:
            unkeyed.append((position, raw))
    # Items that carry no usable key go, in order, to the inputs nobody answered, but only
    # when the counts agree: otherwise attributing them would be a guess.
    unanswered = [key for key in keys if key not in by_key]
    if unkeyed and len(unanswered) == len(unkeyed):
        by_key.update(zip(unanswered, (raw for _, raw in unkeyed), strict=True))
        unkeyed = []
    outcomes = []
    for position, key in enumerate(keys):
        raw = by_key.get(key)
        index = offset + position
        client_id = key if kind.key == "client_order_id" else None
        order_id = key if kind.key == "order_id" else None
        if raw is None:
            outcomes.append(
                BatchItem(
                    index,
                    order_id,
                    client_id,
                    BatchError(
                        "missing_from_response",
                        "the response did not report this order"
                        + (
                            f" (it carried {len(unkeyed)} item(s) that could not be matched)"
                            if unkeyed
                            else ""
                        )
                        + "; look it up before retrying",
                    ),
                )
            )
            continue
        if not isinstance(raw, dict):
            outcomes.append(
                BatchItem(
                    index,
                    order_id,
                    client_id,
                    BatchError("malformed_item", f"unreadable response item {raw!r:.80}"),
                    raw=raw,
                )
            )
            continue
        error = _item_error(raw)
        got_order, got_client, fill, remaining = kind.success(raw)
        if error is None and not got_order and kind.key == "client_order_id":
            error = BatchError("malformed_item", "response item has neither order_id nor error")
        outcomes.append(
            BatchItem(
                index,
                got_order or order_id,
                got_client or client_id,
                error,
                _decimal(fill),
                _decimal(remaining),
                raw,
            )
        )
    return outcomes


def failed_chunk(
    kind: BatchKind, chunk: list[Any], offset: int, error: APIError
) -> list[BatchItem]:
    """Every input of a chunk whose request failed as a whole."""
    if isinstance(error, APIStatusError):
        reason = BatchError(error.code or f"http_{error.status_code}", error.message, error.details)
    elif isinstance(error, APITimeoutError):
        reason = BatchError("timeout", str(error))
    elif isinstance(error, APIConnectionError):
        reason = BatchError("connection_error", str(error))
    else:
        reason = BatchError("error", str(error))
    outcomes = []
    for position, item in enumerate(chunk):
        key = kind.input_key(item)
        outcomes.append(
            BatchItem(
                offset + position,
                key if kind.key == "order_id" else None,
                key if kind.key == "client_order_id" else None,
                reason,
            )
        )
    return outcomes


# --------------------------------------------------------------------------- settling


def create_targets(chunk: list[CreateOrderV2Request], request: httpx.Request) -> list[CreateTarget]:
    """What identifies each order of a create chunk, for looking it up."""
    since = since_of(request)
    return [
        CreateTarget(
            str(order.client_order_id),
            order.ticker,
            order.subaccount if isinstance(order.subaccount, int) else None,
            since,
        )
        for order in chunk
    ]


def found_item(item: BatchItem, order: dict[str, Any]) -> BatchItem:
    """An item that the exchange shows carried out (placed, or canceled), from a look-up."""
    ack = ack_from_order(order)
    return BatchItem(
        item.index,
        order.get("order_id") or item.order_id,
        order.get("client_order_id") or item.client_order_id,
        None,
        _decimal(ack.get("fill_count")) if "fill_count" in ack else None,
        _decimal(ack.get("remaining_count")) if "remaining_count" in ack else None,
        order,
        looked_up=True,
    )


def unknown_item(item: BatchItem, lookup_error: Exception | None) -> BatchItem:
    """An item that may have been carried out, and the client could not find out."""
    said = f"{item.error.code}: {item.error.message}" if item.error else "no answer"
    why = (
        f"the look-up failed ({type(lookup_error).__name__}: {lookup_error})"
        if lookup_error is not None
        else "Kalshi says it exists but the look-up did not find it"
    )
    which = f"client_order_id {item.client_order_id}" if item.client_order_id else "this order"
    return BatchItem(
        item.index,
        item.order_id,
        item.client_order_id,
        BatchError(
            OUTCOME_UNKNOWN,
            f"an attempt may have carried out {which} and {why}; the request ended in {said}",
        ),
        raw=item.raw,
    )

"""Injected stream failures, so reconnects and gap recovery are tested offline, repeatably.

A `StreamFault` applies to the data messages of one channel (or "*"): each message may drop
the connection instead of arriving, end its subscription with terminal error 25, skip a
`seq` (as if a message were lost) or arrive twice with the same `seq`, and may be held back
for `delay` seconds (later messages wait behind it, so the order stays). Decisions are drawn
from one random generator seeded by the exchange's seed, in the exchange's own order of
events, so a run repeats.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum


class Failure(Enum):
    DROP = "drop"  # cut the connection instead of sending the message
    TERMINAL = "terminal"  # error 25 on the subscription, which the server then forgets
    SKIP_SEQ = "skip_seq"  # the message carries seq + 2: the client sees a gap
    REPEAT_SEQ = "repeat_seq"  # the message is sent twice, same seq: a duplicate


@dataclass
class StreamFault:
    """Failure rates (0..1) for one channel's messages; `times` stops it after that many."""

    drop_rate: float = 0.0
    terminal_rate: float = 0.0
    skip_seq_rate: float = 0.0  # sequenced channels only
    repeat_seq_rate: float = 0.0  # sequenced channels only
    delay: float = 0.0  # seconds each message is held back (not counted by `times`)
    times: int | None = None
    fired: Counter[str] = field(default_factory=Counter)  # failures so far, by kind

    def _fires(self, rng: random.Random, rate: float) -> bool:
        if rate <= 0 or self.times == 0 or rng.random() >= rate:
            return False
        if self.times is not None:
            self.times -= 1
        return True

    def decide(self, rng: random.Random, sequenced: bool) -> Failure | None:
        """What happens to the next message (at most one failure per message)."""
        rates = [(Failure.DROP, self.drop_rate), (Failure.TERMINAL, self.terminal_rate)]
        if sequenced:
            rates += [
                (Failure.SKIP_SEQ, self.skip_seq_rate),
                (Failure.REPEAT_SEQ, self.repeat_seq_rate),
            ]
        for failure, rate in rates:
            if self._fires(rng, rate):
                self.fired[failure.value] += 1
                return failure
        return None


class StreamFaults:
    """The faults in force, by channel name or "*", and the seeded generator they draw from."""

    def __init__(self, seed: int) -> None:
        self.by_channel: dict[str, StreamFault] = {}
        self.random = random.Random(seed)

    def for_channel(self, channel: str) -> StreamFault | None:
        return self.by_channel.get(channel) or self.by_channel.get("*")

    def decide(self, channel: str, sequenced: bool) -> tuple[Failure | None, float]:
        fault = self.for_channel(channel)
        if fault is None:
            return None, 0.0
        return fault.decide(self.random, sequenced), fault.delay

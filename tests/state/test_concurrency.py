"""The tasks-or-threads pairs the account views are generated with."""

from __future__ import annotations

import asyncio
import threading

from kalshi.state._concurrency import LoopGuard, LoopWorkers, ThreadWorkers


def test_the_loop_guard_wakes_a_waiter_on_notify_and_gives_up_after_the_timeout() -> None:
    async def main() -> None:
        guard = LoopGuard()
        ready = False
        with guard:  # does nothing: nothing else runs until the next await
            waiting = asyncio.ensure_future(guard.wait_for(lambda: ready, timeout=30))
            await asyncio.sleep(0)
            assert not waiting.done()
            ready = True
            guard.notify_all()
            assert await waiting is True
        assert await guard.wait_for(lambda: False, timeout=0.01) is False
        assert await guard.wait_for(lambda: True, timeout=0) is True

    asyncio.run(main())


def test_loop_workers_cancel_their_tasks_on_stop_and_start_none_after() -> None:
    async def main() -> None:
        workers = LoopWorkers()
        started = asyncio.Event()
        ended: list[str] = []

        async def forever(name: str) -> None:
            try:
                started.set()
                await asyncio.Event().wait()
            finally:
                ended.append(name)

        workers.spawn(forever, "a", name="a")
        await started.wait()
        await workers.stop()
        assert ended == ["a"] and workers.closing
        workers.spawn(forever, "b", name="b")
        await asyncio.sleep(0)
        assert ended == ["a"]
        await workers.join()

    asyncio.run(main())


def test_thread_workers_cut_pauses_short_on_stop_and_join_their_threads() -> None:
    workers = ThreadWorkers()
    pausing = threading.Event()
    ended: list[str] = []

    def patient(name: str) -> None:
        pausing.set()
        workers.pause(600)  # ended by stop(), not by the clock
        ended.append(name)

    workers.spawn(patient, "a", name="kalshi-test")
    assert pausing.wait(10)
    workers.stop()
    workers.join()
    assert ended == ["a"] and workers.closing
    workers.spawn(patient, "b", name="kalshi-test")  # closing: never started
    workers.join()
    assert ended == ["a"]

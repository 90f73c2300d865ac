"""`scripts/unasync.py` leaves out what is marked async only, and refuses broken marks."""

from __future__ import annotations

import importlib.util
from types import ModuleType

import pytest

from .conftest import ROOT


def unasync() -> ModuleType:
    spec = importlib.util.spec_from_file_location("unasync", ROOT / "scripts" / "unasync.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SOURCE = """class View:
    def __init__(self, size: int = 1, room: int = 2) -> None:  # keeps this line
        self.size = size
        self.room = room  # async only

    # async only: events()
    async def events(self) -> None:
        pass

    # end async only
    async def close(self) -> None:
        await self.stop()
"""


def test_marked_lines_and_blocks_are_left_out_of_the_twin() -> None:
    kept = unasync().drop_async_only(SOURCE, "view.py")
    twin = """class View:
    def __init__(self, size: int = 1, room: int = 2) -> None:  # keeps this line
        self.size = size

    async def close(self) -> None:
        await self.stop()
"""
    assert kept == twin


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("# async only: a\nx = 1\n", "never ended"),
        ("x = 1\n# end async only\n", "never begun"),
        ("# async only: a\n# async only: b\n# end async only\n", "inside another"),
    ],
)
def test_broken_marks_stop_the_generation(text: str, says: str) -> None:
    with pytest.raises(SystemExit, match=says):
        unasync().drop_async_only(text, "view.py")

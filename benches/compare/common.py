"""What the jobs share: the account the emulators are started with, and number formatting."""

from __future__ import annotations

import sys
from typing import Optional, Sequence

# The emulator's defaults (vpncert.testing and the binary alike): one key, one server.
REGION = "cn-hangzhou"
SERVER = "vss-emulator0001"
KEY_ID, SECRET = "testid", "testsecret"
NAME = "bench"
# Large enough that no quota or creation limit is reached in a run.
UNLIMITED = 2**32 - 1


def progress(text: str) -> None:
    """Progress goes to stderr, so that stdout carries only the report."""
    print(text, file=sys.stderr, flush=True)


def percentile(sorted_xs: Sequence[float], q: float) -> float:
    if not sorted_xs:
        return float("nan")
    i = min(len(sorted_xs) - 1, max(0, round(q * (len(sorted_xs) - 1))))
    return sorted_xs[i]


def fmt(x: Optional[float], digits: int = 0) -> str:
    if x is None or x != x:
        return "n/a"
    return f"{x:,.{digits}f}"


def micros(x: Optional[float], digits: int = 0) -> str:
    text = fmt(x, digits)
    return text if text == "n/a" else f"{text} us"


def ratio(a: Optional[float], b: Optional[float]) -> str:
    if not a or not b:
        return "n/a"
    return f"{a / b:.1f}x"

"""The ``vpncert`` command installed with the package: the Rust command line, run inside this
interpreter (``pip install vpncert`` gives both ``import vpncert`` and ``vpncert``)."""

from __future__ import annotations

import sys


def main() -> None:
    """Runs ``vpncert`` with this process's arguments and exits with its exit code."""
    from ._native import _cli_main

    sys.exit(_cli_main(["vpncert", *sys.argv[1:]]))

"""``python -m vpncert ARGS`` is the ``vpncert`` command."""

from ._cli import main

if __name__ == "__main__":
    main()

"""vpncert side by side with the official Alibaba Cloud Python SDKs, in one run on one machine.

Run through ``benches/run.sh`` (which builds everything and sets up the venv this needs); by hand,
from the repository's root::

    python -m benches.compare --emulator target/release/vpncert-emulator \\
        [--c-bench benches/c/bench] [--criterion target/criterion] [--wheel path/to/vpncert.whl]

One module per job, each measuring one thing and rendering its own part of the report:

- ``calls``: calls per second, median and p99 latency of CreateSslVpnClientCert (bound by the
  emulator, which issues a real X.509 certificate per create) and of DescribeSslVpnServers (a
  cheap read, so the SDK's own overhead shows), from one thread and from 8 threads sharing one
  client, each client against the same emulator process (release build). The clients take
  turns, in a rotating order, for several rounds; the table shows medians over rounds.
  Certificates are deleted between turns (not timed), because the emulator's create cost grows
  with the certificates it holds;
- ``signing``: the official SDKs' V3 and V1 signing of the same CreateSslVpnClientCert request,
  timed from Python, beside vpncert's (criterion, from this run: vpncert's Python package does
  not expose its signer);
- ``criterion``: every median criterion saved for core/benches in this run;
- ``imports``: import time and peak memory of each SDK, each sample in a fresh interpreter;
- ``sizes``: vpncert's wheel and installed files against each official SDK's dependency
  closure, from the venv's RECORD files;
- ``clib``: the C library (``benches/c/bench``): calls per second and RSS after 1,000 and
  100,000 calls, against an emulator run by ``vpncert.testing`` in this process;
- ``machine``: what the figures were measured on;
- ``report``: the Markdown tables, and ``--combine``'s medians over several runs' results.

Nothing here passes or fails: it prints numbers (and writes them to ``--out`` as JSON and
Markdown).
"""

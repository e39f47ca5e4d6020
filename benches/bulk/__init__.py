"""Bulk jobs against the service's real limits, side by side in one run.

Each scenario starts an emulator process (release build) with the service's limits: per-API
flow control (``--rate-limit``, a token bucket per action holding one second's worth), network
latency (``--latency-ms``) and the gateway's settle window after every change. The same job is
then done by each contender, on a fresh emulator each:

- ``vpncert apply``: the CLI on the bulk engine (changes one at a time per gateway, gateways
  side by side, reads on the pool; adaptive retries, the CLI's default for bulk jobs);
- the official Python SDK (``alibabacloud-vpc20160428``, V3) in the obvious loop: create (its
  own retry, ``autoretry``, enabled), poll describe until ``normal``, write the profile; a
  throttled or ``VpnGateway.Configuring`` answer is waited out (1 s, 0.5 s) and the call made
  again, as scripts do;
- ``vpncert apply`` with one worker and standard retries: the engine without its pool or its
  rate learning.

For each it reports the wall time, the lower bound the emulator's limits impose, efficiency
(bound / wall), the answers throttled, failures and duplicate certificates.

The lower bound, from the scenario's parameters alone (no contender can beat it):

- per action, the requests the job needs at the least (a create and one describe per person;
  a delete per revocation) beyond the bucket's burst, divided by the action's rate, plus the
  latency of one request chain;
- per gateway, its changes one after another: each waits for the previous one's answer and
  settle window, so ``(n - 1) * (latency + settle) + latency``, plus one more latency for the
  describe after the last create.

The brownout scenario throttles every request for ten seconds in the middle of an ``apply``
and samples the requests the emulator receives per second meanwhile: a client that retries
blindly multiplies its load; the target is to stay within 1.5 times the configured rate.
"""

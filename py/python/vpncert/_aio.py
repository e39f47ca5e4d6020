"""The hand-written part of ``vpncert.aio.Client`` (``aio.py`` is generated from the spec): the
thread pool the calls run on, the async iterators over the list walks, and the members of
``vpncert.Client`` whose behaviour is hand-written."""

from __future__ import annotations

import asyncio
import contextvars
import functools
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import Executor
from typing import Any, Generic, TypeVar

from ._native import Client as _SyncClient

_T = TypeVar("_T")
_C = TypeVar("_C", bound="_ClientBase")

# What ``next()`` gives the thread pool's call at the end of a walk (StopIteration cannot
# cross into a future).
_END: Any = object()


class _Walk(Generic[_T]):
    """An async iterator over a synchronous walk: each step runs on the client's thread pool
    (most steps return an item of the page at hand; some fetch the next page)."""

    def __init__(self, client: _ClientBase, walk: Iterator[_T]) -> None:
        self._client = client
        self._walk = walk

    def __aiter__(self) -> _Walk[_T]:
        return self

    async def __anext__(self) -> _T:
        item = await self._client._run(next, self._walk, _END)
        if item is _END:
            raise StopAsyncIteration
        return item  # type: ignore[no-any-return]


class _ClientBase:
    def __init__(self, client: _SyncClient, executor: Executor | None) -> None:
        self._client = client
        self._executor = executor

    @classmethod
    def from_sync(cls: type[_C], client: _SyncClient, *, executor: Executor | None = None) -> _C:
        """An asyncio client over an existing ``vpncert.Client`` (sharing its connections,
        credentials and retry quota)."""
        self = cls.__new__(cls)
        _ClientBase.__init__(self, client, executor)
        return self

    @property
    def sync(self) -> _SyncClient:
        """The ``vpncert.Client`` the calls run on."""
        return self._client

    async def _run(self, fn: Callable[..., _T], *args: Any, **kwargs: Any) -> _T:
        # As asyncio.to_thread does, the call sees the caller's context variables; unlike it,
        # the executor can be the caller's.
        loop = asyncio.get_running_loop()
        call = functools.partial(contextvars.copy_context().run, fn, *args, **kwargs)
        return await loop.run_in_executor(self._executor, call)

    def _iterate(self, walk: Iterator[_T]) -> AsyncIterator[_T]:
        return _Walk(self, walk)

    @property
    def region_id(self) -> str:
        """The region requests are made in (each call may name its own)."""
        return self._client.region_id

    @property
    def endpoint(self) -> str:
        """The endpoint base URL."""
        return self._client.endpoint

    @property
    def signature_version(self) -> str:
        """``"v1"`` or ``"v3"``."""
        return self._client.signature_version

    @property
    def retry_mode(self) -> str:
        """``"standard"`` or ``"adaptive"``."""
        return self._client.retry_mode

    @property
    def retry_quota_available(self) -> int:
        """Tokens left in the retry quota this client shares with its threads (500 when full)."""
        return self._client.retry_quota_available

    def paced_rate(self, action: str) -> float | None:
        """The rate (requests per second) the adaptive limiter paces ``action`` (e.g.
        ``"CreateSslVpnClientCert"``) to, or ``None`` while the service has not throttled it
        (no I/O: not a coroutine)."""
        return self._client.paced_rate(action)

    def stats(self) -> dict[str, int | float]:
        """Counts of what this client did (see ``vpncert.Client.stats``; no I/O: not a
        coroutine)."""
        return self._client.stats()

    def iter_vpn_ssl_server_logs(
        self,
        vpn_ssl_server_id: str,
        *,
        ssl_vpn_client_cert_id: str | None = None,
        from_: int | None = None,
        to: int | None = None,
        minute_period: int | None = None,
        region_id: str | None = None,
    ) -> AsyncIterator[str]:
        """Every line of an SSL-VPN server's logs, as an async iterator: pages of 50 are
        fetched on the thread pool as the iteration reaches them.

        ``vpn_ssl_server_id`` (``VpnSslServerId``): The SSL-VPN server (`vss-...`).

        ``ssl_vpn_client_cert_id`` (``SslVpnClientCertId``): Only the logs of this certificate.

        ``from_`` (``From``): The start of the period, epoch seconds.

        ``to`` (``To``): The end of the period, epoch seconds.

        ``minute_period`` (``MinutePeriod``): The period in minutes, when ``from_`` and ``to``
        are not given.

        ``region_id``: the region of this call (default: the client's).
        """
        return self._iterate(
            self._client.iter_vpn_ssl_server_logs(
                vpn_ssl_server_id,
                ssl_vpn_client_cert_id=ssl_vpn_client_cert_id,
                from_=from_,
                to=to,
                minute_period=minute_period,
                region_id=region_id,
            )
        )

    def __repr__(self) -> str:
        return f"vpncert.aio.{self._client!r}"

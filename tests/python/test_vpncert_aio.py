"""vpncert.aio.Client: the methods of vpncert.Client as coroutines on a thread pool, the walks as
async iterators, and what cancelling an in-flight create means."""

from __future__ import annotations

import asyncio
import inspect
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

import vpncert
import vpncert.aio
import vpncert.testing

# Members of vpncert.Client that do no I/O: plain methods and properties in vpncert.aio too.
LOCAL = {"paced_rate", "stats"}


def aio_client(emu: vpncert.testing.Emulator, **options: object) -> vpncert.aio.Client:
    return vpncert.aio.Client(
        emu.region_id,
        endpoint=emu.url,
        access_key_id="testid",
        access_key_secret="testsecret",
        **options,  # type: ignore[arg-type]
    )


def test_the_same_methods_with_the_same_signatures():
    sync_members = {n: v for n, v in inspect.getmembers(vpncert.Client) if not n.startswith("_")}
    for name, member in sync_members.items():
        mirror = getattr(vpncert.aio.Client, name, None)
        assert mirror is not None, f"vpncert.aio.Client has no {name}"
        if isinstance(mirror, property):
            assert not callable(member), name
            continue
        expected = list(inspect.signature(member).parameters.values())[1:]
        got = list(inspect.signature(mirror).parameters.values())[1:]
        assert [(p.name, p.kind, p.default) for p in got] == [(p.name, p.kind, p.default) for p in expected], name
        if name in LOCAL:
            assert not inspect.iscoroutinefunction(mirror), name
        elif name.startswith("iter_"):
            assert not inspect.iscoroutinefunction(mirror), name
        else:
            assert inspect.iscoroutinefunction(mirror), name
    settings = list(inspect.signature(vpncert.Client).parameters.values())
    got = list(inspect.signature(vpncert.aio.Client).parameters.values())
    assert [(p.name, p.kind, p.default) for p in got] == [
        (p.name, p.kind, p.default) for p in settings
    ] + [("executor", inspect.Parameter.KEYWORD_ONLY, None)]


def test_calls_run_concurrently_and_the_loop_keeps_running():
    with vpncert.testing.emulator(latency=0.3) as emu:
        client = aio_client(emu)

        async def main() -> tuple[list[str], int, float]:
            ticks = 0
            done = False

            async def ticker() -> None:
                nonlocal ticks
                while not done:
                    ticks += 1
                    await asyncio.sleep(0.01)

            tick = asyncio.ensure_future(ticker())
            started = time.monotonic()
            made = await asyncio.gather(
                *(client.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, f"p{i}") for i in range(4))
            )
            elapsed = time.monotonic() - started
            done = True
            await tick
            return [m.name for m in made], ticks, elapsed

        names, ticks, elapsed = asyncio.run(main())
        assert names == ["p0", "p1", "p2", "p3"]
        # Four 0.3 s answers side by side, not one after another; the loop ticked meanwhile.
        assert elapsed < 1.0, elapsed
        assert ticks >= 10, ticks
        assert len(emu.state()["certificates"]) == 4


def test_walks_are_async_iterators_and_errors_are_the_same_classes(tmp_path):
    with vpncert.testing.emulator() as emu:
        client = aio_client(emu)

        async def main() -> list[str]:
            for name in ("alice", "bob", "carol"):
                await client.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, name)
            bundle = await client.issue_client_cert(emu.ssl_vpn_server_id, "dave")
            bundle.write_ovpn(tmp_path / "dave.ovpn")
            with pytest.raises(vpncert.SslVpnServerNotFoundError):
                await client.create_ssl_vpn_client_cert("vss-missing")
            return [c.name async for c in client.iter_ssl_vpn_client_certs(emu.ssl_vpn_server_id)]

        assert sorted(asyncio.run(main())) == ["alice", "bob", "carol", "dave"]
        assert "<key>" in (tmp_path / "dave.ovpn").read_text()
        assert client.region_id == emu.region_id and client.sync.endpoint == client.endpoint
        assert client.stats()["calls"] >= 5


def test_calls_run_on_the_executor_given():
    with vpncert.testing.emulator() as emu, ThreadPoolExecutor(1, thread_name_prefix="vpncert-pool") as pool:
        client = aio_client(emu, executor=pool)
        seen = []

        def spy(*args: object, **kwargs: object) -> object:
            seen.append(threading.current_thread().name)
            return client.sync.describe_ssl_vpn_servers()

        async def main() -> int:
            page = await client._run(spy)  # the same path every method takes
            servers = await client.describe_ssl_vpn_servers()
            return len(page.items) + len(servers.items)

        assert asyncio.run(main()) == 2
        assert seen and seen[0].startswith("vpncert-pool")
        wrapped = vpncert.aio.Client.from_sync(emu.client, executor=pool)
        assert wrapped.sync is emu.client


def test_a_cancelled_create_still_happens_and_a_rerun_with_its_token_gets_that_certificate():
    with vpncert.testing.emulator(latency=0.5) as emu:
        client = aio_client(emu)

        async def main() -> str:
            task = asyncio.ensure_future(
                client.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, "erin", client_token="onboard-erin")
            )
            await asyncio.sleep(0.1)  # the request is in flight
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            again = await client.create_ssl_vpn_client_cert(
                emu.ssl_vpn_server_id, "erin", client_token="onboard-erin"
            )
            return again.ssl_vpn_client_cert_id

        cert_id = asyncio.run(main())
        # The cancelled call ran to its end on its thread: one certificate, the one the rerun got.
        deadline = time.monotonic() + 10
        while emu.state()["requests"] < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        [made] = emu.state()["certificates"]
        assert made["name"] == "erin" and made["ssl_vpn_client_cert_id"] == cert_id


def test_the_cancellation_rule_is_documented():
    for doc in (vpncert.aio.__doc__, vpncert.aio.Client.__doc__, vpncert.aio.Client.create_ssl_vpn_client_cert.__doc__):
        assert doc and "Cancelling" in doc and "client_token" in doc

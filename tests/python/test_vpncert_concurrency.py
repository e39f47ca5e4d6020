"""Retries never duplicate a certificate, and threads sharing one Client wait in parallel."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

import vpncert
import vpncert.testing


@pytest.mark.parametrize("fault", ["503", "drop-after-commit"])
def test_retried_creates_make_exactly_one_certificate_each(fault):
    with vpncert.testing.emulator(faults={fault: 0.5}, seed=7, quota=100, max_retries=10) as emu:
        made = [emu.client.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, f"user-{i}") for i in range(12)]
        state = emu.state()
        stats = emu.client.stats()
    assert stats["retries"] > 0, "the seed makes some attempts fail"
    assert sum(state["faults"].values()) > 0
    ids = [c.ssl_vpn_client_cert_id for c in made]
    assert len(set(ids)) == 12
    assert sorted(c["ssl_vpn_client_cert_id"] for c in state["certificates"]) == sorted(ids)
    assert state["creates"] == 12


def test_drop_after_commit_then_retry_returns_the_committed_certificate():
    with vpncert.testing.emulator(faults={"drop-after-commit": 1.0}) as emu:
        client = emu.new_client(max_retries=0)
        with pytest.raises(vpncert.TransportError):
            client.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, "once", client_token="job-42")
        [committed] = emu.state()["certificates"]
    assert committed["name"] == "once"


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def test_eight_threads_sharing_one_client_overlap_their_waits():
    calls_per_thread = 25
    with vpncert.testing.emulator(latency=0.05) as emu:
        client = emu.client
        client.describe_ssl_vpn_servers()  # open the connection outside the timings

        def serial_batch() -> None:
            for _ in range(calls_per_thread):
                assert client.describe_ssl_vpn_servers().total_count == 1

        serial_one_thread = _timed(serial_batch)
        serial_estimate = serial_one_thread * 8
        barrier = threading.Barrier(8)
        errors: list[BaseException] = []

        def worker() -> None:
            try:
                barrier.wait()
                serial_batch()
            except BaseException as e:  # noqa: BLE001 - reported below
                errors.append(e)

        def parallel() -> None:
            with ThreadPoolExecutor(max_workers=8) as pool:
                for f in [pool.submit(worker) for _ in range(8)]:
                    f.result()

        parallel_time = _timed(parallel)
        assert not errors, errors
        assert emu.state()["requests"] >= 1 + 9 * calls_per_thread
    assert serial_one_thread >= calls_per_thread * 0.05
    assert parallel_time < serial_estimate / 2, (
        f"8x{calls_per_thread} calls took {parallel_time:.2f}s in parallel; "
        f"serially about {serial_estimate:.2f}s"
    )


def test_threads_creating_concurrently_share_quota_and_make_no_duplicates():
    with vpncert.testing.emulator(quota=40, latency=0.01) as emu:
        client = emu.client

        def create(i: int) -> str:
            return client.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, f"t-{i}").ssl_vpn_client_cert_id

        with ThreadPoolExecutor(max_workers=8) as pool:
            results = list(pool.map(lambda i: _outcome(create, i), range(48)))
        made = [r for r in results if isinstance(r, str)]
        refused = [r for r in results if not isinstance(r, str)]
        assert len(made) == 40 and len(set(made)) == 40
        assert len(refused) == 8 and all(isinstance(r, vpncert.QuotaFullError) for r in refused)
        assert len(emu.state()["certificates"]) == 40


def _outcome(fn, *args):
    try:
        return fn(*args)
    except vpncert.VpnCertError as e:
        return e


def test_a_shared_iterator_hands_each_item_out_once():
    with vpncert.testing.emulator(quota=120) as emu:
        for i in range(110):
            emu.client.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, f"it-{i}")
        it = emu.client.iter_ssl_vpn_client_certs()
        seen: list[str] = []
        lock = threading.Lock()

        def drain() -> None:
            for cert in it:
                with lock:
                    seen.append(cert.ssl_vpn_client_cert_id)

        threads = [threading.Thread(target=drain) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert len(seen) == 110 and len(set(seen)) == 110

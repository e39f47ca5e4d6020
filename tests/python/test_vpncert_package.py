"""The installed package: stubs match the native module, typed code checks against them, and
`import vpncert` is cheap (no thread, no settings file, no network)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from importlib import resources
from pathlib import Path

import vpncert


def _run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_stubs_and_marker_ship_in_the_package():
    files = resources.files("vpncert")
    assert files.joinpath("py.typed").is_file()
    assert files.joinpath("_native.pyi").is_file()
    assert vpncert.__version__ == "0.1.0"


def test_stubtest_finds_the_stubs_match_the_built_module(tmp_path):
    result = _run("-m", "mypy.stubtest", "vpncert._native", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_typed_user_code_checks_and_type_errors_are_caught(tmp_path):
    good = tmp_path / "good.py"
    good.write_text(textwrap.dedent("""
        import asyncio
        import datetime

        import vpncert
        import vpncert.aio

        def onboard(client: vpncert.Client, name: str) -> str:
            try:
                bundle = client.issue_client_cert("vss-1", name, client_token=f"onboard-{name}")
            except vpncert.QuotaFullError as e:
                return e.code + e.request_id
            bundle.write_ovpn(f"{name}.ovpn", overwrite=False)
            ids: list[str] = [c.ssl_vpn_client_cert_id for c in client.iter_ssl_vpn_client_certs("vss-1")]
            page = client.describe_ssl_vpn_servers(page_size=10)
            ports: list[int] = [s.port for s in page]
            outcome = client.delete_ssl_vpn_client_cert(ids[0], wait=30.0)
            return f"{bundle.to_ovpn()}{ports}{outcome.already_deleted}"

        def expiry(bundle: vpncert.SslVpnClientCertBundle) -> datetime.datetime | None:
            created: datetime.datetime | None = bundle.create_time_dt
            return bundle.end_time_dt if created else None

        async def onboard_all(client: vpncert.aio.Client, names: list[str]) -> list[str]:
            bundles = await asyncio.gather(
                *(client.issue_client_cert("vss-1", n, client_token=f"onboard-{n}") for n in names)
            )
            listed: list[str] = [c.name async for c in client.iter_ssl_vpn_client_certs("vss-1")]
            logs: list[str] = [line async for line in client.iter_vpn_ssl_server_logs("vss-1", minute_period=60)]
            return [b.ssl_vpn_client_cert_id for b in bundles] + listed + logs

        def run(names: list[str]) -> list[str]:
            return asyncio.run(onboard_all(vpncert.aio.Client("cn-hangzhou", timeout=5.0), names))
    """))
    bad = tmp_path / "bad.py"
    bad.write_text(textwrap.dedent("""
        import vpncert
        import vpncert.aio

        def broken(client: vpncert.Client) -> int:
            cert = client.create_ssl_vpn_client_cert(42)
            return cert.name

        async def broken_async(client: vpncert.aio.Client) -> int:
            cert = await client.create_ssl_vpn_client_cert(42)
            return cert.name

        def when(bundle: vpncert.SslVpnClientCertBundle) -> int:
            return bundle.end_time_dt
    """))
    ok = _run("-m", "mypy", "--strict", "--no-incremental", str(good), cwd=tmp_path)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    caught = _run("-m", "mypy", "--strict", "--no-incremental", str(bad), cwd=tmp_path)
    assert caught.returncode == 1, caught.stdout + caught.stderr
    assert caught.stdout.count('incompatible type "int"; expected "str"') == 2, caught.stdout
    assert caught.stdout.count('Incompatible return value type (got "str", expected "int")') == 2
    assert 'Incompatible return value type (got "datetime | None", expected "int")' in caught.stdout


def test_the_packages_own_python_checks_with_mypy_strict():
    # The sources (with the stubs of the native module beside them), as the package ships them.
    source = Path(__file__).resolve().parents[2] / "py" / "python"
    result = _run("-m", "mypy", "--strict", "--no-incremental", "vpncert", cwd=source)
    assert result.returncode == 0, result.stdout + result.stderr


IMPORT_PROBE = textwrap.dedent("""
    import json, os, sys, threading

    def tasks():
        return len(os.listdir("/proc/self/task"))

    events = []
    def audit(event, args):
        if event == "open":
            events.append(("open", str(args[0])))
        elif event.startswith("socket.") or event == "subprocess.Popen":
            events.append((event, repr(args)[:80]))
    sys.addaudithook(audit)

    before = (threading.active_count(), tasks())
    import vpncert
    after = (threading.active_count(), tasks())
    package = os.path.dirname(vpncert.__file__)
    stdlib = os.path.dirname(os.__file__)
    foreign = [e for e in events if not (e[0] == "open" and (e[1].startswith(package) or e[1].startswith(stdlib)))]
    print(json.dumps({"before": before, "after": after, "foreign": foreign}))
""")


def test_import_starts_no_thread_and_touches_nothing_else(tmp_path):
    env = dict(os.environ)
    env["HOME"] = str(tmp_path / "home-that-must-not-be-read")
    env["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "id"
    result = _run("-c", IMPORT_PROBE, cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    probe = json.loads(result.stdout)
    assert probe["before"] == probe["after"] == [1, 1]
    assert probe["foreign"] == []


def test_import_loads_only_the_package_itself(tmp_path):
    # `typing` and friends cost several milliseconds of import time; vpncert needs none of them.
    probe = textwrap.dedent("""
        import sys
        before = set(sys.modules)
        import vpncert
        print(" ".join(sorted(set(sys.modules) - before)))
    """)
    result = _run("-c", probe, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    loaded = set(result.stdout.split())
    assert loaded <= {"vpncert", "vpncert._errors", "vpncert._native", "__future__"}, loaded

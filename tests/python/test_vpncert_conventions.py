"""What a Python user expects of a library: documentation in ``help()`` and in the stubs (with
units), ``datetime`` next to epoch milliseconds, ``TypeError``s that name the parameter, and
log records in ``logging``."""

from __future__ import annotations

import ast
import asyncio
import datetime
import inspect
import logging
import os
import pydoc
import re
import tempfile
import threading
from importlib import resources
from typing import Any, Callable

import pytest

import vpncert
import vpncert.aio
import vpncert.roster
import vpncert.testing
from helpers_vpncert import SECRET, TOKEN, ScriptedServer

UTC = datetime.timezone.utc


@pytest.fixture
def emu():
    with vpncert.testing.emulator() as e:
        yield e


def public_classes() -> list[type]:
    return [getattr(vpncert, n) for n in vpncert.__all__ if inspect.isclass(getattr(vpncert, n))]


# ---------------------------------------------------------------------------------------------
# Documentation


def test_help_of_client_describes_every_setting_with_its_unit():
    shown = pydoc.render_doc(vpncert.Client, renderer=pydoc.plaintext)
    text = inspect.getdoc(vpncert.Client) or ""
    params = inspect.signature(vpncert.Client).parameters
    assert len(params) >= 16
    docs = {}
    for name, param in params.items():
        match = re.search(rf"``{name}`` \(default ``([^`]*)``\): (.+?)(?:\n\s*\n|$)", text, re.S)
        assert match, f"help(vpncert.Client) does not describe {name}"
        assert f"``{name}`` (default" in shown
        docs[name] = " ".join(match.group(2).split())
        # The default shown is the one the constructor has.
        assert match.group(1).replace('"', "'") == repr(param.default), name
    for seconds in ("timeout", "connect_timeout", "configuring_budget"):
        assert docs[seconds].startswith("Seconds"), docs[seconds]
    assert "~/.aliyun/config.json" in docs["profile"]
    assert "proxy URL" in docs["proxy"] and "NO_PROXY" in docs["proxy"]
    assert "PEM file" in docs["ca_bundle"]


def test_every_method_documents_its_parameters_and_durations_are_seconds():
    for name, method in inspect.getmembers(vpncert.Client, callable):
        if name.startswith("_"):
            continue
        doc = method.__doc__ or ""
        assert doc.strip(), name
        for param in list(inspect.signature(method).parameters)[1:]:
            assert f"``{param}``" in doc, f"{name} does not document {param}"
            if param in ("wait", "timeout", "ready_timeout", "poll_interval", "configuring_budget"):
                assert f"``{param}`` (seconds)" in doc, f"{name}: the unit of {param}"


def _stub_members() -> list[tuple[str, ast.AST]]:
    out: list[tuple[str, ast.AST]] = []

    def walk(nodes: list[ast.stmt], prefix: str) -> None:
        for node in nodes:
            if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and not node.name.startswith("_"):
                out.append((prefix + node.name, node))
                if isinstance(node, ast.ClassDef):
                    walk(node.body, f"{prefix}{node.name}.")

    for module in ("_native.pyi", "aio.py", "_aio.py"):
        tree = ast.parse(resources.files("vpncert").joinpath(module).read_text())
        walk(tree.body, f"{module}:")
    return out


def test_the_constructors_in_the_stubs_describe_every_setting():
    members = dict(_stub_members())
    for where, constructor in (("_native.pyi:Client", "__new__"), ("aio.py:Client", "__init__")):
        [node] = [n for n in members[where].body if isinstance(n, ast.FunctionDef) and n.name == constructor]  # type: ignore[attr-defined]
        doc = ast.get_docstring(node) or ""
        params = [a.arg for a in node.args.args[1:] + node.args.kwonlyargs]
        assert len(params) >= 16, where
        for name in params:
            assert f"``{name}`` (default" in doc, f"{where}.{constructor}: {name}"


def test_every_public_name_of_the_stubs_and_of_aio_has_a_docstring():
    undocumented = [name for name, node in _stub_members() if not ast.get_docstring(node)]  # type: ignore[arg-type]
    assert undocumented == []


def test_every_public_member_at_run_time_has_a_docstring():
    undocumented = []
    for cls in public_classes() + [vpncert.aio.Client]:
        if issubclass(cls, BaseException):
            continue
        for name, value in inspect.getmembers(cls):
            if not name.startswith("_") and not (getattr(value, "__doc__", None) or "").strip():
                undocumented.append(f"{cls.__name__}.{name}")
    assert undocumented == []


# ---------------------------------------------------------------------------------------------
# datetime next to epoch milliseconds


def _epoch_ms_properties() -> list[tuple[str, str]]:
    """(class, field) of every record field the stubs document as epoch milliseconds."""
    found = []
    for name, node in _stub_members():
        if name.startswith("_native.pyi:") and isinstance(node, ast.FunctionDef):
            doc = ast.get_docstring(node) or ""
            if "epoch milliseconds" in doc and isinstance(node.returns, ast.Name) and node.returns.id == "int":
                cls, field = name.split(":", 1)[1].split(".")
                found.append((cls, field))
    return found


def test_every_epoch_ms_field_has_a_documented_utc_datetime_beside_it():
    fields = _epoch_ms_properties()
    assert ("SslVpnClientCertBundle", "create_time") in fields
    assert ("SslVpnClientCertSummary", "end_time") in fields
    assert ("SslVpnClientInfo", "connected_time") in fields
    stub = dict(_stub_members())
    for cls, field in fields:
        accessor = getattr(getattr(vpncert, cls), f"{field}_dt")
        assert "timezone-aware" in accessor.__doc__ and "UTC" in accessor.__doc__, (cls, field)
        node = stub[f"_native.pyi:{cls}.{field}_dt"]
        assert ast.unparse(node.returns) == "datetime.datetime | None", (cls, field)  # type: ignore[attr-defined]


def _check_dt(record: Any, field: str) -> datetime.datetime:
    ms = getattr(record, field)
    dt = getattr(record, f"{field}_dt")
    assert isinstance(dt, datetime.datetime)
    assert dt.tzinfo is UTC
    assert dt == datetime.datetime(1970, 1, 1, tzinfo=UTC) + datetime.timedelta(milliseconds=ms)
    assert int(dt.timestamp() * 1000) == ms  # exact to the millisecond
    return dt


def test_datetimes_of_a_certificate_its_summary_and_a_connection(emu):
    made = emu.client.create_ssl_vpn_client_cert(emu.ssl_vpn_server_id, "alice")
    bundle = emu.client.describe_ssl_vpn_client_cert(made.ssl_vpn_client_cert_id)
    created = _check_dt(bundle, "create_time")
    ends = _check_dt(bundle, "end_time")
    now = datetime.datetime.now(UTC)
    assert abs((now - created).total_seconds()) < 60
    assert ends - created > datetime.timedelta(days=365)
    [summary] = emu.client.describe_ssl_vpn_client_certs(emu.ssl_vpn_server_id)
    assert _check_dt(summary, "end_time") == ends
    # to_dict() keeps the API's numbers.
    assert bundle.to_dict()["create_time"] == bundle.create_time
    assert "create_time_dt" not in bundle.to_dict()
    emu.connect(made.ssl_vpn_client_cert_id)
    gateway = "vpn-" + emu.ssl_vpn_server_id[len("vss-"):]
    [client] = emu.client.describe_ssl_vpn_clients(gateway)
    _check_dt(client, "connected_time")


def test_a_time_the_api_leaves_out_is_none():
    page = {
        "RequestId": "r-1",
        "TotalCount": 1,
        "PageNumber": 1,
        "PageSize": 10,
        "SslVpnClientCertKeys": {
            "SslVpnClientCertKey": [
                {"SslVpnClientCertId": "vsc-1", "Name": "a", "SslVpnServerId": "vss-1", "Status": "normal"}
            ]
        },
    }
    with ScriptedServer(200, page) as server:
        client = vpncert.Client("cn-hangzhou", access_key_id="id", access_key_secret="secret", endpoint=server.url)
        [item] = client.describe_ssl_vpn_client_certs("vss-1")
    assert item.create_time == 0 and item.create_time_dt is None
    assert item.end_time == 0 and item.end_time_dt is None


# ---------------------------------------------------------------------------------------------
# TypeErrors that name the parameter

# A value of no type any parameter takes.
WRONG = object()


def _wrong_type_cases() -> list[tuple[str, Callable[..., Any], dict[str, Any], str]]:
    """(what, callable, arguments, parameter given the wrong type) for every parameter of every
    public callable: the required ones get a value of the right type, then one is wrong."""
    client = vpncert.Client(
        "cn-hangzhou", access_key_id="id", access_key_secret="secret", endpoint="http://127.0.0.1:9", max_retries=0
    )
    with tempfile.TemporaryDirectory() as scratch:
        people = os.path.join(scratch, "people.txt")
        with open(people, "w") as f:
            f.write("alice\n")
        roster = vpncert.roster.load(people)
    targets: list[tuple[str, Callable[..., Any], inspect.Signature]] = [
        ("Client", vpncert.Client, inspect.signature(vpncert.Client)),
        ("roster.plan", vpncert.roster.plan, inspect.signature(vpncert.roster.plan)),
        ("roster.load", vpncert.roster.load, inspect.signature(vpncert.roster.load)),
    ]
    for name, method in inspect.getmembers(vpncert.Client, callable):
        if not name.startswith("_") and name != "stats":
            bound = getattr(client, name)
            targets.append((f"Client.{name}", bound, inspect.signature(bound)))
    cases = []
    for what, fn, sig in targets:
        for wrong in sig.parameters:
            args: dict[str, Any] = {}
            for p in sig.parameters.values():
                if p.name == wrong:
                    args[p.name] = WRONG
                elif p.default is inspect.Parameter.empty:
                    args[p.name] = {"client": client, "roster": roster}.get(p.name, "x")
            cases.append((what, fn, args, wrong))
    return cases


CASES = _wrong_type_cases()


@pytest.mark.parametrize("what,fn,args,wrong", CASES, ids=[f"{c[0]}({c[3]})" for c in CASES])
def test_a_wrong_type_is_a_type_error_naming_the_parameter(what, fn, args, wrong):
    with pytest.raises(TypeError) as caught:
        fn(**args)
    assert str(caught.value).startswith(f"{wrong} must be "), str(caught.value)
    assert str(caught.value).endswith(", not object")


def test_type_errors_of_write_ovpn_and_apply_name_their_parameter(emu, tmp_path):
    bundle = emu.client.issue_client_cert(emu.ssl_vpn_server_id, "bob")
    with pytest.raises(TypeError, match=r"^path must be str or os.PathLike, not int$"):
        bundle.write_ovpn(3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^overwrite must be bool, not str$"):
        bundle.write_ovpn(tmp_path / "bob.ovpn", overwrite="yes")  # type: ignore[arg-type]
    people = tmp_path / "people.txt"
    people.write_text("carol\n")
    plan = vpncert.roster.plan(emu.client, vpncert.roster.load(people), server=emu.ssl_vpn_server_id)
    with pytest.raises(TypeError, match=r"^concurrency must be int, not str$"):
        plan.apply(tmp_path / "out", concurrency="8")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^roster must be Roster, not str$"):
        vpncert.roster.plan(emu.client, "people.txt")  # type: ignore[arg-type]


def test_aio_raises_the_same_type_errors():
    client = vpncert.aio.Client("cn-hangzhou", access_key_id="id", access_key_secret="secret", endpoint="http://127.0.0.1:9")
    with pytest.raises(TypeError, match=r"^ssl_vpn_server_id must be str, not int$"):
        asyncio.run(client.create_ssl_vpn_client_cert(42))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^timeout must be a number \(int or float\), not str$"):
        vpncert.aio.Client("cn-hangzhou", timeout="10")  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# logging


@pytest.fixture
def vpncert_logger():
    logger = logging.getLogger("vpncert")
    level = logger.level
    yield logger
    logger.setLevel(level)


def test_debug_records_of_each_attempt_reach_logging(emu, caplog, vpncert_logger):
    caplog.set_level(logging.DEBUG, logger="vpncert")
    emu.client.describe_ssl_vpn_servers()
    records = [r for r in caplog.records if r.name == "vpncert"]
    attempts = [r for r in records if "DescribeSslVpnServers: attempt 1 answered HTTP 200" in r.getMessage()]
    assert len(attempts) == 1, [r.getMessage() for r in records]
    [record] = attempts
    assert record.levelno == logging.DEBUG
    assert record.rust_target.startswith("vpncert")  # type: ignore[attr-defined]
    assert record.pathname.endswith(".rs")
    # Handed over from the thread that made the call.
    assert record.threadName == threading.current_thread().name


def test_below_the_loggers_level_nothing_is_handed_over(emu, caplog, vpncert_logger):
    caplog.set_level(logging.DEBUG, logger="vpncert")
    vpncert_logger.setLevel(logging.INFO)
    emu.client.describe_ssl_vpn_servers()
    assert [r for r in caplog.records if r.name == "vpncert" and r.levelno < logging.INFO] == []
    # A level changed between calls applies to the next call.
    vpncert_logger.setLevel(logging.DEBUG)
    emu.client.describe_ssl_vpn_servers()
    assert any(r.levelno == logging.DEBUG for r in caplog.records if r.name == "vpncert")


def test_warnings_arrive_without_any_configuration(caplog):
    # The clock fix-up is a warning: it reaches logging at the default level.
    with vpncert.testing.emulator(clock_skew=3600) as emu:
        emu.client.describe_ssl_vpn_servers()
    warnings = [r for r in caplog.records if r.name == "vpncert" and r.levelno == logging.WARNING]
    assert any("local clock is off" in r.getMessage() for r in warnings), caplog.text


def test_only_vpncerts_own_records_and_never_a_secret(caplog, vpncert_logger):
    vpncert_logger.setLevel(1)
    caplog.set_level(1, logger="vpncert")
    # A server that answers errors quoting the request's secrets, retried twice.
    body = {"Code": "ServiceUnavailable", "Message": f"echo {SECRET} {TOKEN} Signature=abc SecurityToken={TOKEN}",
            "RequestId": "r-1"}
    with ScriptedServer(503, body) as server:
        client = vpncert.Client("cn-hangzhou", access_key_id="id", access_key_secret=SECRET,
                                security_token=TOKEN, endpoint=server.url, max_retries=2)
        with pytest.raises(vpncert.ServiceUnavailableError):
            client.describe_ssl_vpn_servers()
    records = [r for r in caplog.records if r.name == "vpncert"]
    assert len([r for r in records if "attempt" in r.getMessage() and "failed" in r.getMessage()]) == 3
    for r in records:
        assert r.rust_target == "vpncert" or r.rust_target.startswith("vpncert::")  # type: ignore[attr-defined]
    assert SECRET not in caplog.text and TOKEN not in caplog.text

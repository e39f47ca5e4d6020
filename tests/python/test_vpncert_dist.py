"""The distributions ``scripts/dist-python.sh`` writes into ``dist/`` (``tests/python/run.sh``
runs it, installs its wheel into the test venv and names the directory in
``VPNCERT_DIST_DIR``): a manylinux abi3 wheel that ``auditwheel`` accepts, and an sdist that
builds. Each, installed into a fresh venv, gives ``import vpncert`` and the ``vpncert`` command.
"""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

import vpncert

ROOT = Path(__file__).resolve().parents[2]
POLICY = "manylinux_2_17_x86_64"
WHEEL_NAME = f"vpncert-{vpncert.__version__}-cp39-abi3-manylinux2014_x86_64.{POLICY}.whl"
SDIST_NAME = f"vpncert-{vpncert.__version__}.tar.gz"


def dist_dir() -> Path:
    value = os.environ.get("VPNCERT_DIST_DIR", "")
    if not value or not Path(value).is_dir():
        pytest.fail(
            "VPNCERT_DIST_DIR must name the directory scripts/dist-python.sh wrote "
            "(tests/python/run.sh runs it and sets it)",
            pytrace=False,
        )
    return Path(value)


def dist_file(name: str) -> Path:
    path = dist_dir() / name
    if not path.is_file():
        found = sorted(p.name for p in dist_dir().glob("vpncert-*"))
        pytest.fail(f"{name} is not in {dist_dir()} (found {found})", pytrace=False)
    return path


def run(*args: str | Path, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, timeout=timeout, env=env
    )
    assert result.returncode == 0, f"{args}: {result.stdout}{result.stderr}"
    return result


def fresh_venv(path: Path) -> Path:
    """A new venv with nothing but pip (from the standard library's ensurepip: offline)."""
    run(sys.executable, "-m", "venv", path)
    return path / "bin"


def check_installed(bin_dir: Path, tmp_path: Path) -> None:
    """``import vpncert`` (from that venv, with its stubs) and the ``vpncert`` command work."""
    probe = (
        "import vpncert, vpncert.aio, importlib.resources as r; "
        "print(vpncert.__version__, vpncert.__file__, r.files('vpncert').joinpath('py.typed').is_file())"
    )
    version, where, typed = run(bin_dir / "python", "-c", probe).stdout.split()
    assert version == vpncert.__version__
    assert Path(where).is_relative_to(bin_dir.parent), where
    assert typed == "True"
    command = run(bin_dir / "vpncert", "--version")
    assert command.stdout.strip() == f"vpncert {vpncert.__version__}"
    # The command does its job, not just --version: the demo against its built-in emulator.
    demo = run(bin_dir / "vpncert", "demo", "--out-dir", tmp_path / "profiles", timeout=180)
    assert "vsc-" in demo.stdout
    assert (tmp_path / "profiles" / "alice.ovpn").is_file()


def test_the_wheel_is_abi3_and_manylinux_2_17_as_auditwheel_sees_it():
    wheel = dist_file(WHEEL_NAME)
    assert sorted(p.name for p in dist_dir().glob("vpncert-*.whl")) == [WHEEL_NAME]
    shown = run(sys.executable, "-m", "auditwheel", "show", wheel)
    assert f'is consistent with the following platform tag:\n"{POLICY}"' in shown.stdout, shown.stdout
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
        meta = z.read(f"vpncert-{vpncert.__version__}.dist-info/WHEEL").decode()
        entry_points = z.read(f"vpncert-{vpncert.__version__}.dist-info/entry_points.txt").decode()
    assert {
        "vpncert/_native.abi3.so",
        "vpncert/_native.pyi",
        "vpncert/py.typed",
        "vpncert/aio.py",
        "vpncert/_cli.py",
    } <= names
    assert f"Tag: cp39-abi3-{POLICY}" in meta
    assert "Root-Is-Purelib: false" in meta
    scripts = configparser.ConfigParser()
    scripts.read_string(entry_points)
    assert dict(scripts["console_scripts"]) == {"vpncert": "vpncert._cli:main"}


def test_the_wheel_in_a_fresh_venv_gives_the_module_and_the_command(tmp_path):
    bin_dir = fresh_venv(tmp_path / "venv")
    run(bin_dir / "python", "-m", "pip", "install", "--quiet", "--no-index", "--no-deps", dist_file(WHEEL_NAME))
    check_installed(bin_dir, tmp_path)


def test_the_sdist_builds_and_installs_in_a_fresh_venv(tmp_path):
    sdist = dist_file(SDIST_NAME)
    with tarfile.open(sdist) as t:
        names = {n.split("/", 1)[1] for n in t.getnames() if "/" in n}
    assert {"pyproject.toml", "Cargo.toml", "Cargo.lock", "README.md", "py/Cargo.toml", "cli/src/lib.rs",
            "py/python/vpncert/_native.pyi", "py/python/vpncert/py.typed"} <= names
    assert not any(n.startswith(("target/", "dist/", ".venv/")) for n in names)
    # Built as pip builds it, with this venv's maturin (no build isolation: tests reach no index)
    # and cargo offline. Its own target directory keeps the compiled registry crates between runs,
    # and the dev profile keeps the build short: the sdist's completeness is the point, not speed.
    # Our own crates are cleaned out of it first: the sdist's files carry old timestamps, so cargo
    # would take a previous run's build of them for fresh.
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["CARGO_NET_OFFLINE"] = "true"
    env["CARGO_TARGET_DIR"] = str(ROOT / "target" / "sdist-check")
    env["MATURIN_PEP517_ARGS"] = "--profile dev"
    ours = ("vpncert", "vpncert-emulator", "vpncert-cli", "vpncert-py")
    if (ROOT / "target" / "sdist-check").is_dir():
        clean = subprocess.run(
            ["cargo", "clean", "--quiet", *(a for p in ours for a in ("-p", p))],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
        )
        assert clean.returncode == 0, clean.stderr
    wheels = tmp_path / "wheels"
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-build-isolation", "--no-deps", "--no-index",
        "--no-cache-dir", "--wheel-dir", wheels, sdist, env=env, timeout=1800)
    [built] = wheels.glob("vpncert-*.whl")
    bin_dir = fresh_venv(tmp_path / "venv")
    run(bin_dir / "python", "-m", "pip", "install", "--quiet", "--no-index", "--no-deps", built)
    check_installed(bin_dir, tmp_path)


def test_the_readme_says_how_to_build_them_and_what_they_are_tagged():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Python", 1)[1].split("\n## ", 1)[0]
    assert "scripts/dist-python.sh" in section
    assert WHEEL_NAME.replace(vpncert.__version__, "VERSION") in section
    assert SDIST_NAME.replace(vpncert.__version__, "VERSION") in section
    assert "auditwheel" in section

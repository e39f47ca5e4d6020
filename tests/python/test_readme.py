"""The README's Python example runs as printed."""

import os
import re
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def python_example() -> str:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Python", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    assert len(blocks) == 1, "the Python section shows exactly one example"
    return blocks[0]


def test_readme_python_example_runs(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    # Twice in the same directory: a reader runs it again, and bob.ovpn is already there.
    for run in (1, 2):
        exec(compile(python_example(), "README.md", "exec"), {"__name__": "readme"})
        out = capsys.readouterr().out.splitlines()
        assert out[0].startswith("vsc-") and out[0].split()[1] == "alice", f"run {run}"
        assert out[1].split()[:2] == ["InvalidSslVpnServerId.NotFound", "404"], f"run {run}"
        profile = tmp_path / "bob.ovpn"
        assert "<key>" in profile.read_text()
        assert (os.stat(profile).st_mode & 0o777) == 0o600

"""Keep a VPN's people right: a roster (who should have access) planned against the
certificates of its SSL-VPN servers, then applied: create, revoke, rotate, hand over.

::

    import vpncert, vpncert.roster

    client = vpncert.Client("cn-hangzhou")
    people = vpncert.roster.load("people.csv")      # a name column; server, email, ... optional
    plan = vpncert.roster.plan(client, people, server="vss-...", prune=True, rotate_within=30 * 86400)
    for action in plan.actions:
        print(action.action, action.name, action.reason)
    report = plan.apply("profiles", max_revocations=5, bundle="both")

``apply`` can be rerun after any interruption: creates carry ClientTokens derived from the
person, so a rerun gets back the certificates the first run made, and finishes what it left.
The same engine runs ``vpncert plan`` and ``vpncert apply``.
"""

from __future__ import annotations

import os
from typing import Union

from ._native import (
    Client,
    Roster,
    RosterAction,
    RosterPlan,
    RosterReport,
    _roster_client_token,
    _roster_load,
    _roster_plan,
)

__all__ = [
    "ApplyReport",
    "Plan",
    "Roster",
    "RosterAction",
    "RosterPlan",
    "RosterReport",
    "client_token",
    "load",
    "plan",
]

# The names this module's functions speak of; the classes keep the prefix in ``vpncert``'s own
# namespace, where a bare ``Plan`` would say nothing.
Plan = RosterPlan
ApplyReport = RosterReport


def client_token(ssl_vpn_server_id: str, name: str, scope: str | None = None) -> str:
    """The ClientToken ``apply`` and ``vpncert issue`` create a person's certificate with,
    derived from the server and the name (and, for a rotation, ``scope``). Give it to
    ``issue_client_cert`` / ``create_ssl_vpn_client_cert`` in a script that may be run again for
    the same person: a rerun gets the same certificate back instead of a second one."""
    return _roster_client_token(ssl_vpn_server_id, name, scope)


def load(path: Union[str, "os.PathLike[str]"]) -> Roster:
    """Reads a roster file: CSV with a ``name`` column (and optionally ``server`` and any
    others), or one name per line. Bad rows raise ``InvalidParameterError`` naming each line."""
    return _roster_load(path)


def plan(
    client: Client,
    roster: Roster,
    *,
    server: str | None = None,
    prune: bool = False,
    rotate_within: float | None = None,
) -> Plan:
    """What ``apply`` would do: reads every certificate of the roster's servers, changes
    nothing. ``server`` is the server of rows that name none; ``prune`` revokes certificates
    whose name is not in the roster (and older duplicates); ``rotate_within`` (seconds) rotates
    certificates that expire within it."""
    return _roster_plan(client, roster, server=server, prune=prune, rotate_within=rotate_within)

# generated from spec/api.toml; edit the spec, then run cargo xtask gen
"""``vpncert.Client`` for asyncio: ``vpncert.aio.Client`` has the same methods, as
coroutines, and the list walks as async iterators.

Each call runs the synchronous one on a thread pool (the event loop's default executor, or
the ``executor`` given), where it waits for the network with the GIL released, so the loop
and other threads go on meanwhile::

    import asyncio
    import vpncert.aio

    async def main() -> None:
        client = vpncert.aio.Client("cn-hangzhou")
        bundles = await asyncio.gather(
            *(client.issue_client_cert("vss-...", n, client_token=f"onboard-{n}") for n in ("alice", "bob"))
        )
        async for cert in client.iter_ssl_vpn_client_certs("vss-..."):
            print(cert.name, cert.end_time_dt)

Cancelling a call (``task.cancel()``, ``asyncio.wait_for`` running out) stops the waiting,
not the call: a request in flight cannot be taken back, so the call runs to its end on its
thread and its result is dropped. A cancelled ``create_ssl_vpn_client_cert`` or
``issue_client_cert`` may therefore have made the certificate. Run it again with the same
``client_token`` and you get that certificate back, not a second one (the service keeps
the token's answer); without a ``client_token`` each call makes its own token, so pass
one whenever you may cancel. A cancelled delete or modify may still have been applied.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Mapping, Sequence
from concurrent.futures import Executor

from . import _native
from ._aio import _ClientBase
from ._native import (
    CreateSslVpnClientCertResponse,
    CreateSslVpnServerResponse,
    DeleteOutcome,
    DeleteSslVpnServerResponse,
    ModifySslVpnClientCertResponse,
    ModifySslVpnServerResponse,
    SslVpnClientCertBundle,
    SslVpnClientCertPage,
    SslVpnClientCertSummary,
    SslVpnClientInfo,
    SslVpnClientInfoPage,
    SslVpnServer,
    SslVpnServerPage,
    VpnGateway,
    VpnGatewayPage,
    VpnSslServerLogs,
)

__all__ = ["Client"]


class Client(_ClientBase):
    """``vpncert.Client`` for asyncio: the same settings and methods, each method a coroutine (the list walks async iterators) that runs the call on a thread pool with the GIL released. Cancelling a call does not stop it (see the module): rerun a cancelled create with the same ``client_token`` to get the certificate it made.

    A VPC OpenAPI client for the SSL-VPN family. Safe to share between threads.

    Without ``access_key_id``/``access_key_secret``, credentials come from the default chain when a
    call needs them: environment variables, an OIDC role (RRSA), the aliyun CLI's
    ``~/.aliyun/config.json``, ``~/.alibabacloud/credentials`` (``profile`` picks the profile in
    both), the ECS metadata service, then ``ALIBABA_CLOUD_CREDENTIALS_URI``. Without ``region_id``,
    it comes from ``ALIBABA_CLOUD_REGION_ID`` or the CLI profile.

    ``region_id`` (default ``None``): The region, e.g. ``cn-hangzhou`` (lower-case letters, digits and ``-``).

    ``access_key_id`` (default ``None``): The AccessKey id (with ``access_key_secret``; default: the credential chain).

    ``access_key_secret`` (default ``None``): The AccessKey secret. Never shown by ``repr`` or in errors.

    ``security_token`` (default ``None``): The STS token of temporary credentials. Never shown.

    ``endpoint`` (default ``None``): An explicit endpoint, ``https://host[:port]`` (plain ``http://`` only for loopback; default: ``ALIBABA_CLOUD_ENDPOINT_VPC``, else the region's).

    ``timeout`` (default ``10.0``): Seconds each attempt may take, from sending to the last byte of the answer (at most one day).

    ``connect_timeout`` (default ``5.0``): Seconds connecting may take.

    ``max_retries`` (default ``3``): Retries after the first attempt of a call (0 disables retries).

    ``retry_mode`` (default ``"standard"``): ``"standard"``: exponential backoff with jitter and a retry quota shared by the client's threads, so a long outage does not multiply the load; ``"adaptive"``: also paces each API action to the rate the service's flow control accepts, learned from ``Throttling`` answers (for bulk jobs).

    ``configuring_budget`` (default ``180.0``): Seconds ``issue_client_cert`` and ``delete_ssl_vpn_client_cert`` wait out a gateway that answers ``VpnGateway.Configuring`` (each call may set its own; 0 leaves only the retries).

    ``signature_version`` (default ``"v1"``): ``"v1"`` (HMAC-SHA1) or ``"v3"`` (ACS3-HMAC-SHA256).

    ``profile`` (default ``None``): The credentials profile, in both ``~/.aliyun/config.json`` and ``~/.alibabacloud/credentials``.

    ``ca_bundle`` (default ``None``): A PEM file of certificates to trust instead of the built-in roots.

    ``proxy`` (default ``None``): A proxy URL (``http://``, ``https://`` or ``socks5h://``...) for every request (default: ``HTTPS_PROXY``/``HTTP_PROXY`` with ``NO_PROXY``; never for loopback endpoints).

    ``user_agent`` (default ``None``): Text appended to the ``User-Agent`` header.

    ``network`` (default ``None``): The network the region's default endpoint is reached over: ``"vpc"`` from inside a VPC (``vpc-vpc.<region>.aliyuncs.com``), ``"public"`` otherwise (default: ``ALIBABA_CLOUD_NETWORK``, else public).

    ``executor`` (default ``None``): The ``concurrent.futures.Executor`` the calls run on (default: the event loop's default executor); its workers bound the calls in flight.
    """

    def __init__(
        self,
        region_id: str | None = None,
        *,
        access_key_id: str | None = None,
        access_key_secret: str | None = None,
        security_token: str | None = None,
        endpoint: str | None = None,
        timeout: float = 10.0,
        connect_timeout: float = 5.0,
        max_retries: int = 3,
        retry_mode: str = "standard",
        configuring_budget: float = 180.0,
        signature_version: str = "v1",
        profile: str | None = None,
        ca_bundle: str | os.PathLike[str] | None = None,
        proxy: str | None = None,
        user_agent: str | None = None,
        network: str | None = None,
        executor: Executor | None = None,
    ) -> None:
        """Makes a client.

        ``region_id`` (default ``None``): The region, e.g. ``cn-hangzhou`` (lower-case letters, digits and ``-``).

        ``access_key_id`` (default ``None``): The AccessKey id (with ``access_key_secret``; default: the credential chain).

        ``access_key_secret`` (default ``None``): The AccessKey secret. Never shown by ``repr`` or in errors.

        ``security_token`` (default ``None``): The STS token of temporary credentials. Never shown.

        ``endpoint`` (default ``None``): An explicit endpoint, ``https://host[:port]`` (plain ``http://`` only for loopback; default: ``ALIBABA_CLOUD_ENDPOINT_VPC``, else the region's).

        ``timeout`` (default ``10.0``): Seconds each attempt may take, from sending to the last byte of the answer (at most one day).

        ``connect_timeout`` (default ``5.0``): Seconds connecting may take.

        ``max_retries`` (default ``3``): Retries after the first attempt of a call (0 disables retries).

        ``retry_mode`` (default ``"standard"``): ``"standard"``: exponential backoff with jitter and a retry quota shared by the client's threads, so a long outage does not multiply the load; ``"adaptive"``: also paces each API action to the rate the service's flow control accepts, learned from ``Throttling`` answers (for bulk jobs).

        ``configuring_budget`` (default ``180.0``): Seconds ``issue_client_cert`` and ``delete_ssl_vpn_client_cert`` wait out a gateway that answers ``VpnGateway.Configuring`` (each call may set its own; 0 leaves only the retries).

        ``signature_version`` (default ``"v1"``): ``"v1"`` (HMAC-SHA1) or ``"v3"`` (ACS3-HMAC-SHA256).

        ``profile`` (default ``None``): The credentials profile, in both ``~/.aliyun/config.json`` and ``~/.alibabacloud/credentials``.

        ``ca_bundle`` (default ``None``): A PEM file of certificates to trust instead of the built-in roots.

        ``proxy`` (default ``None``): A proxy URL (``http://``, ``https://`` or ``socks5h://``...) for every request (default: ``HTTPS_PROXY``/``HTTP_PROXY`` with ``NO_PROXY``; never for loopback endpoints).

        ``user_agent`` (default ``None``): Text appended to the ``User-Agent`` header.

        ``network`` (default ``None``): The network the region's default endpoint is reached over: ``"vpc"`` from inside a VPC (``vpc-vpc.<region>.aliyuncs.com``), ``"public"`` otherwise (default: ``ALIBABA_CLOUD_NETWORK``, else public).

        ``executor`` (default ``None``): The ``concurrent.futures.Executor`` the calls run on (default: the event loop's default executor).
        """
        super().__init__(
            _native.Client(
                region_id,
                access_key_id=access_key_id,
                access_key_secret=access_key_secret,
                security_token=security_token,
                endpoint=endpoint,
                timeout=timeout,
                connect_timeout=connect_timeout,
                max_retries=max_retries,
                retry_mode=retry_mode,
                configuring_budget=configuring_budget,
                signature_version=signature_version,
                profile=profile,
                ca_bundle=ca_bundle,
                proxy=proxy,
                user_agent=user_agent,
                network=network,
            ),
            executor,
        )

    async def create_ssl_vpn_client_cert(
        self,
        ssl_vpn_server_id: str,
        name: str | None = None,
        *,
        client_token: str | None = None,
        region_id: str | None = None,
    ) -> CreateSslVpnClientCertResponse:
        """Creates an SSL client certificate. Retries reuse one ClientToken (the caller's, or one generated for this call), so a retried create never makes a second certificate.

        ``ssl_vpn_server_id`` (``SslVpnServerId``): The SSL-VPN server (`vss-...`).

        ``name`` (``Name``): The certificate's name: 1-100 characters, not starting with `http://` or `https://`.

        ``client_token`` (``ClientToken``): The idempotency token (ASCII, at most 64 characters; default: one generated per logical call).

        ``region_id``: the region of this call (default: the client's).

        Cancelling the await does not stop the call: it may still be applied; rerun it with the same ``client_token`` to get its result (see the module's docstring).
        """
        return await self._run(
            self._client.create_ssl_vpn_client_cert,
            ssl_vpn_server_id,
            name,
            client_token=client_token,
            region_id=region_id,
        )

    async def create_ssl_vpn_server(
        self,
        vpn_gateway_id: str,
        local_subnet: Sequence[str] | str,
        client_ip_pool: str,
        *,
        name: str | None = None,
        cipher: str | None = None,
        port: int | None = None,
        proto: str | None = None,
        compress: bool | None = None,
        enable_multi_factor_auth: bool | None = None,
        idaas_instance_id: str | None = None,
        idaas_region_id: str | None = None,
        idaas_application_id: str | None = None,
        dns_servers: Sequence[str] | str | None = None,
        dry_run: bool | None = None,
        client_token: str | None = None,
        region_id: str | None = None,
        wait: float | None = None,
    ) -> CreateSslVpnServerResponse:
        """Creates the SSL-VPN server of a VPN gateway (one per gateway). The settings are checked before anything is sent. The change is asynchronous: with `wait`, the call returns once the gateway is `active` again.

        ``vpn_gateway_id`` (``VpnGatewayId``): The gateway (`vpn-...`).

        ``local_subnet`` (``LocalSubnet``): The networks clients may reach: CIDR blocks (masks 8-32), at most 5.

        ``client_ip_pool`` (``ClientIpPool``): The addresses clients get: one CIDR block (mask 16-29) outside the local networks and reserved blocks.

        ``name`` (``Name``): The name: 1-100 characters, not starting with `http://` or `https://`.

        ``cipher`` (``Cipher``): `AES-128-CBC` (default), `AES-192-CBC`, `AES-256-CBC` or `none`.

        ``port`` (``Port``): The port, 1-65535 (default 1194; some are refused, e.g. 22, 80, 443, 500).

        ``proto`` (``Proto``): `TCP` (default) or `UDP`.

        ``compress`` (``Compress``): Whether to compress traffic (default false).

        ``enable_multi_factor_auth`` (``EnableMultiFactorAuth``): Whether to require two-factor authentication (needs the IDaaS settings).

        ``idaas_instance_id`` (``IDaaSInstanceId``): The IDaaS instance of two-factor authentication.

        ``idaas_region_id`` (``IDaaSRegionId``): The region of the IDaaS instance.

        ``idaas_application_id`` (``IDaaSApplicationId``): The IDaaS application (EIAM 2.0).

        ``dns_servers`` (``DnsServers``): The DNS servers to push to clients (IP addresses).

        ``dry_run`` (``DryRun``): Only check the request: nothing changes, and the answer says whether it would succeed.

        ``client_token`` (``ClientToken``): The idempotency token (default: one generated per logical call).

        ``wait`` (seconds): After the create is accepted, wait up to this long until the gateway is `active` again.

        ``region_id``: the region of this call (default: the client's).

        Cancelling the await does not stop the call: it may still be applied; rerun it with the same ``client_token`` to get its result (see the module's docstring).
        """
        return await self._run(
            self._client.create_ssl_vpn_server,
            vpn_gateway_id,
            local_subnet,
            client_ip_pool,
            name=name,
            cipher=cipher,
            port=port,
            proto=proto,
            compress=compress,
            enable_multi_factor_auth=enable_multi_factor_auth,
            idaas_instance_id=idaas_instance_id,
            idaas_region_id=idaas_region_id,
            idaas_application_id=idaas_application_id,
            dns_servers=dns_servers,
            dry_run=dry_run,
            client_token=client_token,
            region_id=region_id,
            wait=wait,
        )

    async def delete_ssl_vpn_client_cert(
        self,
        ssl_vpn_client_cert_id: str,
        *,
        client_token: str | None = None,
        region_id: str | None = None,
        wait: float | None = None,
        configuring_budget: float | None = None,
    ) -> DeleteOutcome:
        """Deletes a certificate. One that does not exist is already deleted, not an error. While the gateway is configuring (as it is for a while after every change), the delete is tried again for up to the configuring budget, with one ClientToken for every attempt.

        ``ssl_vpn_client_cert_id`` (``SslVpnClientCertId``): The certificate (`vsc-...`).

        ``client_token`` (``ClientToken``): The idempotency token (default: one generated per logical call).

        ``wait`` (seconds): After the delete is accepted, wait up to this long until the certificate is gone.

        ``configuring_budget`` (seconds): How long to keep trying while the gateway answers `VpnGateway.Configuring` (default: the client's; zero leaves only the retry policy).

        ``region_id``: the region of this call (default: the client's).

        Cancelling the await does not stop the call: it may still be applied; rerun it with the same ``client_token`` to get its result (see the module's docstring).
        """
        return await self._run(
            self._client.delete_ssl_vpn_client_cert,
            ssl_vpn_client_cert_id,
            client_token=client_token,
            region_id=region_id,
            wait=wait,
            configuring_budget=configuring_budget,
        )

    async def delete_ssl_vpn_server(
        self,
        ssl_vpn_server_id: str,
        *,
        client_token: str | None = None,
        region_id: str | None = None,
        wait: float | None = None,
    ) -> DeleteSslVpnServerResponse:
        """Deletes an SSL-VPN server (and with it every client certificate of it). Asynchronous: with `wait`, the call returns once the gateway is `active` again.

        ``ssl_vpn_server_id`` (``SslVpnServerId``): The server (`vss-...`).

        ``client_token`` (``ClientToken``): The idempotency token (default: one generated per logical call).

        ``wait`` (seconds): After the delete is accepted, wait up to this long until the gateway is `active` again.

        ``region_id``: the region of this call (default: the client's).

        Cancelling the await does not stop the call: it may still be applied; rerun it with the same ``client_token`` to get its result (see the module's docstring).
        """
        return await self._run(
            self._client.delete_ssl_vpn_server,
            ssl_vpn_server_id,
            client_token=client_token,
            region_id=region_id,
            wait=wait,
        )

    async def describe_ssl_vpn_client_cert(
        self,
        ssl_vpn_client_cert_id: str,
        *,
        region_id: str | None = None,
    ) -> SslVpnClientCertBundle:
        """Fetches one certificate with its CA, certificate, private key and OpenVPN profile. Every not-found form of the API is a certificate-not-found error.

        ``ssl_vpn_client_cert_id`` (``SslVpnClientCertId``): The certificate (`vsc-...`).

        ``region_id``: the region of this call (default: the client's).
        """
        return await self._run(
            self._client.describe_ssl_vpn_client_cert,
            ssl_vpn_client_cert_id,
            region_id=region_id,
        )

    async def describe_ssl_vpn_client_certs(
        self,
        ssl_vpn_server_id: str | None = None,
        *,
        ssl_vpn_client_cert_id: str | None = None,
        name: str | None = None,
        resource_group_id: str | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        region_id: str | None = None,
    ) -> SslVpnClientCertPage:
        """Lists one page of certificates (without their secrets).

        ``ssl_vpn_server_id`` (``SslVpnServerId``): Only certificates of this SSL-VPN server.

        ``ssl_vpn_client_cert_id`` (``SslVpnClientCertId``): Only this certificate.

        ``name`` (``Name``): Only certificates with this name.

        ``resource_group_id`` (``ResourceGroupId``): Only certificates in this resource group.

        ``page_number`` (``PageNumber``): 1-based page number (default 1).

        ``page_size`` (``PageSize``): Page size, 1 to 50 (default 10).

        ``region_id``: the region of this call (default: the client's).
        """
        return await self._run(
            self._client.describe_ssl_vpn_client_certs,
            ssl_vpn_server_id,
            ssl_vpn_client_cert_id=ssl_vpn_client_cert_id,
            name=name,
            resource_group_id=resource_group_id,
            page_number=page_number,
            page_size=page_size,
            region_id=region_id,
        )

    def iter_ssl_vpn_client_certs(
        self,
        ssl_vpn_server_id: str | None = None,
        *,
        ssl_vpn_client_cert_id: str | None = None,
        name: str | None = None,
        resource_group_id: str | None = None,
        region_id: str | None = None,
    ) -> AsyncIterator[SslVpnClientCertSummary]:
        """Every item ``describe_ssl_vpn_client_certs`` lists with these filters, as an async iterator: pages of 50 are fetched on the thread pool as the iteration reaches them.

        ``ssl_vpn_server_id`` (``SslVpnServerId``): Only certificates of this SSL-VPN server.

        ``ssl_vpn_client_cert_id`` (``SslVpnClientCertId``): Only this certificate.

        ``name`` (``Name``): Only certificates with this name.

        ``resource_group_id`` (``ResourceGroupId``): Only certificates in this resource group.

        ``region_id``: the region of this call (default: the client's).
        """
        return self._iterate(
            self._client.iter_ssl_vpn_client_certs(
                ssl_vpn_server_id,
                ssl_vpn_client_cert_id=ssl_vpn_client_cert_id,
                name=name,
                resource_group_id=resource_group_id,
                region_id=region_id,
            )
        )

    async def describe_ssl_vpn_clients(
        self,
        vpn_gateway_id: str,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
        region_id: str | None = None,
    ) -> SslVpnClientInfoPage:
        """Lists one page of the clients connected to a gateway's SSL-VPN server now (deleting any certificate of that server disconnects them all).

        ``vpn_gateway_id`` (``VpnGatewayId``): The gateway (`vpn-...`).

        ``page_number`` (``PageNumber``): 1-based page number (default 1).

        ``page_size`` (``PageSize``): Page size, 1 to 50 (default 10).

        ``region_id``: the region of this call (default: the client's).
        """
        return await self._run(
            self._client.describe_ssl_vpn_clients,
            vpn_gateway_id,
            page_number=page_number,
            page_size=page_size,
            region_id=region_id,
        )

    def iter_ssl_vpn_clients(
        self,
        vpn_gateway_id: str,
        *,
        region_id: str | None = None,
    ) -> AsyncIterator[SslVpnClientInfo]:
        """Every item ``describe_ssl_vpn_clients`` lists with these filters, as an async iterator: pages of 50 are fetched on the thread pool as the iteration reaches them.

        ``vpn_gateway_id`` (``VpnGatewayId``): The gateway (`vpn-...`).

        ``region_id``: the region of this call (default: the client's).
        """
        return self._iterate(
            self._client.iter_ssl_vpn_clients(
                vpn_gateway_id,
                region_id=region_id,
            )
        )

    async def describe_ssl_vpn_servers(
        self,
        ssl_vpn_server_id: str | None = None,
        *,
        vpn_gateway_id: str | None = None,
        name: str | None = None,
        resource_group_id: str | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        region_id: str | None = None,
    ) -> SslVpnServerPage:
        """Lists one page of SSL-VPN servers.

        ``ssl_vpn_server_id`` (``SslVpnServerId``): Only this server.

        ``vpn_gateway_id`` (``VpnGatewayId``): Only servers of this VPN gateway.

        ``name`` (``Name``): Only servers with this name.

        ``resource_group_id`` (``ResourceGroupId``): Only servers in this resource group.

        ``page_number`` (``PageNumber``): 1-based page number (default 1).

        ``page_size`` (``PageSize``): Page size, 1 to 50 (default 10).

        ``region_id``: the region of this call (default: the client's).
        """
        return await self._run(
            self._client.describe_ssl_vpn_servers,
            ssl_vpn_server_id,
            vpn_gateway_id=vpn_gateway_id,
            name=name,
            resource_group_id=resource_group_id,
            page_number=page_number,
            page_size=page_size,
            region_id=region_id,
        )

    def iter_ssl_vpn_servers(
        self,
        ssl_vpn_server_id: str | None = None,
        *,
        vpn_gateway_id: str | None = None,
        name: str | None = None,
        resource_group_id: str | None = None,
        region_id: str | None = None,
    ) -> AsyncIterator[SslVpnServer]:
        """Every item ``describe_ssl_vpn_servers`` lists with these filters, as an async iterator: pages of 50 are fetched on the thread pool as the iteration reaches them.

        ``ssl_vpn_server_id`` (``SslVpnServerId``): Only this server.

        ``vpn_gateway_id`` (``VpnGatewayId``): Only servers of this VPN gateway.

        ``name`` (``Name``): Only servers with this name.

        ``resource_group_id`` (``ResourceGroupId``): Only servers in this resource group.

        ``region_id``: the region of this call (default: the client's).
        """
        return self._iterate(
            self._client.iter_ssl_vpn_servers(
                ssl_vpn_server_id,
                vpn_gateway_id=vpn_gateway_id,
                name=name,
                resource_group_id=resource_group_id,
                region_id=region_id,
            )
        )

    async def describe_vpn_gateway(
        self,
        vpn_gateway_id: str,
        *,
        include_reservation_data: bool | None = None,
        region_id: str | None = None,
    ) -> VpnGateway:
        """Fetches one VPN gateway: its `Status` says whether a change is still being applied.

        ``vpn_gateway_id`` (``VpnGatewayId``): The gateway (`vpn-...`).

        ``include_reservation_data`` (``IncludeReservationData``): Whether to include the pending order.

        ``region_id``: the region of this call (default: the client's).
        """
        return await self._run(
            self._client.describe_vpn_gateway,
            vpn_gateway_id,
            include_reservation_data=include_reservation_data,
            region_id=region_id,
        )

    async def describe_vpn_gateways(
        self,
        *,
        vpn_gateway_id: str | None = None,
        vpc_id: str | None = None,
        status: str | None = None,
        business_status: str | None = None,
        gateway_type: str | None = None,
        resource_group_id: str | None = None,
        tag: Mapping[str, str] | None = None,
        include_reservation_data: bool | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        region_id: str | None = None,
    ) -> VpnGatewayPage:
        """Lists one page of VPN gateways.

        ``vpn_gateway_id`` (``VpnGatewayId``): Only this gateway.

        ``vpc_id`` (``VpcId``): Only gateways of this VPC.

        ``status`` (``Status``): Only gateways in this status (`active`, `updating`, ...).

        ``business_status`` (``BusinessStatus``): Only gateways in this payment status (`Normal`, `FinancialLocked`).

        ``gateway_type`` (``GatewayType``): Only gateways of this type.

        ``resource_group_id`` (``ResourceGroupId``): Only gateways in this resource group.

        ``tag`` (``Tag``): Only gateways with all these tags (key and value).

        ``include_reservation_data`` (``IncludeReservationData``): Whether to include pending orders.

        ``page_number`` (``PageNumber``): 1-based page number (default 1).

        ``page_size`` (``PageSize``): Page size, 1 to 50 (default 10).

        ``region_id``: the region of this call (default: the client's).
        """
        return await self._run(
            self._client.describe_vpn_gateways,
            vpn_gateway_id=vpn_gateway_id,
            vpc_id=vpc_id,
            status=status,
            business_status=business_status,
            gateway_type=gateway_type,
            resource_group_id=resource_group_id,
            tag=tag,
            include_reservation_data=include_reservation_data,
            page_number=page_number,
            page_size=page_size,
            region_id=region_id,
        )

    def iter_vpn_gateways(
        self,
        *,
        vpn_gateway_id: str | None = None,
        vpc_id: str | None = None,
        status: str | None = None,
        business_status: str | None = None,
        gateway_type: str | None = None,
        resource_group_id: str | None = None,
        tag: Mapping[str, str] | None = None,
        include_reservation_data: bool | None = None,
        region_id: str | None = None,
    ) -> AsyncIterator[VpnGateway]:
        """Every item ``describe_vpn_gateways`` lists with these filters, as an async iterator: pages of 50 are fetched on the thread pool as the iteration reaches them.

        ``vpn_gateway_id`` (``VpnGatewayId``): Only this gateway.

        ``vpc_id`` (``VpcId``): Only gateways of this VPC.

        ``status`` (``Status``): Only gateways in this status (`active`, `updating`, ...).

        ``business_status`` (``BusinessStatus``): Only gateways in this payment status (`Normal`, `FinancialLocked`).

        ``gateway_type`` (``GatewayType``): Only gateways of this type.

        ``resource_group_id`` (``ResourceGroupId``): Only gateways in this resource group.

        ``tag`` (``Tag``): Only gateways with all these tags (key and value).

        ``include_reservation_data`` (``IncludeReservationData``): Whether to include pending orders.

        ``region_id``: the region of this call (default: the client's).
        """
        return self._iterate(
            self._client.iter_vpn_gateways(
                vpn_gateway_id=vpn_gateway_id,
                vpc_id=vpc_id,
                status=status,
                business_status=business_status,
                gateway_type=gateway_type,
                resource_group_id=resource_group_id,
                tag=tag,
                include_reservation_data=include_reservation_data,
                region_id=region_id,
            )
        )

    async def describe_vpn_ssl_server_logs(
        self,
        vpn_ssl_server_id: str,
        *,
        ssl_vpn_client_cert_id: str | None = None,
        from_: int | None = None,
        to: int | None = None,
        minute_period: int | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        region_id: str | None = None,
    ) -> VpnSslServerLogs:
        """Fetches one page of an SSL-VPN server's connection logs (note the parameter `VpnSslServerId`).

        ``vpn_ssl_server_id`` (``VpnSslServerId``): The SSL-VPN server (`vss-...`).

        ``ssl_vpn_client_cert_id`` (``SslVpnClientCertId``): Only the logs of this certificate.

        ``from_`` (``From``): The start of the period, epoch seconds.

        ``to`` (``To``): The end of the period, epoch seconds.

        ``minute_period`` (``MinutePeriod``): The period in minutes, when `From` and `To` are not given.

        ``page_number`` (``PageNumber``): 1-based page number (default 1).

        ``page_size`` (``PageSize``): Page size, 1 to 50 (default 10).

        ``region_id``: the region of this call (default: the client's).
        """
        return await self._run(
            self._client.describe_vpn_ssl_server_logs,
            vpn_ssl_server_id,
            ssl_vpn_client_cert_id=ssl_vpn_client_cert_id,
            from_=from_,
            to=to,
            minute_period=minute_period,
            page_number=page_number,
            page_size=page_size,
            region_id=region_id,
        )

    async def issue_client_cert(
        self,
        ssl_vpn_server_id: str,
        name: str,
        *,
        client_token: str | None = None,
        region_id: str | None = None,
        configuring_budget: float | None = None,
        ready_timeout: float = 120.0,
        poll_interval: float = 1.0,
    ) -> SslVpnClientCertBundle:
        """Onboards one person: creates a certificate named `name`, waits until it is ready and returns its bundle (with a complete OpenVPN profile). `VpnGateway.Configuring` is waited out for up to the configuring budget; a stable client token makes a rerun return the same certificate.

        ``ssl_vpn_server_id`` (``SslVpnServerId``): The SSL-VPN server (`vss-...`).

        ``name`` (``Name``): The certificate's name.

        ``client_token`` (``ClientToken``): The idempotency token of the create: the same token gives back the same certificate. Default: a fresh one per call (its retries reuse it). For a program that may be run again for the same person, derive it from what identifies them, as `vpncert apply` and `vpncert issue` do (`vpncert::roster::client_token` in Rust, `vpncert.roster.client_token` in Python).

        ``configuring_budget`` (seconds): How long to keep trying while the gateway answers `VpnGateway.Configuring` (default: the client's).

        ``ready_timeout`` (seconds): How long to wait for the certificate to be `normal` (default 120 s).

        ``poll_interval`` (seconds): The first pause between polls while waiting; it doubles up to 5 s (default 1 s).

        ``region_id``: the region of this call (default: the client's).

        Cancelling the await does not stop the call: it may still be applied; rerun it with the same ``client_token`` to get its result (see the module's docstring).
        """
        return await self._run(
            self._client.issue_client_cert,
            ssl_vpn_server_id,
            name,
            client_token=client_token,
            region_id=region_id,
            configuring_budget=configuring_budget,
            ready_timeout=ready_timeout,
            poll_interval=poll_interval,
        )

    async def modify_ssl_vpn_client_cert(
        self,
        ssl_vpn_client_cert_id: str,
        name: str,
        *,
        client_token: str | None = None,
        region_id: str | None = None,
    ) -> ModifySslVpnClientCertResponse:
        """Renames a certificate.

        ``ssl_vpn_client_cert_id`` (``SslVpnClientCertId``): The certificate (`vsc-...`).

        ``name`` (``Name``): The new name: 1-100 characters, not starting with `http://` or `https://`.

        ``client_token`` (``ClientToken``): The idempotency token (default: one generated per logical call).

        ``region_id``: the region of this call (default: the client's).

        Cancelling the await does not stop the call: it may still be applied; rerun it with the same ``client_token`` to get its result (see the module's docstring).
        """
        return await self._run(
            self._client.modify_ssl_vpn_client_cert,
            ssl_vpn_client_cert_id,
            name,
            client_token=client_token,
            region_id=region_id,
        )

    async def modify_ssl_vpn_server(
        self,
        ssl_vpn_server_id: str,
        *,
        local_subnet: Sequence[str] | str | None = None,
        client_ip_pool: str | None = None,
        name: str | None = None,
        cipher: str | None = None,
        port: int | None = None,
        proto: str | None = None,
        compress: bool | None = None,
        enable_multi_factor_auth: bool | None = None,
        idaas_instance_id: str | None = None,
        idaas_region_id: str | None = None,
        idaas_application_id: str | None = None,
        dns_servers: Sequence[str] | str | None = None,
        dry_run: bool | None = None,
        client_token: str | None = None,
        region_id: str | None = None,
        wait: float | None = None,
    ) -> ModifySslVpnServerResponse:
        """Changes the settings of an SSL-VPN server (only those given). The settings are checked before anything is sent. The change is asynchronous (unless only the name changes): with `wait`, the call returns once the gateway is `active` again.

        ``ssl_vpn_server_id`` (``SslVpnServerId``): The server (`vss-...`).

        ``local_subnet`` (``LocalSubnet``): The networks clients may reach: CIDR blocks (masks 8-32), at most 5.

        ``client_ip_pool`` (``ClientIpPool``): The addresses clients get: one CIDR block (mask 16-29).

        ``name`` (``Name``): The name.

        ``cipher`` (``Cipher``): `AES-128-CBC`, `AES-192-CBC`, `AES-256-CBC` or `none`.

        ``port`` (``Port``): The port, 1-65535 (some are refused, e.g. 22, 80, 443, 500).

        ``proto`` (``Proto``): `TCP` or `UDP`.

        ``compress`` (``Compress``): Whether to compress traffic.

        ``enable_multi_factor_auth`` (``EnableMultiFactorAuth``): Whether to require two-factor authentication.

        ``idaas_instance_id`` (``IDaaSInstanceId``): The IDaaS instance.

        ``idaas_region_id`` (``IDaaSRegionId``): The region of the IDaaS instance.

        ``idaas_application_id`` (``IDaaSApplicationId``): The IDaaS application.

        ``dns_servers`` (``DnsServers``): The DNS servers to push to clients.

        ``dry_run`` (``DryRun``): Only check the request: nothing changes.

        ``client_token`` (``ClientToken``): The idempotency token (default: one generated per logical call).

        ``wait`` (seconds): After the change is accepted, wait up to this long until the gateway is `active` again.

        ``region_id``: the region of this call (default: the client's).

        Cancelling the await does not stop the call: it may still be applied; rerun it with the same ``client_token`` to get its result (see the module's docstring).
        """
        return await self._run(
            self._client.modify_ssl_vpn_server,
            ssl_vpn_server_id,
            local_subnet=local_subnet,
            client_ip_pool=client_ip_pool,
            name=name,
            cipher=cipher,
            port=port,
            proto=proto,
            compress=compress,
            enable_multi_factor_auth=enable_multi_factor_auth,
            idaas_instance_id=idaas_instance_id,
            idaas_region_id=idaas_region_id,
            idaas_application_id=idaas_application_id,
            dns_servers=dns_servers,
            dry_run=dry_run,
            client_token=client_token,
            region_id=region_id,
            wait=wait,
        )

    async def wait_for_gateway(
        self,
        vpn_gateway_id: str,
        *,
        region_id: str | None = None,
        timeout: float = 180.0,
    ) -> VpnGateway:
        """Waits until a VPN gateway's `Status` is `active` (the documented sign that a change is applied) and returns it. A gateway that is `FinancialLocked` ends the wait at once with that error; one that stays busy past the timeout is a timeout error.

        ``vpn_gateway_id`` (``VpnGatewayId``): The gateway (`vpn-...`).

        ``timeout`` (seconds): How long to wait (default 180 s).

        ``region_id``: the region of this call (default: the client's).
        """
        return await self._run(
            self._client.wait_for_gateway,
            vpn_gateway_id,
            region_id=region_id,
            timeout=timeout,
        )

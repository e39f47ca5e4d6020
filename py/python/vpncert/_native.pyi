# generated from spec/api.toml; edit the spec, then run cargo xtask gen
"""Type stubs of the native module (checked against the built module by mypy.stubtest)."""

import datetime
import os
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, final

__all__ = [
    "__version__",
    "Client",
    "CreateSslVpnClientCertResponse",
    "CreateSslVpnServerResponse",
    "DeleteOutcome",
    "DeleteSslVpnServerResponse",
    "ModifySslVpnClientCertResponse",
    "ModifySslVpnServerResponse",
    "SslVpnClientCertBundle",
    "SslVpnClientCertSummary",
    "SslVpnClientInfo",
    "SslVpnServer",
    "VpnGateway",
    "VpnGatewayReservationData",
    "VpnGatewayTag",
    "VpnSslServerLogs",
    "SslVpnClientCertPage",
    "SslVpnClientCertIterator",
    "SslVpnClientInfoPage",
    "SslVpnClientInfoIterator",
    "SslVpnServerPage",
    "SslVpnServerIterator",
    "VpnGatewayPage",
    "VpnGatewayIterator",
    "Roster",
    "RosterAction",
    "RosterPlan",
    "RosterReport",
    "_roster_load",
    "_roster_client_token",
    "_roster_plan",
    "_cli_main",
    "VpnSslServerLogIterator",
    "_Emulator",
]

__version__: str

@final
class Client:
    """A VPC OpenAPI client for the SSL-VPN family. Safe to share between threads.

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
    """
    def __new__(
        cls,
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
    ) -> Client:
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
        """
        ...
    @property
    def region_id(self) -> str:
        """The region requests are made in (each call may name its own)."""
        ...
    @property
    def endpoint(self) -> str:
        """The endpoint base URL."""
        ...
    @property
    def signature_version(self) -> str:
        """``"v1"`` or ``"v3"``."""
        ...
    @property
    def retry_mode(self) -> str:
        """``"standard"`` or ``"adaptive"``."""
        ...
    @property
    def retry_quota_available(self) -> int:
        """Tokens left in the retry quota this client shares with its threads (500 when
        full; a retry costs 5, one after a timeout 10; successes pay back)."""
        ...
    def paced_rate(self, action: str) -> float | None:
        """The rate (requests per second) the adaptive limiter paces ``action`` (e.g.
        ``"CreateSslVpnClientCert"``) to, or ``None`` while the service has not throttled it."""
        ...
    def stats(self) -> dict[str, int | float]:
        """Counts of what this client did: ``calls``, ``attempts``, ``retries``,
        ``transport_errors``, ``api_errors``, ``throttled``, ``quota_refusals``, and
        ``paced`` (seconds spent waiting for the adaptive limiter, summed over threads)."""
        ...
    def iter_vpn_ssl_server_logs(
        self,
        vpn_ssl_server_id: str,
        *,
        ssl_vpn_client_cert_id: str | None = None,
        from_: int | None = None,
        to: int | None = None,
        minute_period: int | None = None,
        region_id: str | None = None,
    ) -> VpnSslServerLogIterator:
        """Every line of an SSL-VPN server's logs, fetched lazily in pages of 50.

        ``vpn_ssl_server_id`` (``VpnSslServerId``): The SSL-VPN server (`vss-...`).

        ``ssl_vpn_client_cert_id`` (``SslVpnClientCertId``): Only the logs of this certificate.

        ``from_`` (``From``): The start of the period, epoch seconds.

        ``to`` (``To``): The end of the period, epoch seconds.

        ``minute_period`` (``MinutePeriod``): The period in minutes, when ``from_`` and ``to``
        are not given.

        ``region_id``: the region of this call (default: the client's).
        """
        ...

    def create_ssl_vpn_client_cert(
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
        """
        ...
    def create_ssl_vpn_server(
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
        """
        ...
    def delete_ssl_vpn_client_cert(
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
        """
        ...
    def delete_ssl_vpn_server(
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
        """
        ...
    def describe_ssl_vpn_client_cert(
        self,
        ssl_vpn_client_cert_id: str,
        *,
        region_id: str | None = None,
    ) -> SslVpnClientCertBundle:
        """Fetches one certificate with its CA, certificate, private key and OpenVPN profile. Every not-found form of the API is a certificate-not-found error.

        ``ssl_vpn_client_cert_id`` (``SslVpnClientCertId``): The certificate (`vsc-...`).

        ``region_id``: the region of this call (default: the client's).
        """
        ...
    def describe_ssl_vpn_client_certs(
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
        ...
    def iter_ssl_vpn_client_certs(
        self,
        ssl_vpn_server_id: str | None = None,
        *,
        ssl_vpn_client_cert_id: str | None = None,
        name: str | None = None,
        resource_group_id: str | None = None,
        region_id: str | None = None,
    ) -> SslVpnClientCertIterator:
        """Every item ``describe_ssl_vpn_client_certs`` lists with these filters, fetched lazily in pages of 50.

        ``ssl_vpn_server_id`` (``SslVpnServerId``): Only certificates of this SSL-VPN server.

        ``ssl_vpn_client_cert_id`` (``SslVpnClientCertId``): Only this certificate.

        ``name`` (``Name``): Only certificates with this name.

        ``resource_group_id`` (``ResourceGroupId``): Only certificates in this resource group.

        ``region_id``: the region of this call (default: the client's).
        """
        ...
    def describe_ssl_vpn_clients(
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
        ...
    def iter_ssl_vpn_clients(
        self,
        vpn_gateway_id: str,
        *,
        region_id: str | None = None,
    ) -> SslVpnClientInfoIterator:
        """Every item ``describe_ssl_vpn_clients`` lists with these filters, fetched lazily in pages of 50.

        ``vpn_gateway_id`` (``VpnGatewayId``): The gateway (`vpn-...`).

        ``region_id``: the region of this call (default: the client's).
        """
        ...
    def describe_ssl_vpn_servers(
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
        ...
    def iter_ssl_vpn_servers(
        self,
        ssl_vpn_server_id: str | None = None,
        *,
        vpn_gateway_id: str | None = None,
        name: str | None = None,
        resource_group_id: str | None = None,
        region_id: str | None = None,
    ) -> SslVpnServerIterator:
        """Every item ``describe_ssl_vpn_servers`` lists with these filters, fetched lazily in pages of 50.

        ``ssl_vpn_server_id`` (``SslVpnServerId``): Only this server.

        ``vpn_gateway_id`` (``VpnGatewayId``): Only servers of this VPN gateway.

        ``name`` (``Name``): Only servers with this name.

        ``resource_group_id`` (``ResourceGroupId``): Only servers in this resource group.

        ``region_id``: the region of this call (default: the client's).
        """
        ...
    def describe_vpn_gateway(
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
        ...
    def describe_vpn_gateways(
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
        ...
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
    ) -> VpnGatewayIterator:
        """Every item ``describe_vpn_gateways`` lists with these filters, fetched lazily in pages of 50.

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
        ...
    def describe_vpn_ssl_server_logs(
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
        ...
    def issue_client_cert(
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
        """
        ...
    def modify_ssl_vpn_client_cert(
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
        """
        ...
    def modify_ssl_vpn_server(
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
        """
        ...
    def wait_for_gateway(
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
        ...

@final
class CreateSslVpnClientCertResponse:
    """The answer to `CreateSslVpnClientCert`."""
    @property
    def request_id(self) -> str:
        """The request id."""
        ...
    @property
    def name(self) -> str:
        """The certificate's name (empty when an older response leaves it out)."""
        ...
    @property
    def ssl_vpn_client_cert_id(self) -> str:
        """The new certificate's id (`vsc-...`)."""
        ...
    def to_dict(self) -> dict[str, Any]:
        """Every field as a dict (epoch milliseconds stay numbers)."""
        ...

@final
class CreateSslVpnServerResponse:
    """The answer to `CreateSslVpnServer`."""
    @property
    def request_id(self) -> str:
        """The request id."""
        ...
    @property
    def ssl_vpn_server_id(self) -> str:
        """The new server's id (`vss-...`; empty for a dry run)."""
        ...
    @property
    def name(self) -> str:
        """The server's name."""
        ...
    @property
    def dry_run(self) -> bool:
        """Whether this was a dry run that the service found would succeed (nothing was changed)."""
        ...
    def to_dict(self) -> dict[str, Any]:
        """Every field as a dict (epoch milliseconds stay numbers)."""
        ...

@final
class DeleteOutcome:
    """What a delete did."""
    @property
    def request_id(self) -> str:
        """The request id of the answer."""
        ...
    @property
    def already_deleted(self) -> bool:
        """Whether the certificate was already gone (not an error: the delete is done either way)."""
        ...
    def to_dict(self) -> dict[str, Any]:
        """Every field as a dict (epoch milliseconds stay numbers)."""
        ...

@final
class DeleteSslVpnServerResponse:
    """The answer to `DeleteSslVpnServer`."""
    @property
    def request_id(self) -> str:
        """The request id."""
        ...
    def to_dict(self) -> dict[str, Any]:
        """Every field as a dict (epoch milliseconds stay numbers)."""
        ...

@final
class ModifySslVpnClientCertResponse:
    """The answer to `ModifySslVpnClientCert`."""
    @property
    def request_id(self) -> str:
        """The request id."""
        ...
    @property
    def name(self) -> str:
        """The new name."""
        ...
    @property
    def ssl_vpn_client_cert_id(self) -> str:
        """The certificate id."""
        ...
    def to_dict(self) -> dict[str, Any]:
        """Every field as a dict (epoch milliseconds stay numbers)."""
        ...

@final
class ModifySslVpnServerResponse:
    """The answer to `ModifySslVpnServer`: the server as it is now."""
    @property
    def request_id(self) -> str:
        """The request id."""
        ...
    @property
    def ssl_vpn_server_id(self) -> str:
        """The server id (`vss-...`)."""
        ...
    @property
    def vpn_gateway_id(self) -> str:
        """The VPN gateway it runs on."""
        ...
    @property
    def region_id(self) -> str:
        """The region."""
        ...
    @property
    def name(self) -> str:
        """The server name."""
        ...
    @property
    def internet_ip(self) -> str:
        """The public address clients connect to."""
        ...
    @property
    def client_ip_pool(self) -> str:
        """The client address pool (CIDR)."""
        ...
    @property
    def local_subnet(self) -> tuple[str, ...]:
        """The networks reachable through the VPN (CIDRs)."""
        ...
    @property
    def proto(self) -> str:
        """The protocol, `UDP` or `TCP`."""
        ...
    @property
    def port(self) -> int:
        """The port clients connect to."""
        ...
    @property
    def cipher(self) -> str:
        """The cipher."""
        ...
    @property
    def compress(self) -> bool:
        """Whether traffic is compressed."""
        ...
    @property
    def connections(self) -> int:
        """Current connections."""
        ...
    @property
    def max_connections(self) -> int:
        """Maximum connections."""
        ...
    @property
    def create_time(self) -> int:
        """Creation time, epoch milliseconds."""
        ...
    @property
    def create_time_dt(self) -> datetime.datetime | None:
        """``create_time`` as a timezone-aware ``datetime`` in UTC (``None`` when the API gives 0: unknown). ``to_dict()`` keeps the epoch milliseconds."""
        ...
    @property
    def enable_multi_factor_auth(self) -> bool:
        """Whether two-factor authentication (IDaaS) is on."""
        ...
    @property
    def idaas_instance_id(self) -> str:
        """The IDaaS instance (empty when none)."""
        ...
    @property
    def idaas_application_id(self) -> str:
        """The IDaaS application (empty when none)."""
        ...
    @property
    def idaas_instance_version(self) -> str:
        """The version of the IDaaS instance (empty when none)."""
        ...
    @property
    def resource_group_id(self) -> str:
        """The resource group."""
        ...
    @property
    def dry_run(self) -> bool:
        """Whether this was a dry run that the service found would succeed (nothing was changed; the other fields are empty)."""
        ...
    def to_dict(self) -> dict[str, Any]:
        """Every field as a dict (epoch milliseconds stay numbers)."""
        ...

@final
class SslVpnClientCertBundle:
    """A client certificate with its secrets: what a person needs to connect.

    `repr()` never shows the secrets; `to_dict()` includes them (they are the caller's data).
    """
    @property
    def request_id(self) -> str:
        """The request id."""
        ...
    @property
    def region_id(self) -> str:
        """The region."""
        ...
    @property
    def ssl_vpn_client_cert_id(self) -> str:
        """The certificate id (`vsc-...`)."""
        ...
    @property
    def ssl_vpn_server_id(self) -> str:
        """The SSL-VPN server it belongs to (`vss-...`)."""
        ...
    @property
    def name(self) -> str:
        """The certificate's name."""
        ...
    @property
    def ca_cert(self) -> str:
        """The CA certificate (PEM)."""
        ...
    @property
    def client_cert(self) -> str:
        """The client certificate (PEM)."""
        ...
    @property
    def client_key(self) -> str:
        """The client's private key (PEM). Secret: never shown by `Debug` or `repr`, held once and wiped on drop."""
        ...
    @property
    def client_config(self) -> str:
        """The OpenVPN profile the service sent (may be empty; a complete one is built from the bundle). It may carry the key inline, so it is held as the key is."""
        ...
    @property
    def create_time(self) -> int:
        """Creation time, epoch milliseconds."""
        ...
    @property
    def create_time_dt(self) -> datetime.datetime | None:
        """``create_time`` as a timezone-aware ``datetime`` in UTC (``None`` when the API gives 0: unknown). ``to_dict()`` keeps the epoch milliseconds."""
        ...
    @property
    def end_time(self) -> int:
        """Expiry time, epoch milliseconds."""
        ...
    @property
    def end_time_dt(self) -> datetime.datetime | None:
        """``end_time`` as a timezone-aware ``datetime`` in UTC (``None`` when the API gives 0: unknown). ``to_dict()`` keeps the epoch milliseconds."""
        ...
    @property
    def status(self) -> str:
        """`normal`, `expiring-soon`, `expired`, or another value as sent."""
        ...
    @property
    def resource_group_id(self) -> str:
        """The resource group."""
        ...
    @property
    def server(self) -> SslVpnServer | None:
        """The SSL-VPN server's settings, when `issue_client_cert` fetched them to build a profile."""
        ...
    def to_ovpn(self) -> str:
        """A complete OpenVPN profile with the CA, certificate and key inline."""
        ...
    def write_ovpn(self, path: str | os.PathLike[str], overwrite: bool = False) -> None:
        """Writes ``to_ovpn()`` to ``path`` with mode 0600, atomically. An existing file raises
        ``ProfileExistsError`` unless ``overwrite`` is true."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """Every field as a dict, secrets included (they are the caller's data) (epoch milliseconds stay numbers)."""
        ...

@final
class SslVpnClientCertSummary:
    """A certificate as the list shows it (no secrets)."""
    @property
    def ssl_vpn_client_cert_id(self) -> str:
        """The certificate id (`vsc-...`)."""
        ...
    @property
    def ssl_vpn_server_id(self) -> str:
        """The SSL-VPN server (`vss-...`)."""
        ...
    @property
    def name(self) -> str:
        """The name."""
        ...
    @property
    def region_id(self) -> str:
        """The region."""
        ...
    @property
    def status(self) -> str:
        """`normal`, `expiring-soon`, `expired`, or another value as sent."""
        ...
    @property
    def create_time(self) -> int:
        """Creation time, epoch milliseconds."""
        ...
    @property
    def create_time_dt(self) -> datetime.datetime | None:
        """``create_time`` as a timezone-aware ``datetime`` in UTC (``None`` when the API gives 0: unknown). ``to_dict()`` keeps the epoch milliseconds."""
        ...
    @property
    def end_time(self) -> int:
        """Expiry time, epoch milliseconds."""
        ...
    @property
    def end_time_dt(self) -> datetime.datetime | None:
        """``end_time`` as a timezone-aware ``datetime`` in UTC (``None`` when the API gives 0: unknown). ``to_dict()`` keeps the epoch milliseconds."""
        ...
    @property
    def resource_group_id(self) -> str:
        """The resource group."""
        ...
    def to_dict(self) -> dict[str, Any]:
        """Every field as a dict (epoch milliseconds stay numbers)."""
        ...

@final
class SslVpnClientInfo:
    """A client connected to an SSL-VPN server now."""
    @property
    def common_name(self) -> str:
        """The certificate it connected with (or the user, with two-factor authentication)."""
        ...
    @property
    def ip(self) -> str:
        """The public address it connects from."""
        ...
    @property
    def port(self) -> str:
        """The port it connects from (the API sends it as text)."""
        ...
    @property
    def private_ip(self) -> str:
        """The address the gateway gave it."""
        ...
    @property
    def connected_time(self) -> int:
        """When it connected, epoch milliseconds."""
        ...
    @property
    def connected_time_dt(self) -> datetime.datetime | None:
        """``connected_time`` as a timezone-aware ``datetime`` in UTC (``None`` when the API gives 0: unknown). ``to_dict()`` keeps the epoch milliseconds."""
        ...
    @property
    def receive_bytes(self) -> int:
        """Bytes the gateway received from it."""
        ...
    @property
    def send_bytes(self) -> int:
        """Bytes the gateway sent to it."""
        ...
    @property
    def status(self) -> str:
        """`online`."""
        ...
    def to_dict(self) -> dict[str, Any]:
        """Every field as a dict (epoch milliseconds stay numbers)."""
        ...

@final
class SslVpnServer:
    """An SSL-VPN server."""
    @property
    def ssl_vpn_server_id(self) -> str:
        """The server id (`vss-...`)."""
        ...
    @property
    def vpn_gateway_id(self) -> str:
        """The VPN gateway it runs on (`vpn-...`)."""
        ...
    @property
    def region_id(self) -> str:
        """The region."""
        ...
    @property
    def name(self) -> str:
        """The server name."""
        ...
    @property
    def internet_ip(self) -> str:
        """The public address clients connect to."""
        ...
    @property
    def client_ip_pool(self) -> str:
        """The client address pool (CIDR)."""
        ...
    @property
    def local_subnet(self) -> tuple[str, ...]:
        """The networks reachable through the VPN (CIDRs)."""
        ...
    @property
    def proto(self) -> str:
        """The protocol, `UDP` or `TCP`."""
        ...
    @property
    def port(self) -> int:
        """The port clients connect to, e.g. 1194 (0 when unknown)."""
        ...
    @property
    def cipher(self) -> str:
        """The cipher, e.g. `AES-128-CBC`."""
        ...
    @property
    def compress(self) -> bool:
        """Whether traffic is compressed."""
        ...
    @property
    def connections(self) -> int:
        """Current connections."""
        ...
    @property
    def max_connections(self) -> int:
        """Maximum connections."""
        ...
    @property
    def create_time(self) -> int:
        """Creation time, epoch milliseconds."""
        ...
    @property
    def create_time_dt(self) -> datetime.datetime | None:
        """``create_time`` as a timezone-aware ``datetime`` in UTC (``None`` when the API gives 0: unknown). ``to_dict()`` keeps the epoch milliseconds."""
        ...
    @property
    def enable_multi_factor_auth(self) -> bool:
        """Whether multi-factor authentication (IDaaS) is on."""
        ...
    @property
    def idaas_instance_id(self) -> str:
        """The IDaaS instance of multi-factor authentication (empty when none)."""
        ...
    @property
    def idaas_region_id(self) -> str:
        """The region of the IDaaS instance (empty when none)."""
        ...
    @property
    def idaas_application_id(self) -> str:
        """The IDaaS application of multi-factor authentication (empty when none)."""
        ...
    @property
    def idaas_instance_version(self) -> str:
        """The version of the IDaaS instance (empty when none)."""
        ...
    @property
    def resource_group_id(self) -> str:
        """The resource group (empty when none)."""
        ...
    @property
    def dns_servers(self) -> tuple[str, ...]:
        """The DNS servers pushed to clients (IP addresses; empty when none)."""
        ...
    def to_dict(self) -> dict[str, Any]:
        """Every field as a dict (epoch milliseconds stay numbers)."""
        ...

@final
class VpnGateway:
    """A VPN gateway: where SSL-VPN servers run. `Status` is `updating` while a change is applied and `active` when it is done."""
    @property
    def request_id(self) -> str:
        """The request id (empty for the items of a list)."""
        ...
    @property
    def vpn_gateway_id(self) -> str:
        """The gateway id (`vpn-...`)."""
        ...
    @property
    def vpc_id(self) -> str:
        """The VPC it belongs to."""
        ...
    @property
    def v_switch_id(self) -> str:
        """The vSwitch it belongs to."""
        ...
    @property
    def name(self) -> str:
        """The name."""
        ...
    @property
    def description(self) -> str:
        """The description."""
        ...
    @property
    def status(self) -> str:
        """`init`, `provisioning`, `active`, `updating` or `deleting`."""
        ...
    @property
    def business_status(self) -> str:
        """`Normal`, or `FinancialLocked` (overdue payment)."""
        ...
    @property
    def ssl_vpn(self) -> str:
        """Whether SSL-VPN is on: `enable` or `disable`."""
        ...
    @property
    def ssl_max_connections(self) -> int:
        """How many SSL-VPN connections may be open at once."""
        ...
    @property
    def ssl_vpn_internet_ip(self) -> str:
        """The address SSL-VPN clients connect to."""
        ...
    @property
    def ipsec_vpn(self) -> str:
        """Whether IPsec-VPN is on: `enable` or `disable`."""
        ...
    @property
    def internet_ip(self) -> str:
        """The public address of the gateway."""
        ...
    @property
    def disaster_recovery_internet_ip(self) -> str:
        """The second address of a dual-tunnel gateway."""
        ...
    @property
    def disaster_recovery_v_switch_id(self) -> str:
        """The second vSwitch of a dual-tunnel gateway."""
        ...
    @property
    def spec(self) -> str:
        """The bandwidth specification."""
        ...
    @property
    def charge_type(self) -> str:
        """The billing method."""
        ...
    @property
    def create_time(self) -> int:
        """Creation time, epoch milliseconds."""
        ...
    @property
    def create_time_dt(self) -> datetime.datetime | None:
        """``create_time`` as a timezone-aware ``datetime`` in UTC (``None`` when the API gives 0: unknown). ``to_dict()`` keeps the epoch milliseconds."""
        ...
    @property
    def end_time(self) -> int:
        """Expiry time, epoch milliseconds."""
        ...
    @property
    def end_time_dt(self) -> datetime.datetime | None:
        """``end_time`` as a timezone-aware ``datetime`` in UTC (``None`` when the API gives 0: unknown). ``to_dict()`` keeps the epoch milliseconds."""
        ...
    @property
    def gateway_type(self) -> str:
        """The type of the gateway."""
        ...
    @property
    def network_type(self) -> str:
        """The network type."""
        ...
    @property
    def vpn_type(self) -> str:
        """The VPN type."""
        ...
    @property
    def auto_propagate(self) -> bool:
        """Whether routes propagate automatically."""
        ...
    @property
    def enable_bgp(self) -> bool:
        """Whether BGP is on."""
        ...
    @property
    def resource_group_id(self) -> str:
        """The resource group."""
        ...
    @property
    def tag(self) -> str:
        """The system's labels of the gateway."""
        ...
    @property
    def tags(self) -> tuple[VpnGatewayTag, ...]:
        """The tags bound to the gateway."""
        ...
    @property
    def eni_instance_ids(self) -> tuple[str, ...]:
        """The network interfaces of the gateway."""
        ...
    @property
    def reservation_data(self) -> VpnGatewayReservationData | None:
        """The pending order, when there is one (asked for with `IncludeReservationData`)."""
        ...
    def to_dict(self) -> dict[str, Any]:
        """Every field as a dict (epoch milliseconds stay numbers)."""
        ...

@final
class VpnGatewayReservationData:
    """A pending order of a VPN gateway."""
    @property
    def reservation_end_time(self) -> str:
        """When a temporary upgrade ends."""
        ...
    @property
    def reservation_ipsec(self) -> str:
        """IPsec-VPN in the pending order: `enable` or `disable`."""
        ...
    @property
    def reservation_max_connections(self) -> int:
        """SSL-VPN connections in the pending order."""
        ...
    @property
    def reservation_order_type(self) -> str:
        """The type of the pending order."""
        ...
    @property
    def reservation_spec(self) -> str:
        """The bandwidth of the pending order."""
        ...
    @property
    def reservation_ssl(self) -> str:
        """SSL-VPN in the pending order: `enable` or `disable`."""
        ...
    @property
    def status(self) -> str:
        """The status of the pending order."""
        ...
    def to_dict(self) -> dict[str, Any]:
        """Every field as a dict (epoch milliseconds stay numbers)."""
        ...

@final
class VpnGatewayTag:
    """A tag of a VPN gateway."""
    @property
    def key(self) -> str:
        """The tag's key."""
        ...
    @property
    def value(self) -> str:
        """The tag's value."""
        ...
    def to_dict(self) -> dict[str, Any]:
        """Every field as a dict (epoch milliseconds stay numbers)."""
        ...

@final
class VpnSslServerLogs:
    """One page of an SSL-VPN server's connection logs."""
    @property
    def request_id(self) -> str:
        """The request id."""
        ...
    @property
    def count(self) -> int:
        """How many log lines there are in all."""
        ...
    @property
    def page_number(self) -> int:
        """The page number."""
        ...
    @property
    def page_size(self) -> int:
        """The page size."""
        ...
    @property
    def is_completed(self) -> bool:
        """Whether the logs of the period are complete (the service may still be collecting them)."""
        ...
    @property
    def logs(self) -> tuple[str, ...]:
        """The log lines of this page."""
        ...
    def to_dict(self) -> dict[str, Any]:
        """Every field as a dict (epoch milliseconds stay numbers)."""
        ...

@final
class SslVpnClientCertPage:
    """One page of ``SslVpnClientCertSummary`` items."""

    @property
    def request_id(self) -> str:
        """The request id."""
        ...
    @property
    def page_number(self) -> int:
        """1-based page number."""
        ...
    @property
    def page_size(self) -> int:
        """Page size asked for."""
        ...
    @property
    def total_count(self) -> int:
        """Items across all pages."""
        ...
    @property
    def items(self) -> tuple[SslVpnClientCertSummary, ...]:
        """This page's items."""
        ...
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[SslVpnClientCertSummary]: ...
    def to_dict(self) -> dict[str, Any]:
        """The fields as a dict, items as a list of dicts."""
        ...

@final
class SslVpnClientCertIterator:
    """Every ``SslVpnClientCertSummary`` matching the filters, fetched lazily in pages of 50."""

    def __iter__(self) -> SslVpnClientCertIterator: ...
    def __next__(self) -> SslVpnClientCertSummary: ...

@final
class SslVpnClientInfoPage:
    """One page of ``SslVpnClientInfo`` items."""

    @property
    def request_id(self) -> str:
        """The request id."""
        ...
    @property
    def page_number(self) -> int:
        """1-based page number."""
        ...
    @property
    def page_size(self) -> int:
        """Page size asked for."""
        ...
    @property
    def total_count(self) -> int:
        """Items across all pages."""
        ...
    @property
    def items(self) -> tuple[SslVpnClientInfo, ...]:
        """This page's items."""
        ...
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[SslVpnClientInfo]: ...
    def to_dict(self) -> dict[str, Any]:
        """The fields as a dict, items as a list of dicts."""
        ...

@final
class SslVpnClientInfoIterator:
    """Every ``SslVpnClientInfo`` matching the filters, fetched lazily in pages of 50."""

    def __iter__(self) -> SslVpnClientInfoIterator: ...
    def __next__(self) -> SslVpnClientInfo: ...

@final
class SslVpnServerPage:
    """One page of ``SslVpnServer`` items."""

    @property
    def request_id(self) -> str:
        """The request id."""
        ...
    @property
    def page_number(self) -> int:
        """1-based page number."""
        ...
    @property
    def page_size(self) -> int:
        """Page size asked for."""
        ...
    @property
    def total_count(self) -> int:
        """Items across all pages."""
        ...
    @property
    def items(self) -> tuple[SslVpnServer, ...]:
        """This page's items."""
        ...
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[SslVpnServer]: ...
    def to_dict(self) -> dict[str, Any]:
        """The fields as a dict, items as a list of dicts."""
        ...

@final
class SslVpnServerIterator:
    """Every ``SslVpnServer`` matching the filters, fetched lazily in pages of 50."""

    def __iter__(self) -> SslVpnServerIterator: ...
    def __next__(self) -> SslVpnServer: ...

@final
class VpnGatewayPage:
    """One page of ``VpnGateway`` items."""

    @property
    def request_id(self) -> str:
        """The request id."""
        ...
    @property
    def page_number(self) -> int:
        """1-based page number."""
        ...
    @property
    def page_size(self) -> int:
        """Page size asked for."""
        ...
    @property
    def total_count(self) -> int:
        """Items across all pages."""
        ...
    @property
    def items(self) -> tuple[VpnGateway, ...]:
        """This page's items."""
        ...
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[VpnGateway]: ...
    def to_dict(self) -> dict[str, Any]:
        """The fields as a dict, items as a list of dicts."""
        ...

@final
class VpnGatewayIterator:
    """Every ``VpnGateway`` matching the filters, fetched lazily in pages of 50."""

    def __iter__(self) -> VpnGatewayIterator: ...
    def __next__(self) -> VpnGateway: ...

@final
class Roster:
    """A roster read from a file: who should have access."""

    def __len__(self) -> int: ...
    @property
    def names(self) -> tuple[str, ...]:
        """The names, in file order."""
        ...
    def to_dict(self) -> dict[str, Any]:
        """The people as dicts (``line``, ``name``, ``server``, ``columns``), and repeated
        lines."""
        ...

@final
class RosterAction:
    """One line of a plan."""

    @property
    def action(self) -> str:
        """``"create"``, ``"revoke"``, ``"rotate"`` or ``"keep"``."""
        ...
    @property
    def name(self) -> str:
        """The certificate name."""
        ...
    @property
    def ssl_vpn_server_id(self) -> str:
        """The SSL-VPN server."""
        ...
    @property
    def ssl_vpn_client_cert_id(self) -> str | None:
        """The certificate kept, revoked or rotated out (``None`` for a create)."""
        ...
    @property
    def reason(self) -> str:
        """Why, in words."""
        ...
    @property
    def line(self) -> int | None:
        """The roster line of the person (``None`` for a certificate not in the roster)."""
        ...
    def to_dict(self) -> dict[str, Any]:
        """The fields as a dict."""
        ...

@final
class RosterPlan:
    """What ``apply`` would do; ``apply`` does it."""

    @property
    def actions(self) -> tuple[RosterAction, ...]:
        """The actions, one per person and per certificate to revoke."""
        ...
    @property
    def has_changes(self) -> bool:
        """Whether applying it changes anything."""
        ...
    def to_dict(self) -> dict[str, Any]:
        """``{"actions": [...], "summary": {"create", "revoke", "rotate", "keep"}}``."""
        ...
    def apply(
        self,
        out_dir: str | os.PathLike[str],
        *,
        max_revocations: int = 5,
        bundle: str = "ovpn",
        allow_shared_dir: bool = False,
        concurrency: int = 8,
    ) -> RosterReport:
        """Applies the plan: hand-over files into ``out_dir`` (mode 0700; ``NAME.ovpn`` 0600,
        and ``NAME.zip`` with ``bundle="zip"`` or ``"both"``), creates before revocations, at
        most ``max_revocations`` revocations (else nothing changes), ``concurrency`` calls in
        flight (changes still one at a time per gateway). Returns the report. A client made
        with ``retry_mode="adaptive"`` paces the job to the service's flow control."""
        ...

@final
class RosterReport:
    """What ``apply`` did."""

    @property
    def failed(self) -> bool:
        """Whether any action failed or was not attempted (a rerun continues)."""
        ...
    @property
    def audit(self) -> str:
        """The audit record appended to."""
        ...
    @property
    def connected(self) -> dict[str, int]:
        """Per server revoked on, the clients connected before (all of them are
        disconnected while the gateway applies a revocation)."""
        ...
    @property
    def outcomes(self) -> list[dict[str, Any]]:
        """The outcomes as dicts: the planned action's fields, ``result`` (``done``,
        ``delivered``, ``failed``, ``not_attempted``), ``issued_cert_id``, ``files``,
        ``request_id``, ``error``."""
        ...
    def to_dict(self) -> dict[str, Any]:
        """Everything as a dict."""
        ...

def _roster_load(path: str | os.PathLike[str]) -> Roster: ...
def _roster_client_token(ssl_vpn_server_id: str, name: str, scope: str | None = None) -> str: ...
def _roster_plan(
    client: Client,
    roster: Roster,
    *,
    server: str | None = None,
    prune: bool = False,
    rotate_within: float | None = None,
) -> RosterPlan: ...
def _cli_main(argv: list[str]) -> int: ...

@final
class VpnSslServerLogIterator:
    """Every log line matching the filters, fetched lazily in pages of 50."""

    def __iter__(self) -> VpnSslServerLogIterator: ...
    def __next__(self) -> str: ...

@final
class _Emulator:
    def __new__(
        cls,
        *,
        keys: list[tuple[str, str, str]] | None = None,
        sts_keys: list[tuple[str, str, str]] | None = None,
        servers: list[tuple[str, str, str]] | None = None,
        gateways: list[tuple[str, str, str]] | None = None,
        server_idaas: list[tuple[str, str]] | None = None,
        quota: int | None = None,
        server_quota: int | None = None,
        create_limit: int | None = None,
        faults: list[tuple[str, float]] | None = None,
        dns_servers: list[tuple[str, str]] | None = None,
        ssl_vpn_internet_ips: list[tuple[str, str]] | None = None,
        seed: int | None = None,
        latency: float = 0.0,
        jitter: float = 0.0,
        rate_limits: list[tuple[str, float]] | None = None,
        delete_settle: float | None = None,
        settle: float | None = None,
        create_settle: float | None = None,
        cert_validity: float | None = None,
        client_config: bool = True,
        clock_skew: int = 0,
        openvpn_remote: str | None = None,
    ) -> _Emulator: ...
    @property
    def url(self) -> str: ...
    @property
    def closed(self) -> bool: ...
    def state_json(self) -> str: ...
    def set_server_state(self, ssl_vpn_server_id: str, state: str) -> None: ...
    def set_gateway_state(self, vpn_gateway_id: str, state: str) -> None: ...
    def connect(
        self, ssl_vpn_client_cert_id: str, ip: str | None = None, user: str | None = None
    ) -> str: ...
    def disconnect(self, ssl_vpn_client_cert_id: str, ip: str | None = None) -> int: ...
    def brownout(self, seconds: float) -> None: ...
    def openvpn_server_config(self, ssl_vpn_server_id: str) -> str: ...
    def close(self) -> None: ...

// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! `vpncert.Client`: the class, and one method per operation of the spec (each builds the
//! core's request, then calls it with the interpreter detached).

#![allow(clippy::too_many_arguments)]

use pyo3::prelude::*;

#[allow(unused_imports)]
use crate::args;
use crate::errors::IntoPyResult;
#[allow(unused_imports)]
use crate::generated::records::*;

/// A VPC OpenAPI client for the SSL-VPN family. Safe to share between threads.
///
/// Without ``access_key_id``/``access_key_secret``, credentials come from the default chain
/// when a call needs them: environment variables, an OIDC role (RRSA), the aliyun CLI's
/// ``~/.aliyun/config.json``, ``~/.alibabacloud/credentials`` (``profile`` picks the profile in
/// both), the ECS metadata service, then ``ALIBABA_CLOUD_CREDENTIALS_URI``. Without
/// ``region_id``, it comes from ``ALIBABA_CLOUD_REGION_ID`` or the CLI profile.
///
/// ``region_id`` (default ``None``): The region, e.g. ``cn-hangzhou`` (lower-case letters,
/// digits and ``-``).
///
/// ``access_key_id`` (default ``None``): The AccessKey id (with ``access_key_secret``; default:
/// the credential chain).
///
/// ``access_key_secret`` (default ``None``): The AccessKey secret. Never shown by ``repr`` or
/// in errors.
///
/// ``security_token`` (default ``None``): The STS token of temporary credentials. Never shown.
///
/// ``endpoint`` (default ``None``): An explicit endpoint, ``https://host[:port]`` (plain
/// ``http://`` only for loopback; default: ``ALIBABA_CLOUD_ENDPOINT_VPC``, else the region's).
///
/// ``timeout`` (default ``10.0``): Seconds each attempt may take, from sending to the last byte
/// of the answer (at most one day).
///
/// ``connect_timeout`` (default ``5.0``): Seconds connecting may take.
///
/// ``max_retries`` (default ``3``): Retries after the first attempt of a call (0 disables
/// retries).
///
/// ``retry_mode`` (default ``"standard"``): ``"standard"``: exponential backoff with jitter and
/// a retry quota shared by the client's threads, so a long outage does not multiply the load;
/// ``"adaptive"``: also paces each API action to the rate the service's flow control accepts,
/// learned from ``Throttling`` answers (for bulk jobs).
///
/// ``configuring_budget`` (default ``180.0``): Seconds ``issue_client_cert`` and
/// ``delete_ssl_vpn_client_cert`` wait out a gateway that answers ``VpnGateway.Configuring``
/// (each call may set its own; 0 leaves only the retries).
///
/// ``signature_version`` (default ``"v1"``): ``"v1"`` (HMAC-SHA1) or ``"v3"``
/// (ACS3-HMAC-SHA256).
///
/// ``profile`` (default ``None``): The credentials profile, in both ``~/.aliyun/config.json``
/// and ``~/.alibabacloud/credentials``.
///
/// ``ca_bundle`` (default ``None``): A PEM file of certificates to trust instead of the
/// built-in roots.
///
/// ``proxy`` (default ``None``): A proxy URL (``http://``, ``https://`` or ``socks5h://``...)
/// for every request (default: ``HTTPS_PROXY``/``HTTP_PROXY`` with ``NO_PROXY``; never for
/// loopback endpoints).
///
/// ``user_agent`` (default ``None``): Text appended to the ``User-Agent`` header.
///
/// ``network`` (default ``None``): The network the region's default endpoint is reached over:
/// ``"vpc"`` from inside a VPC (``vpc-vpc.<region>.aliyuncs.com``), ``"public"`` otherwise
/// (default: ``ALIBABA_CLOUD_NETWORK``, else public).
#[pyclass(frozen, module = "vpncert._native")]
pub(crate) struct Client {
    pub(crate) inner: vpncert::Client,
}

#[pymethods]
impl Client {
    /// Creates an SSL client certificate. Retries reuse one ClientToken (the caller's, or one
    /// generated for this call), so a retried create never makes a second certificate.
    ///
    /// ``ssl_vpn_server_id`` (``SslVpnServerId``): The SSL-VPN server (`vss-...`).
    ///
    /// ``name`` (``Name``): The certificate's name: 1-100 characters, not starting with
    /// `http://` or `https://`.
    ///
    /// ``client_token`` (``ClientToken``): The idempotency token (ASCII, at most 64 characters;
    /// default: one generated per logical call).
    ///
    /// ``region_id``: the region of this call (default: the client's).
    #[pyo3(signature = (ssl_vpn_server_id, name=None, *, client_token=None, region_id=None))]
    fn create_ssl_vpn_client_cert(
        &self,
        py: Python<'_>,
        ssl_vpn_server_id: Bound<'_, PyAny>,
        name: Option<Bound<'_, PyAny>>,
        client_token: Option<Bound<'_, PyAny>>,
        region_id: Option<Bound<'_, PyAny>>,
    ) -> PyResult<CreateSslVpnClientCertResponse> {
        let ssl_vpn_server_id: String = args::arg("ssl_vpn_server_id", &ssl_vpn_server_id)?;
        let name: Option<String> = args::opt("name", name)?;
        let client_token: Option<String> = args::opt("client_token", client_token)?;
        let region_id: Option<String> = args::opt("region_id", region_id)?;
        let build = || -> Result<vpncert::CreateSslVpnClientCert, vpncert::Error> {
            #[allow(unused_mut)]
            let mut req = vpncert::CreateSslVpnClientCert::new(ssl_vpn_server_id);
            if let Some(v) = name {
                req = req.name(v);
            }
            if let Some(v) = client_token {
                req = req.client_token(v);
            }
            if let Some(v) = region_id {
                req = req.region_id(v);
            }
            Ok(req)
        };
        let req = build().into_py_result(py)?;
        crate::pylogging::detach(py, || self.inner.create_ssl_vpn_client_cert(&req))
            .into_py_result(py)
            .map(CreateSslVpnClientCertResponse)
    }

    /// Creates the SSL-VPN server of a VPN gateway (one per gateway). The settings are checked
    /// before anything is sent. The change is asynchronous: with `wait`, the call returns once
    /// the gateway is `active` again.
    ///
    /// ``vpn_gateway_id`` (``VpnGatewayId``): The gateway (`vpn-...`).
    ///
    /// ``local_subnet`` (``LocalSubnet``): The networks clients may reach: CIDR blocks (masks
    /// 8-32), at most 5.
    ///
    /// ``client_ip_pool`` (``ClientIpPool``): The addresses clients get: one CIDR block (mask
    /// 16-29) outside the local networks and reserved blocks.
    ///
    /// ``name`` (``Name``): The name: 1-100 characters, not starting with `http://` or
    /// `https://`.
    ///
    /// ``cipher`` (``Cipher``): `AES-128-CBC` (default), `AES-192-CBC`, `AES-256-CBC` or
    /// `none`.
    ///
    /// ``port`` (``Port``): The port, 1-65535 (default 1194; some are refused, e.g. 22, 80,
    /// 443, 500).
    ///
    /// ``proto`` (``Proto``): `TCP` (default) or `UDP`.
    ///
    /// ``compress`` (``Compress``): Whether to compress traffic (default false).
    ///
    /// ``enable_multi_factor_auth`` (``EnableMultiFactorAuth``): Whether to require two-factor
    /// authentication (needs the IDaaS settings).
    ///
    /// ``idaas_instance_id`` (``IDaaSInstanceId``): The IDaaS instance of two-factor
    /// authentication.
    ///
    /// ``idaas_region_id`` (``IDaaSRegionId``): The region of the IDaaS instance.
    ///
    /// ``idaas_application_id`` (``IDaaSApplicationId``): The IDaaS application (EIAM 2.0).
    ///
    /// ``dns_servers`` (``DnsServers``): The DNS servers to push to clients (IP addresses).
    ///
    /// ``dry_run`` (``DryRun``): Only check the request: nothing changes, and the answer says
    /// whether it would succeed.
    ///
    /// ``client_token`` (``ClientToken``): The idempotency token (default: one generated per
    /// logical call).
    ///
    /// ``wait`` (seconds): After the create is accepted, wait up to this long until the gateway
    /// is `active` again.
    ///
    /// ``region_id``: the region of this call (default: the client's).
    #[pyo3(signature = (vpn_gateway_id, local_subnet, client_ip_pool, *, name=None, cipher=None, port=None, proto=None, compress=None, enable_multi_factor_auth=None, idaas_instance_id=None, idaas_region_id=None, idaas_application_id=None, dns_servers=None, dry_run=None, client_token=None, region_id=None, wait=None))]
    fn create_ssl_vpn_server(
        &self,
        py: Python<'_>,
        vpn_gateway_id: Bound<'_, PyAny>,
        local_subnet: Bound<'_, PyAny>,
        client_ip_pool: Bound<'_, PyAny>,
        name: Option<Bound<'_, PyAny>>,
        cipher: Option<Bound<'_, PyAny>>,
        port: Option<Bound<'_, PyAny>>,
        proto: Option<Bound<'_, PyAny>>,
        compress: Option<Bound<'_, PyAny>>,
        enable_multi_factor_auth: Option<Bound<'_, PyAny>>,
        idaas_instance_id: Option<Bound<'_, PyAny>>,
        idaas_region_id: Option<Bound<'_, PyAny>>,
        idaas_application_id: Option<Bound<'_, PyAny>>,
        dns_servers: Option<Bound<'_, PyAny>>,
        dry_run: Option<Bound<'_, PyAny>>,
        client_token: Option<Bound<'_, PyAny>>,
        region_id: Option<Bound<'_, PyAny>>,
        wait: Option<Bound<'_, PyAny>>,
    ) -> PyResult<CreateSslVpnServerResponse> {
        let vpn_gateway_id: String = args::arg("vpn_gateway_id", &vpn_gateway_id)?;
        let local_subnet = args::strings("local_subnet", &local_subnet)?;
        let client_ip_pool: String = args::arg("client_ip_pool", &client_ip_pool)?;
        let name: Option<String> = args::opt("name", name)?;
        let cipher: Option<String> = args::opt("cipher", cipher)?;
        let port: Option<i64> = args::opt("port", port)?;
        let proto: Option<String> = args::opt("proto", proto)?;
        let compress: Option<bool> = args::opt("compress", compress)?;
        let enable_multi_factor_auth: Option<bool> =
            args::opt("enable_multi_factor_auth", enable_multi_factor_auth)?;
        let idaas_instance_id: Option<String> = args::opt("idaas_instance_id", idaas_instance_id)?;
        let idaas_region_id: Option<String> = args::opt("idaas_region_id", idaas_region_id)?;
        let idaas_application_id: Option<String> =
            args::opt("idaas_application_id", idaas_application_id)?;
        let dns_servers = args::opt_strings("dns_servers", dns_servers)?;
        let dry_run: Option<bool> = args::opt("dry_run", dry_run)?;
        let client_token: Option<String> = args::opt("client_token", client_token)?;
        let region_id: Option<String> = args::opt("region_id", region_id)?;
        let wait: Option<f64> = args::opt("wait", wait)?;
        let build = || -> Result<vpncert::CreateSslVpnServer, vpncert::Error> {
            #[allow(unused_mut)]
            let mut req =
                vpncert::CreateSslVpnServer::new(vpn_gateway_id, local_subnet, client_ip_pool);
            if let Some(v) = name {
                req = req.name(v);
            }
            if let Some(v) = cipher {
                req = req.cipher(v);
            }
            if let Some(v) = port {
                req = req.port(args::count("Port", v)?);
            }
            if let Some(v) = proto {
                req = req.proto(v);
            }
            if let Some(v) = compress {
                req = req.compress(v);
            }
            if let Some(v) = enable_multi_factor_auth {
                req = req.enable_multi_factor_auth(v);
            }
            if let Some(v) = idaas_instance_id {
                req = req.idaas_instance_id(v);
            }
            if let Some(v) = idaas_region_id {
                req = req.idaas_region_id(v);
            }
            if let Some(v) = idaas_application_id {
                req = req.idaas_application_id(v);
            }
            if let Some(v) = dns_servers {
                req = req.dns_servers(v);
            }
            if let Some(v) = dry_run {
                req = req.dry_run(v);
            }
            if let Some(v) = client_token {
                req = req.client_token(v);
            }
            if let Some(v) = region_id {
                req = req.region_id(v);
            }
            if let Some(v) = wait {
                req = req.wait(args::seconds("wait", v)?);
            }
            Ok(req)
        };
        let req = build().into_py_result(py)?;
        crate::pylogging::detach(py, || self.inner.create_ssl_vpn_server(&req))
            .into_py_result(py)
            .map(CreateSslVpnServerResponse)
    }

    /// Deletes a certificate. One that does not exist is already deleted, not an error. While
    /// the gateway is configuring (as it is for a while after every change), the delete is
    /// tried again for up to the configuring budget, with one ClientToken for every attempt.
    ///
    /// ``ssl_vpn_client_cert_id`` (``SslVpnClientCertId``): The certificate (`vsc-...`).
    ///
    /// ``client_token`` (``ClientToken``): The idempotency token (default: one generated per
    /// logical call).
    ///
    /// ``wait`` (seconds): After the delete is accepted, wait up to this long until the
    /// certificate is gone.
    ///
    /// ``configuring_budget`` (seconds): How long to keep trying while the gateway answers
    /// `VpnGateway.Configuring` (default: the client's; zero leaves only the retry policy).
    ///
    /// ``region_id``: the region of this call (default: the client's).
    #[pyo3(signature = (ssl_vpn_client_cert_id, *, client_token=None, region_id=None, wait=None, configuring_budget=None))]
    fn delete_ssl_vpn_client_cert(
        &self,
        py: Python<'_>,
        ssl_vpn_client_cert_id: Bound<'_, PyAny>,
        client_token: Option<Bound<'_, PyAny>>,
        region_id: Option<Bound<'_, PyAny>>,
        wait: Option<Bound<'_, PyAny>>,
        configuring_budget: Option<Bound<'_, PyAny>>,
    ) -> PyResult<DeleteOutcome> {
        let ssl_vpn_client_cert_id: String =
            args::arg("ssl_vpn_client_cert_id", &ssl_vpn_client_cert_id)?;
        let client_token: Option<String> = args::opt("client_token", client_token)?;
        let region_id: Option<String> = args::opt("region_id", region_id)?;
        let wait: Option<f64> = args::opt("wait", wait)?;
        let configuring_budget: Option<f64> = args::opt("configuring_budget", configuring_budget)?;
        let build = || -> Result<vpncert::DeleteSslVpnClientCert, vpncert::Error> {
            #[allow(unused_mut)]
            let mut req = vpncert::DeleteSslVpnClientCert::new(ssl_vpn_client_cert_id);
            if let Some(v) = client_token {
                req = req.client_token(v);
            }
            if let Some(v) = region_id {
                req = req.region_id(v);
            }
            if let Some(v) = wait {
                req = req.wait_until_gone(args::seconds("wait", v)?);
            }
            if let Some(v) = configuring_budget {
                req = req.configuring_budget(args::seconds("configuring_budget", v)?);
            }
            Ok(req)
        };
        let req = build().into_py_result(py)?;
        crate::pylogging::detach(py, || self.inner.delete_ssl_vpn_client_cert(&req))
            .into_py_result(py)
            .map(|v| DeleteOutcome(vpncert::DeleteSslVpnClientCertResponse::from(&v)))
    }

    /// Deletes an SSL-VPN server (and with it every client certificate of it). Asynchronous:
    /// with `wait`, the call returns once the gateway is `active` again.
    ///
    /// ``ssl_vpn_server_id`` (``SslVpnServerId``): The server (`vss-...`).
    ///
    /// ``client_token`` (``ClientToken``): The idempotency token (default: one generated per
    /// logical call).
    ///
    /// ``wait`` (seconds): After the delete is accepted, wait up to this long until the gateway
    /// is `active` again.
    ///
    /// ``region_id``: the region of this call (default: the client's).
    #[pyo3(signature = (ssl_vpn_server_id, *, client_token=None, region_id=None, wait=None))]
    fn delete_ssl_vpn_server(
        &self,
        py: Python<'_>,
        ssl_vpn_server_id: Bound<'_, PyAny>,
        client_token: Option<Bound<'_, PyAny>>,
        region_id: Option<Bound<'_, PyAny>>,
        wait: Option<Bound<'_, PyAny>>,
    ) -> PyResult<DeleteSslVpnServerResponse> {
        let ssl_vpn_server_id: String = args::arg("ssl_vpn_server_id", &ssl_vpn_server_id)?;
        let client_token: Option<String> = args::opt("client_token", client_token)?;
        let region_id: Option<String> = args::opt("region_id", region_id)?;
        let wait: Option<f64> = args::opt("wait", wait)?;
        let build = || -> Result<vpncert::DeleteSslVpnServer, vpncert::Error> {
            #[allow(unused_mut)]
            let mut req = vpncert::DeleteSslVpnServer::new(ssl_vpn_server_id);
            if let Some(v) = client_token {
                req = req.client_token(v);
            }
            if let Some(v) = region_id {
                req = req.region_id(v);
            }
            if let Some(v) = wait {
                req = req.wait(args::seconds("wait", v)?);
            }
            Ok(req)
        };
        let req = build().into_py_result(py)?;
        crate::pylogging::detach(py, || self.inner.delete_ssl_vpn_server(&req))
            .into_py_result(py)
            .map(DeleteSslVpnServerResponse)
    }

    /// Fetches one certificate with its CA, certificate, private key and OpenVPN profile. Every
    /// not-found form of the API is a certificate-not-found error.
    ///
    /// ``ssl_vpn_client_cert_id`` (``SslVpnClientCertId``): The certificate (`vsc-...`).
    ///
    /// ``region_id``: the region of this call (default: the client's).
    #[pyo3(signature = (ssl_vpn_client_cert_id, *, region_id=None))]
    fn describe_ssl_vpn_client_cert(
        &self,
        py: Python<'_>,
        ssl_vpn_client_cert_id: Bound<'_, PyAny>,
        region_id: Option<Bound<'_, PyAny>>,
    ) -> PyResult<SslVpnClientCertBundle> {
        let ssl_vpn_client_cert_id: String =
            args::arg("ssl_vpn_client_cert_id", &ssl_vpn_client_cert_id)?;
        let region_id: Option<String> = args::opt("region_id", region_id)?;
        let build = || -> Result<vpncert::DescribeSslVpnClientCert, vpncert::Error> {
            #[allow(unused_mut)]
            let mut req = vpncert::DescribeSslVpnClientCert::new(ssl_vpn_client_cert_id);
            if let Some(v) = region_id {
                req = req.region_id(v);
            }
            Ok(req)
        };
        let req = build().into_py_result(py)?;
        crate::pylogging::detach(py, || self.inner.describe_ssl_vpn_client_cert_with(&req))
            .into_py_result(py)
            .map(SslVpnClientCertBundle)
    }

    /// Lists one page of certificates (without their secrets).
    ///
    /// ``ssl_vpn_server_id`` (``SslVpnServerId``): Only certificates of this SSL-VPN server.
    ///
    /// ``ssl_vpn_client_cert_id`` (``SslVpnClientCertId``): Only this certificate.
    ///
    /// ``name`` (``Name``): Only certificates with this name.
    ///
    /// ``resource_group_id`` (``ResourceGroupId``): Only certificates in this resource group.
    ///
    /// ``page_number`` (``PageNumber``): 1-based page number (default 1).
    ///
    /// ``page_size`` (``PageSize``): Page size, 1 to 50 (default 10).
    ///
    /// ``region_id``: the region of this call (default: the client's).
    #[pyo3(signature = (ssl_vpn_server_id=None, *, ssl_vpn_client_cert_id=None, name=None, resource_group_id=None, page_number=None, page_size=None, region_id=None))]
    fn describe_ssl_vpn_client_certs(
        &self,
        py: Python<'_>,
        ssl_vpn_server_id: Option<Bound<'_, PyAny>>,
        ssl_vpn_client_cert_id: Option<Bound<'_, PyAny>>,
        name: Option<Bound<'_, PyAny>>,
        resource_group_id: Option<Bound<'_, PyAny>>,
        page_number: Option<Bound<'_, PyAny>>,
        page_size: Option<Bound<'_, PyAny>>,
        region_id: Option<Bound<'_, PyAny>>,
    ) -> PyResult<SslVpnClientCertPage> {
        let ssl_vpn_server_id: Option<String> = args::opt("ssl_vpn_server_id", ssl_vpn_server_id)?;
        let ssl_vpn_client_cert_id: Option<String> =
            args::opt("ssl_vpn_client_cert_id", ssl_vpn_client_cert_id)?;
        let name: Option<String> = args::opt("name", name)?;
        let resource_group_id: Option<String> = args::opt("resource_group_id", resource_group_id)?;
        let page_number: Option<i64> = args::opt("page_number", page_number)?;
        let page_size: Option<i64> = args::opt("page_size", page_size)?;
        let region_id: Option<String> = args::opt("region_id", region_id)?;
        let build = || -> Result<vpncert::DescribeSslVpnClientCerts, vpncert::Error> {
            #[allow(unused_mut)]
            let mut req = vpncert::DescribeSslVpnClientCerts::new();
            if let Some(v) = ssl_vpn_server_id {
                req = req.ssl_vpn_server_id(v);
            }
            if let Some(v) = ssl_vpn_client_cert_id {
                req = req.ssl_vpn_client_cert_id(v);
            }
            if let Some(v) = name {
                req = req.name(v);
            }
            if let Some(v) = resource_group_id {
                req = req.resource_group_id(v);
            }
            if let Some(v) = page_number {
                req = req.page_number(args::count("PageNumber", v)?);
            }
            if let Some(v) = page_size {
                req = req.page_size(args::count("PageSize", v)?);
            }
            if let Some(v) = region_id {
                req = req.region_id(v);
            }
            Ok(req)
        };
        let req = build().into_py_result(py)?;
        let page = crate::pylogging::detach(py, || self.inner.describe_ssl_vpn_client_certs(&req))
            .into_py_result(py)?;
        SslVpnClientCertPage::new(py, page)
    }

    /// Iterates over every item `describe_ssl_vpn_client_certs` lists with these filters,
    /// fetching pages of 50 lazily (each with the interpreter detached). A failed page raises
    /// from `next()`.
    ///
    /// ``ssl_vpn_server_id`` (``SslVpnServerId``): Only certificates of this SSL-VPN server.
    ///
    /// ``ssl_vpn_client_cert_id`` (``SslVpnClientCertId``): Only this certificate.
    ///
    /// ``name`` (``Name``): Only certificates with this name.
    ///
    /// ``resource_group_id`` (``ResourceGroupId``): Only certificates in this resource group.
    ///
    /// ``region_id``: the region of this call (default: the client's).
    #[pyo3(signature = (ssl_vpn_server_id=None, *, ssl_vpn_client_cert_id=None, name=None, resource_group_id=None, region_id=None))]
    fn iter_ssl_vpn_client_certs(
        &self,
        py: Python<'_>,
        ssl_vpn_server_id: Option<Bound<'_, PyAny>>,
        ssl_vpn_client_cert_id: Option<Bound<'_, PyAny>>,
        name: Option<Bound<'_, PyAny>>,
        resource_group_id: Option<Bound<'_, PyAny>>,
        region_id: Option<Bound<'_, PyAny>>,
    ) -> PyResult<SslVpnClientCertIterator> {
        let ssl_vpn_server_id: Option<String> = args::opt("ssl_vpn_server_id", ssl_vpn_server_id)?;
        let ssl_vpn_client_cert_id: Option<String> =
            args::opt("ssl_vpn_client_cert_id", ssl_vpn_client_cert_id)?;
        let name: Option<String> = args::opt("name", name)?;
        let resource_group_id: Option<String> = args::opt("resource_group_id", resource_group_id)?;
        let region_id: Option<String> = args::opt("region_id", region_id)?;
        let build = || -> Result<vpncert::DescribeSslVpnClientCerts, vpncert::Error> {
            #[allow(unused_mut)]
            let mut req = vpncert::DescribeSslVpnClientCerts::new();
            if let Some(v) = ssl_vpn_server_id {
                req = req.ssl_vpn_server_id(v);
            }
            if let Some(v) = ssl_vpn_client_cert_id {
                req = req.ssl_vpn_client_cert_id(v);
            }
            if let Some(v) = name {
                req = req.name(v);
            }
            if let Some(v) = resource_group_id {
                req = req.resource_group_id(v);
            }
            if let Some(v) = region_id {
                req = req.region_id(v);
            }
            Ok(req)
        };
        let req = build().into_py_result(py)?;
        Ok(SslVpnClientCertIterator::new(
            self.inner.ssl_vpn_client_certs(&req),
        ))
    }

    /// Lists one page of the clients connected to a gateway's SSL-VPN server now (deleting any
    /// certificate of that server disconnects them all).
    ///
    /// ``vpn_gateway_id`` (``VpnGatewayId``): The gateway (`vpn-...`).
    ///
    /// ``page_number`` (``PageNumber``): 1-based page number (default 1).
    ///
    /// ``page_size`` (``PageSize``): Page size, 1 to 50 (default 10).
    ///
    /// ``region_id``: the region of this call (default: the client's).
    #[pyo3(signature = (vpn_gateway_id, *, page_number=None, page_size=None, region_id=None))]
    fn describe_ssl_vpn_clients(
        &self,
        py: Python<'_>,
        vpn_gateway_id: Bound<'_, PyAny>,
        page_number: Option<Bound<'_, PyAny>>,
        page_size: Option<Bound<'_, PyAny>>,
        region_id: Option<Bound<'_, PyAny>>,
    ) -> PyResult<SslVpnClientInfoPage> {
        let vpn_gateway_id: String = args::arg("vpn_gateway_id", &vpn_gateway_id)?;
        let page_number: Option<i64> = args::opt("page_number", page_number)?;
        let page_size: Option<i64> = args::opt("page_size", page_size)?;
        let region_id: Option<String> = args::opt("region_id", region_id)?;
        let build = || -> Result<vpncert::DescribeSslVpnClients, vpncert::Error> {
            #[allow(unused_mut)]
            let mut req = vpncert::DescribeSslVpnClients::new(vpn_gateway_id);
            if let Some(v) = page_number {
                req = req.page_number(args::count("PageNumber", v)?);
            }
            if let Some(v) = page_size {
                req = req.page_size(args::count("PageSize", v)?);
            }
            if let Some(v) = region_id {
                req = req.region_id(v);
            }
            Ok(req)
        };
        let req = build().into_py_result(py)?;
        let page = crate::pylogging::detach(py, || self.inner.describe_ssl_vpn_clients(&req))
            .into_py_result(py)?;
        SslVpnClientInfoPage::new(py, page)
    }

    /// Iterates over every item `describe_ssl_vpn_clients` lists with these filters, fetching
    /// pages of 50 lazily (each with the interpreter detached). A failed page raises from
    /// `next()`.
    ///
    /// ``vpn_gateway_id`` (``VpnGatewayId``): The gateway (`vpn-...`).
    ///
    /// ``region_id``: the region of this call (default: the client's).
    #[pyo3(signature = (vpn_gateway_id, *, region_id=None))]
    fn iter_ssl_vpn_clients(
        &self,
        py: Python<'_>,
        vpn_gateway_id: Bound<'_, PyAny>,
        region_id: Option<Bound<'_, PyAny>>,
    ) -> PyResult<SslVpnClientInfoIterator> {
        let vpn_gateway_id: String = args::arg("vpn_gateway_id", &vpn_gateway_id)?;
        let region_id: Option<String> = args::opt("region_id", region_id)?;
        let build = || -> Result<vpncert::DescribeSslVpnClients, vpncert::Error> {
            #[allow(unused_mut)]
            let mut req = vpncert::DescribeSslVpnClients::new(vpn_gateway_id);
            if let Some(v) = region_id {
                req = req.region_id(v);
            }
            Ok(req)
        };
        let req = build().into_py_result(py)?;
        Ok(SslVpnClientInfoIterator::new(
            self.inner.ssl_vpn_clients(&req),
        ))
    }

    /// Lists one page of SSL-VPN servers.
    ///
    /// ``ssl_vpn_server_id`` (``SslVpnServerId``): Only this server.
    ///
    /// ``vpn_gateway_id`` (``VpnGatewayId``): Only servers of this VPN gateway.
    ///
    /// ``name`` (``Name``): Only servers with this name.
    ///
    /// ``resource_group_id`` (``ResourceGroupId``): Only servers in this resource group.
    ///
    /// ``page_number`` (``PageNumber``): 1-based page number (default 1).
    ///
    /// ``page_size`` (``PageSize``): Page size, 1 to 50 (default 10).
    ///
    /// ``region_id``: the region of this call (default: the client's).
    #[pyo3(signature = (ssl_vpn_server_id=None, *, vpn_gateway_id=None, name=None, resource_group_id=None, page_number=None, page_size=None, region_id=None))]
    fn describe_ssl_vpn_servers(
        &self,
        py: Python<'_>,
        ssl_vpn_server_id: Option<Bound<'_, PyAny>>,
        vpn_gateway_id: Option<Bound<'_, PyAny>>,
        name: Option<Bound<'_, PyAny>>,
        resource_group_id: Option<Bound<'_, PyAny>>,
        page_number: Option<Bound<'_, PyAny>>,
        page_size: Option<Bound<'_, PyAny>>,
        region_id: Option<Bound<'_, PyAny>>,
    ) -> PyResult<SslVpnServerPage> {
        let ssl_vpn_server_id: Option<String> = args::opt("ssl_vpn_server_id", ssl_vpn_server_id)?;
        let vpn_gateway_id: Option<String> = args::opt("vpn_gateway_id", vpn_gateway_id)?;
        let name: Option<String> = args::opt("name", name)?;
        let resource_group_id: Option<String> = args::opt("resource_group_id", resource_group_id)?;
        let page_number: Option<i64> = args::opt("page_number", page_number)?;
        let page_size: Option<i64> = args::opt("page_size", page_size)?;
        let region_id: Option<String> = args::opt("region_id", region_id)?;
        let build = || -> Result<vpncert::DescribeSslVpnServers, vpncert::Error> {
            #[allow(unused_mut)]
            let mut req = vpncert::DescribeSslVpnServers::new();
            if let Some(v) = ssl_vpn_server_id {
                req = req.ssl_vpn_server_id(v);
            }
            if let Some(v) = vpn_gateway_id {
                req = req.vpn_gateway_id(v);
            }
            if let Some(v) = name {
                req = req.name(v);
            }
            if let Some(v) = resource_group_id {
                req = req.resource_group_id(v);
            }
            if let Some(v) = page_number {
                req = req.page_number(args::count("PageNumber", v)?);
            }
            if let Some(v) = page_size {
                req = req.page_size(args::count("PageSize", v)?);
            }
            if let Some(v) = region_id {
                req = req.region_id(v);
            }
            Ok(req)
        };
        let req = build().into_py_result(py)?;
        let page = crate::pylogging::detach(py, || self.inner.describe_ssl_vpn_servers(&req))
            .into_py_result(py)?;
        SslVpnServerPage::new(py, page)
    }

    /// Iterates over every item `describe_ssl_vpn_servers` lists with these filters, fetching
    /// pages of 50 lazily (each with the interpreter detached). A failed page raises from
    /// `next()`.
    ///
    /// ``ssl_vpn_server_id`` (``SslVpnServerId``): Only this server.
    ///
    /// ``vpn_gateway_id`` (``VpnGatewayId``): Only servers of this VPN gateway.
    ///
    /// ``name`` (``Name``): Only servers with this name.
    ///
    /// ``resource_group_id`` (``ResourceGroupId``): Only servers in this resource group.
    ///
    /// ``region_id``: the region of this call (default: the client's).
    #[pyo3(signature = (ssl_vpn_server_id=None, *, vpn_gateway_id=None, name=None, resource_group_id=None, region_id=None))]
    fn iter_ssl_vpn_servers(
        &self,
        py: Python<'_>,
        ssl_vpn_server_id: Option<Bound<'_, PyAny>>,
        vpn_gateway_id: Option<Bound<'_, PyAny>>,
        name: Option<Bound<'_, PyAny>>,
        resource_group_id: Option<Bound<'_, PyAny>>,
        region_id: Option<Bound<'_, PyAny>>,
    ) -> PyResult<SslVpnServerIterator> {
        let ssl_vpn_server_id: Option<String> = args::opt("ssl_vpn_server_id", ssl_vpn_server_id)?;
        let vpn_gateway_id: Option<String> = args::opt("vpn_gateway_id", vpn_gateway_id)?;
        let name: Option<String> = args::opt("name", name)?;
        let resource_group_id: Option<String> = args::opt("resource_group_id", resource_group_id)?;
        let region_id: Option<String> = args::opt("region_id", region_id)?;
        let build = || -> Result<vpncert::DescribeSslVpnServers, vpncert::Error> {
            #[allow(unused_mut)]
            let mut req = vpncert::DescribeSslVpnServers::new();
            if let Some(v) = ssl_vpn_server_id {
                req = req.ssl_vpn_server_id(v);
            }
            if let Some(v) = vpn_gateway_id {
                req = req.vpn_gateway_id(v);
            }
            if let Some(v) = name {
                req = req.name(v);
            }
            if let Some(v) = resource_group_id {
                req = req.resource_group_id(v);
            }
            if let Some(v) = region_id {
                req = req.region_id(v);
            }
            Ok(req)
        };
        let req = build().into_py_result(py)?;
        Ok(SslVpnServerIterator::new(self.inner.ssl_vpn_servers(&req)))
    }

    /// Fetches one VPN gateway: its `Status` says whether a change is still being applied.
    ///
    /// ``vpn_gateway_id`` (``VpnGatewayId``): The gateway (`vpn-...`).
    ///
    /// ``include_reservation_data`` (``IncludeReservationData``): Whether to include the
    /// pending order.
    ///
    /// ``region_id``: the region of this call (default: the client's).
    #[pyo3(signature = (vpn_gateway_id, *, include_reservation_data=None, region_id=None))]
    fn describe_vpn_gateway(
        &self,
        py: Python<'_>,
        vpn_gateway_id: Bound<'_, PyAny>,
        include_reservation_data: Option<Bound<'_, PyAny>>,
        region_id: Option<Bound<'_, PyAny>>,
    ) -> PyResult<VpnGateway> {
        let vpn_gateway_id: String = args::arg("vpn_gateway_id", &vpn_gateway_id)?;
        let include_reservation_data: Option<bool> =
            args::opt("include_reservation_data", include_reservation_data)?;
        let region_id: Option<String> = args::opt("region_id", region_id)?;
        let build = || -> Result<vpncert::DescribeVpnGateway, vpncert::Error> {
            #[allow(unused_mut)]
            let mut req = vpncert::DescribeVpnGateway::new(vpn_gateway_id);
            if let Some(v) = include_reservation_data {
                req = req.include_reservation_data(v);
            }
            if let Some(v) = region_id {
                req = req.region_id(v);
            }
            Ok(req)
        };
        let req = build().into_py_result(py)?;
        crate::pylogging::detach(py, || self.inner.describe_vpn_gateway(&req))
            .into_py_result(py)
            .map(VpnGateway)
    }

    /// Lists one page of VPN gateways.
    ///
    /// ``vpn_gateway_id`` (``VpnGatewayId``): Only this gateway.
    ///
    /// ``vpc_id`` (``VpcId``): Only gateways of this VPC.
    ///
    /// ``status`` (``Status``): Only gateways in this status (`active`, `updating`, ...).
    ///
    /// ``business_status`` (``BusinessStatus``): Only gateways in this payment status
    /// (`Normal`, `FinancialLocked`).
    ///
    /// ``gateway_type`` (``GatewayType``): Only gateways of this type.
    ///
    /// ``resource_group_id`` (``ResourceGroupId``): Only gateways in this resource group.
    ///
    /// ``tag`` (``Tag``): Only gateways with all these tags (key and value).
    ///
    /// ``include_reservation_data`` (``IncludeReservationData``): Whether to include pending
    /// orders.
    ///
    /// ``page_number`` (``PageNumber``): 1-based page number (default 1).
    ///
    /// ``page_size`` (``PageSize``): Page size, 1 to 50 (default 10).
    ///
    /// ``region_id``: the region of this call (default: the client's).
    #[pyo3(signature = (*, vpn_gateway_id=None, vpc_id=None, status=None, business_status=None, gateway_type=None, resource_group_id=None, tag=None, include_reservation_data=None, page_number=None, page_size=None, region_id=None))]
    fn describe_vpn_gateways(
        &self,
        py: Python<'_>,
        vpn_gateway_id: Option<Bound<'_, PyAny>>,
        vpc_id: Option<Bound<'_, PyAny>>,
        status: Option<Bound<'_, PyAny>>,
        business_status: Option<Bound<'_, PyAny>>,
        gateway_type: Option<Bound<'_, PyAny>>,
        resource_group_id: Option<Bound<'_, PyAny>>,
        tag: Option<Bound<'_, PyAny>>,
        include_reservation_data: Option<Bound<'_, PyAny>>,
        page_number: Option<Bound<'_, PyAny>>,
        page_size: Option<Bound<'_, PyAny>>,
        region_id: Option<Bound<'_, PyAny>>,
    ) -> PyResult<VpnGatewayPage> {
        let vpn_gateway_id: Option<String> = args::opt("vpn_gateway_id", vpn_gateway_id)?;
        let vpc_id: Option<String> = args::opt("vpc_id", vpc_id)?;
        let status: Option<String> = args::opt("status", status)?;
        let business_status: Option<String> = args::opt("business_status", business_status)?;
        let gateway_type: Option<String> = args::opt("gateway_type", gateway_type)?;
        let resource_group_id: Option<String> = args::opt("resource_group_id", resource_group_id)?;
        let tag: Option<std::collections::BTreeMap<String, String>> = args::opt("tag", tag)?;
        let include_reservation_data: Option<bool> =
            args::opt("include_reservation_data", include_reservation_data)?;
        let page_number: Option<i64> = args::opt("page_number", page_number)?;
        let page_size: Option<i64> = args::opt("page_size", page_size)?;
        let region_id: Option<String> = args::opt("region_id", region_id)?;
        let build = || -> Result<vpncert::DescribeVpnGateways, vpncert::Error> {
            #[allow(unused_mut)]
            let mut req = vpncert::DescribeVpnGateways::new();
            if let Some(v) = vpn_gateway_id {
                req = req.vpn_gateway_id(v);
            }
            if let Some(v) = vpc_id {
                req = req.vpc_id(v);
            }
            if let Some(v) = status {
                req = req.status(v);
            }
            if let Some(v) = business_status {
                req = req.business_status(v);
            }
            if let Some(v) = gateway_type {
                req = req.gateway_type(v);
            }
            if let Some(v) = resource_group_id {
                req = req.resource_group_id(v);
            }
            for (k, v) in tag.into_iter().flatten() {
                req = req.tag(k, v);
            }
            if let Some(v) = include_reservation_data {
                req = req.include_reservation_data(v);
            }
            if let Some(v) = page_number {
                req = req.page_number(args::count("PageNumber", v)?);
            }
            if let Some(v) = page_size {
                req = req.page_size(args::count("PageSize", v)?);
            }
            if let Some(v) = region_id {
                req = req.region_id(v);
            }
            Ok(req)
        };
        let req = build().into_py_result(py)?;
        let page = crate::pylogging::detach(py, || self.inner.describe_vpn_gateways(&req))
            .into_py_result(py)?;
        VpnGatewayPage::new(py, page)
    }

    /// Iterates over every item `describe_vpn_gateways` lists with these filters, fetching
    /// pages of 50 lazily (each with the interpreter detached). A failed page raises from
    /// `next()`.
    ///
    /// ``vpn_gateway_id`` (``VpnGatewayId``): Only this gateway.
    ///
    /// ``vpc_id`` (``VpcId``): Only gateways of this VPC.
    ///
    /// ``status`` (``Status``): Only gateways in this status (`active`, `updating`, ...).
    ///
    /// ``business_status`` (``BusinessStatus``): Only gateways in this payment status
    /// (`Normal`, `FinancialLocked`).
    ///
    /// ``gateway_type`` (``GatewayType``): Only gateways of this type.
    ///
    /// ``resource_group_id`` (``ResourceGroupId``): Only gateways in this resource group.
    ///
    /// ``tag`` (``Tag``): Only gateways with all these tags (key and value).
    ///
    /// ``include_reservation_data`` (``IncludeReservationData``): Whether to include pending
    /// orders.
    ///
    /// ``region_id``: the region of this call (default: the client's).
    #[pyo3(signature = (*, vpn_gateway_id=None, vpc_id=None, status=None, business_status=None, gateway_type=None, resource_group_id=None, tag=None, include_reservation_data=None, region_id=None))]
    fn iter_vpn_gateways(
        &self,
        py: Python<'_>,
        vpn_gateway_id: Option<Bound<'_, PyAny>>,
        vpc_id: Option<Bound<'_, PyAny>>,
        status: Option<Bound<'_, PyAny>>,
        business_status: Option<Bound<'_, PyAny>>,
        gateway_type: Option<Bound<'_, PyAny>>,
        resource_group_id: Option<Bound<'_, PyAny>>,
        tag: Option<Bound<'_, PyAny>>,
        include_reservation_data: Option<Bound<'_, PyAny>>,
        region_id: Option<Bound<'_, PyAny>>,
    ) -> PyResult<VpnGatewayIterator> {
        let vpn_gateway_id: Option<String> = args::opt("vpn_gateway_id", vpn_gateway_id)?;
        let vpc_id: Option<String> = args::opt("vpc_id", vpc_id)?;
        let status: Option<String> = args::opt("status", status)?;
        let business_status: Option<String> = args::opt("business_status", business_status)?;
        let gateway_type: Option<String> = args::opt("gateway_type", gateway_type)?;
        let resource_group_id: Option<String> = args::opt("resource_group_id", resource_group_id)?;
        let tag: Option<std::collections::BTreeMap<String, String>> = args::opt("tag", tag)?;
        let include_reservation_data: Option<bool> =
            args::opt("include_reservation_data", include_reservation_data)?;
        let region_id: Option<String> = args::opt("region_id", region_id)?;
        let build = || -> Result<vpncert::DescribeVpnGateways, vpncert::Error> {
            #[allow(unused_mut)]
            let mut req = vpncert::DescribeVpnGateways::new();
            if let Some(v) = vpn_gateway_id {
                req = req.vpn_gateway_id(v);
            }
            if let Some(v) = vpc_id {
                req = req.vpc_id(v);
            }
            if let Some(v) = status {
                req = req.status(v);
            }
            if let Some(v) = business_status {
                req = req.business_status(v);
            }
            if let Some(v) = gateway_type {
                req = req.gateway_type(v);
            }
            if let Some(v) = resource_group_id {
                req = req.resource_group_id(v);
            }
            for (k, v) in tag.into_iter().flatten() {
                req = req.tag(k, v);
            }
            if let Some(v) = include_reservation_data {
                req = req.include_reservation_data(v);
            }
            if let Some(v) = region_id {
                req = req.region_id(v);
            }
            Ok(req)
        };
        let req = build().into_py_result(py)?;
        Ok(VpnGatewayIterator::new(self.inner.vpn_gateways(&req)))
    }

    /// Fetches one page of an SSL-VPN server's connection logs (note the parameter
    /// `VpnSslServerId`).
    ///
    /// ``vpn_ssl_server_id`` (``VpnSslServerId``): The SSL-VPN server (`vss-...`).
    ///
    /// ``ssl_vpn_client_cert_id`` (``SslVpnClientCertId``): Only the logs of this certificate.
    ///
    /// ``from_`` (``From``): The start of the period, epoch seconds.
    ///
    /// ``to`` (``To``): The end of the period, epoch seconds.
    ///
    /// ``minute_period`` (``MinutePeriod``): The period in minutes, when `From` and `To` are
    /// not given.
    ///
    /// ``page_number`` (``PageNumber``): 1-based page number (default 1).
    ///
    /// ``page_size`` (``PageSize``): Page size, 1 to 50 (default 10).
    ///
    /// ``region_id``: the region of this call (default: the client's).
    #[pyo3(signature = (vpn_ssl_server_id, *, ssl_vpn_client_cert_id=None, from_=None, to=None, minute_period=None, page_number=None, page_size=None, region_id=None))]
    fn describe_vpn_ssl_server_logs(
        &self,
        py: Python<'_>,
        vpn_ssl_server_id: Bound<'_, PyAny>,
        ssl_vpn_client_cert_id: Option<Bound<'_, PyAny>>,
        from_: Option<Bound<'_, PyAny>>,
        to: Option<Bound<'_, PyAny>>,
        minute_period: Option<Bound<'_, PyAny>>,
        page_number: Option<Bound<'_, PyAny>>,
        page_size: Option<Bound<'_, PyAny>>,
        region_id: Option<Bound<'_, PyAny>>,
    ) -> PyResult<VpnSslServerLogs> {
        let vpn_ssl_server_id: String = args::arg("vpn_ssl_server_id", &vpn_ssl_server_id)?;
        let ssl_vpn_client_cert_id: Option<String> =
            args::opt("ssl_vpn_client_cert_id", ssl_vpn_client_cert_id)?;
        let from_: Option<u64> = args::opt("from_", from_)?;
        let to: Option<u64> = args::opt("to", to)?;
        let minute_period: Option<i64> = args::opt("minute_period", minute_period)?;
        let page_number: Option<i64> = args::opt("page_number", page_number)?;
        let page_size: Option<i64> = args::opt("page_size", page_size)?;
        let region_id: Option<String> = args::opt("region_id", region_id)?;
        let build = || -> Result<vpncert::DescribeVpnSslServerLogs, vpncert::Error> {
            #[allow(unused_mut)]
            let mut req = vpncert::DescribeVpnSslServerLogs::new(vpn_ssl_server_id);
            if let Some(v) = ssl_vpn_client_cert_id {
                req = req.ssl_vpn_client_cert_id(v);
            }
            if let Some(v) = from_ {
                req = req.from(v);
            }
            if let Some(v) = to {
                req = req.to(v);
            }
            if let Some(v) = minute_period {
                req = req.minute_period(args::count("MinutePeriod", v)?);
            }
            if let Some(v) = page_number {
                req = req.page_number(args::count("PageNumber", v)?);
            }
            if let Some(v) = page_size {
                req = req.page_size(args::count("PageSize", v)?);
            }
            if let Some(v) = region_id {
                req = req.region_id(v);
            }
            Ok(req)
        };
        let req = build().into_py_result(py)?;
        crate::pylogging::detach(py, || self.inner.describe_vpn_ssl_server_logs(&req))
            .into_py_result(py)
            .map(VpnSslServerLogs)
    }

    /// Onboards one person: creates a certificate named `name`, waits until it is ready and
    /// returns its bundle (with a complete OpenVPN profile). `VpnGateway.Configuring` is waited
    /// out for up to the configuring budget; a stable client token makes a rerun return the
    /// same certificate.
    ///
    /// ``ssl_vpn_server_id`` (``SslVpnServerId``): The SSL-VPN server (`vss-...`).
    ///
    /// ``name`` (``Name``): The certificate's name.
    ///
    /// ``client_token`` (``ClientToken``): The idempotency token of the create: the same token
    /// gives back the same certificate. Default: a fresh one per call (its retries reuse it).
    /// For a program that may be run again for the same person, derive it from what identifies
    /// them, as `vpncert apply` and `vpncert issue` do (`vpncert::roster::client_token` in
    /// Rust, `vpncert.roster.client_token` in Python).
    ///
    /// ``configuring_budget`` (seconds): How long to keep trying while the gateway answers
    /// `VpnGateway.Configuring` (default: the client's).
    ///
    /// ``ready_timeout`` (seconds): How long to wait for the certificate to be `normal`
    /// (default 120 s).
    ///
    /// ``poll_interval`` (seconds): The first pause between polls while waiting; it doubles up
    /// to 5 s (default 1 s).
    ///
    /// ``region_id``: the region of this call (default: the client's).
    #[pyo3(signature = (ssl_vpn_server_id, name, *, client_token=None, region_id=None, configuring_budget=None, ready_timeout=None, poll_interval=None))]
    #[pyo3(
        text_signature = "($self, ssl_vpn_server_id, name, *, client_token=None, region_id=None, configuring_budget=None, ready_timeout=120.0, poll_interval=1.0)"
    )]
    fn issue_client_cert(
        &self,
        py: Python<'_>,
        ssl_vpn_server_id: Bound<'_, PyAny>,
        name: Bound<'_, PyAny>,
        client_token: Option<Bound<'_, PyAny>>,
        region_id: Option<Bound<'_, PyAny>>,
        configuring_budget: Option<Bound<'_, PyAny>>,
        ready_timeout: Option<Bound<'_, PyAny>>,
        poll_interval: Option<Bound<'_, PyAny>>,
    ) -> PyResult<SslVpnClientCertBundle> {
        let ssl_vpn_server_id: String = args::arg("ssl_vpn_server_id", &ssl_vpn_server_id)?;
        let name: String = args::arg("name", &name)?;
        let client_token: Option<String> = args::opt("client_token", client_token)?;
        let region_id: Option<String> = args::opt("region_id", region_id)?;
        let configuring_budget: Option<f64> = args::opt("configuring_budget", configuring_budget)?;
        let ready_timeout: f64 = args::or("ready_timeout", ready_timeout, 120.0)?;
        let poll_interval: f64 = args::or("poll_interval", poll_interval, 1.0)?;
        let build = || -> Result<vpncert::IssueClientCert, vpncert::Error> {
            #[allow(unused_mut)]
            let mut req = vpncert::IssueClientCert::new(ssl_vpn_server_id, name);
            if let Some(v) = client_token {
                req = req.client_token(v);
            }
            if let Some(v) = region_id {
                req = req.region_id(v);
            }
            if let Some(v) = configuring_budget {
                req = req.configuring_budget(args::seconds("configuring_budget", v)?);
            }
            req = req.ready_timeout(args::seconds("ready_timeout", ready_timeout)?);
            req = req.poll_interval(args::seconds("poll_interval", poll_interval)?);
            Ok(req)
        };
        let req = build().into_py_result(py)?;
        crate::pylogging::detach(py, || self.inner.issue_client_cert(&req))
            .into_py_result(py)
            .map(SslVpnClientCertBundle)
    }

    /// Renames a certificate.
    ///
    /// ``ssl_vpn_client_cert_id`` (``SslVpnClientCertId``): The certificate (`vsc-...`).
    ///
    /// ``name`` (``Name``): The new name: 1-100 characters, not starting with `http://` or
    /// `https://`.
    ///
    /// ``client_token`` (``ClientToken``): The idempotency token (default: one generated per
    /// logical call).
    ///
    /// ``region_id``: the region of this call (default: the client's).
    #[pyo3(signature = (ssl_vpn_client_cert_id, name, *, client_token=None, region_id=None))]
    fn modify_ssl_vpn_client_cert(
        &self,
        py: Python<'_>,
        ssl_vpn_client_cert_id: Bound<'_, PyAny>,
        name: Bound<'_, PyAny>,
        client_token: Option<Bound<'_, PyAny>>,
        region_id: Option<Bound<'_, PyAny>>,
    ) -> PyResult<ModifySslVpnClientCertResponse> {
        let ssl_vpn_client_cert_id: String =
            args::arg("ssl_vpn_client_cert_id", &ssl_vpn_client_cert_id)?;
        let name: String = args::arg("name", &name)?;
        let client_token: Option<String> = args::opt("client_token", client_token)?;
        let region_id: Option<String> = args::opt("region_id", region_id)?;
        let build = || -> Result<vpncert::ModifySslVpnClientCert, vpncert::Error> {
            #[allow(unused_mut)]
            let mut req = vpncert::ModifySslVpnClientCert::new(ssl_vpn_client_cert_id, name);
            if let Some(v) = client_token {
                req = req.client_token(v);
            }
            if let Some(v) = region_id {
                req = req.region_id(v);
            }
            Ok(req)
        };
        let req = build().into_py_result(py)?;
        crate::pylogging::detach(py, || self.inner.modify_ssl_vpn_client_cert(&req))
            .into_py_result(py)
            .map(ModifySslVpnClientCertResponse)
    }

    /// Changes the settings of an SSL-VPN server (only those given). The settings are checked
    /// before anything is sent. The change is asynchronous (unless only the name changes): with
    /// `wait`, the call returns once the gateway is `active` again.
    ///
    /// ``ssl_vpn_server_id`` (``SslVpnServerId``): The server (`vss-...`).
    ///
    /// ``local_subnet`` (``LocalSubnet``): The networks clients may reach: CIDR blocks (masks
    /// 8-32), at most 5.
    ///
    /// ``client_ip_pool`` (``ClientIpPool``): The addresses clients get: one CIDR block (mask
    /// 16-29).
    ///
    /// ``name`` (``Name``): The name.
    ///
    /// ``cipher`` (``Cipher``): `AES-128-CBC`, `AES-192-CBC`, `AES-256-CBC` or `none`.
    ///
    /// ``port`` (``Port``): The port, 1-65535 (some are refused, e.g. 22, 80, 443, 500).
    ///
    /// ``proto`` (``Proto``): `TCP` or `UDP`.
    ///
    /// ``compress`` (``Compress``): Whether to compress traffic.
    ///
    /// ``enable_multi_factor_auth`` (``EnableMultiFactorAuth``): Whether to require two-factor
    /// authentication.
    ///
    /// ``idaas_instance_id`` (``IDaaSInstanceId``): The IDaaS instance.
    ///
    /// ``idaas_region_id`` (``IDaaSRegionId``): The region of the IDaaS instance.
    ///
    /// ``idaas_application_id`` (``IDaaSApplicationId``): The IDaaS application.
    ///
    /// ``dns_servers`` (``DnsServers``): The DNS servers to push to clients.
    ///
    /// ``dry_run`` (``DryRun``): Only check the request: nothing changes.
    ///
    /// ``client_token`` (``ClientToken``): The idempotency token (default: one generated per
    /// logical call).
    ///
    /// ``wait`` (seconds): After the change is accepted, wait up to this long until the gateway
    /// is `active` again.
    ///
    /// ``region_id``: the region of this call (default: the client's).
    #[pyo3(signature = (ssl_vpn_server_id, *, local_subnet=None, client_ip_pool=None, name=None, cipher=None, port=None, proto=None, compress=None, enable_multi_factor_auth=None, idaas_instance_id=None, idaas_region_id=None, idaas_application_id=None, dns_servers=None, dry_run=None, client_token=None, region_id=None, wait=None))]
    fn modify_ssl_vpn_server(
        &self,
        py: Python<'_>,
        ssl_vpn_server_id: Bound<'_, PyAny>,
        local_subnet: Option<Bound<'_, PyAny>>,
        client_ip_pool: Option<Bound<'_, PyAny>>,
        name: Option<Bound<'_, PyAny>>,
        cipher: Option<Bound<'_, PyAny>>,
        port: Option<Bound<'_, PyAny>>,
        proto: Option<Bound<'_, PyAny>>,
        compress: Option<Bound<'_, PyAny>>,
        enable_multi_factor_auth: Option<Bound<'_, PyAny>>,
        idaas_instance_id: Option<Bound<'_, PyAny>>,
        idaas_region_id: Option<Bound<'_, PyAny>>,
        idaas_application_id: Option<Bound<'_, PyAny>>,
        dns_servers: Option<Bound<'_, PyAny>>,
        dry_run: Option<Bound<'_, PyAny>>,
        client_token: Option<Bound<'_, PyAny>>,
        region_id: Option<Bound<'_, PyAny>>,
        wait: Option<Bound<'_, PyAny>>,
    ) -> PyResult<ModifySslVpnServerResponse> {
        let ssl_vpn_server_id: String = args::arg("ssl_vpn_server_id", &ssl_vpn_server_id)?;
        let local_subnet = args::opt_strings("local_subnet", local_subnet)?;
        let client_ip_pool: Option<String> = args::opt("client_ip_pool", client_ip_pool)?;
        let name: Option<String> = args::opt("name", name)?;
        let cipher: Option<String> = args::opt("cipher", cipher)?;
        let port: Option<i64> = args::opt("port", port)?;
        let proto: Option<String> = args::opt("proto", proto)?;
        let compress: Option<bool> = args::opt("compress", compress)?;
        let enable_multi_factor_auth: Option<bool> =
            args::opt("enable_multi_factor_auth", enable_multi_factor_auth)?;
        let idaas_instance_id: Option<String> = args::opt("idaas_instance_id", idaas_instance_id)?;
        let idaas_region_id: Option<String> = args::opt("idaas_region_id", idaas_region_id)?;
        let idaas_application_id: Option<String> =
            args::opt("idaas_application_id", idaas_application_id)?;
        let dns_servers = args::opt_strings("dns_servers", dns_servers)?;
        let dry_run: Option<bool> = args::opt("dry_run", dry_run)?;
        let client_token: Option<String> = args::opt("client_token", client_token)?;
        let region_id: Option<String> = args::opt("region_id", region_id)?;
        let wait: Option<f64> = args::opt("wait", wait)?;
        let build = || -> Result<vpncert::ModifySslVpnServer, vpncert::Error> {
            #[allow(unused_mut)]
            let mut req = vpncert::ModifySslVpnServer::new(ssl_vpn_server_id);
            if let Some(v) = local_subnet {
                req = req.local_subnet(v);
            }
            if let Some(v) = client_ip_pool {
                req = req.client_ip_pool(v);
            }
            if let Some(v) = name {
                req = req.name(v);
            }
            if let Some(v) = cipher {
                req = req.cipher(v);
            }
            if let Some(v) = port {
                req = req.port(args::count("Port", v)?);
            }
            if let Some(v) = proto {
                req = req.proto(v);
            }
            if let Some(v) = compress {
                req = req.compress(v);
            }
            if let Some(v) = enable_multi_factor_auth {
                req = req.enable_multi_factor_auth(v);
            }
            if let Some(v) = idaas_instance_id {
                req = req.idaas_instance_id(v);
            }
            if let Some(v) = idaas_region_id {
                req = req.idaas_region_id(v);
            }
            if let Some(v) = idaas_application_id {
                req = req.idaas_application_id(v);
            }
            if let Some(v) = dns_servers {
                req = req.dns_servers(v);
            }
            if let Some(v) = dry_run {
                req = req.dry_run(v);
            }
            if let Some(v) = client_token {
                req = req.client_token(v);
            }
            if let Some(v) = region_id {
                req = req.region_id(v);
            }
            if let Some(v) = wait {
                req = req.wait(args::seconds("wait", v)?);
            }
            Ok(req)
        };
        let req = build().into_py_result(py)?;
        crate::pylogging::detach(py, || self.inner.modify_ssl_vpn_server(&req))
            .into_py_result(py)
            .map(ModifySslVpnServerResponse)
    }

    /// Waits until a VPN gateway's `Status` is `active` (the documented sign that a change is
    /// applied) and returns it. A gateway that is `FinancialLocked` ends the wait at once with
    /// that error; one that stays busy past the timeout is a timeout error.
    ///
    /// ``vpn_gateway_id`` (``VpnGatewayId``): The gateway (`vpn-...`).
    ///
    /// ``timeout`` (seconds): How long to wait (default 180 s).
    ///
    /// ``region_id``: the region of this call (default: the client's).
    #[pyo3(signature = (vpn_gateway_id, *, region_id=None, timeout=None))]
    #[pyo3(text_signature = "($self, vpn_gateway_id, *, region_id=None, timeout=180.0)")]
    fn wait_for_gateway(
        &self,
        py: Python<'_>,
        vpn_gateway_id: Bound<'_, PyAny>,
        region_id: Option<Bound<'_, PyAny>>,
        timeout: Option<Bound<'_, PyAny>>,
    ) -> PyResult<VpnGateway> {
        let vpn_gateway_id: String = args::arg("vpn_gateway_id", &vpn_gateway_id)?;
        let region_id: Option<String> = args::opt("region_id", region_id)?;
        let timeout: f64 = args::or("timeout", timeout, 180.0)?;
        let build = || -> Result<vpncert::WaitForGateway, vpncert::Error> {
            #[allow(unused_mut)]
            let mut req = vpncert::WaitForGateway::new(vpn_gateway_id);
            if let Some(v) = region_id {
                req = req.region_id(v);
            }
            req = req.timeout(args::seconds("timeout", timeout)?);
            Ok(req)
        };
        let req = build().into_py_result(py)?;
        crate::pylogging::detach(py, || self.inner.wait_for_gateway(&req))
            .into_py_result(py)
            .map(VpnGateway)
    }
}

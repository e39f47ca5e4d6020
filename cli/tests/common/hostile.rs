//! A loopback API server that answers each action with a fixed body of the test's choosing: the
//! stand-in for a compromised or impersonated service.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread;

pub struct Hostile {
    pub url: String,
    actions: Arc<Mutex<Vec<String>>>,
}

impl Hostile {
    /// Serves `answers` (action name, JSON body; status 200) on 127.0.0.1; an action not listed
    /// gets a 400 `UnknownAction` error.
    pub fn start(answers: &[(&str, String)]) -> Self {
        let with_status: Vec<(&str, u16, String)> =
            answers.iter().map(|(a, b)| (*a, 200, b.clone())).collect();
        Self::start_with_status(&with_status)
    }

    /// [`start`](Self::start) with the HTTP status of each answer.
    pub fn start_with_status(answers: &[(&str, u16, String)]) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let answers: Arc<HashMap<String, (u16, String)>> = Arc::new(
            answers
                .iter()
                .map(|(a, status, b)| ((*a).to_owned(), (*status, b.clone())))
                .collect(),
        );
        let actions = Arc::new(Mutex::new(Vec::new()));
        let seen = actions.clone();
        thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { break };
                let answers = answers.clone();
                let seen = seen.clone();
                thread::spawn(move || serve(stream, &answers, &seen));
            }
        });
        Hostile { url, actions }
    }

    /// The actions asked for so far, in order.
    pub fn actions(&self) -> Vec<String> {
        self.actions.lock().unwrap().clone()
    }
}

fn action_of(target: &str, body: &str) -> String {
    let query = target.split_once('?').map(|(_, q)| q).unwrap_or("");
    query
        .split('&')
        .chain(body.split('&'))
        .find_map(|p| p.strip_prefix("Action="))
        .unwrap_or("")
        .to_owned()
}

fn serve(stream: TcpStream, answers: &HashMap<String, (u16, String)>, seen: &Mutex<Vec<String>>) {
    let mut reader = BufReader::new(stream.try_clone().expect("clone"));
    let mut out = stream;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let target = line.split_whitespace().nth(1).unwrap_or("").to_owned();
        let mut len = 0;
        loop {
            let mut h = String::new();
            if reader.read_line(&mut h).unwrap_or(0) == 0 {
                return;
            }
            let h = h.trim_end();
            if h.is_empty() {
                break;
            }
            if let Some((k, v)) = h.split_once(':') {
                if k.trim().eq_ignore_ascii_case("content-length") {
                    len = v.trim().parse().unwrap_or(0);
                }
            }
        }
        let mut body = vec![0; len];
        if reader.read_exact(&mut body).is_err() {
            return;
        }
        let action = action_of(&target, &String::from_utf8_lossy(&body));
        seen.lock().unwrap().push(action.clone());
        let (status, reply) = match answers.get(&action) {
            Some(answer) => answer.clone(),
            None => (
                400,
                format!(
                    r#"{{"RequestId":"R-unknown","Code":"UnknownAction","Message":"no answer for {action}"}}"#
                ),
            ),
        };
        let head = format!(
            "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nDate: {}\r\n\r\n",
            reply.len(),
            httpdate::fmt_http_date(std::time::SystemTime::now())
        );
        if out
            .write_all(head.as_bytes())
            .and_then(|_| out.write_all(reply.as_bytes()))
            .is_err()
        {
            return;
        }
    }
}

/// A DescribeSslVpnClientCert answer for `id` on `server`, named `name`, with `client_config`
/// as its OpenVPN profile.
pub fn bundle_json(id: &str, server: &str, name: &str, client_config: &str) -> String {
    serde_json::json!({
        "RequestId": "R-describe",
        "RegionId": super::REGION,
        "SslVpnClientCertId": id,
        "SslVpnServerId": server,
        "Name": name,
        "CaCert": "-----BEGIN CERTIFICATE-----\nCA\n-----END CERTIFICATE-----\n",
        "ClientCert": "-----BEGIN CERTIFICATE-----\nCLIENT\n-----END CERTIFICATE-----\n",
        "ClientKey": "-----BEGIN PRIVATE KEY-----\nTHEPRIVATEKEY\n-----END PRIVATE KEY-----\n",
        "ClientConfig": client_config,
        "CreateTime": 1_700_000_000_000u64,
        "EndTime": 1_800_000_000_000u64,
        "Status": "normal",
        "ResourceGroupId": "rg-1",
    })
    .to_string()
}

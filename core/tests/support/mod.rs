//! A scripted HTTP/1.1 server on loopback for client-behaviour tests: each request gets the
//! next scripted reply, and every request is recorded.

#![allow(dead_code)]

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

/// What the server does with one request.
#[derive(Clone, Debug)]
pub enum Reply {
    /// Answer with status, extra headers and a body.
    Http(u16, Vec<(String, String)>, String),
    /// Close the connection without answering.
    Close,
    /// Never answer (hold the connection open for the given time).
    Silent(Duration),
    /// Send the head, then the body one byte every `Duration`.
    Dribble(u16, String, Duration),
}

impl Reply {
    pub fn json(status: u16, body: &str) -> Self {
        Reply::Http(
            status,
            vec![("Content-Type".into(), "application/json".into())],
            body.into(),
        )
    }

    pub fn with_header(self, k: &str, v: &str) -> Self {
        match self {
            Reply::Http(s, mut h, b) => {
                h.push((k.into(), v.into()));
                Reply::Http(s, h, b)
            }
            other => other,
        }
    }
}

/// One recorded request.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub method: String,
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Decoded query parameters.
    pub fn query(&self) -> Vec<(String, String)> {
        let q = self.target.split_once('?').map(|(_, q)| q).unwrap_or("");
        q.split('&')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap_or((p, ""));
                (decode(k), decode(v))
            })
            .collect()
    }

    pub fn param(&self, name: &str) -> Option<String> {
        self.query()
            .into_iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
    }
}

fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let Ok(v) =
                u8::from_str_radix(std::str::from_utf8(&b[i + 1..i + 3]).unwrap_or("zz"), 16)
            {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

pub struct Scripted {
    pub url: String,
    pub requests: Arc<Mutex<Vec<Recorded>>>,
}

impl Scripted {
    /// Starts a server that plays `replies` in order; once they run out it repeats the last one.
    pub fn start(replies: Vec<Reply>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let requests = Arc::new(Mutex::new(Vec::new()));
        let script = Arc::new(Mutex::new((VecDeque::from(replies), None::<Reply>)));
        let rec = requests.clone();
        thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { break };
                let rec = rec.clone();
                let script = script.clone();
                thread::spawn(move || serve(stream, rec, script));
            }
        });
        Scripted { url, requests }
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().unwrap().clone()
    }

    pub fn count(&self) -> usize {
        self.requests.lock().unwrap().len()
    }
}

type Script = Arc<Mutex<(VecDeque<Reply>, Option<Reply>)>>;

fn serve(stream: TcpStream, rec: Arc<Mutex<Vec<Recorded>>>, script: Script) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut out = stream;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let mut parts = line.split_whitespace();
        let method = parts.next().unwrap_or("").to_owned();
        let target = parts.next().unwrap_or("").to_owned();
        let mut headers = Vec::new();
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
                headers.push((k.trim().to_owned(), v.trim().to_owned()));
            }
        }
        let len = headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
            .and_then(|(_, v)| v.parse::<usize>().ok())
            .unwrap_or(0);
        let mut body = vec![0; len];
        if reader.read_exact(&mut body).is_err() {
            return;
        }
        rec.lock().unwrap().push(Recorded {
            method,
            target,
            headers,
            body: String::from_utf8_lossy(&body).into(),
        });
        let reply = {
            let mut s = script.lock().unwrap();
            match s.0.pop_front() {
                Some(r) => {
                    s.1 = Some(r.clone());
                    r
                }
                None => s.1.clone().unwrap_or(Reply::Close),
            }
        };
        match reply {
            Reply::Http(status, extra, body) => {
                let mut head = format!("HTTP/1.1 {status} X\r\nContent-Length: {}\r\n", body.len());
                if !extra.iter().any(|(k, _)| k.eq_ignore_ascii_case("date")) {
                    head.push_str(&format!(
                        "Date: {}\r\n",
                        httpdate::fmt_http_date(std::time::SystemTime::now())
                    ));
                }
                for (k, v) in extra {
                    head.push_str(&format!("{k}: {v}\r\n"));
                }
                head.push_str("\r\n");
                if out
                    .write_all(head.as_bytes())
                    .and_then(|_| out.write_all(body.as_bytes()))
                    .is_err()
                {
                    return;
                }
            }
            Reply::Close => return,
            Reply::Silent(d) => {
                thread::sleep(d);
                return;
            }
            Reply::Dribble(status, body, every) => {
                let head = format!(
                    "HTTP/1.1 {status} X\r\nContent-Length: {}\r\n\r\n",
                    body.len()
                );
                let _ = out.write_all(head.as_bytes());
                for b in body.bytes() {
                    thread::sleep(every);
                    if out.write_all(&[b]).is_err() {
                        return;
                    }
                }
            }
        }
    }
}

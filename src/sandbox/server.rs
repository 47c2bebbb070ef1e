//! The simulator's HTTP server: loopback only, a few worker threads, each request handed to
//! a [`Handler`] (the providers' routes, in memory or recorded). Kept apart from the routes
//! so that they never see a socket.

use super::message::{SimRequest, SimResponse};
use anyhow::{Context, Result};
use std::io::Write;
use std::sync::Arc;
use std::thread;

/// What the server hands each request to.
pub trait Handler: Send + Sync {
    fn handle(&self, request: &SimRequest) -> SimResponse;
}

/// A running simulator; it stops when dropped.
pub struct Server {
    http: Arc<tiny_http::Server>,
    url: String,
    workers: Vec<thread::JoinHandle<()>>,
}

impl Server {
    /// Listens on 127.0.0.1:`port` (0 for any free port) with a few worker threads.
    pub fn start(port: u16, handler: impl Handler + 'static) -> Result<Server> {
        let listener = nodelay_listener(port).map_err(|e| {
            // A port someone else holds is a setting to change, not an internal error.
            let hint = if e.kind() == std::io::ErrorKind::AddrInUse {
                "; --port 0 picks a free one"
            } else {
                ""
            };
            crate::error::fail(
                crate::error::Kind::MissingCredential,
                format!("cannot listen on 127.0.0.1:{port}: {e}{hint}"),
            )
        })?;
        let http = tiny_http::Server::from_listener(listener, None)
            .map_err(|e| anyhow::anyhow!("cannot serve on 127.0.0.1:{port}: {e}"))?;
        let http = Arc::new(http);
        let addr = http
            .server_addr()
            .to_ip()
            .context("the simulator listens on an IP address")?;
        let handler: Arc<dyn Handler> = Arc::new(handler);
        let workers = (0..4)
            .map(|_| {
                let http = Arc::clone(&http);
                let handler = Arc::clone(&handler);
                thread::spawn(move || serve(&http, handler.as_ref()))
            })
            .collect();
        Ok(Server {
            http,
            url: format!("http://{addr}"),
            workers,
        })
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    /// Serves until the process is stopped.
    pub fn wait(mut self) {
        for worker in self.workers.drain(..) {
            let _ = worker.join();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.http.unblock();
    }
}

/// A loopback listener whose connections send without Nagle's delay. tiny_http writes a
/// response in several pieces; with Nagle on, each page waited for the client's delayed ACK
/// (40 ms on Linux), which made the simulator, not the client, the bottleneck of any export.
/// Linux hands TCP_NODELAY on to accepted connections.
fn nodelay_listener(port: u16) -> std::io::Result<std::net::TcpListener> {
    use socket2::{Domain, Protocol, Socket, Type};
    let socket = Socket::new(Domain::IPV4, Type::STREAM, Some(Protocol::TCP))?;
    socket.set_reuse_address(true)?;
    socket.set_tcp_nodelay(true)?;
    let address: std::net::SocketAddr = ([127, 0, 0, 1], port).into();
    socket.bind(&address.into())?;
    socket.listen(128)?;
    Ok(socket.into())
}

fn serve(http: &tiny_http::Server, handler: &dyn Handler) {
    while let Ok(mut request) = http.recv() {
        let sim = sim_request(&mut request);
        let answer = handler.handle(&sim);
        if answer.broken {
            let mut raw = request.into_writer();
            let _ = raw.write_all(b"\x00not http\r\n\r\n");
            let _ = raw.flush();
            continue;
        }
        let mut response =
            tiny_http::Response::from_data(answer.body).with_status_code(answer.status);
        for (name, value) in answer.headers {
            if let Ok(header) = tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()) {
                response.add_header(header);
            }
        }
        let _ = request.respond(response);
    }
}

/// The request as the routes see it, its body read whole.
fn sim_request(request: &mut tiny_http::Request) -> SimRequest {
    let mut body = Vec::new();
    let _ = request.as_reader().read_to_end(&mut body);
    let headers: Vec<(String, String)> = request
        .headers()
        .iter()
        .map(|h| (h.field.to_string(), h.value.to_string()))
        .collect();
    let header_refs: Vec<(&str, &str)> = headers
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    SimRequest::new(
        request.method().as_str(),
        request.url(),
        &header_refs,
        &body,
    )
}

//! Sending a request for an [`Api`] and reading its answer: the session renewed once, the
//! retries its [`Repeat`] allows, 429s waited out, the `-v` lines, and an answer or failure
//! turned into a [`Response`] or an exit kind. Separate from `api.rs` because this is the
//! loop every request runs through, where money can be sent twice if it is read wrong.

use super::api::Api;
use super::outcome::{classify, describe_status, looks_like_json, snippet, unquoted_body};
use super::rate_limit::shown_seconds;
use super::retry::{ATTEMPTS, LONGEST_WAIT, retry_delay_for_failure, retry_delay_for_status};
use super::types::{Repeat, Request, Response};
use crate::error::{Kind, fail};
use anyhow::Result;
use reqwest::Url;
use reqwest::header::HeaderValue;
use serde::de::DeserializeOwned;
use std::time::{Duration, Instant};

impl Api {
    /// The error for a refusal the provider reports in a 2xx answer (`success: false`).
    pub fn refusal(&self, body: &[u8]) -> anyhow::Error {
        let error = (self.read_error)(body);
        let kind = error
            .as_ref()
            .and_then(|e| e.kind)
            .unwrap_or(Kind::ProviderRejected);
        // Without the provider's own message, a JSON answer is not quoted: its values may be
        // anything, a token among them.
        let detail = error.map_or_else(|| unquoted_body(body), |e| e.message);
        fail(
            kind,
            self.redact(&format!("{} refused the request: {detail}", self.provider)),
        )
    }

    /// Sends a GET and decodes its JSON answer.
    pub fn get_json<T: DeserializeOwned>(&self, path: &str, query: &[(&str, String)]) -> Result<T> {
        let response = self.send(&self.get(path, query))?;
        self.decode(&response)
    }

    /// Decodes a 2xx answer; one that cannot be understood is exit 5 (`Kind::Unreadable`),
    /// described by where and what went wrong, never by the value found there.
    pub fn decode<T: DeserializeOwned>(&self, response: &Response) -> Result<T> {
        serde_json::from_slice(&response.body).map_err(|e| {
            let body = &response.body;
            let mut message = format!(
                "{} answered with a body that is not the expected JSON ({})",
                self.provider,
                crate::secret::json_error(&e, body)
            );
            if !looks_like_json(body) {
                message.push_str(&format!(": {}", snippet(body)));
            }
            fail(Kind::Unreadable, self.redact(&message))
        })
    }

    /// Sends a request, retrying as its [`Repeat`] allows; a non-2xx answer is an error.
    pub fn send(&self, request: &Request) -> Result<Response> {
        let Some(session) = &self.session else {
            return self.send_with_retries(request);
        };
        if session.token.borrow().is_none() {
            *session.token.borrow_mut() = Some((session.renew)()?);
        }
        match self.send_with_retries(request) {
            Err(err) if crate::error::kind_of(&err) == Some(Kind::CredentialRejected) => {
                if self.options.verbose {
                    eprintln!(
                        "affpay: {} refused the session; authenticating again",
                        self.provider
                    );
                }
                *session.token.borrow_mut() = Some((session.renew)()?);
                self.send_with_retries(request)
            }
            other => other,
        }
    }

    fn send_with_retries(&self, request: &Request) -> Result<Response> {
        let mut attempt = 1;
        // Time spent waiting out 429s for this request, bounded by `--max-rate-wait`.
        let mut rate_waited = Duration::ZERO;
        loop {
            self.wait_for_rate_limit();
            let started = Instant::now();
            let outcome = self.send_once(request);
            if let Ok(answer) = &outcome {
                self.rate.note_answer(answer.headers());
            }
            let retry_in = match &outcome {
                Ok(answer) if answer.status().as_u16() == 429 => {
                    // Turned away before anything was done: even a payment may be sent
                    // again, once the window that refused it has passed.
                    self.log(request, "429", started);
                    let wait = self.rate.wait_after_429(answer.headers());
                    if rate_waited + wait > self.options.max_rate_wait {
                        self.record_wait(crate::rate_waits::Kind::GaveUp, wait);
                        return Err(self.rate_wait_exceeded(request, rate_waited, wait));
                    }
                    self.record_wait(crate::rate_waits::Kind::Waited, wait);
                    self.show_rate_wait(wait, rate_waited);
                    rate_waited += wait;
                    std::thread::sleep(wait);
                    continue;
                }
                Ok(answer) => {
                    self.log(request, &answer.status().as_u16().to_string(), started);
                    retry_delay_for_status(request, answer, attempt)
                }
                Err(err) => {
                    self.log(request, "failed", started);
                    retry_delay_for_failure(request, err, attempt)
                }
            };
            match (retry_in, outcome) {
                (Some(wait), _) if wait <= LONGEST_WAIT => {
                    if self.options.verbose {
                        eprintln!(
                            "affpay: retrying in {} ms (attempt {} of {ATTEMPTS})",
                            wait.as_millis(),
                            attempt + 1
                        );
                    }
                    std::thread::sleep(wait);
                    attempt += 1;
                }
                (_, Ok(answer)) => return self.finish(request, answer),
                (_, Err(err)) => return Err(self.transport_failure(request, &err)),
            }
        }
    }

    /// On a terminal, or with `-v`, says that and how long a 429 is being waited out.
    fn show_rate_wait(&self, wait: Duration, waited: Duration) {
        if self.options.verbose || self.options.show_waits {
            eprintln!(
                "affpay: rate-limited by {}: waiting {} s",
                self.provider,
                shown_seconds(wait)
            );
        }
        if self.options.verbose {
            eprintln!(
                "affpay: retrying in {} ms ({} of at most {} s waited for the rate limit so far)",
                wait.as_millis(),
                shown_seconds(waited),
                self.options.max_rate_wait.as_secs()
            );
        }
    }

    /// Keeps a 429 wait (or giving up on one) in the record `affpay status` reads.
    fn record_wait(&self, kind: crate::rate_waits::Kind, wait: Duration) {
        if let Some(log) = &self.options.wait_log {
            log.record(self.provider, &self.origin(), kind, wait);
        }
    }

    /// The error when waiting out one more 429 would pass `--max-rate-wait`. The request was
    /// turned away each time, so nothing was done: trying later is safe, even for a payment.
    fn rate_wait_exceeded(
        &self,
        request: &Request,
        waited: Duration,
        next: Duration,
    ) -> anyhow::Error {
        let message = format!(
            "{} is still rate-limiting (HTTP 429) {} {} after {} s of waiting; the next try \
             would come {} s later, past the --max-rate-wait limit of {} s \
             (AFFPAY_MAX_RATE_WAIT). Nothing was done by the refused request; try again later \
             or allow a longer wait",
            self.provider,
            request.method,
            request.url.path(),
            shown_seconds(waited),
            shown_seconds(next),
            self.options.max_rate_wait.as_secs()
        );
        fail(Kind::Temporary, self.redact(&message))
    }

    fn send_once(&self, request: &Request) -> reqwest::Result<reqwest::blocking::Response> {
        let mut builder = self
            .client
            .request(request.method.clone(), Url::clone(&request.url))
            .header("Accept", "application/json");
        for (name, secret) in &self.auth {
            let mut value = HeaderValue::from_str(secret.expose())
                .unwrap_or_else(|_| HeaderValue::from_static("invalid-credential"));
            value.set_sensitive(true);
            builder = builder.header(name.clone(), value);
        }
        if let Some(session) = &self.session
            && let Some(token) = session.token.borrow().as_ref()
        {
            let mut value = HeaderValue::from_str(token.expose())
                .unwrap_or_else(|_| HeaderValue::from_static("invalid-token"));
            value.set_sensitive(true);
            builder = builder.header(session.header.clone(), value);
        }
        if let Some(body) = &request.body {
            builder = builder
                .header("Content-Type", "application/json")
                .body(body.get().to_owned());
        }
        builder.send()
    }

    fn finish(&self, request: &Request, answer: reqwest::blocking::Response) -> Result<Response> {
        let status = answer.status().as_u16();
        let headers = answer.headers().clone();
        // Once a money-moving request has been answered at all, only a clear refusal (4xx)
        // says it did nothing: a 5xx or a cut-off answer may follow work already done.
        let may_have_acted = request.repeat == Repeat::OnlyUnsent;
        let kind = if may_have_acted {
            Kind::OutcomeUnknown
        } else {
            Kind::Temporary
        };
        let mut body = Vec::new();
        let limit = self.options.max_body;
        std::io::Read::read_to_end(&mut std::io::Read::take(answer, limit + 1), &mut body)
            .map_err(|e| {
                fail(
                    kind,
                    format!("{}: the answer was cut off: {e}", self.provider),
                )
            })?;
        if body.len() as u64 > limit {
            let kind = if may_have_acted {
                Kind::OutcomeUnknown
            } else {
                Kind::Unreadable
            };
            return Err(fail(
                kind,
                format!(
                    "{}: the answer (HTTP {status}) is larger than {} MiB, the --max-body-mb limit",
                    self.provider,
                    limit >> 20
                ),
            ));
        }
        if (200..300).contains(&status) {
            return Ok(Response {
                status,
                headers,
                body,
            });
        }
        let error = (self.read_error)(&body);
        let documented = error.is_some();
        let detail = error
            .as_ref()
            .map_or_else(|| unquoted_body(&body), |e| e.message.clone());
        let provider_kind = error.and_then(|e| e.kind);
        let kind = classify(status, may_have_acted, documented, provider_kind);
        let message = describe_status(self.provider, status, kind, &detail);
        Err(fail(kind, self.redact(&message)))
    }

    /// Waits out the pause the provider's rate-limit headers asked for, then the pace.
    fn wait_for_rate_limit(&self) {
        if let Some(wait) = self.rate.take_pause() {
            if !wait.is_zero() && self.options.verbose {
                eprintln!(
                    "affpay: {} rate limit nearly used up; waiting {} ms",
                    self.provider,
                    wait.as_millis()
                );
            }
            std::thread::sleep(wait);
        }
        self.rate.wait_for_pace();
    }

    fn transport_failure(&self, request: &Request, err: &reqwest::Error) -> anyhow::Error {
        let what = if err.is_timeout() {
            "timed out".to_string()
        } else if err.is_connect() {
            "could not connect".to_string()
        } else {
            "the connection failed".to_string()
        };
        let provider = self.provider;
        let url = self.redact(request.url.as_str());
        if request.repeat == Repeat::OnlyUnsent && !err.is_connect() {
            return fail(
                Kind::OutcomeUnknown,
                format!(
                    "{provider}: {} {url} {what} after it may have been sent; its outcome is \
                     unknown and it was not repeated",
                    request.method
                ),
            );
        }
        fail(
            Kind::Temporary,
            format!(
                "{provider}: {} {url} {what}: {}",
                request.method,
                root_cause(err)
            ),
        )
    }

    fn log(&self, request: &Request, status: &str, started: Instant) {
        if self.options.verbose {
            eprintln!(
                "affpay: {} {} -> {status} ({} ms)",
                request.method,
                self.redact(request.url.as_str()),
                started.elapsed().as_millis()
            );
        }
    }
}

fn root_cause(err: &(dyn std::error::Error + 'static)) -> String {
    let mut cause = err;
    while let Some(next) = cause.source() {
        cause = next;
    }
    cause.to_string()
}

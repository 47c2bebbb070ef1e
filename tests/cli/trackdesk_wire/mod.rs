//! Trackdesk beyond affiliate billing, request by request, against the recording mock: Tipalti
//! payment batches, the conversion report and conversion statuses, and what advertisers owe
//! (open balances and advertiser settlements, "claims").
//!
//! Why: `tipalti pay`, `adjust`, `claim` and `claims delete` change what is paid or owed on an
//! API without idempotency keys, so each is pinned down like `settle`: the exact requests
//! (method, path, dotted query, body held to the vendor's schema), that bad input sends
//! nothing (exit 2), that a rerun sends nothing twice, and that a 2xx that is not the
//! documented success is an unknown outcome (exit 9), never a failure a rerun would repeat.
//! The OpenAPI document has no example answers: every fixture here was written to its schemas
//! and is validated against them (`trackdesk/fixtures.rs`, `every_fixture_is_valid_for_its_operation`).
//!
//! The tests sit beside this file, one file per concern: `advertisers.rs`, `conversions.rs`,
//! `refusals.rs`, `tipalti.rs`.

use crate::cli::schema;
use crate::trackdesk::{
    KEY, answer, answer_json, body, fixture_json, home, lines, no_body, record, run, run_in, sent,
    settlement_all_new, words,
};
use crate::util::{Env, MockServer, Reply, exits, fixture, ok, rows, text};
use serde_json::json;

const BILLING: &str = "/api/node/billing/v1";
pub(crate) const TIPALTI: &str = "/api/node/tipalti-payments/v1/settlements";
const REPORT: &str = "/api/reports/conversion-report/v1";
const ROB: &str = "/api/node/revenue-origin-billing/v1";
pub(crate) const SETTLEMENT: &str = "f47ac10b-58cc-4372-a567-0e02b2c3d479";
const AS_MARCO: &str = "3d9b6e2a-4f5c-4a8b-9d0e-2f3a4b5c6d74";
const AS_NINA: &str = "4e0c7f3b-5a6d-4b9c-8e1f-3a4b5c6d7e85";
const BATCH: &str = "tb-2026-11-0107";
const ADV1: &str = "a1b2c3d4-0001-4e5f-8a9b-0c1d2e3f4a51";
const ADV2: &str = "a1b2c3d4-0002-4e5f-8a9b-0c1d2e3f4a52";
const ADV3: &str = "a1b2c3d4-0003-4e5f-8a9b-0c1d2e3f4a53";
pub(crate) const CLAIM: &str = "c1a1m000-0001-4a2b-9c3d-4e5f6a7b8c91";
const FIRST_PAGE: &str = "pagination.limit=100&pagination.offset=0";
const UNTIL: &str = "filter.until=2026-10-31T23%3A59%3A59Z";

/// The words of a formatted command line (leaked: a test's few lines live as long as it).
pub(crate) fn leaked(line: String) -> Vec<&'static str> {
    Box::leak(line.into_boxed_str())
        .split_whitespace()
        .collect()
}

fn payable_line() -> String {
    format!("GET {TIPALTI}/{SETTLEMENT}/list-payable-account-settlements")
}

pub(crate) fn pay_script() -> Vec<Reply> {
    vec![
        answer("payable"),
        settlement_all_new(),
        answer("payment_batch"),
    ]
}

mod advertisers;
mod conversions;
mod refusals;
mod tipalti;

//! The simulated Tipalti payment batches: a batch takes a settlement's payable Tipalti rows
//! (Tipalti method, not paid, in no batch yet) and puts them in progress; a status check finds
//! Tipalti has paid them, and the settlement's `paymentData` lists its batches.

use super::input::body_of;
use super::render::{Answer, not_found, status};
use super::state::{Batch, State, uuid};
use crate::sandbox::SimRequest;
use serde_json::{Value, json};

const TIPALTI_TYPE: &str = "PAYMENT_METHOD_TYPE_TIPALTI";

const PAID: &str = "ACCOUNT_SETTLEMENT_STATUS_PAID";

/// The settlement's Tipalti rows not yet paid, and of those the ones in no batch yet.
fn tipalti_rows(
    state: &State,
    id: &str,
) -> Result<(Vec<String>, Vec<String>), crate::sandbox::SimResponse> {
    if !state.settlements.iter().any(|s| s.id == id) {
        return Err(not_found("settlement", id));
    }
    let unpaid: Vec<String> = state
        .rows
        .iter()
        .filter(|r| r.settlement_id == id && r.status != PAID)
        .filter(|r| r.method.as_ref().is_some_and(|m| m.0 == TIPALTI_TYPE))
        .map(|r| r.id.clone())
        .collect();
    let payable = unpaid
        .iter()
        .filter(|r| !state.more.batches.iter().any(|b| b.rows.contains(r)))
        .cloned()
        .collect();
    Ok((payable, unpaid))
}

pub fn payable(state: &mut State, id: &str) -> Answer {
    let (payable, unpaid) = tipalti_rows(state, id)?;
    let mut answer = json!({});
    if !payable.is_empty() {
        answer["payableAccountSettlementIds"] = json!(payable);
    }
    if !unpaid.is_empty() {
        answer["unpaidAccountSettlementIds"] = json!(unpaid);
    }
    Ok(answer)
}

pub fn create_batch(state: &mut State, id: &str) -> Answer {
    let (payable, _) = tipalti_rows(state, id)?;
    if payable.is_empty() {
        return Err(status(
            400,
            9,
            "no account settlement is payable via Tipalti",
        ));
    }
    let batch = uuid(&mut state.rng);
    for row in state.rows.iter_mut().filter(|r| payable.contains(&r.id)) {
        row.status = "ACCOUNT_SETTLEMENT_STATUS_IN_PROGRESS".to_string();
    }
    state.more.batches.push(Batch {
        id: batch.clone(),
        settlement_id: id.to_string(),
        rows: payable,
        paid: false,
    });
    Ok(json!({ "paymentBatchId": batch }))
}

/// Tipalti has paid by the time anyone checks: the batch and its rows become paid.
pub fn batch_status(request: &SimRequest, state: &mut State, id: &str) -> Answer {
    let body = body_of(request)?;
    let wanted = body
        .get("paymentBatchId")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let batch = state
        .more
        .batches
        .iter_mut()
        .find(|b| b.settlement_id == id && b.id == wanted)
        .ok_or_else(|| not_found("payment batch", wanted))?;
    batch.paid = true;
    let rows = batch.rows.clone();
    for row in state.rows.iter_mut().filter(|r| rows.contains(&r.id)) {
        row.status = PAID.to_string();
    }
    Ok(json!({}))
}

//! The conversion report and conversion statuses: an approved conversion counts toward its
//! affiliate's open balance, so changing that moves the balance. Answers follow the OpenAPI
//! document's schemas, int64 as its gateway writes them.

use super::input::{body_of, instant, int64_in, page_at, strings};
use super::render::{Answer, conversion_json, invalid, not_found};
use super::state::{APPROVED, Conversion, State};
use crate::sandbox::SimRequest;
use rust_decimal::Decimal;
use serde_json::{Map, Value, json};

const STATUSES: &[&str] = &[
    "CONVERSION_STATUS_APPROVED",
    "CONVERSION_STATUS_FRAUD",
    "CONVERSION_STATUS_NOT_ALLOWED",
    "CONVERSION_STATUS_BLOCKED",
    "CONVERSION_STATUS_ON_HOLD",
    "CONVERSION_STATUS_PENDING",
    "CONVERSION_STATUS_REFUNDED",
    "CONVERSION_STATUS_REJECTED",
    "CONVERSION_STATUS_TEST",
    "CONVERSION_STATUS_QUALITY_CONTROL",
];

const REPORT_FILTERS: &[&str] = &[
    "timeRange",
    "conversionIds",
    "cids",
    "externalCids",
    "couponCodes",
    "countryCodes",
    "sourceIds",
    "offerIds",
    "conversionStatuses",
    "conversionTypeIds",
    "conversionSourceTypes",
    "externalIds",
    "customerIds",
    "advS1s",
    "advS2s",
    "advS3s",
    "advS4s",
    "advS5s",
    "affS1s",
    "affS2s",
    "affS3s",
    "affS4s",
    "affS5s",
    "currencyCodes",
    "fraudSuspicion",
    "revenueOriginIds",
    "settlementIds",
    "accountSettlementIds",
    "claimIds",
    "conversionTypeCodes",
    "qualified",
    "offerTagIds",
    "affiliateTagIds",
    "revenueOriginTagIds",
];

pub fn report(request: &SimRequest, state: &mut State) -> Answer {
    let body = body_of(request)?;
    if let Some(key) = body
        .keys()
        .find(|k| !["pagination", "filters"].contains(&k.as_str()))
    {
        return Err(invalid(&format!("unknown field {key}")));
    }
    let pagination = body.get("pagination").cloned().unwrap_or(json!({}));
    let offset = int64_in(&pagination["offset"], "pagination.offset")?.unwrap_or(0);
    let limit = int64_in(&pagination["limit"], "pagination.limit")?
        .unwrap_or(50)
        .min(1000);
    let filters = match body.get("filters") {
        None => Map::new(),
        Some(Value::Object(f)) => f.clone(),
        Some(_) => return Err(invalid("filters must be an object")),
    };
    if let Some(key) = filters
        .keys()
        .find(|k| !REPORT_FILTERS.contains(&k.as_str()))
    {
        return Err(invalid(&format!("unknown filter {key}")));
    }
    let range = filters.get("timeRange").cloned().unwrap_or(json!({}));
    let from = range["from"]
        .as_str()
        .map(|t| instant(t, "timeRange.from"))
        .transpose()?;
    let to = range["to"]
        .as_str()
        .map(|t| instant(t, "timeRange.to"))
        .transpose()?;
    let ids = strings(&filters, "conversionIds")?;
    let sources = strings(&filters, "sourceIds")?;
    let statuses = strings(&filters, "conversionStatuses")?;
    let currencies = strings(&filters, "currencyCodes")?;
    let advertisers = strings(&filters, "revenueOriginIds")?;
    let accounts = &state.accounts;
    let more = &state.more;
    let selected: Vec<&Conversion> = more
        .conversions
        .iter()
        .filter(|c| {
            let account = &accounts[c.account];
            from.is_none_or(|f| c.created_at >= f)
                && to.is_none_or(|t| c.created_at <= t)
                && (ids.is_empty() || ids.contains(&c.id))
                && (sources.is_empty() || sources.contains(&account.id))
                && (statuses.is_empty() || statuses.iter().any(|s| s == c.status))
                && (currencies.is_empty() || currencies.iter().any(|s| s == account.currency))
                && (advertisers.is_empty()
                    || advertisers.contains(&more.advertisers[c.advertiser].id))
        })
        .collect();
    // Both int64 forms appear in Trackdesk's answers: the total is a string at every 200th
    // offset and a number elsewhere, so a client must read both.
    page_at(
        selected,
        "rows",
        (offset, limit),
        |offset| offset % 200 == 0,
        |c| conversion_json(c, state),
    )
}

/// An approved conversion's cost is part of its affiliate's open balance: leaving or
/// entering `approved` moves the balance by it.
pub fn set_conversion_status(request: &SimRequest, state: &mut State, id: &str) -> Answer {
    let body = body_of(request)?;
    let wanted = body
        .get("status")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let Some(&wanted) = STATUSES.iter().find(|s| **s == wanted) else {
        return Err(invalid(&format!("invalid conversion status '{wanted}'")));
    };
    let index = state
        .more
        .conversions
        .iter()
        .position(|c| c.id == id)
        .ok_or_else(|| not_found("conversion", id))?;
    let conversion = &mut state.more.conversions[index];
    let was = conversion.status;
    conversion.status = wanted;
    let (account, cost) = (conversion.account, conversion.cost);
    let open = &mut state.accounts[account].open;
    if was == APPROVED && wanted != APPROVED {
        *open = (*open - cost).max(Decimal::ZERO);
    } else if was != APPROVED && wanted == APPROVED {
        *open += cost;
    }
    Ok(json!({}))
}

//! Trackdesk's answers about revenue rather than billing, as they arrive: the conversion
//! report (what earned the affiliates' balances) and the advertisers' (revenue origins')
//! balances and claims. Apart from `wire` because only `conversions` and `advertisers` read
//! them; the shared forms (money, currency, paging) stay there.

use super::wire::{Currency, Money, Pagination};
use serde::Deserialize;
use serde_json::Value;

/// `reports.v1.ConversionReportResponse`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ConversionReport {
    pub rows: Vec<Conversion>,
    pub pagination: Option<Pagination>,
}

/// An `{id, name}` reference (an offer, an advertiser, a conversion type).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Named {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Source {
    pub id: String,
    pub public_id: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct FraudSuspicion {
    pub is_suspected: bool,
}

/// `reports.v1.ConversionReportResponse.Row`: `cost` is what the affiliate earns, `revenue`
/// what the advertiser pays.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Conversion {
    pub conversion_id: String,
    pub created_at: Option<String>,
    pub conversion_status: String,
    pub conversion_type: Option<Named>,
    pub source: Option<Source>,
    pub offer: Option<Named>,
    pub revenue_origin: Option<Named>,
    pub conversion_amount: Money,
    pub revenue: Money,
    pub cost: Money,
    pub currency_code: String,
    pub external_id: String,
    pub customer_id: String,
    pub settlement_id: String,
    pub account_settlement_id: String,
    pub claim_id: String,
    pub on_hold_until: Option<String>,
    pub fraud_suspicion: Option<FraudSuspicion>,
    pub qualified: bool,
}

/// `revenue_origin_billing.v1.ListRevenueOriginOpenBalancesResponse`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Receivables {
    pub balances: Vec<Receivable>,
    pub pagination: Option<Pagination>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Receivable {
    pub revenue_origin: Named,
    pub open_balance: Money,
    pub on_hold_balance: Money,
    pub has_billing_details: bool,
}

/// `revenue_origin_billing.v1.ListClaimsResponse`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Claims {
    pub claims: Vec<Claim>,
    pub pagination: Option<Pagination>,
}

/// `GetClaimResponse` and `ClaimBalancesResponse`: `{claim}`, which both require.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct OneClaim {
    pub claim: Option<Claim>,
}

/// An advertiser settlement: what an advertiser is invoiced for.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Claim {
    pub id: String,
    pub revenue_origin: Named,
    pub amount: Money,
    pub currency: Option<Currency>,
    pub until: Option<String>,
    pub billing_detail: Option<Value>,
    pub payment_method_for_advertiser: String,
    pub note: String,
    pub created_at: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    #[test]
    fn the_report_and_claims_read_their_documented_shapes() {
        let report: ConversionReport = serde_json::from_str(
            r#"{"rows":[{"conversionId":"cv-1","cost":{"value":"0.000000000000000001"},
                "conversionStatus":"CONVERSION_STATUS_ON_HOLD"}],
                "pagination":{"totalCount":"9007199254740993","hasMore":true}}"#,
        )
        .unwrap();
        assert_eq!(
            report.rows[0].cost.value.to_string(),
            "0.000000000000000001"
        );
        assert_eq!(report.rows[0].revenue.value, Decimal::ZERO);
        assert_eq!(
            report.pagination.unwrap().total_count,
            9_007_199_254_740_993
        );
        let claim: OneClaim = serde_json::from_str(
            r#"{"claim":{"id":"c-1","revenueOrigin":{"id":"r-1","name":"R"},
                "amount":{"value":"12.10"},"currency":{"code":"EUR"}}}"#,
        )
        .unwrap();
        let claim = claim.claim.unwrap();
        assert_eq!(
            (claim.id.as_str(), claim.amount.value.to_string().as_str()),
            ("c-1", "12.10")
        );
        let empty: OneClaim = serde_json::from_str("{}").unwrap();
        assert!(empty.claim.is_none(), "an empty answer has no claim");
    }
}

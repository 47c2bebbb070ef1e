//! The table every fault test runs over: one [`Entry`] per money-moving command of every
//! provider.

use super::*;

pub(crate) const TRACKDESK_PACE: &[(&str, &str)] = &[("trackdesk.rps", "1000")];
pub(crate) const SMARTICO_DRIFT: &[(&str, &str)] =
    &[("/api/af2_balance_op", "/*/operator_currency")];
pub(crate) const AFFONSO_PAYOUT_DRIFT: &[(&str, &str)] = &[("/v1/payouts/", "/data/currency")];
pub(crate) const AFFONSO_COMMISSION_DRIFT: &[(&str, &str)] =
    &[("/v1/commissions/", "/data/commission_currency")];
pub(crate) const TRACKDESK_SETTLEMENTS: &str = "/api/node/billing/v1/account-settlements/";
pub(crate) const TRACKDESK_TIPALTI: &str = "/api/node/tipalti-payments/v1/settlements/";
pub(crate) const TRACKDESK_CLAIM: &str = "/api/node/revenue-origin-billing/v1/claim-balances";
pub(crate) const TRACKDESK_CLAIMS: &str = "/api/node/revenue-origin-billing/v1/claims/";

pub(crate) static ENTRIES: &[Entry] = &[
    Entry {
        name: "smartico settle --affiliate",
        provider: "smartico",
        sim: &["--smartico-affiliates", "10"],
        config: &[],
        setup: |_, _| words("smartico settle --affiliate 35001 --amount 1.5"),
        money: ("POST", "/api/af2_payments_op"),
        targets: |e| field(e, "affiliate_id"),
        bulk: false,
        empty_object_succeeds: false,
        drift: SMARTICO_DRIFT,
        bump: Some(smartico_bump),
        other_amount: Some("2.5"),
    },
    Entry {
        name: "smartico settle --above-threshold",
        provider: "smartico",
        sim: &["--smartico-affiliates", "10"],
        config: &[],
        setup: |_, _| words("smartico settle --above-threshold"),
        money: ("POST", "/api/af2_payments_op"),
        targets: |e| field(e, "affiliate_id"),
        bulk: true,
        empty_object_succeeds: false,
        drift: SMARTICO_DRIFT,
        bump: Some(smartico_bump),
        other_amount: None,
    },
    Entry {
        name: "smartico settle --from-csv",
        provider: "smartico",
        sim: &["--smartico-affiliates", "10"],
        config: &[],
        setup: |_, dir| {
            let file = write(
                dir,
                "smartico.csv",
                "affiliate_id,amount\n35001,1.5\n35002,2.5\n35003,3.5\n",
            );
            words(&format!("smartico settle --from-csv {file}"))
        },
        money: ("POST", "/api/af2_payments_op"),
        targets: |e| field(e, "affiliate_id"),
        bulk: true,
        empty_object_succeeds: false,
        drift: SMARTICO_DRIFT,
        bump: None,
        other_amount: None,
    },
    Entry {
        name: "smartico adjust",
        provider: "smartico",
        sim: &["--smartico-affiliates", "10"],
        config: &[],
        setup: |_, _| words("smartico adjust --affiliate 35001 --amount 4.5"),
        money: ("POST", "/api/af2_adjustments_op"),
        targets: |e| field(e, "affiliate_id"),
        bulk: false,
        empty_object_succeeds: true,
        drift: SMARTICO_DRIFT,
        bump: None,
        other_amount: Some("5.5"),
    },
    Entry {
        name: "billon settle",
        provider: "billon",
        sim: &[],
        config: &[],
        setup: |_, _| {
            words("billon settle --amount 5 --currency PLN --project P --description D --user ann")
        },
        money: ("POST", "/api/payment/create"),
        targets: billon_payee,
        bulk: false,
        empty_object_succeeds: false,
        drift: &[],
        bump: None,
        other_amount: Some("6"),
    },
    Entry {
        name: "billon settle --from-csv",
        provider: "billon",
        sim: &[],
        config: &[],
        setup: |_, dir| {
            let file = write(dir, "billon.csv", BILLON_CSV);
            words(&format!("billon settle --from-csv {file}"))
        },
        money: ("POST", "/api/payment/create"),
        targets: billon_payee,
        bulk: true,
        empty_object_succeeds: false,
        drift: &[],
        bump: None,
        other_amount: None,
    },
    Entry {
        name: "billon cancel",
        provider: "billon",
        sim: &[],
        config: &[],
        setup: |upstream, dir| {
            let file = write(dir, "billon-setup.csv", BILLON_CSV);
            let created = upstream.affpay(&words(&format!(
                "billon settle --from-csv {file} --yes --batch setup"
            )));
            let mut args = words("billon cancel");
            args.extend(created.iter().map(|row| text(&row["reference"])));
            args
        },
        money: ("POST", "/api/payment/cancel"),
        targets: |e| {
            e.json()["ids"]
                .as_array()
                .map(|ids| ids.iter().map(Value::to_string).collect())
                .unwrap_or_default()
        },
        bulk: false,
        empty_object_succeeds: false,
        drift: &[],
        bump: None,
        other_amount: None,
    },
    Entry {
        name: "affonso settle",
        provider: "affonso",
        sim: &[],
        config: &[],
        setup: |_, _| words("affonso settle po_001"),
        money: ("PUT", "/v1/payouts/"),
        targets: |e| segment(e, 1),
        bulk: false,
        empty_object_succeeds: false,
        drift: AFFONSO_PAYOUT_DRIFT,
        bump: None,
        other_amount: None,
    },
    Entry {
        name: "affonso cancel",
        provider: "affonso",
        sim: &[],
        config: &[],
        setup: |_, _| words("affonso cancel po_000 po_001 po_002"),
        money: ("PUT", "/v1/payouts/"),
        targets: |e| segment(e, 1),
        bulk: true,
        empty_object_succeeds: false,
        drift: AFFONSO_PAYOUT_DRIFT,
        bump: None,
        other_amount: None,
    },
    Entry {
        name: "affonso adjust",
        provider: "affonso",
        sim: &[],
        config: &[],
        setup: |_, _| words("affonso adjust com_00000 --amount 12.5"),
        money: ("PUT", "/v1/commissions/"),
        targets: |e| segment(e, 1),
        bulk: false,
        empty_object_succeeds: false,
        drift: AFFONSO_COMMISSION_DRIFT,
        bump: None,
        other_amount: Some("13.5"),
    },
    Entry {
        name: "trackdesk settle",
        provider: "trackdesk",
        sim: &[],
        config: TRACKDESK_PACE,
        setup: |upstream, _| {
            let mut args = words("trackdesk settle --until 2026-10-31");
            for account in trackdesk_accounts(upstream) {
                args.extend(["--account".to_string(), account]);
            }
            args
        },
        money: ("POST", "/api/node/billing/v1/settle-balances"),
        targets: |e| {
            e.json()["accountIds"]
                .as_array()
                .map(|ids| ids.iter().map(text).collect())
                .unwrap_or_default()
        },
        bulk: false,
        empty_object_succeeds: false,
        drift: &[],
        bump: None,
        other_amount: None,
    },
    Entry {
        name: "trackdesk payouts mark",
        provider: "trackdesk",
        sim: &[],
        config: TRACKDESK_PACE,
        setup: |upstream, _| {
            let mut args = words("trackdesk payouts mark --status paid");
            args.extend(trackdesk_settled(upstream));
            args
        },
        money: ("PUT", TRACKDESK_SETTLEMENTS),
        // `…/account-settlements/{id}/status`
        targets: |e| segment(e, 2),
        bulk: true,
        empty_object_succeeds: true,
        drift: &[],
        bump: None,
        other_amount: None,
    },
    Entry {
        name: "trackdesk cancel",
        provider: "trackdesk",
        sim: &[],
        config: TRACKDESK_PACE,
        setup: |upstream, _| {
            let mut args = words("trackdesk cancel");
            args.extend(trackdesk_settled(upstream));
            args
        },
        money: ("DELETE", TRACKDESK_SETTLEMENTS),
        targets: |e| segment(e, 1),
        bulk: true,
        empty_object_succeeds: true,
        drift: &[],
        bump: None,
        other_amount: None,
    },
    Entry {
        // Without `--batch` every run is its own batch; the suite always names one.
        name: "trackdesk adjust",
        provider: "trackdesk",
        sim: &[],
        config: TRACKDESK_PACE,
        setup: |upstream, _| {
            let mut args = words("trackdesk adjust --status rejected");
            args.extend(trackdesk_approved(upstream));
            args
        },
        money: ("PUT", "/api/node/conversions/v1/"),
        // `…/conversions/v1/{id}/status`
        targets: |e| segment(e, 2),
        bulk: true,
        // `google.protobuf.Empty`, as the OpenAPI document answers a status change.
        empty_object_succeeds: true,
        drift: &[],
        bump: None,
        other_amount: None,
    },
    Entry {
        name: "trackdesk tipalti pay",
        provider: "trackdesk",
        sim: &[],
        config: TRACKDESK_PACE,
        setup: |upstream, _| {
            let mut args = words("trackdesk tipalti pay");
            args.push(trackdesk_tipalti_settlement(upstream));
            args
        },
        money: ("POST", TRACKDESK_TIPALTI),
        // `…/settlements/{id}/payment-batch`
        targets: |e| segment(e, 2),
        bulk: false,
        // Its success is the new batch's `paymentBatchId`: a 2xx without one is unknown.
        empty_object_succeeds: false,
        drift: &[],
        bump: None,
        other_amount: None,
    },
    Entry {
        name: "trackdesk claim",
        provider: "trackdesk",
        sim: &[],
        config: TRACKDESK_PACE,
        // Advertisers 1 to 3 (the fourth has no billing details and is skipped).
        setup: |_, _| words("trackdesk claim --until 2026-10-31"),
        money: ("POST", TRACKDESK_CLAIM),
        targets: |e| field(e, "revenueOriginId"),
        bulk: true,
        // Its success is `{claim}` with the new claim's id: `{}` is unknown.
        empty_object_succeeds: false,
        drift: &[],
        bump: None,
        other_amount: None,
    },
    Entry {
        name: "trackdesk claims delete",
        provider: "trackdesk",
        sim: &[],
        config: TRACKDESK_PACE,
        setup: |upstream, _| {
            let mut args = words("trackdesk claims delete");
            args.extend(trackdesk_claimed(upstream));
            args
        },
        money: ("DELETE", TRACKDESK_CLAIMS),
        targets: |e| segment(e, 1),
        bulk: true,
        // `google.protobuf.Empty`, as the OpenAPI document answers a delete.
        empty_object_succeeds: true,
        drift: &[],
        bump: None,
        other_amount: None,
    },
];

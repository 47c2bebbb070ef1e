//! Affonso against its simulator: settling pays the commissions and the balance follows, and
//! runs wait out the rate limit.

use super::*;

/// `affpay` in `env` against a simulator at `url`, with its Affonso token.
fn on(env: &Env, url: &str, args: &[&str]) -> Output {
    env.provider_process("affonso", url, token_for("affonso").as_str())
        .stdin(Stdio::null())
        .args(args)
        .output()
        .unwrap()
}

fn decimal(value: &Value) -> Decimal {
    Decimal::from_str(value.as_str().unwrap()).unwrap()
}

/// Per (affiliate, currency): the four sums and the count, from a list of commissions.
type Sums = BTreeMap<(String, String), ([Decimal; 7], i64)>;

/// The balance's status columns, in order.
const SUMMED: [&str; 7] = [
    "pending",
    "pending_manual_approval",
    "ready_for_payment",
    "paid",
    "processing_payout",
    "refunded",
    "dispute",
];

fn recompute(commissions: &[Value]) -> Sums {
    let statuses = SUMMED;
    let mut sums = Sums::new();
    for c in commissions {
        let key = (
            c["affiliate_id"].to_string(),
            c["commission_currency"].to_string(),
        );
        let entry = sums.entry(key).or_default();
        entry.1 += 1;
        if let Some(i) = statuses.iter().position(|s| c["status"] == *s) {
            entry.0[i] += decimal(&c["commission_amount"]);
        }
    }
    sums
}

fn sums_of(balances: &[Value]) -> Sums {
    let columns = SUMMED;
    balances
        .iter()
        .map(|b| {
            let key = (b["affiliate_id"].to_string(), b["currency"].to_string());
            (
                key,
                (
                    columns.map(|c| decimal(&b[c])),
                    b["commissions"].as_i64().unwrap(),
                ),
            )
        })
        .collect()
}

#[test]
fn settling_a_simulated_payout_pays_its_commissions_and_the_balance_follows() {
    let sim = affpay::commands::sandbox::start_default().expect("the simulator starts");
    let env = Env::new();
    let url = sim.url();
    let payouts = rows(&on(&env, url, &["affonso", "payouts", "-o", "json"]));
    assert_eq!(
        ids(&payouts),
        [
            "po_000",
            "po_001",
            "po_002",
            "po_003",
            "po_004",
            "pay_abc123"
        ],
        "the generated payouts, then the vendor's example"
    );
    assert_eq!(payouts[1]["status"], "processing");

    let shown = record(&on(
        &env,
        url,
        &["affonso", "payouts", "show", "po_001", "-o", "json"],
    ));
    let linked: Vec<&str> = shown["transactions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["commission_id"].as_str().unwrap())
        .collect();
    assert_eq!(linked.len(), 2);
    let paid = |env: &Env| {
        rows(&on(
            env,
            url,
            &["affonso", "actions", "--status", "paid", "-o", "json"],
        ))
        .len()
    };
    let paid_before = paid(&env);

    ok(&on(&env, url, &["affonso", "settle", "po_001", "--yes"]));
    for id in &linked {
        let one = record(&on(
            &env,
            url,
            &["affonso", "actions", "show", id, "-o", "json"],
        ));
        assert_eq!(one["status"], "paid", "{id}");
    }
    assert_eq!(paid(&env), paid_before + linked.len());

    let all = rows(&on(
        &env,
        url,
        &["affonso", "actions", "--all", "-o", "json"],
    ));
    assert_eq!(all.len(), 60);
    let balances = rows(&on(&env, url, &["affonso", "balance", "-o", "json"]));
    assert_eq!(sums_of(&balances), recompute(&all));
    for status in ["processing_payout", "refunded", "dispute"] {
        assert!(
            balances.iter().any(|b| decimal(&b[status]) > Decimal::ZERO),
            "no {status} in {balances:?}"
        );
    }

    // The simulator's other two shapes: po_000 as the reference writes it, po_002 flat.
    ok(&on(
        &env,
        url,
        &["affonso", "settle", "po_000", "--processing", "--yes"],
    ));
    ok(&on(&env, url, &["affonso", "cancel", "po_002", "--yes"]));
    let payouts = rows(&on(&env, url, &["affonso", "payouts", "-o", "json"]));
    let status: Vec<(&Value, &Value)> = payouts.iter().map(|p| (&p["id"], &p["status"])).collect();
    assert_eq!(status[0], (&json!("po_000"), &json!("processing")));
    assert_eq!(status[2], (&json!("po_002"), &json!("cancelled")));
    assert_eq!(payouts[0]["invoice_number"], "1001");
    assert_eq!(payouts[2]["currency"], "USD");
}

#[test]
fn runs_past_the_simulated_rate_limit_wait_for_retry_after_and_succeed() {
    let served = serve(&["--affonso-rate-limit", "3"]);
    let url = served.url.clone();
    // Seven at once: however they fall across a second, one second sees more than three.
    let env = Env::new();
    let children: Vec<Child> = (0..7)
        .map(|_| {
            env.provider_process("affonso", &url, token_for("affonso").as_str())
                .args(["affonso", "actions", "--all", "-v", "-o", "json"])
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut limited = 0;
    for child in children {
        let output = child.wait_with_output().unwrap();
        let stderr = stderr_of(&output);
        assert_eq!(rows(&output).len(), 60, "{stderr}");
        if stderr.contains("-> 429") {
            assert!(stderr.contains("retrying in 1000 ms"), "{stderr}");
            limited += 1;
        }
    }
    assert!(limited >= 1, "no run met the rate limit");
}

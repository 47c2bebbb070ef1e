//! Helpers for the Smartico tests against the simulator: the command pointed at it and the
//! balances it reports.

use super::*;

/// `affpay` in `env` against a simulator at `url`, with its Smartico token.
pub(crate) fn on(env: &Env, url: &str) -> std::process::Command {
    let mut cmd = env.provider_process("smartico", url, token_for("smartico").as_str());
    cmd.stdin(Stdio::null());
    cmd
}

/// One affiliate's money as the simulator reports it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Account {
    pub(crate) balance: Decimal,
    pub(crate) threshold: Decimal,
    pub(crate) payments: Decimal,
    pub(crate) adjustments: Decimal,
}

pub(super) fn decimal(value: &Value) -> Decimal {
    Decimal::from_str(&text(value)).unwrap()
}

pub(super) fn accounts_of(output: &Output) -> BTreeMap<i64, Account> {
    let accounts = rows(output)
        .iter()
        .map(|r| {
            let account = Account {
                balance: decimal(&r["balance"]),
                threshold: decimal(&r["treshold"]),
                payments: decimal(&r["payments"]),
                adjustments: decimal(&r["adjustments"]),
            };
            (r["affiliate_id"].as_i64().unwrap(), account)
        })
        .collect();
    ok(output);
    accounts
}

/// Every affiliate of the simulator, read with a journal of its own.
pub(crate) fn accounts(url: &str) -> BTreeMap<i64, Account> {
    let args = ["smartico", "balance", "--all", "-o", "json"];
    accounts_of(&on(&Env::new(), url).args(args).output().unwrap())
}

/// What `settle --above-threshold` owes each affiliate: its balance rounded down to cents,
/// when it is above the threshold and not nothing.
pub(crate) fn owed(accounts: &BTreeMap<i64, Account>) -> BTreeMap<i64, Decimal> {
    accounts
        .iter()
        .filter(|(_, a)| a.balance > Decimal::ZERO && a.balance >= a.threshold)
        .map(|(id, a)| {
            let amount = a
                .balance
                .round_dp_with_strategy(2, RoundingStrategy::ToZero);
            (*id, amount)
        })
        .filter(|(_, amount)| *amount > Decimal::ZERO)
        .collect()
}

/// Every affiliate owed something was paid exactly that, once; nobody else was paid.
pub(crate) fn assert_paid_once(
    before: &BTreeMap<i64, Account>,
    after: &BTreeMap<i64, Account>,
    owed: &BTreeMap<i64, Decimal>,
) {
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>()
    );
    for (id, was) in before {
        let amount = owed.get(id).copied().unwrap_or_default();
        let now = &after[id];
        assert_eq!(now.payments, was.payments + amount, "payments of {id}");
        assert_eq!(now.balance, was.balance - amount, "balance of {id}");
        if amount > Decimal::ZERO {
            assert!(
                now.balance < Decimal::new(1, 2),
                "{id} still owed {}",
                now.balance
            );
        }
    }
}

pub(crate) fn targets(results: &[(String, String)], result: &str) -> BTreeSet<String> {
    results
        .iter()
        .filter(|(_, r)| r == result)
        .map(|(t, _)| t.clone())
        .collect()
}

pub(crate) fn ids(owed: &BTreeMap<i64, Decimal>) -> BTreeSet<String> {
    owed.keys().map(i64::to_string).collect()
}

/// Polls the journal of `env` until `ready` holds for its rows.
pub(crate) fn wait_for_journal(env: &Env, ready: impl Fn(&[Value]) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !ready(&journal(env, &["list"])) {
        assert!(Instant::now() < deadline, "the journal never got there");
    }
}

pub(crate) fn count_state(rows: &[Value], state: &str) -> usize {
    rows.iter().filter(|r| r["state"] == state).count()
}

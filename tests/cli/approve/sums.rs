//! What `approve` and `apply` check of a plan's sums: stated totals that are what its items
//! add up to, and the run's own `--max-total` cap.

use super::*;

#[test]
fn a_file_whose_totals_are_not_its_items_is_refused_though_its_digest_matches() {
    let env = Env::new();
    plan_single(&env, &[]);
    // A hand-made file: the stated total lowered, the digest computed again over the edit, so
    // only the totals themselves can tell.
    let mut file = file_json(&env);
    let totals = file["plan"]["totals"].as_object_mut().unwrap();
    assert_eq!(totals.len(), 1, "{totals:?}");
    for total in totals.values_mut() {
        assert_eq!(total, &serde_json::json!("150.10"));
        *total = serde_json::json!("1.00");
    }
    file["digest"] = affpay::planfile::digest_of(&file["plan"]).into();
    std::fs::write(plan_path(&env), file.to_string()).unwrap();
    let (key, _) = key_file(&env, "bob", 1);
    let stderr = exits(&approve(&env, &key, "bob@example"), 7);
    assert!(stderr.contains("plan refused (totals)"), "{stderr}");
    assert!(
        stderr.contains("1.00") && stderr.contains("150.10"),
        "{stderr}"
    );
    let (output, server) = apply(&env, vec![], &[]);
    refused(&output, &server, "totals");
}

#[test]
fn apply_max_total_refuses_a_bigger_plan_and_allows_an_equal_one() {
    let env = Env::new();
    plan_single(&env, &[]);
    for bad in ["0", "lots"] {
        let (output, server) = apply(&env, vec![], &["--max-total", bad]);
        let stderr = exits(&output, 2);
        assert!(stderr.contains(&format!("'{bad}'")), "{stderr}");
        assert!(server.requests().is_empty(), "{:?}", server.lines());
    }
    let (output, server) = apply(
        &env,
        vec![balances(&[(35427, "500")]), paid(15561)],
        &["--max-total", "150.09"],
    );
    let stderr = exits(&output, 7);
    assert!(
        stderr.contains("--max-total") && stderr.contains("150.10"),
        "{stderr}"
    );
    assert!(posted(&server).is_empty(), "{:?}", server.lines());
    let (output, server) = apply(
        &env,
        vec![balances(&[(35427, "500")]), paid(15561)],
        &["--max-total", "150.10"],
    );
    ok(&output);
    assert_eq!(posted(&server).len(), 1, "{:?}", server.lines());
}

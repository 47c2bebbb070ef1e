#!/usr/bin/env bash
# Benchmark: plan a ROWS-row payout CSV with `--dry-run` (read, validate every row, build every
# request, print the plan as CSV) and report wall time and peak RSS, for the two commands that
# take a CSV:
#
#   billon settle --from-csv     checked locally (no read call), one payout per row
#   smartico settle --from-csv   checked against the simulator's balance list (ROWS affiliates,
#                                read in pages of 500 over loopback), one payment per row
#
#   bash bench/csv_plan.sh            # 100,000 rows
#   bash bench/csv_plan.sh 1000000
#
# Needs /usr/bin/time (Debian package `time`). Builds the release binary in CARGO_TARGET_DIR
# (default target/).
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-target}/release/affpay
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

"$bin" sandbox serve --port 0 --smartico-affiliates "$rows" --url-file "$work/url" >/dev/null &
server=$!
for _ in $(seq 100); do [ -s "$work/url" ] && break; sleep 0.1; done
url=$(cat "$work/url")

# Amounts vary so that no two rows are the same payout; the simulator's affiliates are
# 35000 onwards.
awk -v n="$rows" 'BEGIN {
  print "amount,currency,project,description,user,email"
  for (i = 1; i <= n; i++)
    printf "%d.%02d,PLN,November,Affiliate payout %d,user%06d,user%06d@example.com\n", 10 + i % 990, i % 100, i, i, i
}' >"$work/billon.csv"
awk -v n="$rows" 'BEGIN {
  print "affiliate_id,amount,comment"
  for (i = 0; i < n; i++) printf "%d,%d.%02d,November\n", 35000 + i, 1 + i % 500, i % 100
}' >"$work/smartico.csv"

export AFFPAY_KEYRING=none AFFPAY_CONFIG_DIR=$work/config AFFPAY_DATA_DIR=$work/data
export AFFPAY_BILLON_URL=$url AFFPAY_BILLON_TOKEN=sandbox-billon-token
export AFFPAY_SMARTICO_URL=$url AFFPAY_SMARTICO_TOKEN=sandbox-smartico-token

printf 'rows: %d (billon.csv %s, smartico.csv %s)\n' "$rows" \
  "$(du -h "$work/billon.csv" | cut -f1)" "$(du -h "$work/smartico.csv" | cut -f1)"
printf '%-10s %-6s %10s %14s %10s\n' provider output 'wall time' 'peak RSS' 'plan rows'
for provider in billon smartico; do
  for output in csv table; do
    /usr/bin/time -f '%e %M' -o "$work/time" \
      "$bin" "$provider" settle --from-csv "$work/$provider.csv" --dry-run -o "$output" \
      >"$work/plan.out" 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
    read -r seconds peak_kb <"$work/time"
    planned=$(grep -o '[0-9]* request(s)' "$work/stderr" | grep -o '[0-9]*')
    printf '%-10s %-6s %8.2f s %11.1f MB %10s\n' "$provider" "$output" "$seconds" \
      "$(echo "$peak_kb / 1024" | bc -l)" "$planned"
  done
done

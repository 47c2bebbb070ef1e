#!/usr/bin/env bash
# Benchmark: settle N Smartico affiliates against the simulator through the full money path
# (plan, journal with durable commits, one POST per payment) and report payments per second
# and the journal's cost per payment beyond the HTTP round trip.
#
#   bash bench/settle.sh           # 10,000 affiliates
#   bash bench/settle.sh 2000
#   AFFPAY_JOURNAL_URL=postgres://affpay@127.0.0.1:5432/affpay bash bench/settle.sh 2000
#
# With AFFPAY_JOURNAL_URL the journal is that PostgreSQL database (password from PGPASSWORD
# or ~/.pgpass); each run is a batch of its own, so a database used before pays again.
# The journal cost is measured inside affpay (`-v` prints the time spent in the journal's
# durable commits per request); the journal lives in a temp dir on the same disk as /tmp.
set -euo pipefail
cd "$(dirname "$0")/.."
affiliates=${1:-10000}
cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-target}/release/affpay
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

"$bin" sandbox serve --port 0 --smartico-affiliates "$affiliates" --url-file "$work/url" >/dev/null &
server=$!
for _ in $(seq 100); do [ -s "$work/url" ] && break; sleep 0.1; done
export AFFPAY_SMARTICO_URL=$(cat "$work/url") AFFPAY_SMARTICO_TOKEN=sandbox-smartico-token
export AFFPAY_KEYRING=none AFFPAY_CONFIG_DIR=$work/config AFFPAY_DATA_DIR=$work/data

start=$(date +%s.%N)
"$bin" smartico settle --above-threshold --batch "bench-$(date +%s%N)" --yes -v -o csv >"$work/results.csv" 2>"$work/stderr"
seconds=$(echo "$(date +%s.%N) - $start" | bc)
paid=$(grep -c ',succeeded,' "$work/results.csv" || true)
journal_ms=$(grep -o 'journal: [0-9.]* ms' "$work/stderr" | grep -o '[0-9.]*')

printf 'journal:                    %s\n' \
  "$(echo "${AFFPAY_JOURNAL_URL:-sqlite (the data dir)}" | sed -E 's#://([^:@/]+):[^@]*@#://\1@#')"
printf 'payments made:              %d of %d affiliates\n' "$paid" "$affiliates"
printf 'wall time (whole run):      %.2f s\n' "$seconds"
printf 'payments per second:        %.0f\n' "$(echo "$paid / $seconds" | bc -l)"
printf 'journal cost per payment:   %s ms (durable commits, beyond the HTTP round trip)\n' "$journal_ms"

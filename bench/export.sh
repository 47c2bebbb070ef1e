#!/usr/bin/env bash
# Benchmark: export N Travelpayouts actions from the simulator to CSV with affpay, and
# compare with curl fetching the same pages and discarding them.
#
#   bash bench/export.sh            # 100,000 actions (334 pages of 300)
#   bash bench/export.sh 1000000    # 1,000,000 actions
#
# Prints rows exported, wall time and peak RSS of affpay, and curl's wall time for the same
# pages. Needs /usr/bin/time (Debian package `time`) and curl.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-target}/release/affpay
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

"$bin" sandbox serve --port 0 --travelpayouts-actions "$rows" --url-file "$work/url" >/dev/null &
server=$!
for _ in $(seq 100); do [ -s "$work/url" ] && break; sleep 0.1; done
url=$(cat "$work/url")
token=sandbox-travelpayouts-token
pages=$(( (rows + 299) / 300 ))

# The same page requests affpay makes, for curl (one connection, kept alive).
for ((i = 0; i < pages; i++)); do
  printf 'url = "%s/finance/v2/get_user_actions_affecting_balance?currency=usd&offset=%d&limit=300"\noutput = "/dev/null"\n' \
    "$url" $((i * 300))
done >"$work/curl.cfg"
# Warm the simulator's cache of the selection so neither run pays for it.
curl -sf -H "X-Access-Token: $token" "$url/finance/v2/get_user_actions_affecting_balance?currency=usd&offset=0&limit=1" >/dev/null

start=$(date +%s.%N)
curl -sf -H "X-Access-Token: $token" -K "$work/curl.cfg"
curl_seconds=$(echo "$(date +%s.%N) - $start" | bc)

AFFPAY_TRAVELPAYOUTS_URL=$url AFFPAY_TRAVELPAYOUTS_TOKEN=$token AFFPAY_KEYRING=none \
  AFFPAY_CONFIG_DIR=$work /usr/bin/time -f '%e %M' -o "$work/time" \
  "$bin" tp actions --all -o csv >"$work/actions.csv"
read -r affpay_seconds peak_kb <"$work/time"
exported=$(( $(wc -l <"$work/actions.csv") - 1 ))

printf 'rows exported:        %d (%d pages)\n' "$exported" "$pages"
printf 'affpay wall time:     %.2f s\n' "$affpay_seconds"
printf 'affpay peak RSS:      %.1f MB\n' "$(echo "$peak_kb / 1024" | bc -l)"
printf 'curl same pages:      %.2f s\n' "$curl_seconds"
printf 'affpay / curl:        %.2fx\n' "$(echo "$affpay_seconds / $curl_seconds" | bc -l)"

#!/usr/bin/env bash
# Benchmark: export Travelpayouts actions from a simulator that limits requests per minute
# (a 429 without Retry-After until the minute ends, as the vendor documents) and answers
# each request after a latency, once paced to the limit (travelpayouts.rpm = the limit) and
# once unpaced; report the requests per minute achieved against the limit and the 429s met.
#
#   bash bench/ratelimit.sh                  # 120 pages, 60 a minute, 150 ms latency
#   bash bench/ratelimit.sh PAGES LIMIT MS   # e.g. 300 120 80
#   WINDOW=10 bash bench/ratelimit.sh        # a 10-second "minute", for a quick look
#
# Each run takes about PAGES / LIMIT minutes (WINDOW shortens the minute for both the
# simulator and affpay).
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-120}
limit=${2:-60}
latency_ms=${3:-150}
window=${WINDOW:-60}
cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-target}/release/affpay
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

run() { # $1: label, $2: rpm for affpay (empty: not paced)
  local label=$1 rpm=$2
  "$bin" sandbox serve --port 0 --url-file "$work/url" --travelpayouts-actions $((pages * 300)) \
    --travelpayouts-rate-limit "$limit" --travelpayouts-rate-window "$window" \
    --travelpayouts-delay-ms "$latency_ms" >/dev/null &
  server=$!
  for _ in $(seq 100); do [ -s "$work/url" ] && break; sleep 0.1; done
  start=$(date +%s.%N)
  AFFPAY_TRAVELPAYOUTS_URL=$(cat "$work/url") AFFPAY_TRAVELPAYOUTS_TOKEN=sandbox-travelpayouts-token \
    AFFPAY_KEYRING=none AFFPAY_CONFIG_DIR=$work AFFPAY_RATE_WINDOW=$window \
    AFFPAY_TRAVELPAYOUTS_RPM=$rpm \
    "$bin" tp actions --all -v -o csv >"$work/actions.csv" 2>"$work/stderr"
  seconds=$(echo "$(date +%s.%N) - $start" | bc)
  kill "$server"; wait "$server" 2>/dev/null || true
  rm -f "$work/url"
  rows=$(( $(wc -l <"$work/actions.csv") - 1 ))
  answered=$(grep -c '^affpay: GET .* -> 200' "$work/stderr" || true)
  refused=$(grep -c '^affpay: GET .* -> 429' "$work/stderr" || true)
  # Requests per minute: what was let through, per (possibly shortened) minute.
  per_minute=$(echo "$answered * $window / $seconds" | bc -l)
  printf '%-8s rows %d, %d pages in %.1f s: %.1f requests/min of %d allowed (%.0f%%), %d x 429\n' \
    "$label" "$rows" "$answered" "$seconds" "$per_minute" "$limit" \
    "$(echo "100 * $per_minute / $limit" | bc -l)" "$refused"
}

printf 'limit %d requests per %d s window, latency %d ms per request, %d pages of 300\n' \
  "$limit" "$window" "$latency_ms" "$pages"
run paced "$limit"
run unpaced ""

#!/usr/bin/env bash
# Benchmark: `affpay balance` over all five providers against the simulator (`affpay sandbox
# serve`, on loopback) versus each provider read alone (`affpay balance --provider P`: the
# same requests and rows, one process each). The issue's target: the five together take at
# most 1.2x the slowest single provider plus the others, i.e. 1.2x the sum of the singles —
# the cross-provider command adds no overhead of its own.
#
#   bash bench/overview.sh                        # 20,000 Smartico affiliates, 4,000 Trackdesk
#                                                 # accounts, 20,000 Affonso commissions
#   bash bench/overview.sh SMARTICO TRACKDESK AFFONSO
#   RUNS=9 bash bench/overview.sh 50 40 60        # the simulator's default sizes
#
# Each figure is the median wall time of RUNS runs (default 5), after one warm-up run.
set -euo pipefail
cd "$(dirname "$0")/.."
smartico=${1:-20000}
trackdesk=${2:-4000}
affonso=${3:-20000}
runs=${RUNS:-5}
cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-target}/release/affpay
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

"$bin" sandbox serve --port 0 --url-file "$work/url" --smartico-affiliates "$smartico" \
  --trackdesk-accounts "$trackdesk" --affonso-commissions "$affonso" >"$work/exports" &
server=$!
for _ in $(seq 100); do [ "$(grep -c '^export ' "$work/exports" 2>/dev/null)" = 5 ] && break; sleep 0.1; done
# shellcheck disable=SC1090
source <(grep '^export ' "$work/exports")
export AFFPAY_KEYRING=none AFFPAY_CONFIG_DIR=$work/config AFFPAY_DATA_DIR=$work/data
# The simulator limits nothing here, so the pacing to the vendors' published rates (300 a
# minute for Affonso and Trackdesk) would only measure its pauses: pace at the most allowed.
export AFFPAY_AFFONSO_RPM=60000 AFFPAY_TRACKDESK_RPM=60000

# The median wall time, in ms, of RUNS runs of `affpay balance ARGS -o csv`.
median_ms() {
  local times=() start
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$bin" balance "$@" -o csv >/dev/null
    times+=($((($(date +%s%N) - start) / 1000000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p"
}

"$bin" balance -o csv >"$work/rows.csv" # warm-up: the simulator builds its data once
printf 'simulator: %d Smartico affiliates, %d Trackdesk accounts, %d Affonso commissions; %d rows\n' \
  "$smartico" "$trackdesk" "$affonso" "$(($(wc -l <"$work/rows.csv") - 1))"
printf 'median of %d runs each\n' "$runs"
sum=0
slowest=0
for provider in travelpayouts smartico affonso billon trackdesk; do
  ms=$(median_ms --provider "$provider")
  printf '  balance --provider %-14s %6d ms\n' "$provider" "$ms"
  sum=$((sum + ms))
  ((ms > slowest)) && slowest=$ms
done
all=$(median_ms)
printf 'sum of the five alone:                %6d ms (slowest %d ms + the others %d ms)\n' \
  "$sum" "$slowest" "$((sum - slowest))"
printf 'balance, all five in one run:         %6d ms\n' "$all"
printf 'ratio (target at most 1.20):          %6.2f\n' "$(echo "$all / $sum" | bc -l)"

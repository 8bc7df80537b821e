#!/usr/bin/env bash
# The `locgen validate` benchmark: 30 locales x 5,000 messages by default.
# Usage: Benchmarks/validate/run.sh [LOCALES] [MESSAGES]
# Prints wall time, CPU time and peak memory of a release locgen (GNU time, /usr/bin/time -v).
set -euo pipefail
cd "$(dirname "$0")/../.."
locales="${1:-30}"
messages="${2:-5000}"

command -v /usr/bin/time >/dev/null || { echo "error: needs GNU time: apt-get install time" >&2; exit 2; }
swift build -c release --product locgen >&2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 Benchmarks/validate/generate.py "$work/locales" "$locales" "$messages"

for run in 1 2 3 4 5; do
    /usr/bin/time -v .build/release/locgen validate --source en "$work/locales" >"$work/out.txt" 2>"$work/time.txt" || true
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
    user=$(sed -n 's/.*User time (seconds): //p' "$work/time.txt")
    sys=$(sed -n 's/.*System time (seconds): //p' "$work/time.txt")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
    echo "run $run: wall $wall, user ${user}s, sys ${sys}s, peak RSS $((rss / 1024)) MB; $(tail -1 "$work/out.txt")"
done

#!/usr/bin/env bash
# Single build vs. 2 shards + merge on a generated shop of PRODUCTS x MARKETS pages (default 1,000 x 12).
# Usage: Benchmarks/build/shards.sh [PRODUCTS] [MARKETS]
# Measures each step with GNU time (/usr/bin/time -v): wall time and peak RSS of the single build, of
# each shard build and of the merge, all cold (fresh output folders), then checks that the merged site
# and the single build are the same bytes. LOCGEN=path measures that binary instead of building one.
set -euo pipefail
cd "$(dirname "$0")/../.."
products="${1:-1000}"
markets="${2:-12}"
command -v /usr/bin/time >/dev/null || { echo "error: needs GNU time: apt-get install time" >&2; exit 2; }
if [ -n "${LOCGEN:-}" ]; then
    locgen="$(realpath "$LOCGEN")"
else
    swift build -c release --product locgen >&2
    locgen="$PWD/.build/release/locgen"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 Benchmarks/build/generate.py "$work/site" "$products" "$markets"
export CI=true SOURCE_DATE_EPOCH=1795651200

# Runs one step under GNU time; prints a table row: step, wall seconds, peak RSS in MB.
step() {
    local name="$1"
    shift
    /usr/bin/time -v -o "$work/time.txt" "$locgen" "$@" --quiet
    read -r wall _ rss < <(python3 Benchmarks/gnu-time.py "$work/time.txt")
    printf '| %s | %s | %.0f |\n' "$name" "$wall" "$rss"
}

echo "| step | wall (s) | peak RSS (MB) |"
echo "|---|--:|--:|"
step "single build" build --site "$work/site" --output "$work/single"
step "shard 1/2" build --site "$work/site" --shard 1/2 --output "$work/shard-1"
step "shard 2/2" build --site "$work/site" --shard 2/2 --output "$work/shard-2"
step "merge" merge --site "$work/site" --output "$work/merged" "$work/shard-1" "$work/shard-2"
for k in 1 2; do
    echo "shard $k: $(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['products']))" "$work/shard-$k/.locgen/shard.json") products, $(du -sh "$work/shard-$k/.locgen/shard.json" | cut -f1) record" >&2
done
diff -r "$work/single" "$work/merged" >&2 && echo "merged site and single build: identical" >&2

#!/usr/bin/env bash
# The `locgen build` benchmark: a generated shop of PRODUCTS x MARKETS pages (default 1,000 x 12).
# Usage: Benchmarks/build/run.sh [PRODUCTS] [MARKETS]
# Builds a release locgen, generates the site in a temporary folder, and measures with GNU time
# (/usr/bin/time -v) a cold build, a rebuild with nothing changed and a rebuild with one product
# changed: wall time, CPU time (user + system), peak RSS, pages and pages per second. Then the
# write floor: Benchmarks/build/writefloor.c copying the built output, the same paths and sizes,
# into a fresh folder. Prints a Markdown table on standard output; progress goes to standard error.
# RUNS=N runs each build N times (default 3) and reports the median; LOCGEN=path measures that binary
# instead of building one; KEEP=1 keeps the temporary folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
products="${1:-1000}"
markets="${2:-12}"
runs="${RUNS:-3}"

command -v /usr/bin/time >/dev/null || { echo "error: needs GNU time: apt-get install time" >&2; exit 2; }
command -v cc >/dev/null || { echo "error: needs a C compiler: apt-get install gcc" >&2; exit 2; }
if [ -n "${LOCGEN:-}" ]; then
    locgen="$(realpath "$LOCGEN")"
else
    swift build -c release --product locgen >&2
    locgen="$root/.build/release/locgen"
fi
work="$(mktemp -d)"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
cc -O2 -o "$work/writefloor" Benchmarks/build/writefloor.c
echo "generating $products products x $markets markets in $work/site" >&2
python3 Benchmarks/build/generate.py "$work/site" "$products" "$markets"
echo "catalog: $(du -h "$work/site/data/products.jsonl" | cut -f1)" >&2

# Reads GNU time's report: wall seconds, CPU seconds, peak RSS in MB.
read_time() { python3 Benchmarks/gnu-time.py "$1"; }

# Changes the second product's price (the first has market overrides), so that its pages change.
change_one_product() {
    python3 - "$work/site/data/products.jsonl" <<'PY'
import json, sys
path = sys.argv[1]
with open(path, encoding="utf-8") as file:
    lines = file.readlines()
product = json.loads(lines[1])
product["price"] = f"{float(product['price']) + 1:.2f}"
lines[1] = json.dumps(product, ensure_ascii=False) + "\n"
with open(path, "w", encoding="utf-8") as file:
    file.writelines(lines)
PY
}

# Runs one kind of build RUNS times; prints a table row with the median run (by wall time) and
# the range of the wall times. Sets $wall to the median wall time.
build() {
    local label="$1" prepare="$2" results="$work/results.txt"
    : >"$results"
    for run in $(seq "$runs"); do
        $prepare
        sync  # so that writing back the previous run's files is not charged to this one
        echo "$label build, run $run of $runs…" >&2
        if ! /usr/bin/time -v "$locgen" build --site "$work/site" --theme "$root" --quiet \
            --report "$work/report.json" 2>"$work/time.txt"; then
            cat "$work/time.txt" >&2
            exit 1
        fi
        echo "$(read_time "$work/time.txt") $(python3 -c "import json,sys; r=json.load(open(sys.argv[1])); \
print(r['pages'], r['rendered'], r['reused'])" "$work/report.json")" >>"$results"
    done
    read -r wall cpu rss pages rendered reused range < <(python3 - "$results" <<'PY'
import sys
rows = sorted((tuple(map(float, line.split())) for line in open(sys.argv[1])), key=lambda row: row[0])
wall, cpu, rss, pages, rendered, reused = rows[len(rows) // 2]
print(f"{wall:.2f} {cpu:.2f} {int(rss)} {int(pages)} {int(rendered)} {int(reused)} {rows[0][0]:.2f}–{rows[-1][0]:.2f}")
PY
)
    echo "| $label | $pages | $rendered | $reused | ${wall} s | $range s | ${cpu} s | ${rss} MB | \
$(python3 -c "print(f'{$pages / max($wall, 0.01):,.0f}')") |"
}

# Moves the previous output aside rather than deleting it: on ext4 without a journal, creating files
# after deleting many costs several times the system time (the inode allocator skips inodes freed in
# the last 60 s, or 6 minutes while their inode-table block is not yet written back), which would
# charge the build for the benchmark's clean-up. Everything goes at the end.
moved=0
remove_output() {
    if [ -d "$work/site/public" ]; then
        moved=$((moved + 1))
        mv "$work/site/public" "$work/old-$moved"
    fi
}
nothing() { :; }

echo "| build | pages | rendered | reused | wall (median) | wall (range) | CPU | peak RSS | pages/s |"
echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|"
build cold remove_output
cold_wall="$wall"
# The write floor copies the cold build's output, so it runs now; its table is printed last.
: >"$work/floors.txt"
for run in $(seq "$runs"); do
    sync
    echo "write floor, run $run of $runs…" >&2
    /usr/bin/time -v "$work/writefloor" "$work/site/public" "$work/floor-$run" >"$work/floor.txt" 2>"$work/time.txt"
    read_time "$work/time.txt" >>"$work/floors.txt"
done
read -r floor_wall floor_cpu floor_rss floor_range < <(python3 - "$work/floors.txt" <<'PY'
import sys
rows = sorted((tuple(map(float, line.split())) for line in open(sys.argv[1])), key=lambda row: row[0])
wall, cpu, rss = rows[len(rows) // 2]
print(f"{wall:.2f} {cpu:.2f} {int(rss)} {rows[0][0]:.2f}–{rows[-1][0]:.2f}")
PY
)
floor_table="| write floor | files | wall (median) | wall (range) | CPU | peak RSS | cold build ÷ floor |
|---|--:|--:|--:|--:|--:|--:|
| writefloor.c | $(cut -d' ' -f1 "$work/floor.txt") | ${floor_wall} s | $floor_range s | ${floor_cpu} s | ${floor_rss} MB | \
$(python3 -c "print(f'{$cold_wall / max($floor_wall, 0.01):.2f}×')") |"
echo "$floor_table" >&2
echo "floor: $(cat "$work/floor.txt"); output $(du -sh "$work/site/public" | cut -f1)" >&2
build "no change" nothing
build "one product changed" change_one_product

echo
echo "$floor_table"

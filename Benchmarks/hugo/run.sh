#!/usr/bin/env bash
# locgen against Hugo on the same catalog: a shop of PRODUCTS x MARKETS pages (default 1,000 x 12)
# from Benchmarks/build/generate.py, and the equivalent Hugo site from Benchmarks/hugo/hugo-site.py.
# Usage: Benchmarks/hugo/run.sh [PRODUCTS] [MARKETS]
# Needs `hugo` (Debian: apt-get install hugo; 0.111 on Debian 12) and GNU time. Builds each site cold
# RUNS times (default 3), taking turns (each tool first in every other round), and prints a Markdown table of the median run: wall time, CPU
# time, peak RSS, pages, pages per second, and locgen's speed as a multiple of Hugo's.
# Each run writes into a new folder and nothing is deleted until the end: on ext4 without a journal
# (this machine's disk), creating files after deleting many costs the next writer several times the
# system time, since the inode allocator skips every inode freed in the last 60 s, or the last 6
# minutes while its inode-table block has changes not yet written back, which a build making
# thousands of files keeps the case. Deleting anything during the runs would charge one tool for the
# other's clean-up. Run it at least 6 minutes after deleting many files on the same disk (a previous
# run's clean-up among them). LOCGEN=path measures that binary instead of building one; KEEP=1 keeps
# the temporary folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
products="${1:-1000}"
markets="${2:-12}"
runs="${RUNS:-3}"

command -v hugo >/dev/null || { echo "error: needs Hugo: apt-get install hugo" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "error: needs GNU time: apt-get install time" >&2; exit 2; }
if [ -n "${LOCGEN:-}" ]; then
    locgen="$(realpath "$LOCGEN")"
else
    swift build -c release --product locgen >&2
    locgen="$root/.build/release/locgen"
fi
work="$(mktemp -d)"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
echo "generating $products products x $markets markets in $work" >&2
python3 Benchmarks/build/generate.py "$work/site" "$products" "$markets"
# One locgen build first: the Hugo site copies its style sheet from a built page.
"$locgen" build --site "$work/site" --theme "$root" --quiet
python3 Benchmarks/hugo/hugo-site.py "$work/site" "$markets" "$work/hugo"
# Moved aside, not deleted (see above): everything goes at the end.
mv "$work/site/public" "$work/first-build"
sync

# Prints wall seconds, CPU seconds and peak RSS in MB from GNU time's report.
read_time() { python3 Benchmarks/gnu-time.py "$1"; }

run_locgen() {
    sync
    /usr/bin/time -v "$locgen" build --site "$work/site" --theme "$root" --quiet --output "$work/locgen-$1" \
        2>"$work/time.txt"
}
run_hugo() {
    sync
    (cd "$work/hugo" && /usr/bin/time -v hugo --quiet -d "$work/hugo-$1" 2>"$work/time.txt")
}

: >"$work/locgen.txt"
: >"$work/hugo.txt"
# Each tool runs first in every other round: what one build leaves the disk to do (ext4's inode
# allocator right after 24,000 new inodes can cost the next writer twice its system time) is charged to
# each tool in turn, not always to the one that runs second.
for run in $(seq "$runs"); do
    order="hugo locgen"
    [ $((run % 2)) = 0 ] && order="locgen hugo"
    for tool in $order; do
        echo "run $run of $runs: $tool…" >&2
        "run_$tool" "$run" || { cat "$work/time.txt" >&2; exit 1; }
        read_time "$work/time.txt" >>"$work/$tool.txt"
    done
done
locgen_pages=$(find "$work/locgen-1" -name '*.html' | wc -l)
hugo_pages=$(find "$work/hugo-1" -name '*.html' | wc -l)
echo "output: locgen $(du -sh "$work/locgen-1" | cut -f1) in $(find "$work/locgen-1" -type f | wc -l) files;" \
    "hugo $(du -sh "$work/hugo-1" | cut -f1) in $(find "$work/hugo-1" -type f | wc -l) files" >&2

python3 - "$work/hugo.txt" "$hugo_pages" "$work/locgen.txt" "$locgen_pages" "$(hugo version | cut -d' ' -f2)" <<'PY'
import sys
def median(path):
    rows = sorted((tuple(map(float, line.split())) for line in open(path)), key=lambda row: row[0])
    return rows[len(rows) // 2], rows[0][0], rows[-1][0]
(hugo, hlo, hhi), (locgen, llo, lhi) = median(sys.argv[1]), median(sys.argv[3])
hpages, lpages = int(sys.argv[2]), int(sys.argv[4])
hrate, lrate = hpages / hugo[0], lpages / locgen[0]
print("| tool | pages | wall (median) | wall (range) | CPU | peak RSS | pages/s |")
print("|---|--:|--:|--:|--:|--:|--:|")
print(f"| Hugo {sys.argv[5]} | {hpages:,} | {hugo[0]:.2f} s | {hlo:.2f}–{hhi:.2f} s | {hugo[1]:.2f} s | {int(hugo[2])} MB | {hrate:,.0f} |")
print(f"| locgen | {lpages:,} | {locgen[0]:.2f} s | {llo:.2f}–{lhi:.2f} s | {locgen[1]:.2f} s | {int(locgen[2])} MB | {lrate:,.0f} |")
print()
print(f"locgen ÷ Hugo, pages per second: {lrate / hrate:.2f}×")
PY

#!/usr/bin/env bash
# The README's first command: builds locgen and the demo shop in examples/shop with the default
# theme built into locgen (templates/ and locales/ at the top of this repository, embedded by
# Scripts/embed-theme.sh), checks its output with `locgen seo check` (--check), then shows where
# the pages are.
set -euo pipefail
cd "$(dirname "$0")/.."

bash Scripts/setup.sh
swift build -c release --product locgen >&2
locgen="$(swift build -c release --show-bin-path)/locgen"
"$locgen" build --site examples/shop --check
echo
echo "The demo site is in examples/shop/public; open examples/shop/public/de/index.html, or serve it:"
echo "  python3 -m http.server --directory examples/shop/public 8000   # then http://localhost:8000/de/"
echo "The locale engine at work on its own: bash examples/engine/run.sh $locgen"

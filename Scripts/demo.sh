#!/usr/bin/env bash
# The README's first command. Until `locgen build` exists, it shows the locale engine at work on
# the example messages in examples/engine.
set -euo pipefail
cd "$(dirname "$0")/.."

bash Scripts/setup.sh
swift build -c release --product locgen >&2
locgen=".build/release/locgen"
bash examples/engine/run.sh "$locgen"

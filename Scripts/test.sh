#!/usr/bin/env bash
# The README's test command: checks the system packages, builds with warnings as errors and runs
# every test. `--ci` is what .ci/run passes; it changes nothing but the banner.
set -euo pipefail
cd "$(dirname "$0")/.."

bash Scripts/setup.sh
echo "==> building (warnings are errors)"
swift build --build-tests -Xswiftc -warnings-as-errors
echo "==> running the tests"
swift test --skip-build
echo "==> validating the theme's locale bundles"
"$(swift build --show-bin-path)/locgen" validate --strict --config Scripts/theme-validate.yaml locales

#!/usr/bin/env bash
# The README's test command: checks the system packages, builds with warnings as errors and runs
# every test. `--ci` is what .ci/run passes; it changes nothing but the banner.
# Java and the W3C HTML checker are installed when missing, for HTMLCheckTests; when they cannot
# be, those tests are skipped with a message and the rest still run.
set -euo pipefail
cd "$(dirname "$0")/.."

bash Scripts/setup.sh --html-checker
echo "==> building (warnings are errors)"
swift build --build-tests -Xswiftc -warnings-as-errors
echo "==> running the tests"
swift test --skip-build
echo "==> validating the theme's locale bundles"
"$(swift build --show-bin-path)/locgen" validate --strict --source en locales

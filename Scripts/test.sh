#!/usr/bin/env bash
# The README's test command: checks the system packages, builds with warnings as errors, runs
# every test, validates the theme's bundles and builds the demo shop with `locgen build --check`.
# `--ci` is what .ci/run passes; it changes nothing but the banner.
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
locgen="$(swift build --show-bin-path)/locgen"
"$locgen" validate --strict --config Scripts/theme-validate.yaml locales
echo "==> building the demo shop with --check (locgen seo check on its output)"
demo="$(mktemp -d)"
trap 'rm -rf "$demo"' EXIT
cp -R examples/shop "$demo/shop"
rm -rf "$demo/shop/public"
"$locgen" build --site "$demo/shop" --check --quiet

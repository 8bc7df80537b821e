#!/usr/bin/env bash
# Checks every HTML page below a folder with the W3C Nu HTML checker (vnu.jar) and fails on any
# error. Usage: bash Scripts/check-html.sh [DIR]   (default: examples/shop/public)
#
# The checker is the one Scripts/setup.sh --html-checker installs into .build/tools/ (or the jar
# named by LOCGEN_VNU_JAR). Where Java or the jar is missing it says so and exits 0 without
# checking: the check is optional on machines that cannot have it, and CI installs both.
set -euo pipefail

dir="${1:-$(dirname "$0")/../examples/shop/public}"
if [ ! -d "$dir" ]; then
    echo "error: $dir is not a folder; build the site first (bash Scripts/demo.sh)" >&2
    exit 2
fi
dir="$(cd "$dir" && pwd)"
cd "$(dirname "$0")/.."
jar="${LOCGEN_VNU_JAR:-$(ls -d .build/tools/vnu-*/vnu.jar 2>/dev/null | sort -V | tail -n 1)}"
if ! command -v java >/dev/null 2>&1; then
    echo "skipped: the W3C HTML check needs Java, which is not installed here (bash Scripts/setup.sh --html-checker installs it)"
    exit 0
fi
if [ -z "$jar" ] || [ ! -f "$jar" ]; then
    echo "skipped: the W3C HTML checker (vnu.jar) is not installed here; bash Scripts/setup.sh --html-checker fetches it, or set LOCGEN_VNU_JAR"
    exit 0
fi

pages="$(find "$dir" -name '*.html' | wc -l)"
if [ "$pages" -eq 0 ]; then
    echo "error: $dir holds no HTML pages" >&2
    exit 2
fi
echo "checking $pages pages in $dir with the W3C Nu HTML checker $(java -jar "$jar" --version 2>/dev/null)"
# Two tags that locgen writes on purpose for search engines are not conforming HTML, and are the only
# errors let through, each by its whole message (which only that tag produces):
# - <meta http-equiv="content-language">, which Bing and Baidu read for the page's language
#   (HTML made it obsolete in favour of <html lang>, which the pages have too);
# - <meta http-equiv="Cache-Control" content="no-transform">, Baidu's documented way to keep its
#   mobile transcoder off a page.
# Tests/LocGenKitTests/Theme/HTMLCheckTests.swift proves that every other error still fails.
allowed='Using the \u201Cmeta\u201D element to specify the document-wide default language is obsolete\. Consider specifying the language on the root element instead\.'
allowed+='|Bad value \u201CCache-Control\u201D for attribute \u201Chttp-equiv\u201D on element \u201Cmeta\u201D\.'
# One run for all pages: the checker takes seconds to start. --errors-only leaves out warnings and
# info messages; any other error fails the check.
if java -jar "$jar" --errors-only --skip-non-html --filterpattern "$allowed" "$dir"; then
    echo "no errors in $pages pages"
else
    echo "error: the W3C HTML checker found errors in $dir (listed above)" >&2
    exit 1
fi

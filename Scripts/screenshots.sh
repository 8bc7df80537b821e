#!/usr/bin/env bash
# Builds the demo shop with this repository's theme and takes screenshots of one product page
# (p-001) in six markets at three widths with headless Chromium, into docs/screenshots/:
#   <market>-desktop.png (1280 px), <market>-phone.png (375 px), <market>-320.png (320 px).
# Pages are opened from the built files (file:// URLs) with every host name unresolvable, and
# Chromium's network log must show no request from the page to any host but the site's own (its
# base-url and market hosts, where product images live): the theme makes no external requests.
#
# Usage: bash Scripts/screenshots.sh [OUTPUT_DIR]   (default: docs/screenshots)
# Needs Debian's chromium and, for every script on the pages, fonts-noto-core and fonts-noto-cjk.
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-docs/screenshots}"
chromium="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
if [ -z "$chromium" ]; then
    echo "error: headless Chromium is needed; install it with: apt-get install -y chromium fonts-noto-core fonts-noto-cjk" >&2
    exit 2
fi

bash Scripts/setup.sh
swift build --product locgen >&2
locgen="$(swift build --show-bin-path)/locgen"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -R examples/shop "$work/shop"
rm -rf "$work/shop/public"
# --theme . reads templates/ and locales/ as they are now, even before Scripts/embed-theme.sh;
# a fixed date keeps the delivery estimate, and so the screenshots, the same from run to run.
"$locgen" build --quiet --site "$work/shop" --theme "$PWD" --date 2026-11-26
public="$work/shop/public"

# market name, its folder in public/
markets=(
    "en-US us"
    "de-DE de"
    "ar-AE ae"
    "ja-JP jp"
    "zh-CN _hosts/shop.example.cn"
    "ru-RU ru"
)
# width name, window size (the height is enough for the whole page at that width)
sizes=(
    "desktop 1280,1300"
    "phone 375,1500"
    "320 320,1700"
)

mkdir -p "$out"
status=0
for market in "${markets[@]}"; do
    read -r name folder <<<"$market"
    page="$(grep -l 'name="product" value="p-001"' "$public/$folder"/*/index.html | head -n 1)"
    if [ -z "$page" ]; then
        echo "error: no page of p-001 in $public/$folder" >&2
        exit 1
    fi
    for size in "${sizes[@]}"; do
        read -r width window <<<"$size"
        png="$out/$name-$width.png"
        log="$work/$name-$width.netlog.json"
        "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
            --user-data-dir="$work/profile" --no-first-run --no-default-browser-check \
            --disable-background-networking --disable-component-update --disable-sync \
            --disable-default-apps --disable-extensions --disable-domain-reliability \
            --disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication \
            --host-resolver-rules="MAP * ~NOTFOUND" --log-net-log="$log" \
            --window-size="$window" --screenshot="$png" "file://$page" >/dev/null 2>&1
        if [ ! -s "$png" ]; then
            echo "error: Chromium wrote no screenshot for $name at $width" >&2
            exit 1
        fi
        # The requests the page made (those in the file:// page's network partition; Chromium's
        # own update and sign-in requests are not the page's), to any host but the site's own.
        requests="$(python3 - "$log" "$work/shop/locgen.yaml" <<'EOF'
import json, re, sys
from urllib.parse import urlsplit
log = json.load(open(sys.argv[1]))
own = set(re.findall(r"^\s*(?:base-url:\s*https?://|host:\s*)([^\s/#]+)", open(sys.argv[2]).read(), re.M))
start = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
urls = set()
for event in log.get("events", []):
    params = event.get("params") or {}
    if event["type"] == start and str(params.get("network_isolation_key", "")).startswith("file://"):
        if urlsplit(params["url"]).hostname not in own:
            urls.add(params["url"])
print("\n".join(sorted(urls)))
EOF
)"
        if [ -n "$requests" ]; then
            echo "error: the $name page at $width px made requests to other hosts:" >&2
            echo "$requests" >&2
            status=1
        fi
        echo "$png ($(du -k "$png" | cut -f1) KB)"
    done
done
exit $status

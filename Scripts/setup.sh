#!/usr/bin/env bash
# Makes sure the system packages locgen builds against are present: ICU4C's development files
# and pkg-config, and xmllint (libxml2-utils), which the tests use to validate sitemaps against the
# sitemaps.org schemas (they are skipped with a message where it is missing). Installs them with
# apt-get when it can, and says what to do when it cannot.
set -euo pipefail

missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if ! { command -v pkg-config >/dev/null 2>&1 && pkg-config --exists icu-i18n icu-uc; }; then
    missing+=(libicu-dev)
fi
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
if ! command -v swift >/dev/null 2>&1; then
    echo "error: the Swift toolchain is not on PATH; install Swift 6.1 or newer from swift.org first" >&2
    exit 2
fi
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "locgen needs: ${missing[*]}" >&2
if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: no apt-get here; install ${missing[*]} (ICU4C development files, pkg-config, xmllint) with your package manager" >&2
    exit 2
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo="sudo"
    else
        echo "error: installing ${missing[*]} needs root; run: apt-get install -y ${missing[*]}" >&2
        exit 2
    fi
fi
export DEBIAN_FRONTEND=noninteractive
if ! $sudo apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1; then
    $sudo apt-get update -qq >/dev/null
    if ! $sudo apt-get install -y --no-install-recommends "${missing[@]}"; then
        echo "error: could not install ${missing[*]}; install them by hand: apt-get install -y ${missing[*]}" >&2
        exit 2
    fi
fi
pkg-config --exists icu-i18n icu-uc || {
    echo "error: pkg-config still cannot find ICU (icu-i18n, icu-uc) after installing libicu-dev" >&2
    exit 2
}

#!/usr/bin/env bash
# Installs the Debian 12 packages dyad needs to build, test and fuzz, when any
# is missing. Idempotent and quiet: prints nothing when everything is there.
# Usage: scripts/setup.sh [--fuzz]   (--fuzz adds clang and its runtimes)
set -euo pipefail

packages=(
  g++ make cmake pkg-config git
  libgumbo-dev libutf8proc-dev libxxhash-dev libsqlite3-dev zlib1g-dev
  nlohmann-json3-dev libcli11-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  wordnet-base
  libcpp-httplib-dev wrk sqlite3
)
# The web page (web/) is built with Node and npm and tested in Chromium.
# npm comes with NodeSource's nodejs; Debian's own npm is added only if absent.
packages+=(nodejs chromium)
command -v npm >/dev/null || packages+=(npm)
for arg in "$@"; do
  case "$arg" in
    --fuzz) packages+=(clang libclang-rt-14-dev) ;;
    *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "setup: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup: not root and no sudo; install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
# Refresh the package lists only when they are missing or older than a day.
if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -mtime -1 2>/dev/null | head -1)" ]; then
  $sudo apt-get update -qq >/dev/null
fi
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

#!/usr/bin/env bash
# Make sure the browser tests (tests/test_site.py) and benchmarks/page_weight.py can run:
# Debian's Chromium (playwright drives it; no `playwright install`) and axe-core from npm in
# .cache/node. As root with apt-get available it installs the Debian packages; otherwise it
# names them and exits 2. Playwright itself comes from requirements.txt (the venv).
# Usage: scripts/require_browser.sh
set -euo pipefail
cd "$(dirname "$0")/.."

AXE_VERSION=4.14.1
NODE_DIR=.cache/node
AXE_PACKAGE="$NODE_DIR/node_modules/axe-core/package.json"

packages=()
command -v chromium >/dev/null || packages+=(chromium)
command -v npm >/dev/null || packages+=(npm)

if ((${#packages[@]})); then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "installing for the browser tests: ${packages[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  else
    echo "error: the browser tests need the Debian packages: ${packages[*]}" >&2
    exit 2
  fi
fi

installed=""
if [ -f "$AXE_PACKAGE" ]; then
  installed=$(sed -n 's/^ *"version": "\(.*\)",$/\1/p' "$AXE_PACKAGE" | head -1)
fi
if [ "$installed" != "$AXE_VERSION" ]; then
  echo "installing axe-core $AXE_VERSION into $NODE_DIR" >&2
  mkdir -p "$NODE_DIR"
  npm install --prefix "$NODE_DIR" --no-save --no-audit --no-fund --loglevel=error \
    "axe-core@$AXE_VERSION" >/dev/null
fi

command -v chromium >/dev/null && [ -f "$NODE_DIR/node_modules/axe-core/axe.min.js" ] && exit 0
echo "error: Chromium or axe-core is still missing" >&2
exit 2

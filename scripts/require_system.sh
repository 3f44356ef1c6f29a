#!/usr/bin/env bash
# Make sure the system tools that a make target needs are installed (the venv has the rest).
#
#   tex         xelatex, latexmk, xindy and fonts, for the PDF
#   java        a Java runtime, for the PySpark pages
#   git         Git, for the pages and exercises that drive a repository
#   node        Node.js and npm, for the npm packages below
#   azurite     the Azure Blob Storage emulator (npm), for the cloud storage page
#   prometheus  the Prometheus server and promtool, for the monitoring pages
#   browser     Chromium (Debian's; playwright drives it) and axe-core (npm), for the browser tests
#
# As root with apt-get available it installs the Debian packages, and npm packages into
# .cache/node at the versions pinned below; otherwise it names what is missing and exits 2.
# Usage: scripts/require_system.sh WHAT...   (e.g. scripts/require_system.sh java azurite)
set -euo pipefail
cd "${BASH_SOURCE[0]%/*}/.."

NODE_DIR=.cache/node
AZURITE_VERSION=3.37.0
AXE_VERSION=4.14.1

usage() { echo "usage: scripts/require_system.sh {tex|java|git|node|azurite|prometheus|browser}..." >&2; exit 2; }
(($#)) || usage

has_tex() {
  command -v xelatex >/dev/null && command -v latexmk >/dev/null && command -v xindy >/dev/null \
    && kpsewhich fncychap.sty >/dev/null && kpsewhich tikz.sty >/dev/null \
    && [ -n "$(fc-list FreeSerif 2>/dev/null)" ]
}
has_java() { command -v java >/dev/null && java -version >/dev/null 2>&1; }
has_git() { command -v git >/dev/null; }
has_prometheus() { command -v prometheus >/dev/null && command -v promtool >/dev/null; }
has_chromium() { command -v chromium >/dev/null; }
has_node() { command -v node >/dev/null && command -v npm >/dev/null; }
npm_version() {  # the installed version of an npm package in $NODE_DIR, or nothing
  sed -n 's/^ *"version": "\(.*\)",$/\1/p' "$NODE_DIR/node_modules/$1/package.json" 2>/dev/null \
    | head -1
}

debian=()  # Debian packages still to install
npm=()     # npm packages (name@version) still to install
for what in "$@"; do
  case "$what" in
    tex) has_tex || debian+=(texlive-xetex texlive-latex-extra texlive-fonts-recommended
                            latexmk fonts-freefont-otf xindy) ;;
    java) has_java || debian+=(openjdk-17-jre-headless) ;;
    git) has_git || debian+=(git) ;;
    node) has_node || debian+=(nodejs npm) ;;
    prometheus) has_prometheus || debian+=(prometheus) ;;
    azurite)
      has_node || debian+=(nodejs npm)
      [ "$(npm_version azurite)" = "$AZURITE_VERSION" ] || npm+=("azurite@$AZURITE_VERSION") ;;
    browser)
      has_chromium || debian+=(chromium)
      has_node || debian+=(nodejs npm)
      [ "$(npm_version axe-core)" = "$AXE_VERSION" ] || npm+=("axe-core@$AXE_VERSION") ;;
    *) echo "error: unknown system requirement '$what'" >&2; usage ;;
  esac
done

root=false
[ "$EUID" -eq 0 ] && command -v apt-get >/dev/null && root=true
if ((${#debian[@]})); then
  if ! $root; then
    echo "error: missing system packages; install them (as root): apt-get install ${debian[*]}" >&2
    exit 2
  fi
  echo "installing the Debian packages ${debian[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${debian[@]}" >/dev/null
fi
if ((${#npm[@]})); then
  echo "installing the npm packages ${npm[*]} into $NODE_DIR" >&2
  mkdir -p "$NODE_DIR"
  npm install --prefix "$NODE_DIR" --save-exact --no-audit --no-fund --loglevel=error "${npm[@]}" \
    >/dev/null
fi

for what in "$@"; do
  case "$what" in
    tex) has_tex ;;
    java) has_java ;;
    git) has_git ;;
    node) has_node ;;
    prometheus) has_prometheus ;;
    azurite) [ -x "$NODE_DIR/node_modules/.bin/azurite" ] ;;
    browser) has_chromium && [ -f "$NODE_DIR/node_modules/axe-core/axe.min.js" ] ;;
  esac || { echo "error: '$what' is still missing after installing it" >&2; exit 2; }
done

#!/usr/bin/env bash
# Make sure the TeX tools that `make pdf` needs are installed.
# As root with apt-get available it installs the Debian packages; otherwise it names them and
# exits 2. Usage: scripts/require_tex.sh
set -euo pipefail

packages=(texlive-xetex texlive-latex-extra texlive-fonts-recommended latexmk fonts-freefont-otf xindy)

have_tex() {
  command -v xelatex >/dev/null && command -v latexmk >/dev/null && command -v xindy >/dev/null \
    && kpsewhich fncychap.sty >/dev/null && [ -n "$(fc-list FreeSerif 2>/dev/null)" ]
}

have_tex && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "installing TeX for the PDF: ${packages[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  have_tex && exit 0
  echo "error: TeX is still incomplete after installing ${packages[*]}" >&2
  exit 2
fi
echo "error: the PDF needs TeX; install the Debian packages: ${packages[*]}" >&2
exit 2

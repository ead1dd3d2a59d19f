#!/usr/bin/env bash
# Installs the Debian packages a make target needs, when they are missing.
# usage: scripts/ensure-deps.sh build|test|demo|bench
set -euo pipefail

build=(libxml2-dev libzip-dev pkg-config)
interop=(libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils libxml2-utils fonts-noto-cjk python3)
# Free stand-ins for the official faces, mapped by templates/fonts.conf: FandolFang (仿宋; Debian ships it
# only in texlive-lang-chinese), AR PL KaitiM GB (楷体), Noto Sans/Serif CJK SC (黑体, 小标宋, 宋体).
fonts=(texlive-lang-chinese fonts-arphic-gkai00mp fonts-noto-cjk)
# The page of gongwen serve in headless Chromium (Tests/Browser/page_test.py).
browser=(chromium chromium-driver python3-selenium)
# The shells whose completions the tests run (bash is always there).
shells=(zsh fish bash-completion)

case "${1:-build}" in
  build) wanted=("${build[@]}") ;;
  test) wanted=("${build[@]}" "${interop[@]}" "${fonts[@]}" "${browser[@]}" "${shells[@]}") ;;
  demo) wanted=("${build[@]}" libreoffice-writer-nogui poppler-utils "${fonts[@]}") ;;
  bench) wanted=("${build[@]}" python3 python3-venv time wrk libreoffice-writer-nogui "${fonts[@]}") ;;
  *) echo "usage: $0 build|test|demo|bench" >&2; exit 2 ;;
esac

missing=()
for package in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

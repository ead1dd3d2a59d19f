#!/usr/bin/env bash
# Builds a Debian package from the static release binary:
#   scripts/make-deb.sh BINARY OUTDIR   → OUTDIR/gongwen_VERSION_ARCH.deb
# The binary carries the Swift runtime, so the package depends only on the C libraries it links
# (libxml2, libzip4) and recommends LibreOffice and the fonts that PDF output uses.
set -euo pipefail
binary=$1
outdir=$2
cd "$(dirname "$0")/.."

version=$("$binary" --version)
arch=$(dpkg --print-architecture)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

scripts/install.sh "$binary" /usr "$stage" >/dev/null
install -d "$stage/DEBIAN"
size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" packaging/debian-control.in \
  > "$stage/DEBIAN/control"
mkdir -p "$outdir"
deb="$outdir/gongwen_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zgzip --build "$stage" "$deb" >/dev/null
echo "$deb"

#!/usr/bin/env bash
# Proves the Debian package works on a machine without Swift:
#   scripts/test-install.sh BINARY
# Builds the .deb from the static release binary, unpacks it into a fresh root, hides the Swift
# toolchain (/opt/swift) behind an empty mount in a private mount namespace, and there renders,
# batches and converts the samples with the installed binary, which must find its templates in
# the installed tree. Ends with a "N passed, N failed" line; exits 1 on any failure.
set -uo pipefail
binary=$1
cd "$(dirname "$0")/.."
repo=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

deb=$(scripts/make-deb.sh "$binary" "$work/deb") || { echo "install: could not build the .deb"; exit 1; }
root="$work/root"
dpkg-deb -x "$deb" "$root"

validator=${GONGWEN_VALIDATOR:-$repo/../shared/tools/validate-package}
swift_home=$(dirname "$(dirname "$(readlink -f "$(command -v swift || echo /opt/swift/usr/bin/swift)")")")
swift_root=$(dirname "$swift_home")   # /opt/swift for /opt/swift/usr/bin/swift

cat > "$work/checks.sh" <<CHECKS
set -u
passed=0; failed=0
check() { local name=\$1; shift; if "\$@" >"$work/last.log" 2>&1; then passed=\$((passed+1)); echo "ok: \$name";
  else failed=\$((failed+1)); echo "FAILED: \$name"; sed 's/^/    /' "$work/last.log" | tail -n 20; fi; }
gongwen=$root/usr/bin/gongwen
out=$work/out
mkdir -p "\$out"
check "the Swift toolchain is hidden" test ! -e "$swift_root/usr/lib/swift/linux/libswiftCore.so"
check "the binary links no Swift library" sh -c "! ldd \$gongwen | grep -qi swift"
check "the binary starts" "\$gongwen" --version
check "render a shipped template from the installed tree" "\$gongwen" render \
  "$root/usr/share/gongwen/templates/party-building-report.docx" "$repo/samples/party-building-2022.yaml" -o "\$out/report.docx"
check "the rendered document is a valid package" python3 "$validator" "\$out/report.docx"
check "convert finds the installed template by name" "\$gongwen" convert "$repo/samples/party-building-2022.txt" \
  --template report -o "\$out/converted.odt"
check "the converted document is a valid package" python3 "$validator" "\$out/converted.odt"
check "batch the sample units" "\$gongwen" batch "$root/usr/share/gongwen/templates/party-building-report.docx" \
  --units "$repo/samples/units.csv" --out "\$out/units"
check "every unit written" test "\$(ls "\$out/units"/*.docx | wc -l)" -eq "\$(( \$(grep -c . "$repo/samples/units.csv") - 1 ))"
check "a template error is reported with its caret" sh -c "printf '%s' '{}' > \$out/empty.json; \
  ! \"\$gongwen\" render \"$root/usr/share/gongwen/templates/report.docx\" \$out/empty.json -o \$out/x.docx 2>\$out/err.txt; grep -q '\\^' \$out/err.txt"
check "in a Chinese locale the error is in Chinese with its caret" sh -c "LANG=zh_CN.UTF-8 \
  \"\$gongwen\" render \"$root/usr/share/gongwen/templates/report.docx\" \$out/empty.json -o \$out/x.docx 2>\$out/err-zh.txt; \
  grep -q '错误: 数据中没有' \$out/err-zh.txt && grep -q '\\^' \$out/err-zh.txt"
check "the man page is installed" test -s "$root/usr/share/man/man1/gongwen.1.gz"
check "the Chinese man page is installed" test -s "$root/usr/share/man/zh_CN/man1/gongwen.1.gz"
check "bash completion is installed" test -s "$root/usr/share/bash-completion/completions/gongwen"
check "Chinese README is installed" test -s "$root/usr/share/doc/gongwen/README.zh-CN.md"
echo "install: \$passed passed, \$failed failed"
[ "\$failed" -eq 0 ]
CHECKS

if [ "$(id -u)" -eq 0 ] && unshare -m --propagation private true 2>/dev/null; then
  unshare -m --propagation private bash -c "mount -t tmpfs none '$swift_root' && PATH=/usr/bin:/bin bash '$work/checks.sh'"
else
  echo "install: needs root and unshare to hide the Swift toolchain"; echo "install: 0 passed, 1 failed"; exit 1
fi

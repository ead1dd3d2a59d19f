#!/usr/bin/env bash
# Installs a built gongwen with what it needs at run time:
#   scripts/install.sh BINARY PREFIX [DESTDIR]
# PREFIX/bin/gongwen, PREFIX/share/gongwen/templates (the packed templates and their font map),
# PREFIX/share/man/man1/gongwen.1 (and share/man/zh_CN, the Chinese page), the bash, zsh and fish completions. DESTDIR stages the tree
# elsewhere (for a package) without changing the paths the program looks in.
set -euo pipefail
binary=$1
prefix=$2
root=${3:-}${prefix}
cd "$(dirname "$0")/.."

install -d "$root/bin" "$root/share/gongwen/templates" "$root/share/man/man1" "$root/share/man/zh_CN/man1" \
  "$root/share/bash-completion/completions" "$root/share/zsh/site-functions" \
  "$root/share/fish/vendor_completions.d" "$root/share/doc/gongwen"
install -m 0755 -s "$binary" "$root/bin/gongwen"
for template in templates/*.docx templates/*.odt; do
  install -m 0644 "$template" "$root/share/gongwen/templates/"
done
for extra in templates/README.md templates/fonts.conf; do
  [ -f "$extra" ] && install -m 0644 "$extra" "$root/share/gongwen/templates/"
done
gzip -9n < docs/gongwen.1 > "$root/share/man/man1/gongwen.1.gz"
chmod 0644 "$root/share/man/man1/gongwen.1.gz"
gzip -9n < docs/gongwen.zh_CN.1 > "$root/share/man/zh_CN/man1/gongwen.1.gz"
chmod 0644 "$root/share/man/zh_CN/man1/gongwen.1.gz"
"$binary" --lang en --generate-completion-script bash > "$root/share/bash-completion/completions/gongwen"
"$binary" --lang en --generate-completion-script zsh > "$root/share/zsh/site-functions/_gongwen"
"$binary" --lang en --generate-completion-script fish > "$root/share/fish/vendor_completions.d/gongwen.fish"
install -m 0644 README.md "$root/share/doc/gongwen/README.md"
install -m 0644 README.zh-CN.md "$root/share/doc/gongwen/README.zh-CN.md"
echo "installed gongwen into $root"

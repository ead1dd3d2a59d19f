#!/usr/bin/env bash
# Builds each libFuzzer target (Fuzz/) with -sanitize=fuzzer,address and runs it for FUZZ_SECONDS
# (default 600) from the checked-in seed corpus. Inputs the fuzzer finds go to .build/fuzz/corpus/,
# crashes to .build/fuzz/artifacts/ (add them to Fuzz/regressions/ with a fix).
# usage: scripts/fuzz.sh [FuzzTags|FuzzRenderPart ...]
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-600}
sanitizers=${FUZZ_SANITIZERS:-fuzzer,address}
scratch=.build/fuzz
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzTags FuzzRenderPart)

seeds_of() {
  case "$1" in
    FuzzTags) echo tags ;;
    FuzzRenderPart) echo render-part ;;
    *) echo "unknown fuzz target: $1" >&2; exit 2 ;;
  esac
}

status=0
for target in "${targets[@]}"; do
  seeds=$(seeds_of "$target")
  swift build -c release --scratch-path "$scratch" --product "$target" \
    -Xswiftc "-sanitize=$sanitizers" -Xswiftc -g
  # A static library product holds the entry point and everything it uses; libFuzzer brings main().
  swiftc "-sanitize=$sanitizers" -g "$scratch/release/lib$target.a" -o "$scratch/$target"
  work="$scratch/corpus/$seeds"
  artifacts="$scratch/artifacts/$target/"
  mkdir -p "$work" "$artifacts"
  echo "== $target: ${seconds}s from Fuzz/corpus/$seeds"
  if ! SWIFT_BACKTRACE=enable=no "$scratch/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="$artifacts" "$work" "Fuzz/corpus/$seeds" "Fuzz/regressions/$seeds"; then
    echo "$target found a problem; see $artifacts" >&2
    status=1
  fi
done
exit $status

#!/usr/bin/env bash
# make bench: batch throughput, scaling and memory of the release build, against docxtpl.
#
#   1. renders templates/party-building-report.docx for 1,000 and 10,000 units with 1 and 2 workers
#      (documents per second, ms per document, peak RSS from /usr/bin/time -v);
#   2. renders docxtpl's Jinja twin of the same template for the first DOCXTPL_UNITS units (docxtpl from
#      PyPI in bench/.venv) and prints the ratio;
#   3. renders a table-loop template with 10,000, 50,000 and 100,000 rows (time must grow linearly).
# Work files go to bench/work (ignored by git).
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
DOCXTPL_UNITS=${DOCXTPL_UNITS:-200}
work=bench/work
bin=.build/release/gongwen
rm -rf "$work" && mkdir -p "$work"

echo "== building the release binary"
$SWIFT build -c release --product gongwen >/dev/null

echo "== unit tables"
for n in 1000 10000; do python3 bench/make_units.py samples/units.csv $n "$work/units-$n.csv"; done

# measure NAME COMMAND...: runs under /usr/bin/time -v; sets SECONDS_TAKEN and PEAK_KB.
measure() {
  local log="$work/$1.time"; shift
  /usr/bin/time -v "$@" >"$log.out" 2>"$log"
  SECONDS_TAKEN=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log")
  PEAK_KB=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
}

echo "== gongwen batch (party-building-report.docx)"
printf '%-8s %-5s %10s %10s %12s\n' units jobs docs/s ms/doc "peak RSS MB"
declare -A rate rss
for n in 1000 10000; do
  for jobs in 1 2; do
    out="$work/out-$n-$jobs"
    measure "batch-$n-$jobs" "$bin" batch templates/party-building-report.docx --units "$work/units-$n.csv" \
      --out "$out" --jobs $jobs
    written=$(ls "$out" | grep -c '\.docx$')
    [ "$written" -eq "$n" ] || { echo "expected $n documents, found $written" >&2; exit 1; }
    rate[$n-$jobs]=$(python3 -c "print(f'{$n/$SECONDS_TAKEN:.0f}')")
    rss[$n-$jobs]=$(python3 -c "print(f'{$PEAK_KB/1024:.1f}')")
    printf '%-8s %-5s %10s %10s %12s\n' $n $jobs "${rate[$n-$jobs]}" \
      "$(python3 -c "print(f'{$SECONDS_TAKEN*1000/$n:.2f}')")" "${rss[$n-$jobs]}"
  done
done
rm -rf "$work"/out-*

echo "== docxtpl (PyPI) on the Jinja twin, $DOCXTPL_UNITS units"
if [ ! -x bench/.venv/bin/python ]; then
  python3 -m venv bench/.venv
  bench/.venv/bin/pip install -q docxtpl
fi
bench/.venv/bin/python bench/jinja_twin.py templates/party-building-report.docx "$work/twin.docx"
peer=$(bench/.venv/bin/python bench/docxtpl_render.py "$work/twin.docx" "$work/units-1000.csv" "$DOCXTPL_UNITS" "$work/docxtpl")
peer_rate=$(python3 -c "import json; print(f'{json.loads(\"\"\"$peer\"\"\")[\"docs_per_s\"]:.1f}')")
echo "docxtpl: $peer_rate docs/s"

echo "== table loop (one template, N rows)"
python3 bench/table_template.py "$work/table-src"
"$bin" pack "$work/table-src" -o "$work/table.docx"
printf '%-8s %10s %12s %12s\n' rows seconds "µs/row" "peak RSS MB"
for rows in 10000 50000 100000; do
  python3 bench/table_template.py --data $rows "$work/rows-$rows.json"
  measure "table-$rows" "$bin" render "$work/table.docx" "$work/rows-$rows.json" -o "$work/table-$rows.docx"
  printf '%-8s %10s %12s %12s\n' $rows "$SECONDS_TAKEN" "$(python3 -c "print(f'{$SECONDS_TAKEN*1e6/$rows:.1f}')")" \
    "$(python3 -c "print(f'{$PEAK_KB/1024:.1f}')")"
done

echo "== targets"
python3 - "${rate[1000-1]}" "${rate[1000-2]}" "${rate[10000-1]}" "${rate[10000-2]}" "${rss[1000-1]}" "${rss[10000-1]}" "$peer_rate" <<'PY'
import sys
r1k1, r1k2, r10k1, r10k2, rss1k, rss10k, peer = map(float, sys.argv[1:])
def line(name, value, target, ok):
    print(f"{'ok  ' if ok else 'MISS'} {name}: {value} (target {target})")
line("1 worker vs docxtpl", f"{r10k1 / peer:.0f}x", ">= 40x", r10k1 / peer >= 40)
line("2 workers vs 1", f"{r10k2 / r10k1:.2f}x", ">= 1.8x", r10k2 / r10k1 >= 1.8)
line("peak RSS 10,000 vs 1,000 units", f"{rss10k / rss1k:.2f}x", "<= 1.2x", rss10k / rss1k <= 1.2)
PY

#!/usr/bin/env bash
# Renders the shipped samples with the release binary: scripts/demo.sh BIN OUTDIR
set -euo pipefail
bin=$1
out=$2
mkdir -p "$out"

render() {
  local template=$1 data=$2 output=$3
  if [ -f "$template" ]; then
    "$bin" render "$template" "$data" -o "$output"
    echo "wrote $output"
  fi
}

render templates/party-building-report.docx samples/party-building-2022.yaml "$out/party-building-2022.docx"
render templates/party-building-report.odt samples/party-building-2022.yaml "$out/party-building-2022.odt"
render templates/report.docx samples/report.yaml "$out/report.docx"
render templates/report.odt samples/report.yaml "$out/report.odt"
if "$bin" convert --help >/dev/null 2>&1 && [ -f ../shared/seeds/2022年党组抓党建情况报告.txt ]; then
  "$bin" convert ../shared/seeds/2022年党组抓党建情况报告.txt -o "$out/seed-report.docx" && echo "wrote $out/seed-report.docx"
  "$bin" convert ../shared/seeds/2022年党组抓党建情况报告.txt -o "$out/seed-report.odt" && echo "wrote $out/seed-report.odt"
fi

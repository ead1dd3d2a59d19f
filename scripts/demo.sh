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

# One report per unit of samples/units.csv (16 units).
if [ -f templates/party-building-report.docx ]; then
  "$bin" batch templates/party-building-report.docx --units samples/units.csv --out "$out/units"
fi

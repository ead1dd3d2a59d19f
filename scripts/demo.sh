#!/usr/bin/env bash
# Renders the shipped samples with the release binary: scripts/demo.sh BIN OUTDIR
set -euo pipefail
bin=$1
out=$2
mkdir -p "$out"

render() {
  local template=$1 data=$2 output=$3
  if [ -f "$template" ]; then
    # render says what it wrote: path, size, pages of a PDF, time.
    "$bin" render "$template" "$data" -o "$output"
  fi
}

render templates/party-building-report.docx samples/party-building-2022.yaml "$out/party-building-2022.docx"
render templates/party-building-report.odt samples/party-building-2022.yaml "$out/party-building-2022.odt"
render templates/report.docx samples/report.yaml "$out/report.docx"
render templates/report.odt samples/report.yaml "$out/report.odt"
render templates/activity-report.docx samples/activity-report.yaml "$out/activity-report.docx"
render templates/activity-report.odt samples/activity-report.yaml "$out/activity-report.odt"
render templates/notice.docx samples/notice.yaml "$out/notice.docx"
render templates/notice.odt samples/notice.yaml "$out/notice.odt"
render templates/request.docx samples/request.yaml "$out/request.docx"
render templates/request.odt samples/request.yaml "$out/request.odt"
render templates/minutes.docx samples/minutes.yaml "$out/minutes.docx"
render templates/minutes.odt samples/minutes.yaml "$out/minutes.odt"
render templates/order.docx samples/order.yaml "$out/order.docx"
render templates/order.odt samples/order.yaml "$out/order.odt"
render templates/letter.docx samples/letter.yaml "$out/letter.docx"
render templates/letter.odt samples/letter.yaml "$out/letter.odt"
for name in notice request minutes order letter; do
  for format in docx odt; do
    if [ -f "$out/$name.$format" ]; then "$bin" check-format "$out/$name.$format"; fi
  done
done

# PDFs through LibreOffice, set in the official faces' stand-ins (templates/fonts.conf).
render templates/notice.docx samples/notice.yaml "$out/notice.pdf"
render templates/letter.odt samples/letter.yaml "$out/letter.pdf"
render templates/party-building-report.odt samples/party-building-2022.yaml "$out/party-building-2022.pdf"

# The seed report written as plain text, in the report template's layout, checked against GB/T 9704.
for format in docx odt; do
  "$bin" convert samples/party-building-2022.txt --template report -o "$out/party-building-2022-converted.$format"
  echo "wrote $out/party-building-2022-converted.$format"
  "$bin" check-format "$out/party-building-2022-converted.$format"
done

# One report per unit of samples/units.csv (16 units).
if [ -f templates/party-building-report.docx ]; then
  "$bin" batch templates/party-building-report.docx --units samples/units.csv --out "$out/units"
fi

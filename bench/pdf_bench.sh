#!/usr/bin/env bash
# PDF throughput: N party-building documents through `gongwen batch --format pdf --jobs 2` against one
# plain `soffice --convert-to pdf` call over the same documents (both warmed up first, both with the
# shipped font map). Prints seconds, documents per second and CPU seconds of each, then, alone on the
# last line, the ratio plain seconds / gongwen seconds.
#
# The plain call runs as on a server: its profile was made by a headless run, so LibreOffice runs its
# graphics self-test at every start (Gongwen's profiles record the version, which skips it). A second
# plain call is shown for comparison with a profile that recorded its version, as a profile does
# after LibreOffice has once been opened in a window; the ratio against it is on the line above the last.
# usage: bench/pdf_bench.sh GONGWEN_BINARY WORK_DIR UNITS
set -euo pipefail
bin=$1 work=$2 units=$3
rm -rf "$work" && mkdir -p "$work"
work=$(cd "$work" && pwd)

# run NAME COMMAND...: wall and CPU seconds of COMMAND, into $work/NAME.time.
run() {
  local log="$work/$1.time"; shift
  /usr/bin/time -v "$@" >"$log.out" 2>"$log"
  awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; w=s}
              /(User|System) time \(seconds\)/ {c+=$2} END {print w, c}' "$log"
}

python3 bench/make_units.py samples/units.csv "$units" "$work/units.csv"
"$bin" batch templates/party-building-report.docx --units "$work/units.csv" --out "$work/docx" >/dev/null 2>&1
export FONTCONFIG_FILE="$PWD/templates/fonts.conf"
plain_profile="file://$work/plain-profile"
documents=("$work"/docx/*.docx)
first=${documents[0]}
# Warm-up: the plain call's profile, and gongwen's profiles for two workers.
soffice -env:UserInstallation="$plain_profile" --headless --convert-to pdf --outdir "$work/warm" "$first" >/dev/null 2>&1
"$bin" batch templates/party-building-report.docx --units "$work/units.csv" --out "$work/warm-batch" --format pdf --jobs 2 >/dev/null 2>&1
read -r plain_seconds plain_cpu < <(run plain soffice -env:UserInstallation="$plain_profile" --headless --convert-to pdf \
  --outdir "$work/plain" "${documents[@]}")
# The same profile, with the version recorded as a windowed run records it.
cp -r "$work/plain-profile" "$work/recorded-profile"
version=$(sed -n 's/^ProductKey=.* //p' "$(dirname "$(readlink -f "$(command -v soffice)")")/bootstraprc")
python3 - "$work/recorded-profile/user/registrymodifications.xcu" "$version" <<'PY'
import sys
path, version = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
item = ('<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse">'
        f'<value>{version}</value></prop></item>\n')
open(path, "w", encoding="utf-8").write(text.replace("</oor:items>", item + "</oor:items>"))
PY
read -r recorded_seconds recorded_cpu < <(run recorded soffice -env:UserInstallation="file://$work/recorded-profile" --headless \
  --convert-to pdf --outdir "$work/recorded" "${documents[@]}")
read -r batch_seconds batch_cpu < <(run batch "$bin" batch templates/party-building-report.docx --units "$work/units.csv" \
  --out "$work/batch" --format pdf --jobs 2)
unset FONTCONFIG_FILE
pdfs=("$work"/batch/*.pdf)
[ "${#pdfs[@]}" -eq "$units" ] || { echo "expected $units PDFs" >&2; exit 1; }
printf '%-40s %10s %10s %12s\n' "$units documents" seconds docs/s "CPU seconds"
printf '%-40s %10s %10s %12s\n' "soffice --convert-to pdf (one call)" "$plain_seconds" \
  "$(python3 -c "print(f'{$units/$plain_seconds:.2f}')")" "$plain_cpu"
printf '%-40s %10s %10s %12s\n' "  the same, profile with version recorded" "$recorded_seconds" \
  "$(python3 -c "print(f'{$units/$recorded_seconds:.2f}')")" "$recorded_cpu"
printf '%-40s %10s %10s %12s\n' "gongwen batch --format pdf --jobs 2" "$batch_seconds" \
  "$(python3 -c "print(f'{$units/$batch_seconds:.2f}')")" "$batch_cpu"
python3 -c "print(f'{$recorded_seconds/$batch_seconds:.2f}')"
python3 -c "print(f'{$plain_seconds/$batch_seconds:.2f}')"

#!/usr/bin/env bash
# gongwen serve: requests per second and p50/p99 latency of /api/render (the party-building template
# and one unit's data, multipart, over loopback, with wrk), beside `gongwen render` run once per document.
# usage: bench/serve_bench.sh GONGWEN_BINARY WORK_DIR [SECONDS]
set -euo pipefail
bin=$1 work=$2 seconds=${3:-10}
mkdir -p "$work"
command -v wrk >/dev/null || { echo "wrk is not installed (scripts/ensure-deps.sh bench installs it)" >&2; exit 1; }

# The request body, built once: the template and the data as multipart/form-data.
python3 - "$work/render.body" <<'PY'
import sys
boundary = "gongwenbench"
parts = [("template", "party-building-report.docx", open("templates/party-building-report.docx", "rb").read()),
         ("data", "party-building-2022.yaml", open("samples/party-building-2022.yaml", "rb").read())]
body = b""
for name, filename, data in parts:
    body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{filename}\"\r\n"
             "Content-Type: application/octet-stream\r\n\r\n").encode() + data + b"\r\n"
body += f"--{boundary}--\r\n".encode()
open(sys.argv[1], "wb").write(body)
PY
cat > "$work/render.lua" <<LUA
local file = io.open("$work/render.body", "rb")
wrk.method = "POST"
wrk.body = file:read("*all")
file:close()
wrk.headers["Content-Type"] = "multipart/form-data; boundary=gongwenbench"
done = function(summary, latency, requests)
  io.write(string.format("non-2xx: %d\n", summary.errors.status))
end
LUA

"$bin" serve --port 0 --queue 256 >"$work/serve.out" 2>&1 &
server=$!
trap 'kill -TERM $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q "http://" "$work/serve.out" && break; sleep 0.1; done
address=$(grep -o 'http://[^ ]*' "$work/serve.out" | head -1)
curl -sf -o "$work/check.docx" -F template=@templates/party-building-report.docx -F data=@samples/party-building-2022.yaml \
  "${address}api/render" || { echo "the server did not render" >&2; exit 1; }

printf '%-24s %12s %10s %10s %10s\n' "" "requests/s" "p50 ms" "p99 ms" "non-2xx"
for connections in 1 4 16; do
  wrk -t$(( connections < 2 ? connections : 2 )) -c$connections -d${seconds}s --latency -s "$work/render.lua" "${address}api/render" >"$work/wrk-$connections.txt"
  python3 - "$work/wrk-$connections.txt" "$connections" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def ms(label):
    value, unit = re.search(rf"^\s*{label}%\s+([\d.]+)(us|ms|s)\s*$", text, re.M).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
rate = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
errors = int(re.search(r"non-2xx: (\d+)", text).group(1))
print(f"{'/api/render, ' + sys.argv[2] + ' conn':24} {rate:12.1f} {ms(50):10.1f} {ms(99):10.1f} {errors:10d}")
if errors:
    sys.exit("some requests failed")
PY
done
rss=$(awk '/VmHWM/ {print int($2/1024)}' /proc/$server/status)
echo "server peak RSS: $rss MB"

# The command line, one process per document (what an OA system would run without the server).
start=$(date +%s.%N)
for i in $(seq 50); do "$bin" render templates/party-building-report.docx samples/party-building-2022.yaml -o "$work/cli-$i.docx"; done
python3 -c "import sys; print(f'gongwen render, one process a document: {50 / (float(sys.argv[2]) - float(sys.argv[1])):.1f} docs/s')" \
  "$start" "$(date +%s.%N)"

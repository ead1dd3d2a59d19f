"""Time and peak memory of `gongwen render` on every hostile template of the test corpus.

usage: hostile_inputs.py GONGWEN CORPUS_DIR WORK_DIR

Each template of Tests/GongwenTests/Fixtures/hostile (those expected to fail) is rendered with a small
data file; the wall time and the child's maximum resident set (wait4) are printed for the slowest and
the largest, with the targets: every input refused in under a second and under 200 MB.
"""
import json
import os
import shutil
import subprocess
import sys
import time

binary, corpus, work = sys.argv[1:4]
expected = json.load(open(os.path.join(corpus, "expected.json"), encoding="utf-8"))
files = [e["file"] for e in expected if e["input"] == "template" and e["id"] != "ok"]
os.makedirs(work, exist_ok=True)
with open(os.path.join(work, "data.json"), "w", encoding="utf-8") as data:
    data.write('{"name": "张三"}')
results = []
for name in files:
    shutil.copy(os.path.join(corpus, "files", name), os.path.join(work, name))
    start = time.monotonic()
    child = subprocess.Popen([binary, "render", name, "data.json", "-o", "out.docx"], cwd=work,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.monotonic() - start
    results.append((name, os.waitstatus_to_exitcode(status), seconds, usage.ru_maxrss / 1024))
    if os.path.exists(os.path.join(work, "out.docx")):
        print(f"MISS {name}: an output was written")
wrong = [r for r in results if r[1] != 1]
slowest = max(results, key=lambda r: r[2])
largest = max(results, key=lambda r: r[3])
print(f"{len(results)} hostile templates, exit code 1 for {len(results) - len(wrong)}")
print(f"{'ok  ' if slowest[2] < 1 else 'MISS'} slowest: {slowest[0]} {slowest[2]:.2f} s (target < 1 s)")
print(f"{'ok  ' if largest[3] < 200 else 'MISS'} largest: {largest[0]} {largest[3]:.0f} MB (target < 200 MB)")
print(f"median time {sorted(r[2] for r in results)[len(results) // 2] * 1000:.0f} ms")

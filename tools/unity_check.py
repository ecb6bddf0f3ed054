#!/usr/bin/env python3
"""Finds unity-build clashes fast (docs/BUILD.md): configures BUILD_DIR
(default build-unity-check) with CROSSCHECK_UNITY_BUILD=ON and runs every
unity batch through `-fsyntax-only` (no code generation: about a minute on
2 cores, against ~4 for a full build). Prints, per failing batch, the first
source file with an error: the file to add to cmake/unity.cmake's skip list
(or to rename the clashing helper in). Exit status 1 when any batch fails."""
import json, os, re, shlex, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "build-unity-check"))
subprocess.run(["cmake", "-S", root, "-B", build, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release",
                "-DCROSSCHECK_UNITY_BUILD=ON"], check=True, stdout=subprocess.DEVNULL)
failed = 0
for entry in json.load(open(os.path.join(build, "compile_commands.json"))):
    if "/Unity/unity_" not in entry["file"]:
        continue
    cmd = shlex.split(entry["command"])
    cmd[cmd.index("-o") + 1] = os.devnull
    for flag in ("-MF", "-MT"):
        if flag in cmd:
            i = cmd.index(flag)
            del cmd[i:i + 2]
    cmd = [c for c in cmd if c != "-MD"] + ["-fsyntax-only"]
    p = subprocess.run(cmd, cwd=entry["directory"], capture_output=True, text=True)
    if p.returncode:
        failed += 1
        m = re.search(r"(\S+?\.cc):\d+:\d+: error", p.stderr)
        where = os.path.relpath(m.group(1), root) if m else "(see below)"
        print(f"{os.path.relpath(entry['file'], build)}: first error in {where}")
        if not m:
            print(p.stderr[:2000])
print(f"unity_check: {failed} failing batch(es)")
sys.exit(1 if failed else 0)

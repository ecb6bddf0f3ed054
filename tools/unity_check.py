#!/usr/bin/env python3
"""Finds unity-build clashes before CI does (docs/BUILD.md). Must pass before
a branch that adds, removes or renames a .cc file is merged.

Configures BUILD_DIR (default build-unity-check) with CROSSCHECK_UNITY_BUILD=ON
and runs every unity batch through `-fsyntax-only` (no code generation: ~220
CPU-s with GCC, a quarter of a full build). Prints, per failing batch, the
first source file with an error: rename the clashing anonymous-namespace
helper there, or add the file to cmake/unity.cmake's skip list. Exit status 1
when any batch fails. When all pass, writes cmake/unity_checked.txt: a digest
of the list of .cc files and of cmake/unity.cmake, which decide the batches.

--verify (the ctest build.unity_checked, instant) only recomputes the digest:
it fails when .cc files were added, removed or renamed, or the skip list
changed, since the last passing check. Two branches that both change the
list both change the digest line, so their merge conflicts there and the
check is run again on the merged tree. An edit inside an existing file is not
seen: a new anonymous-namespace name can still clash (CI's build then fails
with the file named)."""
import argparse, hashlib, json, os, re, shlex, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
stamp = os.path.join(root, "cmake", "unity_checked.txt")


def digest():
    files = []
    for top in ("src", "bench", "tests", "tools"):
        for d, _, names in os.walk(os.path.join(root, top)):
            files += [os.path.relpath(os.path.join(d, n), root) for n in names if n.endswith(".cc")]
    h = hashlib.sha256("\n".join(sorted(files)).encode())
    h.update(open(os.path.join(root, "cmake", "unity.cmake"), "rb").read())
    return h.hexdigest(), len(files)


def verify():
    want = open(stamp).read().split()[-1] if os.path.exists(stamp) else "(none)"
    have, n = digest()
    if have == want:
        print(f"unity_check --verify: the {n} .cc files are those last checked")
        return 0
    print(f"unity_check --verify: the .cc files or cmake/unity.cmake changed since tools/unity_check.py "
          f"last passed ({want[:12]} != {have[:12]}); run it (a few minutes) and commit "
          "cmake/unity_checked.txt, or CI's unity build may fail on a name clash (docs/BUILD.md)")
    return 1


def check(build):
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
    if failed:
        return 1
    have, n = digest()
    with open(stamp, "w") as f:
        f.write("# Written by tools/unity_check.py when every unity batch compiled; the ctest\n"
                f"# build.unity_checked compares it with the {n} .cc files (docs/BUILD.md).\n{have}\n")
    return 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("build_dir", nargs="?", default=os.path.join(root, "build-unity-check"))
    ap.add_argument("--verify", action="store_true", help="only compare the digest (the ctest)")
    a = ap.parse_args()
    sys.exit(verify() if a.verify else check(os.path.abspath(a.build_dir)))

#!/usr/bin/env python3
"""kill -9 at random moments, of the server during ingest and of `analyze --db`.

Server: clients stream distinct reports; the server is killed after a random
0.3-2.5 s, restarted on the same store, and checked: every acknowledged
document (201/200 with status created or duplicate) is there, each stored once
(no two documents share content and source), and PRAGMA integrity_check says
ok. `analyze --db` over a folder is killed the same way; after each kill the
store's integrity check must be ok, and a final full run must leave each input
stored once.

With --stories the story invariants are checked too: every document belongs
to a story and every story member is a stored document. These need the store
to write a document, its story membership and the ledger in one transaction
(issue 18, "Consistent stores"); until that lands they are off by default.

With --async the server runs with `--ingest async` and only the server is
tested: a 202 (status queued) acknowledges a document too, and after each
restart the check waits until the server has analysed everything its inbox
held (health "ready") before looking for the acknowledged documents.

Usage: kill_test.py CROSSCHECK_BINARY BUILD_DIR [--kills N] [--stories] [--async] [--seed S]
(30 kills of each by hand; CI runs a few.)
"""
import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

ap = argparse.ArgumentParser()
ap.add_argument("bin")
ap.add_argument("build")
ap.add_argument("--kills", type=int, default=30)
ap.add_argument("--stories", action="store_true")
ap.add_argument("--async", dest="async_ingest", action="store_true")
ap.add_argument("--seed", type=int, default=18)
args = ap.parse_args()
BIN = os.path.abspath(args.bin)
WORK = os.path.join(os.path.abspath(args.build), "kill_test_async" if args.async_ingest else "kill_test")
RNG = random.Random(args.seed)
FAILS, CHECKS = [], [0]

PLACES = ["Mariupol", "Kharkiv", "Odesa", "Dnipro", "Lviv", "Sumy", "Poltava", "Kherson"]
OUTLETS = ["AP", "Reuters", "BBC", "AFP", "The Guardian"]


def report(i):
    place = PLACES[i % len(PLACES)]
    return (f" date 2022-05-{1 + i % 28:02d}\n"
            f"Officials in {place} said {10 + i} people were evacuated on Monday, report {i}. "
            f"The mayor of {place} said {3 + i % 7} buses left the city and {100 + 3 * i} residents remained.\n")


def check(name, ok, detail=""):
    CHECKS[0] += 1
    if not ok:
        print(f"FAIL {name}: {detail}", flush=True)
        FAILS.append(name)


def get(base, path):
    try:
        with urllib.request.urlopen(base + path, timeout=30) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, None


def start_server(db):
    port_file = os.path.join(WORK, "port")
    if os.path.exists(port_file):
        os.remove(port_file)
    log = open(os.path.join(WORK, "server.log"), "ab")
    extra = ["--ingest", "async"] if args.async_ingest else []
    p = subprocess.Popen([BIN, "serve", "--db", db, "--port", "0", "--port-file", port_file, "--quiet"] + extra,
                         stdout=log, stderr=log)
    for _ in range(1200):
        if os.path.exists(port_file):
            return p, "http://127.0.0.1:" + open(port_file).read().strip()
        if p.poll() is not None:
            raise RuntimeError("server exited: " + open(os.path.join(WORK, "server.log")).read()[-2000:])
        time.sleep(0.05)
    raise RuntimeError("server did not start")


def all_documents(base):
    docs, offset = [], 0
    while True:
        st, j = get(base, f"/api/documents?limit=1000&offset={offset}")
        if st != 200:
            raise RuntimeError(f"list: {st}")
        docs += j["documents"]
        if len(j["documents"]) < 1000:
            return docs
        offset += 1000


def wait_ready(base, label, timeout=120):
    """Async: what the inbox held is analysed, stored and fused."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        st, j = get(base, "/api/health")
        if st == 200 and j.get("ready"):
            return
        time.sleep(0.1)
    check(f"{label}: the inbox drained within {timeout} s", False)


def check_store(base, label, acked=()):
    if args.async_ingest:
        wait_ready(base, label)
    docs = all_documents(base)
    ids = {d["id"] for d in docs}
    missing = [a for a in acked if a not in ids]
    check(f"{label}: every acknowledged document stored", not missing, missing[:5])
    keys = [(d["content_hash"], d.get("source")) for d in docs]
    check(f"{label}: each stored once", len(keys) == len(set(keys)), len(keys) - len(set(keys)))
    st, j = get(base, "/api/health?integrity=1")
    check(f"{label}: integrity ok", st == 200 and j.get("integrity") == "ok", j)
    if args.stories:
        orphans = [d["id"] for d in docs if not (get(base, "/api/documents/" + d["id"])[1] or {}).get(
            "document", {}).get("stories")]
        check(f"{label}: every document in a story", not orphans, orphans[:5])
        st, j = get(base, "/api/stories?limit=1000")
        for s in j["stories"]:
            st2, story = get(base, "/api/stories/" + s["id"] + "?whole=1")  # every member
            members = story["story"]["documents"] if story else []
            ghosts = [m for m in members if m not in ids]
            check(f"{label}: story members are stored documents", not ghosts, (s["id"], ghosts[:5]))
    return len(docs)


def server_kills():
    db = os.path.join(WORK, "serve.db")
    acked, lock, counter = set(), threading.Lock(), [0]
    for k in range(args.kills):
        server, base = start_server(db)
        if k:
            check_store(base, f"serve kill {k}", sorted(acked))
        stop = threading.Event()

        def client():
            while not stop.is_set():
                with lock:
                    counter[0] += 1
                    i = counter[0]
                body = json.dumps({"source": OUTLETS[i % len(OUTLETS)], "text": report(i)}).encode()
                req = urllib.request.Request(base + "/api/documents", data=body,
                                             headers={"Content-Type": "application/json"})
                try:
                    with urllib.request.urlopen(req, timeout=30) as r:
                        j = json.loads(r.read())
                        with lock:
                            for d in j["documents"]:
                                if d["status"] in ("created", "duplicate", "queued"):
                                    acked.add(d["id"])
                except Exception:  # noqa: BLE001 (the server is gone)
                    return

        threads = [threading.Thread(target=client) for _ in range(3)]
        for t in threads:
            t.start()
        time.sleep(RNG.uniform(0.3, 2.5))
        server.send_signal(signal.SIGKILL)
        server.wait()
        stop.set()
        for t in threads:
            t.join()
    server, base = start_server(db)
    n = check_store(base, "serve: after the last kill", sorted(acked))
    server.terminate()
    server.wait()
    print(f"serve: {args.kills} kills, {len(acked)} acknowledged, {n} stored", flush=True)


def analyze_kills():
    folder = os.path.join(WORK, "in")
    os.makedirs(folder)
    for i in range(300):
        with open(os.path.join(folder, f"r{i:03d}.txt"), "w") as f:
            f.write(report(10000 + i))
    db = os.path.join(WORK, "analyze.db")
    # How long an uninterrupted run takes, so the kills fall inside runs.
    t0 = time.time()
    subprocess.run([BIN, "analyze", folder, "--db", os.path.join(WORK, "timing.db"), "--json", "/dev/null",
                    "--quiet", "--jobs", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    run_time = time.time() - t0
    cmd = [BIN, "analyze", folder, "--db", db, "--json", "/dev/null", "--quiet", "--jobs", "2"]
    finished = 0
    for k in range(args.kills):
        if k % 2 == 0:  # every other run starts from an empty store, so its writes are all new
            for suffix in ["", "-wal", "-shm"]:
                if os.path.exists(db + suffix):
                    os.remove(db + suffix)
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            # Late in the run, where the store is written.
            p.wait(timeout=RNG.uniform(0.5, 1.05) * run_time)
            finished += 1
        except subprocess.TimeoutExpired:
            p.send_signal(signal.SIGKILL)
            p.wait()
        if os.path.exists(db):
            if shutil.which("sqlite3"):
                out = subprocess.run(["sqlite3", db, "PRAGMA integrity_check"], capture_output=True,
                                     text=True).stdout.strip()
                check(f"analyze kill {k}: integrity ok", out == "ok", out[:200])
            server, base = start_server(db)
            check_store(base, f"analyze kill {k}")
            server.terminate()
            server.wait()
    rc = subprocess.run(cmd).returncode
    check("analyze: a full run after the kills exits 0", rc == 0, rc)
    server, base = start_server(db)
    n = check_store(base, "analyze: after the kills")
    check("analyze: each input stored once", n == 300, n)
    server.terminate()
    server.wait()
    print(f"analyze: {args.kills} kills in runs of {run_time:.1f} s ({finished} runs finished first), {n} stored",
          flush=True)


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    t0 = time.time()
    server_kills()
    if not args.async_ingest:
        analyze_kills()
    print(f"{CHECKS[0]} checks, {len(FAILS)} failed, {time.time() - t0:.0f} s")
    if not FAILS:
        shutil.rmtree(WORK, ignore_errors=True)
    sys.exit(1 if FAILS else 0)


if __name__ == "__main__":
    main()

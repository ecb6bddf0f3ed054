#!/usr/bin/env python3
"""What hostile inputs cost: peak memory and time of `crosscheck analyze` on
bombs and huge inputs, and how the server answers while it is attacked.

Every figure comes from one run on this machine (getrusage of the child for
memory and CPU; wall time). Results go to bench/results/robust.md by hand.

    python3 bench/limits_bench.py build/crosscheck [--gb 1]

Cases (analyze, default limits):
  gzip bomb, text   GB of one repeated news sentence in a .txt.gz (about
                    1000:1): rejected at the 256 MiB document limit
  gzip bomb, HTML   the same wrapped in <p> as .html.gz
  gzip bomb, JSONL  one line of GB bytes: skipped at the limit, unkept
  sparse file       1 GiB of holes named .txt and .html
  deep HTML         47,000 nested <div> (the page of issue 18)
Cases (serve): 200 half-sent requests held open while 1,000 clients connect
at once and ask /api/health.
"""
import argparse
import os
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import zlib

ap = argparse.ArgumentParser()
ap.add_argument("bin")
ap.add_argument("--gb", type=float, default=1.0)
args = ap.parse_args()
BIN = os.path.abspath(args.bin)
SENTENCE = ("Officials said 40 people were evacuated from the city on Monday, and the mayor said "
            "12 more buses would leave on Tuesday. ")


def bomb(path, total, before=b"", unit=SENTENCE.encode(), after=b""):
    c = zlib.compressobj(6, zlib.DEFLATED, 31)
    block = unit * (65536 // len(unit) + 1)
    with open(path, "wb") as f:
        f.write(c.compress(before))
        left = total
        while left > 0:
            chunk = block[:min(left, len(block))]
            f.write(c.compress(chunk))
            left -= len(chunk)
        f.write(c.compress(after))
        f.write(c.flush())


def analyze(paths):
    t0 = time.time()
    p = subprocess.Popen([BIN, "analyze", *paths, "--json", "/dev/null", "--quiet"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = p.stderr.read().decode("utf-8", "replace")
    _, status, ru = os.wait4(p.pid, 0)
    return {"rc": os.waitstatus_to_exitcode(status), "wall": time.time() - t0,
            "cpu": ru.ru_utime + ru.ru_stime, "rss_mb": ru.ru_maxrss / 1024, "err": err.strip()[-160:]}


def row(name, size, r):
    print(f"| {name} | {size} | {r['rc']} | {r['wall']:.1f} | {r['cpu']:.1f} | {r['rss_mb']:.0f} | {r['err']} |",
          flush=True)


def serve_attack(tmp):
    port_file = os.path.join(tmp, "port")
    server = subprocess.Popen([BIN, "serve", "--db", os.path.join(tmp, "db"), "--port", "0", "--port-file",
                               port_file, "--quiet"], stderr=subprocess.DEVNULL)
    while not os.path.exists(port_file):
        time.sleep(0.05)
    port = int(open(port_file).read())
    slow = []
    for _ in range(200):
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(b"GET /api/health HTTP/1.1\r\nHo")
        slow.append(s)
    lat, lock = [], threading.Lock()

    def hit():
        t = time.time()
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=30)
            s.sendall(b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            ok = s.recv(12).startswith(b"HTTP/1.1 200")
            s.close()
        except OSError:
            ok = False
        with lock:
            lat.append((ok, time.time() - t))

    threads = [threading.Thread(target=hit) for _ in range(1000)]
    t0 = time.time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.time() - t0
    for s in slow:
        s.close()
    rss = 0
    with open(f"/proc/{server.pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                rss = int(line.split()[1]) / 1024
    server.terminate()
    server.wait()
    times = sorted(t for _, t in lat)
    ok = sum(1 for o, _ in lat if o)
    print(f"serve: 200 half-sent requests held; 1,000 connects at once: {ok}/1000 answered 200 in {wall:.2f} s, "
          f"p50 {times[len(times) // 2] * 1000:.0f} ms, p99 {times[int(len(times) * 0.99)] * 1000:.0f} ms, "
          f"max {times[-1] * 1000:.0f} ms; server peak RSS {rss:.0f} MB")


def main():
    tmp = tempfile.mkdtemp(prefix="crosscheck_limits_")
    total = int(args.gb * (1 << 30))
    try:
        print("| case | input | exit | wall s | CPU s | peak RSS MB | message |")
        print("|---|---|---|---|---|---|---|")
        p = os.path.join(tmp, "bomb.txt.gz")
        bomb(p, total)
        row("gzip bomb, text", f"{os.path.getsize(p) / 1e6:.1f} MB -> {args.gb:g} GiB", analyze([p]))
        os.remove(p)
        p = os.path.join(tmp, "bomb.html.gz")
        bomb(p, total, b"<html><body><p>", b"<p>" + SENTENCE.encode())
        row("gzip bomb, HTML", f"{os.path.getsize(p) / 1e6:.1f} MB -> {args.gb:g} GiB", analyze([p]))
        os.remove(p)
        p = os.path.join(tmp, "bomb.jsonl.gz")
        bomb(p, total, b'{"text": "', after=b'"}\n')
        row("gzip bomb, one JSONL line", f"{os.path.getsize(p) / 1e6:.1f} MB -> {args.gb:g} GiB", analyze([p]))
        os.remove(p)
        for name in ["sparse.txt", "sparse.html"]:
            p = os.path.join(tmp, name)
            with open(p, "wb") as f:
                f.truncate(1 << 30)
            row("sparse file " + name, "1 GiB", analyze([p]))
            os.remove(p)
        p = os.path.join(tmp, "deep.html")
        with open(p, "w") as f:
            f.write("<html><body>" + "<div>" * 47000 + "deep" + "</div>" * 47000)
        row("deep HTML", "47,000 nested div, 517 KB", analyze([p]))
        serve_attack(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

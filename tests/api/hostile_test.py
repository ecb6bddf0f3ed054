#!/usr/bin/env python3
"""Hostile input against the real binary and the real server (ctest api.hostile).

Every case of issue 18 that one process can try on loopback, bounded in time
and memory: `crosscheck analyze` on inputs built to break a reader (deep
nesting, gzip bombs, bad file names, broken WARC framing, unreadable folders,
link loops, a 1 GiB sparse file, endless standard input), then `crosscheck
serve` under hostile clients (deep bodies, non-UTF-8 URLs, chunked and
compressed bodies past --max-body, 200 half-sent requests, 1,000 connects at
once, huge searches and range sets, cross-site writes, tricklers, smuggling
attempts). Each answer must be a clear rejection or a 2xx; `analyze` must exit
0 or 1 with the good documents kept; /api/health is polled throughout and must
always answer quickly; both processes run under an address-space limit.

Usage: hostile_test.py CROSSCHECK_BINARY SOURCE_DIR SHARED_DIR BUILD_DIR
"""
import gzip
import json
import os
import resource
import select
import shutil
import socket
import subprocess
import sys
import threading
import time
import zlib

BIN, SRC, SHARED, BUILD = (os.path.abspath(a) for a in sys.argv[1:5])
WORK = os.path.join(BUILD, "hostile_test")
AS_LIMIT = 3 << 30  # address space of each crosscheck process
GOOD = ("Officials said 40 people were evacuated from the city on Monday. "
        "The mayor said 12 more buses would leave on Tuesday.")
FAILS = []
CHECKS = [0]


def check(name, ok, detail=""):
    CHECKS[0] += 1
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else f": {detail}"), flush=True)
    if not ok:
        FAILS.append(name)


def limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (AS_LIMIT, AS_LIMIT))


def run(args, stdin=None, user=None, timeout=120):
    """Runs crosscheck; returns (exit code, stderr, max RSS in MB, seconds)."""
    cmd = [BIN] + args
    if user is not None:
        cmd = ["setpriv", "--reuid", str(user), "--regid", str(user), "--clear-groups"] + cmd
    t0 = time.time()
    p = subprocess.Popen(cmd, stdin=stdin if stdin is not None else subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=limit_memory)
    err = p.stderr.read().decode("utf-8", "replace")
    _, status, ru = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    return p.returncode, err, ru.ru_maxrss / 1024, time.time() - t0


def load_json(path):
    with open(path, "rb") as f:
        return json.loads(f.read().decode("utf-8"))  # strict: bad UTF-8 fails


def nested_html(n):
    return "<html><body>" + "<div>" * n + "deep text" + "</div>" * n + "</body></html>"


def warc_record(text, declared=None):
    body = text.encode()
    n = len(body) if declared is None else declared
    return (b"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: http://e.example/" + str(len(body)).encode() +
            b"\r\nContent-Type: text/plain\r\nContent-Length: " + str(n).encode() + b"\r\n\r\n" + body + b"\r\n\r\n")


def write_gzip_bomb(path, total):
    """`total` bytes of one repeated sentence, gzip-compressed (about 1000:1)."""
    unit = (GOOD + " ").encode() * 4096
    c = zlib.compressobj(9, zlib.DEFLATED, 31)
    with open(path, "wb") as f:
        left = total
        while left > 0:
            chunk = unit[:min(left, len(unit))]
            f.write(c.compress(chunk))
            left -= len(chunk)
        f.write(c.flush())


# ---------------------------------------------------------------- analyze

def test_analyze():
    d = os.path.join(WORK, "in")
    os.makedirs(d)
    os.chmod(WORK, 0o755)
    os.chmod(d, 0o755)
    with open(os.path.join(d, "good.txt"), "w") as f:
        f.write(GOOD)
    with open(os.path.join(d, "deep.html"), "w") as f:
        f.write(nested_html(47000))  # about 650 KB
    with open(os.path.join(d, "deep.jsonl"), "w") as f:
        f.write('{"text": "%s", "x": %s%s}\n' % (GOOD, "[" * 100000, "]" * 100000))
        f.write('{"source": "J", "text": "%s"}\n' % GOOD)
    with open(os.path.join(d.encode(), b"caf\xe9 \xff.txt"), "w") as f:
        f.write(GOOD)
    with open(os.path.join(d, "bad_length.warc"), "wb") as f:
        f.write(warc_record("First record: 10 trucks.", declared=5) + warc_record(GOOD) + warc_record(GOOD + " Again."))
    os.symlink(d, os.path.join(d, "loop"))
    os.symlink(os.path.join(d, "nowhere"), os.path.join(d, "broken"))
    os.mkfifo(os.path.join(d, "pipe"))
    closed = os.path.join(d, "closed")
    os.makedirs(closed)
    with open(os.path.join(closed, "inside.txt"), "w") as f:
        f.write(GOOD)
    os.chmod(closed, 0)
    out = os.path.join(WORK, "out")
    os.makedirs(out)
    os.chmod(out, 0o777)
    # As an unprivileged user when root (root lists any folder).
    user = 65534 if os.geteuid() == 0 else None
    rc, err, rss, secs = run(["analyze", d, "--json", os.path.join(out, "a.json"), "--quiet"], user=user)
    os.chmod(closed, 0o755)
    check("analyze: hostile folder exits 1", rc == 1, f"rc={rc} {err[-2000:]}")
    for want in ["deep.html: HTML elements nested deeper than the limit",
                 "deep.jsonl:1: JSON nested deeper than the limit",
                 "loop: symbolic link loop", "broken: broken symbolic link", "pipe: a fifo, not read",
                 "Content-Length 5 does not end at a record boundary"]:
        check("analyze: names " + want.split(":")[0], want in err, err[-1500:])
    if user is not None:
        check("analyze: names the unlistable folder", "closed: cannot list folder (Permission denied)" in err, err[-1500:])
    try:
        j = load_json(os.path.join(out, "a.json"))
        paths = sorted(os.path.basename(x["path"]) + ":" + str(x["line"]) for x in j["documents"])
        check("analyze: good documents kept, bad name escaped",
              paths == ["bad_length.warc:2", "bad_length.warc:3", "caf\\xE9 \\xFF.txt:None", "deep.jsonl:2",
                        "good.txt:None"], paths)
    except Exception as e:  # noqa: BLE001
        check("analyze: JSON output is valid UTF-8 JSON", False, repr(e))

    # A gzip bomb: 512 MiB of text in about 500 KB, read with a 64 MiB document limit.
    bomb = os.path.join(WORK, "bomb.txt.gz")
    write_gzip_bomb(bomb, 512 << 20)
    rc, err, rss, secs = run(["analyze", bomb, os.path.join(d, "good.txt"), "--json", os.path.join(out, "b.json"),
                              "--quiet", "--max-document-bytes", str(64 << 20)])
    check("analyze: gzip bomb rejected, good kept", rc == 1 and "the document is larger than the limit" in err
          and len(load_json(os.path.join(out, "b.json"))["documents"]) == 1, f"rc={rc} {err[-500:]}")
    check(f"analyze: gzip bomb peak RSS {rss:.0f} MB < 1500", rss < 1500)
    os.remove(bomb)

    # A 1 GiB sparse file, as text and as HTML: judged from its head and size.
    for name in ["sparse.txt", "sparse.html"]:
        p = os.path.join(WORK, name)
        with open(p, "wb") as f:
            f.truncate(1 << 30)
        rc, err, rss, secs = run(["analyze", p, "--json", "/dev/null", "--quiet"])
        check(f"analyze: 1 GiB sparse {name} rejected in {secs:.1f} s", rc == 1 and secs < 20 and rss < 1000,
              f"rc={rc} rss={rss} {err[-300:]}")
        os.remove(p)

    # Endless standard input.
    p = subprocess.Popen([BIN, "analyze", "-", "--json", "/dev/null", "--quiet", "--max-document-bytes",
                          str(8 << 20)], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, preexec_fn=limit_memory)
    chunk = (GOOD + "\n").encode() * 1000
    sent = 0

    def feed():
        nonlocal sent
        try:
            while sent < (4 << 30):
                p.stdin.write(chunk)
                sent += len(chunk)
        except (BrokenPipeError, ValueError, OSError):
            pass

    t = threading.Thread(target=feed, daemon=True)
    t.start()
    err = p.stderr.read().decode("utf-8", "replace")
    p.wait(timeout=120)
    check("analyze: endless stdin stops at the document limit", p.returncode == 1 and
          "larger than the limit of 8388608" in err and sent < (1 << 30), f"rc={p.returncode} sent={sent} {err[-300:]}")

    # A store with a file name outside UTF-8, read back by the server later.
    db = os.path.join(WORK, "store.db")
    rc, err, rss, secs = run(["analyze", os.path.join(d.encode(), b"caf\xe9 \xff.txt").decode("utf-8", "surrogateescape"),
                              "--json", "/dev/null", "--db", db, "--quiet"])
    check("analyze --db: non-UTF-8 file name stored", rc == 0, f"rc={rc} {err[-300:]}")
    return db


# ---------------------------------------------------------------- server

PORT = [0]


def connect(timeout=10):
    s = socket.create_connection(("127.0.0.1", PORT[0]), timeout=timeout)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return s


def read_response(s, limit=64 << 20):
    """Reads one response; returns (status, headers dict, body bytes) or (0, {}, b'') on a closed socket."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = s.recv(65536)
        if not chunk:
            return 0, {}, data
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    if status == 100:
        return read_response_rest(s, rest, limit)
    headers = {}
    for line in lines[1:]:
        k, _, v = line.partition(":")
        headers[k.strip().lower()] = v.strip()
    n = int(headers.get("content-length", "0"))
    while len(rest) < n and len(rest) < limit:
        chunk = s.recv(65536)
        if not chunk:
            break
        rest += chunk
    return status, headers, rest[:n]


def read_response_rest(s, rest, limit):
    class Pre:
        def __init__(self, sock, pre):
            self.sock, self.pre = sock, pre

        def recv(self, n):
            if self.pre:
                b, self.pre = self.pre, b""
                return b
            return self.sock.recv(n)
    return read_response(Pre(s, rest), limit)


def request(method, target, body=b"", headers=None, raw=None, timeout=30):
    s = connect(timeout)
    try:
        if raw is None:
            h = {"Host": f"127.0.0.1:{PORT[0]}", "Connection": "close"}
            if body or method == "POST":
                h["Content-Length"] = str(len(body))
            h.update(headers or {})
            raw = (f"{method} {target} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in h.items()) +
                   "\r\n").encode("latin-1") + body
        s.sendall(raw)
        return read_response(s)
    except (ConnectionResetError, BrokenPipeError, socket.timeout) as e:
        return -1, {}, repr(e).encode()
    finally:
        s.close()


class HealthPoller(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.stop, self.max_latency, self.bad, self.n = False, 0.0, [], 0

    def run(self):
        while not self.stop:
            t0 = time.time()
            st, _, body = request("GET", "/api/health", timeout=10)
            dt = time.time() - t0
            self.n += 1
            self.max_latency = max(self.max_latency, dt)
            if st != 200:
                self.bad.append((st, body[:100]))
            time.sleep(0.1)


def post_doc(body, ctype="text/plain", extra=None):
    h = {"Content-Type": ctype}
    h.update(extra or {})
    return request("POST", "/api/documents", body, h)


def test_server(db):
    port_file = os.path.join(WORK, "port")
    log = open(os.path.join(WORK, "server.log"), "wb")
    server = subprocess.Popen([BIN, "serve", "--db", db, "--port", "0", "--port-file", port_file, "--quiet",
                               "--max-body", str(1 << 20), "--timeout", "2", "--header-timeout", "3",
                               "--body-timeout", "4", "--threads", "4"],
                              stdout=log, stderr=log, preexec_fn=limit_memory)
    for _ in range(600):
        if os.path.exists(port_file):
            break
        if server.poll() is not None:
            check("server started", False, open(os.path.join(WORK, "server.log")).read())
            return
        time.sleep(0.05)
    PORT[0] = int(open(port_file).read())
    poller = HealthPoller()
    poller.start()

    st, _, body = request("GET", "/api/documents")
    check("store with a non-UTF-8 file name lists: 200", st == 200 and b"\\\\xE9" in body, (st, body[:300]))

    # Deep bodies.
    st, _, body = post_doc(nested_html(47000).encode(), "text/html")
    check("deep HTML body: 400", st == 400 and b"nested deeper" in body, (st, body[:200]))
    st, _, body = post_doc(b'{"text": "x", "y": ' + b"[" * 100000 + b"]" * 100000 + b"}", "application/json")
    check("JSON body nested 100,000 deep: 400", st == 400, (st, body[:200]))
    lines = b'{"text": "x", "y": ' + b"[" * 100000 + b"]" * 100000 + b'}\n{"text": "' + GOOD.encode() + b'"}\n'
    st, _, body = post_doc(lines, "application/x-ndjson")
    check("JSON Lines with a deep line: the good line stored", st in (200, 201) and b"nested deeper" in body,
          (st, body[:200]))

    # Non-UTF-8 bytes in URLs.
    for target in ["/api/search?q=caf%e9", "/%ff", "/api/documents/%ff", "/api/stories?q=%c3", "/api/claims?measure=%80"]:
        st, _, body = request("GET", target)
        check(f"GET {target}: 400", st == 400, (st, body[:200]))

    # Bodies past --max-body: chunked, compressed, declared.
    big = (GOOD + "\n").encode() * ((2 << 20) // len(GOOD))
    chunks = b"".join(b"%x\r\n" % len(big[i:i + 8192]) + big[i:i + 8192] + b"\r\n" for i in range(0, len(big), 8192))
    raw = (f"POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1:{PORT[0]}\r\nContent-Type: text/plain\r\n"
           "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").encode() + chunks + b"0\r\n\r\n"
    st, _, body = request("POST", "", raw=raw)
    check("chunked body past --max-body: 413", st == 413, (st, body[:200]))
    text = ("Chunked report: " + GOOD).encode()
    small = b"%x\r\n%s\r\n0\r\n\r\n" % (len(text), text)
    raw = (f"POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1:{PORT[0]}\r\nContent-Type: text/plain\r\n"
           "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").encode() + small
    st, _, body = request("POST", "", raw=raw)
    check("small chunked body: 201", st == 201, (st, body[:200]))
    packed = gzip.compress(big * 4)  # 8 MiB of text in a few KB
    st, _, body = post_doc(packed, "text/plain", {"Content-Encoding": "gzip"})
    check(f"gzip body ({len(packed)} B) expanding past --max-body: 413", st == 413, (st, body[:200]))
    st, _, body = post_doc(gzip.compress(("Gzipped report: " + GOOD).encode()), "text/plain",
                           {"Content-Encoding": "gzip"})
    check("small gzip body: 201", st == 201, (st, body[:200]))
    st, _, body = post_doc(b"\x1f\x8b\x08\x00garbage", "text/plain", {"Content-Encoding": "gzip"})
    check("corrupt gzip body: 400", st == 400, (st, body[:200]))
    st, _, body = request("GET", "/api/health", b"", {"Content-Encoding": "gzip"})
    check("Content-Encoding on another route: 415", st == 415, (st, body[:200]))
    s = connect()
    s.sendall((f"POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1:{PORT[0]}\r\nContent-Type: text/plain\r\n"
               f"Content-Length: {10 << 20}\r\nExpect: 100-continue\r\n\r\n").encode())
    st, _, body = read_response(s)
    s.close()
    check("Expect: 100-continue past --max-body: 413 before the body", st == 413, (st, body[:200]))

    # Work caps.
    t0 = time.time()
    st, _, body = request("GET", "/api/search?q=" + "+".join("w" for i in range(3000)))  # 6 KB
    check(f"search of 3,000 words: 400 in {time.time() - t0:.2f} s", st == 400 and time.time() - t0 < 2,
          (st, body[:200]))
    st, _, body = request("GET", "/api/search?q=" + "+".join(f"w{i}" for i in range(3000)))  # 17 KB
    check("search URL of 17 KB: 414", st == 414, (st, body[:200]))
    index = open(os.path.join(SRC, "web", "index.html"), "rb").read()
    ranges = ",".join(f"{i}-{i}" for i in range(2700))
    st, h, body = request("GET", "/", b"", {"Range": "bytes=" + ranges[:7900]})
    check("many byte ranges: whole file, no multipart", st == 200 and len(body) == len(index), (st, len(body)))
    st, h, body = request("GET", "/", b"", {"Range": "bytes=0-9"})
    check("one byte range: 206", st == 206 and len(body) == 10, (st, len(body)))

    # Web safety.
    st, h, _ = request("GET", "/")
    csp = h.get("content-security-policy", "")
    check("CSP on the page", "script-src 'self'" in csp and "default-src 'none'" in csp, h)
    st, h, _ = request("GET", "/api/health")
    check("CSP and nosniff on the API", "content-security-policy" in h and h.get("x-content-type-options") == "nosniff", h)
    st, _, body = post_doc(json.dumps({"url": "javascript:alert(1)", "text": GOOD + " A link."}).encode(),
                           "application/json")
    check("javascript: url stored as data (201)", st == 201, (st, body[:200]))
    for name, hdrs in [("foreign Origin", {"Origin": "http://evil.example"}),
                       ("Origin null", {"Origin": "null"}),
                       ("cross-site fetch", {"Sec-Fetch-Site": "cross-site"}),
                       ("foreign Host", {"Host": "evil.example"})]:
        st, _, body = post_doc(GOOD.encode(), "text/plain", hdrs)
        check(f"write with {name}: 403", st == 403, (st, body[:200]))
    st, _, body = request("GET", "/api/health", b"", {"Host": "rebound.example"})
    check("read with a foreign Host on a loopback bind: 403", st == 403, (st, body[:200]))
    st, _, body = post_doc(("Same-origin report: " + GOOD).encode(), "text/plain",
                           {"Origin": f"http://127.0.0.1:{PORT[0]}"})
    check("write from the server's own origin: 201", st == 201, (st, body[:200]))

    # Framing attacks.
    st, _, body = request("POST", "", raw=(f"POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1:{PORT[0]}\r\n"
                                           "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n").encode())
    check("Content-Length with Transfer-Encoding: 400", st == 400, (st, body[:200]))
    st, _, body = request("POST", "", raw=(f"POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1:{PORT[0]}\r\n"
                                           "Transfer-Encoding: chunked\r\n\r\nzz\r\n").encode())
    check("bad chunk size: 400", st == 400, (st, body[:200]))
    st, _, body = request("GET", "/api/health", b"", {"X-Big": "a" * 20000})
    check("20 KB header: 431", st == 431, (st, body[:200]))
    st, _, body = request("GET", "/" + "a" * 10000)
    check("10 KB URL: 414", st == 414, (st, body[:200]))
    s = connect()
    one = f"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:{PORT[0]}\r\n"
    s.sendall((one + "\r\n" + one + "Connection: close\r\n\r\n").encode())
    got = b""
    while True:
        chunk = s.recv(65536)
        if not chunk:
            break
        got += chunk
    s.close()
    check("two pipelined requests: two answers", got.count(b"HTTP/1.1 200 OK") == 2, got[:300])

    s = connect()
    s.sendall(f"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:{PORT[0]}\r\n\r\n".encode())
    s.shutdown(socket.SHUT_WR)
    st, _, _ = read_response(s)
    s.close()
    check("a request sent whole before a half-close is answered", st == 200, st)

    # A trickler: one byte every 0.5 s, inside --timeout 2, is cut at --header-timeout 3.
    s = connect()
    t0 = time.time()
    status = None
    for c in b"GET /api/health HTTP/1.1\r\nX-Slow: " + b"a" * 100:
        readable, _, _ = select.select([s], [], [], 0.5)
        if readable or time.time() - t0 > 10:
            break
        try:
            s.sendall(bytes([c]))
        except (BrokenPipeError, ConnectionResetError):
            break
    dt = time.time() - t0
    s.settimeout(5)
    try:
        status, _, _ = read_response(s)
    except (ConnectionResetError, socket.timeout):
        status = 0
    s.close()
    check(f"trickler cut at the header deadline ({dt:.1f} s)", 2.8 < dt < 4.5 and status == 408, (status, dt))

    # 200 half-sent requests while others are served (the poller checks).
    slow = []
    for _ in range(200):
        s = connect()
        s.sendall(b"GET /api/health HTTP/1.1\r\nHo")
        slow.append(s)
    t0 = time.time()
    st, _, _ = request("GET", "/api/health")
    check(f"health answered beside 200 half-sent requests ({time.time() - t0:.2f} s)", st == 200 and
          time.time() - t0 < 1.0, st)
    time.sleep(2.5)
    answered = 0
    for s in slow:
        s.settimeout(3)
        try:
            st, _, _ = read_response(s)
            answered += st == 408
        except (ConnectionResetError, socket.timeout):
            pass
        s.close()
    check(f"half-sent requests answered 408 ({answered}/200)", answered == 200, answered)

    # 1,000 connects at once.
    results = []
    lock = threading.Lock()

    def hit():
        t = time.time()
        st, _, _ = request("GET", "/api/health", timeout=20)
        with lock:
            results.append((st, time.time() - t))

    threads = [threading.Thread(target=hit) for _ in range(1000)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ok = sum(1 for st, _ in results if st == 200)
    worst = max(dt for _, dt in results)
    check(f"1,000 simultaneous connects: {ok} answered 200, slowest {worst:.1f} s", ok == 1000 and worst < 10,
          [r for r in results if r[0] != 200][:5])

    poller.stop = True
    poller.join()
    check(f"health polled {poller.n} times, all 200, slowest {poller.max_latency:.2f} s",
          not poller.bad and poller.max_latency < 2.0, poller.bad[:5])
    st, _, body = request("GET", "/api/health?integrity=1")
    check("integrity ok at the end", st == 200 and json.loads(body).get("integrity") == "ok", body[:200])
    rss = 0
    with open(f"/proc/{server.pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                rss = int(line.split()[1]) / 1024
    check(f"server peak RSS {rss:.0f} MB < 1500", rss < 1500)
    server.terminate()
    check("SIGTERM: exit 0", server.wait(timeout=30) == 0)


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    t0 = time.time()
    db = test_analyze()
    print(f"-- analyze cases: {time.time() - t0:.1f} s", flush=True)
    t1 = time.time()
    test_server(db)
    print(f"-- server cases: {time.time() - t1:.1f} s", flush=True)
    print(f"{CHECKS[0]} checks, {len(FAILS)} failed")
    shutil.rmtree(WORK, ignore_errors=True)
    sys.exit(1 if FAILS else 0)


if __name__ == "__main__":
    main()

// Slow and stalled clients against the real `crosscheck serve`: connections
// that send half a request and then nothing are closed within twice
// --timeout seconds (the keep-alive wait, then the read), and while they
// hang the server keeps answering others.
// Usage: node slow_client_test.mjs --server BIN --workdir DIR
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((a, v, i, all) => (i % 2 ? a : [...a, [v.replace(/^--/, ''), all[i + 1]]]), []));
const work = args.workdir;
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const portFile = path.join(work, 'port');
const TIMEOUT = 2;
const server = spawn(args.server, ['--db', path.join(work, 'db.sqlite'), '--port', '0', '--port-file', portFile,
  '--threads', '4', '--timeout', String(TIMEOUT), '--quiet'], { stdio: ['ignore', 'inherit', 'inherit'] });

let failures = 0;
const check = (name, ok, detail = '') => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ': ' + detail : ''}`);
  if (!ok) failures++;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitPort() {
  for (let i = 0; i < 200; i++) {
    if (existsSync(portFile) && readFileSync(portFile, 'utf8').trim()) return Number(readFileSync(portFile, 'utf8'));
    await sleep(50);
  }
  throw new Error('server did not start');
}

// Opens a connection, sends `first`, then `trickle` one byte every `every`
// ms; resolves with the time (ms) until the server closes it.
function slowClient(port, first, trickle = '', every = 0) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const s = net.connect(port, '127.0.0.1', () => {
      s.write(first);
      if (trickle) {
        let i = 0;
        const timer = setInterval(() => {
          if (i >= trickle.length || s.destroyed) return clearInterval(timer);
          s.write(trickle[i++]);
        }, every);
      }
    });
    s.on('data', () => {});
    s.on('error', () => {});
    s.on('close', () => resolve(Date.now() - t0));
    setTimeout(() => { s.destroy(); resolve(Infinity); }, 30000);
  });
}

async function timedGet(port, p) {
  const t0 = Date.now();
  const res = await fetch(`http://127.0.0.1:${port}${p}`);
  await res.text();
  return { status: res.status, ms: Date.now() - t0 };
}

try {
  const port = await waitPort();
  // Three stalled clients on a four-thread server: half a request line, then silence.
  const stalled = [0, 1, 2].map(() => slowClient(port, 'GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n'));
  await sleep(300);
  const during = await timedGet(port, '/api/health');
  // Were the four workers all taken, it would wait for a stalled one to time out (4 s).
  check('a normal request is served while three clients stall', during.status === 200 && during.ms < 3000,
        `status ${during.status} in ${during.ms} ms`);
  const closed = await Promise.all(stalled);
  for (const [i, ms] of closed.entries())
    check(`stalled client ${i + 1} is closed within twice the ${TIMEOUT} s timeout`,
          ms >= TIMEOUT * 1000 - 200 && ms < 2 * TIMEOUT * 1000 + 1500, `${ms} ms`);
  // A body that stops half way through.
  const half = await slowClient(port, 'POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\nonly part of the body');
  check('a body cut short is closed within twice the timeout', half >= TIMEOUT * 1000 - 200 && half < 2 * TIMEOUT * 1000 + 1500,
        `${half} ms`);
  const after = await timedGet(port, '/api/health');
  check('the server still answers afterwards', after.status === 200, `status ${after.status}`);
  const docs = await timedGet(port, '/api/documents');
  check('nothing half-sent was stored', docs.status === 200, `status ${docs.status}`);
} catch (e) {
  check('test ran', false, String(e));
} finally {
  server.kill('SIGTERM');
}
console.log(failures ? `${failures} failed` : 'all passed');
process.exit(failures ? 1 : 0);

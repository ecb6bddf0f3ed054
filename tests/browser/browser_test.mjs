// Browser test of the web page: Debian's chromium driven by playwright-core.
// Starts the server on a free loopback port with an empty store, opens the
// page, ingests the seed reports through the API from the page, waits for the
// story list to update by itself, searches, opens the story and checks the
// ledger, quotes, timeline and a highlighted document. Screenshots go to
// --out. Usage:
//   node tests/browser/browser_test.mjs --server build/crosscheck-serve \
//        --seeds ../shared/seeds --out BUILD/browser
// Required: the five seed reports form one story, and its ledger shows the
// civilians-in-the-plant disagreement.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const out = path.resolve(args.out || 'browser-out');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

let failures = 0;
function check(name, ok, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ': ' + detail : ''}`);
  if (!ok) failures++;
}

async function startServer() {
  const portFile = path.join(out, 'port');
  const log = fs.openSync(path.join(out, 'server.log'), 'w');
  const proc = spawn(args.server, ['--db', path.join(out, 'db.sqlite'), '--port', '0', '--port-file', portFile, '--quiet'],
    { stdio: ['ignore', log, log] });
  for (let i = 0; i < 200 && !fs.existsSync(portFile); i++) await new Promise(r => setTimeout(r, 50));
  if (!fs.existsSync(portFile)) throw new Error('server did not start; see ' + path.join(out, 'server.log'));
  return { proc, base: `http://127.0.0.1:${fs.readFileSync(portFile, 'utf8').trim()}` };
}

const { proc, base } = await startServer();
// A new, empty profile each run (playwright passes it as --user-data-dir).
const userDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-chromium-'));
let browser = null;
try {
  browser = await chromium.launchPersistentContext(userDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = browser.pages()[0] || await browser.newPage();
  const consoleErrors = [];
  page.on('pageerror', e => consoleErrors.push(String(e)));
  page.on('console', m => { if (m.type() === 'error') consoleErrors.push(m.text()); });

  await page.goto(base + '/');
  await page.waitForSelector('#stories');
  check('page opens with an empty story list', (await page.locator('[data-testid=story-link]').count()) === 0);

  // Ingest the seeds through the API, from the page.
  const seeds = fs.readdirSync(args.seeds).filter(f => f.endsWith('.txt')).sort()
    .map(f => fs.readFileSync(path.join(args.seeds, f), 'utf8'));
  const statuses = await page.evaluate(async texts => {
    const codes = [];
    for (const t of texts) {
      const r = await fetch('/api/documents', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: t });
      codes.push(r.status);
    }
    return codes;
  }, seeds);
  check('seeds ingested', statuses.every(s => s === 201), JSON.stringify(statuses));

  // The list updates by itself (polling), without a reload.
  await page.waitForSelector('[data-testid=story-link]', { timeout: 15000 });
  check('story list updated live', (await page.locator('[data-testid=story-link]').count()) >= 1);
  check('live counter', /\d+ documents/.test(await page.locator('#live').innerText()));

  // Search.
  await page.fill('#q', 'Azovstal');
  await page.press('#q', 'Enter');
  await page.waitForSelector('#search-results .search-hit', { timeout: 10000 });
  const hits = await page.locator('#search-results .search-hit').count();
  check('search finds sentences', hits > 0, `${hits} hits`);
  check('matches are marked', (await page.locator('#search-results mark').first().innerText()).toLowerCase() === 'azovstal');
  check('search lists the story', (await page.locator('#stories [data-testid=story-link]').count()) >= 1);
  await page.screenshot({ path: path.join(out, 'search.png'), fullPage: false });

  // The story page: the listed story with the most documents.
  const sizes = await page.locator('#stories .story-item .meta').evaluateAll(ms => ms.map(m => parseInt(m.textContent, 10) || 0));
  const biggest = sizes.indexOf(Math.max(...sizes));
  await page.locator('#stories [data-testid=story-link]').nth(Math.max(0, biggest)).click();
  await page.waitForSelector('#story-title');
  await page.waitForSelector('#documents .card');
  const docCount = await page.locator('#documents .card').count();
  check('story lists its documents', docCount >= 1, `${docCount} documents`);
  check('the seed reports form one story', docCount >= 5, `${docCount} documents`);
  check('story has ledger, quotes and timeline sections',
    (await page.locator('#ledger').count()) === 1 && (await page.locator('#quotes').count()) === 1 &&
    (await page.locator('#timeline').count()) === 1);
  const entries = await page.locator('.ledger-entry').evaluateAll(es => es.map(e => ({
    measure: e.dataset.measure, agreement: e.dataset.agreement,
    sources: [...e.querySelectorAll('.ledger-row')].map(r => r.dataset.source) })));
  console.log(`ledger: ${entries.length} entries`);
  for (const e of entries) console.log(`  ${e.agreement.padEnd(8)} ${e.measure} [${e.sources.join(', ')}]`);
  const bars = await page.locator('.ledger-row .band').count();
  if (entries.length) check('ledger draws one bar per source claim', bars >= entries.length, `${bars} bars`);
  await page.screenshot({ path: path.join(out, 'story.png'), fullPage: true });
  await page.screenshot({ path: path.join(out, 'story-top.png'), fullPage: false });

  const civilians = entries.find(e => /civilian/i.test(e.measure || '') && /azovstal|plant|steel/i.test(e.measure || '') &&
    e.agreement === 'disagree');
  check('ledger shows the civilians-in-the-plant disagreement', !!civilians,
    civilians ? `${civilians.measure}: ${civilians.sources.length} source rows` : 'no disagreeing civilians-in-the-plant entry');

  // A document with highlights.
  await page.locator('#documents .card a').first().click();
  await page.waitForSelector('#doc-text');
  const textLen = (await page.locator('#doc-text').innerText()).length;
  check('document text shown', textLen > 500, `${textLen} chars`);
  const marks = await page.locator('#doc-text [class^=hl-]').count();
  console.log(`document highlights: ${marks}`);
  await page.screenshot({ path: path.join(out, 'document.png'), fullPage: false });

  // A story page reached by URL, and a missing one.
  await page.goto(base + '/#/story/s-missing');
  await page.waitForSelector('text=Could not load');
  check('missing story reported', true);
  check('no script errors', consoleErrors.filter(e => !/404/.test(e)).length === 0, consoleErrors.join(' | '));
} catch (err) {
  check('browser run', false, err.stack || String(err));
} finally {
  if (browser) await browser.close();
  fs.rmSync(userDir, { recursive: true, force: true });
  proc.kill('SIGTERM');
  const code = await new Promise(r => proc.on('exit', c => r(c)));
  check('server stopped cleanly on SIGTERM', code === 0, `exit ${code}`);
}
console.log(`screenshots in ${out}`);
console.log(failures ? `${failures} failed` : 'all passed');
process.exit(failures ? 1 : 0);

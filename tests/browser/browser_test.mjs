// Browser test of the web page and the HTML report: Debian's chromium driven
// by playwright-core. Three parts:
//  1. The page over a live server (empty store): ingest the seed reports
//     through the API from the page, see the list update by itself, search,
//     open the story: its title says what it is about, the timeline chart,
//     the ledger (the civilians-in-the-plant disagreement), a download of
//     each export, one click from a figure and from a quote to its sentence,
//     highlighted. The page runs under a strict Content-Security-Policy (no
//     inline script or style); any violation fails the test.
//  2. The HTML report of `crosscheck report` opened from a file: headline,
//     timeline chart, a figure's link to its highlighted sentence, a
//     download embedded in the file.
//  3. Scale: a store of --stories stories and --docs documents built by
//     make_store; the stories page and a story page are loaded and timed
//     (a benchmark figure written to OUT/bench.json, not an assertion), and
//     paging and search are used.
// Screenshots go to --out. Usage:
//   node tests/browser/browser_test.mjs --server build/crosscheck-serve --cli build/crosscheck \
//        --store-builder build/tests/browser/browser_make_store --seeds ../shared/seeds --out build/browser \
//        [--docs 50000] [--stories 1000]
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const out = path.resolve(args.out || 'browser-out');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
const STORIES = Number(args.stories || 1000), DOCS = Number(args.docs || 50000);

// The policy the server is meant to send (no inline script, style or
// handler); the test adds it to the page's own response so the page is
// held to it whatever the server sends.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

let failures = 0, passes = 0;
function check(name, ok, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ': ' + detail : ''}`);
  if (ok) passes++; else failures++;
}

// RFC 4180 CSV into rows of fields.
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', i = 0, quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"') { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' || c === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += (c === '\r' && text[i + 1] === '\n') ? 2 : 1; continue; }
    field += c; i++;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

async function startServer(db, name) {
  const portFile = path.join(out, name + '.port');
  const log = fs.openSync(path.join(out, name + '.log'), 'w');
  const proc = spawn(args.server, ['--db', db, '--port', '0', '--port-file', portFile, '--quiet'],
    { stdio: ['ignore', log, log] });
  for (let i = 0; i < 400 && !fs.existsSync(portFile); i++) await new Promise(r => setTimeout(r, 50));
  if (!fs.existsSync(portFile)) throw new Error('server did not start; see ' + path.join(out, name + '.log'));
  return { proc, base: `http://127.0.0.1:${fs.readFileSync(portFile, 'utf8').trim()}` };
}

async function stopServer(s, name) {
  if (!s) return;
  s.proc.kill('SIGTERM');
  const code = await new Promise(r => s.proc.on('exit', c => r(c)));
  check(`${name} server stopped cleanly on SIGTERM`, code === 0, `exit ${code}`);
}

// A page that records console errors and CSP violations, with the policy
// added to the document response of `base`.
async function newPage(context, base) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', e => errors.push(String(e)));
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', e => window.__csp.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));
  });
  if (base) {
    await page.route(url => url.origin === base && url.pathname === '/', async route => {
      const resp = await route.fetch();
      await route.fulfill({ response: resp, headers: { ...resp.headers(), 'content-security-policy': CSP } });
    });
  }
  return { page, errors };
}

async function download(page, locator, file) {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 15000 }), locator.click()]);
  const target = path.join(out, file);
  await dl.saveAs(target);
  return fs.readFileSync(target, 'utf8');
}

// ---- 1. The live page -------------------------------------------------------
async function livePage(context) {
  const server = await startServer(path.join(out, 'db.sqlite'), 'live');
  try {
    const { page, errors } = await newPage(context, server.base);
    await page.goto(server.base + '/');
    await page.waitForSelector('#stories');
    check('page opens with an empty story list', (await page.locator('[data-testid=story-link]').count()) === 0);

    const seeds = fs.readdirSync(args.seeds).filter(f => f.endsWith('.txt')).sort()
      .map(f => fs.readFileSync(path.join(args.seeds, f), 'utf8'));
    const statuses = await page.evaluate(async texts => {
      const codes = [];
      for (const t of texts) codes.push((await fetch('/api/documents', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: t })).status);
      return codes;
    }, seeds);
    check('seeds ingested', statuses.every(s => s === 201), JSON.stringify(statuses));

    await page.waitForSelector('[data-testid=story-link]', { timeout: 30000 });
    check('story list updated live', (await page.locator('[data-testid=story-link]').count()) >= 1);
    // The list redraws on its next poll after the last ingest: wait for the
    // story of all five reports before reading titles.
    await page.waitForFunction(() => [...document.querySelectorAll('#stories .story-item .meta')]
      .some(m => parseInt(m.textContent, 10) >= 5), null, { timeout: 30000 });
    {
      const live = await page.locator('#live').innerText();
      check('live counter, its nouns in the number they take', /^[\d,]+ documents? · [\d,]+ (story|stories)$/.test(live) &&
        !/(^|\D)1 (documents|stories)/.test(live), live);
    }
    const firstSentences = seeds.map(t => t.replace(/^ date [^\n]*\n/, '').split(/(?<=[.!?])\s/)[0].trim());
    const titles = await page.locator('[data-testid=story-link]').allInnerTexts();
    console.log('story titles: ' + JSON.stringify(titles));
    const main = titles.find(t => /Azovstal/i.test(t)) || '';
    check('a story is titled by what it is about (entity, place, events)', /Azovstal/i.test(main) && /Mariupol/i.test(main) && /:/.test(main), main);
    check('no story is titled by a first sentence', titles.every(t => !firstSentences.includes(t.trim())));
    await page.screenshot({ path: path.join(out, 'stories.png') });

    await page.fill('#q', 'Azovstal');
    await page.press('#q', 'Enter');
    await page.waitForSelector('#search-results .search-hit', { timeout: 30000 });
    check('search finds sentences', (await page.locator('#search-results .search-hit').count()) > 0);
    check('matches are marked', (await page.locator('#search-results mark').first().innerText()).toLowerCase() === 'azovstal');
    await page.screenshot({ path: path.join(out, 'search.png') });

    // The story with the most documents.
    await page.goto(server.base + '/#/');
    await page.waitForSelector('[data-testid=story-link]');
    const sizes = await page.locator('#stories .story-item .meta').evaluateAll(ms => ms.map(m => parseInt(m.textContent, 10) || 0));
    await page.locator('[data-testid=story-link]').nth(Math.max(0, sizes.indexOf(Math.max(...sizes)))).click();
    await page.waitForSelector('#story-title');
    await page.waitForSelector('#documents .card');
    const docCount = await page.locator('#documents .card').count();
    check('the seed reports form one story', docCount >= 5, `${docCount} documents`);
    check('story title is the headline', /Azovstal/i.test(await page.locator('#story-title').innerText()));
    // The seeds are POSTed as bare text: no outlet is known, and five unknown
    // outlets must not be counted as one.
    const storyMeta = await page.locator('#story-title + p.meta').innerText();
    check('reports of unknown outlet are not counted as one outlet', /5 of unknown outlet/.test(storyMeta) && !/1 outlet/.test(storyMeta), storyMeta);
    const events = await page.locator('#timeline-chart .event-mark').count();
    const figureMarks = await page.locator('#timeline-chart .figure-mark').count();
    check('timeline drawn as a chart of events and figure reports', events > 0 && figureMarks > 0, `${events} events, ${figureMarks} figures`);
    const entries = await page.locator('.ledger-entry').evaluateAll(es => es.map(e => ({
      measure: e.dataset.measure, agreement: e.dataset.agreement, evolving: e.dataset.evolving,
      series: !!e.querySelector('.series-chart'),
      sources: [...e.querySelectorAll('.ledger-row')].map(r => r.dataset.source) })));
    console.log(`ledger: ${entries.length} entries`);
    for (const e of entries) console.log(`  ${e.agreement.padEnd(8)} ${e.evolving === 'true' ? 'evolving ' : ''}${e.measure} [${e.sources.join(', ')}]`);
    check('ledger draws one bar per source claim', (await page.locator('.ledger-row .band').count()) >= entries.length);
    const evolving = entries.filter(e => e.evolving === 'true');
    check('an evolving measure is drawn as its series', evolving.every(e => e.series || e.sources.length < 2),
      `${evolving.filter(e => e.series).length} of ${evolving.length} evolving entries with a series`);
    const civilians = entries.find(e => /civilian/i.test(e.measure) && /azovstal|plant|steel/i.test(e.measure) && e.agreement === 'disagree');
    check('ledger shows the civilians-in-the-plant disagreement', !!civilians, civilians ? civilians.measure : 'none');
    await page.screenshot({ path: path.join(out, 'story-top.png') });
    await page.screenshot({ path: path.join(out, 'story.png'), fullPage: true });
    await page.locator('#timeline').screenshot({ path: path.join(out, 'timeline.png') });

    // Downloads: every export of the story.
    const csv = parseCsv(await download(page, page.locator('#view > .downloads a[data-format=csv]'), 'story.csv'));
    const header = csv[0] || [];
    const rows = csv.slice(1).map(r => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    check('CSV download: the ledger, one row per figure', header.includes('best') && rows.length >= entries.reduce((n, e) => n + e.sources.length, 0),
      `${rows.length} rows`);
    const civRows = civilians ? rows.filter(r => r.measure === civilians.measure) : [];
    check('CSV rows of the civilians-in-the-plant measure carry low/best/high', civRows.length >= 2 && civRows.every(r => r.best !== ''),
      civRows.map(r => `${r.text}: ${r.low}/${r.best}/${r.high}`).join('; '));
    const acled = parseCsv(await download(page, page.locator('#view > .downloads a[data-format=acled]'), 'story-acled.csv'));
    check('ACLED download', (acled[0] || []).includes('fatalities_best'));
    const ld = JSON.parse(await download(page, page.locator('#view > .downloads a[data-format=jsonld]'), 'story.jsonld'));
    check('JSON-LD download', ld['@context'] === 'https://schema.org' && ld['@graph'].some(n => n['@type'] === 'Claim'));
    const prov = JSON.parse(await download(page, page.locator('#view > .downloads a[data-format=prov]'), 'story.prov.json'));
    check('PROV-JSON download', !!prov.entity && !!prov.wasDerivedFrom);

    // One click from a figure to its sentence, highlighted.
    const entry = page.locator('.ledger-entry[data-agreement=disagree]').first();
    const figure = entry.locator('[data-testid=figure-link]').first();
    const figureText = (await figure.textContent()).trim();
    await figure.click();
    await page.waitForSelector('#doc-text .hl-target');
    const target = (await page.locator('#doc-text .hl-target').allInnerTexts()).join('');
    check('a figure opens its sentence, highlighted', target.includes(figureText), `“${figureText}” in “${target.slice(0, 120)}…”`);
    check('the sentence is in view', await page.locator('#doc-text .hl-target').first().isVisible());
    await page.screenshot({ path: path.join(out, 'figure-to-sentence.png') });

    await page.goBack();
    await page.waitForSelector('[data-testid=quote-link]');
    // The seeds spell the Ukrainian president two ways: one speaker, both spellings shown.
    const zel = (await page.locator('summary.speaker').allInnerTexts()).filter(t => /Zelensk/.test(t));
    check('one speaker across spellings', zel.length === 1 && /also written/.test(zel[0]), zel.join(' | '));
    const quote = page.locator('[data-testid=quote-link]').first();
    const quoteText = (await quote.textContent()).replace(/^“|”$/g, '').slice(0, 30);
    await quote.click();
    await page.waitForSelector('#doc-text .hl-target');
    const qTarget = (await page.locator('#doc-text .hl-target').allInnerTexts()).join('');
    check('a quote opens its sentence, highlighted', qTarget.length > 0 && (qTarget.includes(quoteText.slice(0, 15)) || quoteText.includes(qTarget.slice(0, 15))),
      `“${quoteText}…”`);
    await page.screenshot({ path: path.join(out, 'document.png') });

    await page.goto(server.base + '/#/story/s-missing');
    await page.waitForSelector('text=Could not load');
    check('missing story reported', true);
    const csp = await page.evaluate(() => window.__csp);
    check('no Content-Security-Policy violation', csp.length === 0, csp.join(' | '));
    check('no script errors', errors.filter(e => !/404/.test(e)).length === 0, errors.join(' | '));
    await page.close();
  } finally {
    await stopServer(server, 'live');
  }
}

// ---- 2. The HTML report ------------------------------------------------------
async function report(context) {
  const file = path.join(out, 'report.html');
  const r = spawnSync(args.cli, ['report', args.seeds, '-o', file, '--quiet'], { encoding: 'utf8' });
  check('crosscheck report ran', r.status === 0, r.stderr);
  const { page, errors } = await newPage(context, null);
  await page.goto(pathToFileURL(file).href);
  const title = await page.locator('section.story h2.story-title').first().innerText();
  check('report: the story is titled by what it is about', /Azovstal/i.test(title) && /:/.test(title), title);
  check('report: timeline chart', (await page.locator('svg.timeline-chart .ev').count()) > 0);
  const evolving = await page.locator('.entry .badge.evolving').count(), series = await page.locator('svg.series-chart .pt').count();
  check('report: evolving measures drawn as series', evolving === 0 || series >= 2, `${evolving} evolving, ${series} points`);
  const link = page.locator('svg.ledger a').first();
  await link.click();
  const hash = await page.evaluate(() => location.hash);
  const targetVisible = hash.length > 1 && await page.locator(hash.replace(/([.])/g, '\\$1')).isVisible();
  const bg = targetVisible ? await page.locator(hash).evaluate(e => getComputedStyle(e).backgroundColor) : '';
  check('report: a figure opens its sentence, highlighted', targetVisible && bg !== 'rgba(0, 0, 0, 0)', `${hash} ${bg}`);
  await page.screenshot({ path: path.join(out, 'report-target.png') });
  const data = await download(page, page.locator('#downloads a[data-format=csv]'), 'report.csv');
  check('report: CSV download embedded in the file', data.startsWith('story,story_title,measure'));
  check('report: no script errors', errors.length === 0, errors.join(' | '));
  await page.goto(pathToFileURL(file).href);
  await page.screenshot({ path: path.join(out, 'report.png') });
  await page.close();
}

// ---- 3. Scale ------------------------------------------------------------------
async function scale(context) {
  const dir = fs.existsSync('/dev/shm') ? fs.mkdtempSync('/dev/shm/crosscheck-browser-') : fs.mkdtempSync(path.join(out, 'store-'));
  const db = path.join(dir, 'big.sqlite');
  let server = null;
  const bench = { stories: STORIES, documents: DOCS };
  try {
    const t0 = Date.now();
    const b = args.store ? { status: 0, stdout: 'reused ' + args.store } : spawnSync(args['store-builder'], ['--out', db, '--stories', String(STORIES), '--docs-per-story', String(Math.round(DOCS / STORIES))],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    bench.build_seconds = (Date.now() - t0) / 1000;
    check('synthetic store built', b.status === 0, (b.stdout || '').trim() + ' ' + (b.status ? b.stderr : ''));
    if (b.status !== 0) return;
    server = await startServer(args.store || db, 'scale');
    const m = await (await fetch(server.base + '/api/metrics')).json();
    check(`store holds ${STORIES} stories and ${DOCS} documents`, m.documents === DOCS && m.stories === STORIES, `${m.documents} documents, ${m.stories} stories`);
    // No route on this page: with any page.route, Playwright stops every
    // request of the page (files and API alike) for a decision in this
    // process, which on a loaded machine added hundreds of ms to the loads
    // timed here. The server's own Content-Security-Policy applies (checked
    // below); part 1 holds the page to the stricter one above.
    const { page, errors } = await newPage(context, null);
    // Besides the page's clock (wall time, which a loaded machine inflates),
    // the CPU the work took: the page's main-thread task time (Chrome's
    // Performance.getMetrics TaskDuration) and the server process's CPU time
    // (/proc/PID/stat), each over the same load.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find(m => m.name === 'TaskDuration').value;
    const serverCpuMs = () => {
      const f = fs.readFileSync(`/proc/${server.proc.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(f[11]) + Number(f[12])) * 1000 / 100;  // utime + stime, clock ticks of 10 ms
    };
    const measured = async (fn) => {
      const task = await taskSeconds(), cpu = serverCpuMs();
      const wall = await fn();
      return { wall, page_cpu: (await taskSeconds() - task) * 1000, server_cpu: serverCpuMs() - cpu };
    };
    const summary = runs => {
      const med = k => { const v = runs.map(r => r[k]).sort((a, c) => a - c); return Math.round(v[Math.floor((v.length - 1) / 2)]); };
      return { wall_ms: runs.map(r => Math.round(r.wall)), median_ms: med('wall'), page_cpu_median_ms: med('page_cpu'),
        server_cpu_median_ms: med('server_cpu') };
    };
    // The stories page: navigation until its 50 titles are drawn. The cold
    // first load, the first after the server is ready, five more.
    let loads = 0;
    // Each time a full page load; the time is the page's own clock from
    // navigation start until the list is drawn (body[data-drawn-at]).
    const timeStories = async () => {
      await page.goto(`${server.base}/?load=${++loads}#/`, { waitUntil: 'commit' });
      await page.waitForFunction(n => document.querySelectorAll('[data-testid=story-link]').length === n &&
        document.body.dataset.drawnAt, Math.min(50, STORIES));
      return Number(await page.evaluate(() => document.body.dataset.drawnAt));
    };
    // Where the time of a load went, from the page's own Resource Timing
    // and paint entries (ms from navigation start): the document, each
    // file and API request (start → end), first paint, the list drawn.
    const breakdown = () => page.evaluate(() => {
      const r = x => Math.round(x);
      const nav = performance.getEntriesByType('navigation')[0] || {};
      const paint = Object.fromEntries(performance.getEntriesByType('paint').map(p => [p.name, r(p.startTime)]));
      return {
        document: [r(nav.requestStart || 0), r(nav.responseEnd || 0)],
        dom_interactive: r(nav.domInteractive || 0), dom_content_loaded: r(nav.domContentLoadedEventEnd || 0),
        first_paint: paint['first-paint'] ?? null, first_contentful_paint: paint['first-contentful-paint'] ?? null,
        resources: performance.getEntriesByType('resource').map(e => [new URL(e.name).pathname + new URL(e.name).search,
          r(e.startTime), r(e.responseEnd)]),
        drawn: Number(document.body.dataset.drawnAt),
      };
    });
    const listRequests = b => b.resources.filter(([u]) => u.startsWith('/api/stories')).length;
    // The cold first load: the server has just opened the store and the
    // browser has nothing cached.
    bench.load_average_at_first_load = os.loadavg().map(x => Math.round(x * 10) / 10);
    const cold = await measured(timeStories);
    const coldBreakdown = await breakdown();
    const csp = (await fetch(server.base + '/')).headers.get('content-security-policy') || '';
    check('the page is served under a Content-Security-Policy that allows only its own scripts',
      ((csp.match(/script-src ([^;]*)/) || [])[1] || '').trim() === "'self'", csp);
    console.log('cold stories page: ' + JSON.stringify(coldBreakdown));
    check('the stories page asks for its list once (boot.js\'s early request is the one app.js uses)',
      listRequests(coldBreakdown) === 1, JSON.stringify(coldBreakdown.resources));
    // The first load once the server says it is ready (/api/health: no
    // fusion round pending), with the browser's cache emptied (same tab):
    // what a reader opening the page on a running server sees.
    const readyT0 = Date.now();
    let health = {};
    while (Date.now() - readyT0 < 120000) {
      health = await (await fetch(server.base + '/api/health')).json();
      if (health.ready || !('ready' in health)) break;  // (a server before `ready` cannot say)
      await new Promise(r => setTimeout(r, 100));
    }
    check('the server reports ready (no fusion pending)', health.ready === true && health.pending_fusion === 0,
      JSON.stringify(health));
    bench.ready_after_ms = Date.now() - readyT0;
    await cdp.send('Network.clearBrowserCache');
    const afterReady = await measured(timeStories);
    const afterReadyBreakdown = await breakdown();
    console.log('first stories page after ready: ' + JSON.stringify(afterReadyBreakdown));
    const warm = [];
    for (let i = 0; i < 5; i++) warm.push(await measured(timeStories));
    // (Chrome resets its task counter on a new document: no page CPU here.)
    bench.stories_page = { first_ms: Math.round(cold.wall), first_server_cpu_ms: cold.server_cpu,
      first_breakdown: coldBreakdown,
      after_ready_first_ms: Math.round(afterReady.wall), after_ready_server_cpu_ms: afterReady.server_cpu,
      after_ready_breakdown: afterReadyBreakdown, ...summary(warm), page_cpu_median_ms: null };
    await page.screenshot({ path: path.join(out, 'scale-stories.png') });
    // A story page: from the click on its title until its ledger is drawn.
    const ids = await page.locator('[data-testid=story-link]').evaluateAll(as => as.map(a => a.getAttribute('href').split('/').pop()));
    // From the change of route (a click on a title) until the story is drawn.
    const timeStory = async id => {
      const t0 = await page.evaluate(h => { const t = performance.now(); location.hash = h; return t; }, '#/story/' + id);
      await page.waitForFunction(h => document.body.dataset.view === h && document.querySelector('#story-title') &&
        document.querySelectorAll('.ledger-entry').length > 0, '#/story/' + id);
      return Number(await page.evaluate(() => document.body.dataset.drawnAt)) - t0;
    };
    const storyRuns = [];
    for (const id of ids.slice(0, 6)) storyRuns.push(await measured(() => timeStory(id)));
    bench.story_page = { first_ms: Math.round(storyRuns[0].wall), ...summary(storyRuns.slice(1)) };
    bench.load_average = os.loadavg().map(x => Math.round(x * 10) / 10);
    // The story's reports come a page at a time: its answer holds the
    // first 20 (documents_page) and the heading's count of all of them;
    // the page fetches the rest as the reader scrolls to the end.
    const perStory = Math.round(DOCS / STORIES), shownId = ids[Math.min(5, ids.length - 1)];
    const answer = await (await fetch(`${server.base}/api/stories/${encodeURIComponent(shownId)}`)).json();
    check('a story answer holds the first page of its reports', answer.documents.length === Math.min(20, perStory) &&
      answer.documents_page.total === perStory && answer.summary.reports === perStory,
      `${answer.documents.length} of ${answer.documents_page.total}`);
    const heading = await page.locator('#documents h2').innerText();
    check('the story page counts every report', heading === `Reports (${perStory})`, heading);
    const pageRequests = [];
    page.on('request', r => { if (/\/api\/stories\/[^/]+\/documents\?/.test(r.url())) pageRequests.push(r.url()); });
    for (let i = 0; i < 40 && await page.locator('[data-testid=more-reports]').count(); i++) {
      await page.locator('[data-testid=more-reports]').scrollIntoViewIfNeeded().catch(() => {});
      await page.waitForTimeout(100);
    }
    await page.waitForFunction(n => document.querySelectorAll('#documents .card').length === n &&
      !document.querySelector('[data-testid=more-reports]'), perStory, { timeout: 30000 }).catch(() => {});
    const cardLinks = await page.locator('#documents .card > a').evaluateAll(as => as.map(a => a.getAttribute('href')));
    check('a story page of the large store shows all its reports once scrolled, each once',
      cardLinks.length === perStory && new Set(cardLinks).size === perStory && (perStory <= 20 || pageRequests.length >= 1),
      `${cardLinks.length} reports, ${new Set(cardLinks).size} distinct, ${pageRequests.length} page requests`);
    await page.screenshot({ path: path.join(out, 'scale-story.png') });
    // Paging and search.
    await page.goto(server.base + '/#/');
    await page.waitForSelector('[data-testid=next-page]');
    const first = await page.locator('[data-testid=story-link]').first().getAttribute('href');
    await page.locator('[data-testid=next-page]').click();
    await page.waitForFunction(f => document.querySelector('[data-testid=story-link]') &&
      document.querySelector('[data-testid=story-link]').getAttribute('href') !== f, first);
    check('paging: the next page lists other stories', /page 2/.test(await page.locator('.pager').first().innerText()));
    const word = (await page.locator('[data-testid=story-link]').first().innerText()).split(/[ ,:]/)[0];
    const t = performance.now();
    await page.fill('#q', word);
    await page.press('#q', 'Enter');
    await page.waitForSelector('#search-results .search-hit, #search-results .empty', { timeout: 20000 });
    bench.search_ms = Math.round(performance.now() - t);
    check('search in the large store', (await page.locator('#stories [data-testid=story-link]').count()) >= 1, `“${word}”`);
    await page.screenshot({ path: path.join(out, 'scale-search.png') });
    check('large store: no script errors', errors.length === 0, errors.join(' | '));
    const violations = await page.evaluate(() => window.__csp);
    check('large store: no Content-Security-Policy violation', violations.length === 0, violations.join(' | '));
    await page.close();
    console.log('bench: ' + JSON.stringify(bench));
    fs.writeFileSync(path.join(out, 'bench.json'), JSON.stringify(bench, null, 1) + '\n');
  } finally {
    await stopServer(server, 'scale');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const userDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-chromium-'));
let context = null;
try {
  context = await chromium.launchPersistentContext(userDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1200, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  for (const p of context.pages()) await p.close();
  for (const [name, part] of [['live page', livePage], ['report', report], ['scale', scale]]) {
    if (args.only && args.only !== name.split(' ')[0]) continue;
    try {
      await part(context);
    } catch (err) {
      check(name, false, err.stack || String(err));
    }
  }
} finally {
  if (context) await context.close();
  fs.rmSync(userDir, { recursive: true, force: true });
}
console.log(`screenshots in ${out}`);
console.log(`${passes} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);

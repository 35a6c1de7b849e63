// What every browser test shares: finding Chromium and playwright-core (or reporting the test as
// skipped), serving the page on loopback, watching for console errors, and asking the library
// (tests/browser/expected_rows.cpp) what the page should show.
//
// ctest sets the environment (tests/browser/CMakeLists.txt):
//   HTTPSTATUS_PAGE         the page the build generated with `httpstatus --html`
//   HTTPSTATUS_EXPECTED     the expected_rows program (read by expected())
//   HTTPSTATUS_SCREENSHOTS  where screenshots go, under the build folder (read by screenshotPath())
//   HTTPSTATUS_CHROMIUM     optional: the browser; otherwise chromium is looked for on PATH
// and CI sets HTTPSTATUS_REQUIRE_BROWSER=1, so that a missing prerequisite fails instead of skipping.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { delimiter, join } from 'node:path';
import { after, before } from 'node:test';
import { pathToFileURL } from 'node:url';

// ctest reports a test that exits with this status as skipped, not passed.
const SKIPPED = 77;

function skip(reason) {
  if (process.env.HTTPSTATUS_REQUIRE_BROWSER === '1') {
    console.error(`failed: ${reason}, and HTTPSTATUS_REQUIRE_BROWSER=1 says the browser tests must run`);
    process.exit(1);
  }
  console.log(`skipped: ${reason}`);
  process.exit(SKIPPED);
}

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set; run this test through ctest`);
  return value;
}

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findChromium() {
  if (process.env.HTTPSTATUS_CHROMIUM) return process.env.HTTPSTATUS_CHROMIUM;
  const names = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];
  for (const folder of (process.env.PATH || '').split(delimiter))
    for (const name of names) if (folder && isExecutable(join(folder, name))) return join(folder, name);
  return null;
}

const pagePath = required('HTTPSTATUS_PAGE');
export const pageFileUrl = pathToFileURL(pagePath).href;

const chromiumPath = findChromium();
if (!chromiumPath || !isExecutable(chromiumPath))
  skip('no Chromium (apt-get install chromium, or set HTTPSTATUS_CHROMIUM)');
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  skip('no playwright-core (npm ci --prefix tests/browser)');
}

// The flags this machine's Chromium needs: root needs --no-sandbox, and with no network the
// background services only fill the log with refused connections.
export function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

// Serves the page at / on a free loopback port, and records every path the browser asks for.
export async function servePage() {
  const html = readFileSync(pagePath);
  const requests = [];
  const server = createServer((request, response) => {
    requests.push(request.url);
    const path = new URL(request.url, 'http://localhost').pathname;
    if (path === '/' || path === '/index.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html);
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return { url, requests, close: () => new Promise((resolve) => server.close(resolve)) };
}

// A new page whose console errors, uncaught exceptions and failed requests are collected in
// `page.problems`; each test ends by checking that the list is empty.
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      page.problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => page.problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => page.problems.push(`request failed: ${request.url()}`));
  return page;
}

// One Chromium and one server of the page for a test file: started before its first test, stopped
// after its last. session.open('?q=teapot') opens a new page at that address of the served page.
export function browserSession() {
  const session = {
    browser: null,
    server: null,
    get url() {
      return session.server.url;
    },
    async open(address = '', options = {}) {
      const page = await openPage(session.browser, options);
      await page.goto(session.server.url + address);
      return page;
    },
  };
  before(async () => {
    session.browser = await launchBrowser();
    session.server = await servePage();
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

// The library's answer: every row, and what search() returns for each query.
export function expected(queries = []) {
  const output = execFileSync(required('HTTPSTATUS_EXPECTED'), queries, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const { rows, searches } = JSON.parse(output);
  return { rows, searches: new Map(searches.map(({ query, codes }) => [query, codes])) };
}

export const screenshotPath = (name) => join(required('HTTPSTATUS_SCREENSHOTS'), name);

// The view the README shows: a search for a class, sorted by name. The page test takes it, and
// the httpstatus-screenshot target takes it for docs/images/status-page.png.
export const filteredView = '?q=client%20error&sort=name';
export async function screenshotFilteredView(browser, url, file) {
  const page = await openPage(browser, { viewport: { width: 1120, height: 760 } });
  await page.goto(url + filteredView);
  await page.screenshot({ path: file });
  return page;
}

// The codes of the rows a reader sees, top to bottom.
export function visibleCodes(page) {
  return page.$$eval('#codes tbody tr', (rows) =>
    rows.filter((row) => row.getClientRects().length > 0).map((row) => Number(row.id)),
  );
}

// The page as it opens: every row, nothing fetched, no errors; from disk and without JavaScript;
// #404 highlighted; light and dark schemes; a phone's width; the keyboard alone; screenshots.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  browserSession,
  expected,
  openPage,
  pageFileUrl,
  screenshotFilteredView,
  screenshotPath,
  visibleCodes,
} from './browser.mjs';

const { rows, searches } = expected(['41', 'client error']);
const allCodes = rows.map((row) => row.code);
const session = browserSession();

test('the page loads with every row, in code order, and fetches nothing else', async () => {
  const page = await session.open();
  assert.deepEqual(await visibleCodes(page), allCodes);
  assert.equal(await page.textContent('#count'), `${rows.length} status codes`);
  assert.equal(await page.title(), 'HTTP response status codes · httpstatus');
  assert.deepEqual(session.server.requests, ['/'], 'self-contained: no scripts, styles, fonts or icons fetched');
  await page.screenshot({ path: screenshotPath('default.png') });
  assert.deepEqual(page.problems, []);
});

test('every row shows the library entry: name, aliases, class, description, reference, badges, facts, field rules; and carries its enumerator', async () => {
  const page = await session.open();
  const shown = await page.$$eval('#codes tbody tr', (trs) =>
    trs.map((tr) => ({
      code: Number(tr.id),
      name: tr.querySelector('.phrase').textContent,
      aliases: Array.from(tr.querySelectorAll('.alias'), (alias) => alias.textContent),
      class: tr.cells[2].textContent,
      description: tr.cells[3].textContent,
      reference: tr.cells[4].textContent,
      link: tr.cells[4].querySelector('a')?.getAttribute('href'),
      badges: Array.from(tr.querySelectorAll('.badge'), (badge) => badge.textContent),
      facts: Array.from(tr.querySelectorAll('.fact'), (fact) => fact.textContent),
      rules: Array.from(tr.querySelectorAll('.rule'), (rule) => ({
        text: rule.textContent,
        link: rule.querySelector('a')?.getAttribute('href'),
      })),
      anchor: tr.cells[0].querySelector('a').getAttribute('href'),
      enumerator: tr.dataset.enumerator,
    })),
  );
  const rfcLink = (reference) => {
    const [, number, section] = reference.match(/^RFC (\d+) §([\d.]+)$/);
    return `https://www.rfc-editor.org/rfc/rfc${number}.html#section-${section}`;
  };
  assert.deepEqual(
    shown,
    rows.map((row) => ({ ...row, link: rfcLink(row.reference), anchor: `#${row.code}` })),
  );
  assert.deepEqual(page.problems, []);
});

test("a code's header field rules read a line each under its name, 405's Allow first", async () => {
  const page = await session.open('?q=405');
  const rules = await page.$$eval('[id="405"] .rule', (lines) =>
    lines.map((line) => ({ text: line.innerText, top: line.getBoundingClientRect().top })),
  );
  assert.deepEqual(
    rules.map((rule) => rule.text),
    ['Must send: Allow (RFC 9110 §15.5.6)', 'Must send: Date, from an origin server with a clock (RFC 9110 §6.6.1)'],
  );
  assert.ok(rules[1].top > rules[0].top, 'the second rule is on a line below the first');
  // Under the name, inside its cell, and in the muted colour of the facts.
  const placed = await page.$eval('[id="405"] .rules', (rules) => ({
    inName: rules.closest('td').classList.contains('name'),
    belowName: rules.getBoundingClientRect().top >= rules.closest('td').querySelector('.phrase').getBoundingClientRect().bottom,
    color: getComputedStyle(rules).color,
    phraseColor: getComputedStyle(rules.closest('td').querySelector('.phrase')).color,
  }));
  assert.equal(placed.inName, true);
  assert.equal(placed.belowName, true);
  assert.notEqual(placed.color, placed.phraseColor);
  // The longest rules wrap in the name column rather than widen the table past the window.
  const wide = await session.open('?q=206');
  const widths = await wide.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
  assert.ok(widths[0] <= widths[1], `the page is ${widths[0]} px wide in a ${widths[1]} px window`);
  await wide.screenshot({ path: screenshotPath('rules-206.png') });
  assert.deepEqual(page.problems, []);
  assert.deepEqual(wide.problems, []);
});

test('opened from disk, it searches and sorts', async () => {
  const page = await openPage(session.browser);
  await page.goto(`${pageFileUrl}?q=teapot`);
  assert.deepEqual(await visibleCodes(page), [418]);
  await page.fill('#query', '');
  await page.click('th[data-sort="name"] button');
  assert.equal(await page.getAttribute('th[data-sort="name"]', 'aria-sort'), 'ascending');
  assert.deepEqual(page.problems, []);
});

test('without JavaScript: the whole table sorted by code, and no search field that cannot work', async () => {
  const page = await session.open('?q=teapot&sort=-name', { javaScriptEnabled: false });
  assert.deepEqual(await visibleCodes(page), allCodes);
  assert.equal(await page.isVisible('#query'), false);
  assert.equal(await page.getAttribute('th[data-sort="code"]', 'aria-sort'), 'ascending');
  assert.equal(await page.textContent('#count'), `${rows.length} status codes`);
  assert.deepEqual(page.problems, []);
});

const highlight = (page, code) =>
  page.$eval(`[id="${code}"]`, (row) => ({
    target: row.matches(':target'),
    background: getComputedStyle(row).backgroundColor,
    inView: row.getBoundingClientRect().top >= 0 && row.getBoundingClientRect().bottom <= innerHeight,
  }));

test('#404 opens the page scrolled to its row, highlighted; following a code link moves it', async () => {
  const page = await session.open('#404');
  const target = await highlight(page, 404);
  const other = await highlight(page, 405);
  assert.equal(target.target, true);
  assert.equal(target.inView, true);
  assert.notEqual(target.background, other.background);
  await page.click('a[href="#405"]');
  assert.equal((await highlight(page, 405)).target, true);
  assert.equal((await highlight(page, 404)).target, false);
  assert.deepEqual(page.problems, []);
});

// The browser scrolls to the anchor after the script has sorted the rows (Chromium does; the page
// relies on it).
test('#404 with a sort in the address scrolls to where the sort put the row', async () => {
  const page = await session.open('?sort=-code#100');
  const target = await highlight(page, 100);
  assert.equal(target.target, true);
  assert.equal(target.inView, true);
  assert.deepEqual(page.problems, []);
});

test('a light and a dark scheme, following the system setting', async () => {
  const background = async (colorScheme) => {
    const page = await session.open('', { colorScheme });
    const colors = await page.$eval('body', (body) => {
      const style = getComputedStyle(body);
      return [style.backgroundColor, style.color];
    });
    if (colorScheme === 'dark') await page.screenshot({ path: screenshotPath('dark.png') });
    assert.deepEqual(page.problems, []);
    return colors;
  };
  assert.deepEqual(await background('light'), ['rgb(255, 255, 255)', 'rgb(31, 35, 40)']);
  assert.deepEqual(await background('dark'), ['rgb(13, 17, 23)', 'rgb(230, 237, 243)']);
});

test('on a narrow phone screen nothing scrolls sideways, filtering holds, and sorting is at hand', async () => {
  const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
  const page = await session.open('?q=client%20error', phone);
  assert.deepEqual(await visibleCodes(page), searches.get('client error'), 'rows become cards; hidden stay hidden');
  // A page wider than the screen would make the phone zoom out (innerWidth grows) or scroll sideways.
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
  assert.deepEqual(widths, [phone.viewport.width, phone.viewport.width]);
  for (const column of ['code', 'name', 'class', 'description', 'reference'])
    assert.equal(await page.isVisible(`th[data-sort="${column}"] button`), true, column);
  await page.screenshot({ path: screenshotPath('phone.png'), fullPage: false });
  assert.deepEqual(page.problems, []);
});

test('keyboard alone: Tab reaches the search field, then the headers; Enter and Space sort', async () => {
  const page = await session.open();
  // The search field's id, or the column of a header button.
  const focused = () =>
    page.evaluate(() => document.activeElement.id || document.activeElement.closest('th')?.dataset.sort);
  let presses = 0;
  while ((await focused()) !== 'query' && presses++ < 10) await page.keyboard.press('Tab');
  assert.equal(await focused(), 'query', 'the search field is within ten Tabs of the top');
  await page.keyboard.type('41');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'code');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('th[data-sort="code"]', 'aria-sort'), 'descending');
  assert.deepEqual(await visibleCodes(page), searches.get('41').slice().reverse());
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'name');
  await page.keyboard.press('Space');
  assert.equal(await page.getAttribute('th[data-sort="name"]', 'aria-sort'), 'ascending');
  assert.equal(await page.getAttribute('th[data-sort="code"]', 'aria-sort'), null);
  assert.deepEqual(page.problems, []);
});

test('the filtered view the README shows: client errors by name', async () => {
  const page = await screenshotFilteredView(session.browser, session.url, screenshotPath('filtered.png'));
  const clientErrors = rows.filter((row) => row.class === 'Client Error');
  assert.equal(await page.textContent('#count'), `${clientErrors.length} of ${rows.length} status codes`);
  assert.equal(await page.getAttribute('th[data-sort="name"]', 'aria-sort'), 'ascending');
  assert.deepEqual(page.problems, []);
});

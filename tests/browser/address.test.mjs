// The search text and the sort order live in the address (?q=teapot&sort=name, sort=-name for the
// reverse), so that a view can be shared; loading such an address, or reloading, restores it.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { browserSession, expected, openPage, visibleCodes } from './browser.mjs';

const { rows, searches } = expected(['teapot', 'client error', '5']);
const session = browserSession();

// Read from the page itself: playwright's page.url() learns of history.replaceState a moment late.
const addressOf = (page) =>
  page.evaluate(() => ({ href: location.href, search: location.search, hash: location.hash }));

const view = async (page) => ({
  query: await page.inputValue('#query'),
  codes: await visibleCodes(page),
  sorted: await page.$eval('th[aria-sort]', (th) => `${th.dataset.sort} ${th.getAttribute('aria-sort')}`),
});

test('?q=teapot&sort=name opens filtered and sorted', async () => {
  const page = await session.open('?q=teapot&sort=name');
  assert.deepEqual(await view(page), { query: 'teapot', codes: searches.get('teapot'), sorted: 'name ascending' });
  assert.deepEqual(page.problems, []);
});

test('typing and sorting write the address; reloading restores the view', async () => {
  const page = await session.open();
  await page.fill('#query', 'client error');
  assert.equal((await addressOf(page)).search, '?q=client+error');
  await page.click('th[data-sort="name"] button');
  await page.click('th[data-sort="name"] button');
  assert.equal((await addressOf(page)).search, '?q=client+error&sort=-name');
  const before = await view(page);
  assert.equal(before.sorted, 'name descending');
  const byCode = (a, b) => a - b;
  assert.deepEqual([...before.codes].sort(byCode), searches.get('client error'), 'the same rows, in name order');
  await page.reload();
  assert.deepEqual(await view(page), before);
  assert.deepEqual(page.problems, []);
});

test('the default view has a plain address; typing adds no history entries', async () => {
  const page = await session.open('?q=5&sort=-code');
  assert.deepEqual(await visibleCodes(page), searches.get('5').slice().reverse());
  const history = await page.evaluate(() => history.length);
  await page.fill('#query', '');
  await page.click('th[data-sort="code"] button');
  assert.equal((await addressOf(page)).href, session.url);
  assert.equal(await page.evaluate(() => history.length), history);
  assert.deepEqual(page.problems, []);
});

test('an address with a sort it does not know, or an empty query, shows the default view', async () => {
  const page = await openPage(session.browser);
  for (const search of ['?sort=size', '?sort=-', '?q=&sort=', '?sort=constructor', '?sort=__proto__']) {
    await page.goto(session.url + search);
    assert.deepEqual(
      await view(page),
      { query: '', codes: rows.map((row) => row.code), sorted: 'code ascending' },
      search,
    );
  }
  assert.deepEqual(page.problems, []);
});

test('a shared address keeps the code anchor: ?q=5&sort=-code#503', async () => {
  const page = await session.open('?q=5&sort=-code#503');
  assert.equal(await page.$eval('[id="503"]', (row) => row.matches(':target')), true);
  await page.fill('#query', '50');
  assert.equal((await addressOf(page)).hash, '#503');
  assert.equal((await addressOf(page)).search, '?q=50&sort=-code');
  assert.deepEqual(page.problems, []);
});

test('Enter in the search field keeps the view: no reload that would drop the sort', async () => {
  const page = await session.open('?sort=-name');
  await page.evaluate(() => {
    window.notReloaded = true;
  });
  await page.fill('#query', 'teapot');
  await page.press('#query', 'Enter');
  assert.equal(await page.evaluate(() => window.notReloaded), true);
  assert.equal((await addressOf(page)).search, '?q=teapot&sort=-name');
  assert.deepEqual(page.problems, []);
});

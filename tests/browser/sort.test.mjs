// Each column header sorts the visible rows by its column, and again the other way; the arrow and
// aria-sort follow. Code sorts as numbers, Class in 1xx→5xx order, and ties keep code order.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { browserSession, expected, visibleCodes } from './browser.mjs';

const { rows, searches } = expected(['5']);
const classOrder = ['Informational', 'Successful', 'Redirect', 'Client Error', 'Server Error'];
const lower = (text) => text.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
const byText = (key) => (a, b) => (lower(a[key]) < lower(b[key]) ? -1 : lower(a[key]) > lower(b[key]) ? 1 : 0);
const referenceNumbers = (row) => row.reference.match(/\d+/g).map(Number);

// What each column's order means, written out independently of the page's script.
const ascending = {
  code: (a, b) => a.code - b.code,
  name: byText('name'),
  class: (a, b) => classOrder.indexOf(a.class) - classOrder.indexOf(b.class),
  description: byText('description'),
  reference: (a, b) => {
    const [x, y] = [referenceNumbers(a), referenceNumbers(b)];
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
    return x.length - y.length;
  },
};
const sorted = (subset, column, descending) =>
  subset
    .slice()
    .sort((a, b) => (descending ? -1 : 1) * ascending[column](a, b) || a.code - b.code)
    .map((row) => row.code);

const session = browserSession();

const headerState = (page) =>
  page.$$eval('#codes th', (headers) =>
    headers.map((th) => [th.dataset.sort, th.getAttribute('aria-sort'), th.querySelector('.arrow').textContent]),
  );
const expectedHeaders = (column, direction) =>
  Object.keys(ascending).map((key) =>
    key === column ? [key, direction, direction === 'ascending' ? '▲' : '▼'] : [key, null, '↕'],
  );

// Code starts sorted ascending, so its first click reverses it; any other column starts ascending.
for (const column of Object.keys(ascending)) {
  test(`${column}: a click sorts by it, the next reverses, and the arrow follows`, async () => {
    const page = await session.open();
    const clicks =
      column === 'code' ? ['descending', 'ascending', 'descending'] : ['ascending', 'descending', 'ascending'];
    for (const direction of clicks) {
      await page.click(`th[data-sort="${column}"] button`);
      assert.deepEqual(await visibleCodes(page), sorted(rows, column, direction === 'descending'), direction);
      assert.deepEqual(await headerState(page), expectedHeaders(column, direction));
    }
    assert.deepEqual(page.problems, []);
  });
}

test('sorting keeps the filter: the visible rows are sorted, the hidden stay hidden', async () => {
  const page = await session.open();
  await page.fill('#query', '5');
  const visible = rows.filter((row) => searches.get('5').includes(row.code));
  for (const column of Object.keys(ascending)) {
    await page.click(`th[data-sort="${column}"] button`);
    const descending = column === 'code';  // it was ascending already
    assert.deepEqual(await visibleCodes(page), sorted(visible, column, descending), column);
  }
  await page.fill('#query', '');
  assert.deepEqual(await visibleCodes(page), sorted(rows, 'reference', false), 'clearing keeps the order');
  assert.deepEqual(page.problems, []);
});

test('before any click, the table is sorted by code and says so', async () => {
  const page = await session.open();
  assert.deepEqual(await headerState(page), expectedHeaders('code', 'ascending'));
  assert.deepEqual(page.problems, []);
});

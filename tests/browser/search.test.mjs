// The Search field filters exactly as httpstatus::search() does: the same queries go to the page
// and to the library (tests/browser/expected_rows.cpp), and the rows must agree.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { browserSession, expected, visibleCodes } from './browser.mjs';

// The queries the issues named, then the edges of the rule: case, aliases, text that is on the page but not
// searched (descriptions, badges, facts, references, "formerly"), spaces, punctuation, non-ASCII, and a
// query longer than the library folds (64 characters).
const named = ['teapot', 'client error', '41', '5', '5xx', 'not_found', 'im_a_teapot', 'continue_', 'unused_418'];
const edges = [
  '', 'TEAPOT', 'Client Error', 'CLIENT', 'xx', '4', '0', '00', '100', '599', '600', '1xx', 'found', 'not found',
  'Time-out', 'time-out', 'payload', 'Request Entity', "i'm", "I'M A TEAPOT", '(unused)', '(', 'unused', 'server',
  'error', 'redirect', 'successful', 'informational', 'formerly', 'cacheable', 'deprecated', 'rfc', '§', 'indicates',
  'idempotent', 'retry-after', 'content: never', 'resend', 'retry', '4xx', '4XX', '41x', '5x', 'x', 'xx5', '0x',
  '6', '6xx', '0', '5xxx', '1000', 'Not_Found', 'NOT-FOUND', 'request_time_out', "i'm_a", 'client_error', '_', "'",
  "''", "'404'", 'unused_306', 'UNUSED-418', 'unused_', 'continue_', 'continue__', 'e_', 'd_3', 'payload_too_large',
  'moved_temporarily', 'requested_range_not_satisfiable', 'unprocessable_entity',
  ' ', '  ', ' 404', '404 ', 'not  found', 'é', 'İ', 'K', '\u212a', 'ß', '-', "'", '"', '<', '&', '%', '*', '.*',
  '\\',
  'x'.repeat(65), 'Network Authentication Required', 'network authentication required!',
  'a'.repeat(64), 'Request Header Fields Too Large Request Header Fields Too Large Request',
];

// One page for all the searches, as a reader would use it: opened by the first test that asks.
const session = browserSession();
let openedPage;
const searchPage = async () => (openedPage ??= await session.open());

// Every prefix of what is typed: the rows follow each keystroke.
for (const query of named) {
  test(`typing "${query}" leaves the rows search("${query}") returns, at every keystroke`, async () => {
    const page = await searchPage();
    const prefixes = Array.from(query, (_, i) => query.slice(0, i + 1));
    const { searches } = expected(prefixes);
    await page.fill('#query', '');
    for (const prefix of prefixes) {
      await page.keyboard.type(prefix.at(-1));
      assert.deepEqual(await visibleCodes(page), searches.get(prefix), `after typing "${prefix}"`);
    }
    assert.ok(searches.get(query).length > 0);
    assert.deepEqual(page.problems, []);
  });
}

test('every enumerator finds its row, as search() finds its entry', async () => {
  const page = await searchPage();
  const { rows } = expected();
  for (const row of rows) {
    await page.fill('#query', row.enumerator);
    assert.ok((await visibleCodes(page)).includes(row.code), `"${row.enumerator}" shows ${row.code}`);
  }
  assert.deepEqual(page.problems, []);
});

test('clearing the field restores every row', async () => {
  const page = await searchPage();
  const { rows } = expected();
  await page.fill('#query', 'teapot');
  await page.fill('#query', '');
  assert.deepEqual(await visibleCodes(page), rows.map((row) => row.code));
  assert.equal(await page.textContent('#count'), `${rows.length} status codes`);
});

test('the count says how many rows are shown, and "no matching status codes" when none', async () => {
  const page = await searchPage();
  const { rows } = expected();
  await page.fill('#query', 'teapot');
  assert.equal(await page.textContent('#count'), `1 of ${rows.length} status codes`);
  await page.fill('#query', 'client error');
  const shown = (await visibleCodes(page)).length;
  assert.equal(await page.textContent('#count'), `${shown} of ${rows.length} status codes`);
  await page.fill('#query', 'no such code');
  assert.deepEqual(await visibleCodes(page), []);
  assert.equal(await page.textContent('#count'), 'no matching status codes');
});

// Many more queries, set into the field directly: every piece of one, two and three characters of
// the table's searched text (and the two-character pieces in capitals), the edges above, and every
// name, alias and enumerator.
test('the page and search() agree on every query tried', async (t) => {
  const page = await searchPage();
  const { rows } = expected();
  const texts = rows.flatMap((row) => [String(row.code), row.name, ...row.aliases, row.class, row.enumerator]);
  const pieces = new Set([...named, ...edges, ...texts]);
  for (const text of texts)
    for (let i = 0; i < text.length; i++) {
      pieces.add(text.slice(i, i + 1));
      pieces.add(text.slice(i, i + 2));
      pieces.add(text.slice(i, i + 2).toUpperCase());
      pieces.add(text.slice(i, i + 3));
    }
  const queries = [...pieces];
  const { searches } = expected(queries);
  const shown = await page.evaluate((list) => {
    const field = document.getElementById('query');
    const rowsShown = () => Array.from(document.querySelectorAll('#codes tbody tr'))
      .filter((row) => row.getClientRects().length > 0)
      .map((row) => Number(row.id));
    return list.map((query) => {
      field.value = query;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      return rowsShown();
    });
  }, queries);
  const disagreements = queries.filter((query, i) => JSON.stringify(shown[i]) !== JSON.stringify(searches.get(query)));
  assert.deepEqual(disagreements, [], `${queries.length} queries tried`);
  assert.ok(queries.length > 1000, `only ${queries.length} queries`);
  t.diagnostic(`${queries.length} queries, the page and search() agree on each`);
  assert.deepEqual(page.problems, []);
});

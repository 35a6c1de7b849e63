// The status-code page's search and sorting. The table is already in the page, sorted by code, so
// without this script it still reads; with it, the Search field filters the rows and the column
// headers sort them, and both are kept in the address (?q=teapot&sort=-name).
'use strict';
(() => {
  const table = document.getElementById('codes');
  const body = table.tBodies[0];
  const field = document.getElementById('query');
  const count = document.getElementById('count');
  const headers = Array.from(table.tHead.rows[0].cells);

  // ASCII only, like the library: toLowerCase() would also fold non-ASCII letters.
  const asciiLower = (text) => text.replace(/[A-Z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 32));
  // How from_name reads a name, and search its text: ASCII case ignored, '_' and '-' read as ' ',
  // apostrophes skipped ("not_found", "im a teapot").
  const foldName = (text) => asciiLower(text).replace(/'/g, '').replace(/[_-]/g, ' ');

  // Everything a search or sort needs from a row, read from the row itself once.
  const entries = Array.from(body.rows, (row) => {
    const name = row.querySelector('.phrase').textContent;
    const aliases = Array.from(row.querySelectorAll('.alias'), (alias) => alias.textContent);
    const label = row.cells[2].textContent;
    return {
      row,
      code: Number(row.id),
      name,
      label,
      description: row.cells[3].textContent,
      reference: row.cells[4].textContent,
      searched: [name, ...aliases, label, row.dataset.enumerator].map(foldName),
    };
  });

  // The rule of httpstatus::matches(). One to three characters, digits then x's ("5", "5xx", "41"),
  // are a code query: the code begins with the digits. Any other query, read as a name is, is part
  // of the name, an alias, the class label or the enumerator ("unused_418"). An empty query matches
  // every row.
  const readQuery = (query) => {
    const code = /^[0-9]+[xX]*$/.test(query) && query.length <= 3;
    return code ? { digits: query.replace(/[xX]+$/, '') } : { text: foldName(query) };
  };
  const matches = (entry, query) =>
    query.digits !== undefined
      ? String(entry.code).startsWith(query.digits)
      : entry.searched.some((text) => text.includes(query.text));

  // Numbers in a reference compare as numbers: RFC 9110 §15.4.9 before §15.4.10.
  const numbersIn = (text) => (text.match(/\d+/g) || []).map(Number);
  const compareNumbers = (a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
    return a.length - b.length;
  };
  const compareText = (a, b) => {
    const x = asciiLower(a);
    const y = asciiLower(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };

  // How each column orders two rows; ties keep code order, whichever way the column is sorted.
  const orders = {
    code: (a, b) => a.code - b.code,
    name: (a, b) => compareText(a.name, b.name),
    class: (a, b) => Math.floor(a.code / 100) - Math.floor(b.code / 100),
    description: (a, b) => compareText(a.description, b.description),
    reference: (a, b) => compareNumbers(numbersIn(a.reference), numbersIn(b.reference)),
  };
  const defaultSort = { column: 'code', descending: false };

  const state = { query: '', sort: { ...defaultSort } };

  const parseSort = (text) => {
    const descending = text.startsWith('-');
    const column = descending ? text.slice(1) : text;
    return Object.hasOwn(orders, column) ? { column, descending } : { ...defaultSort };
  };
  const sortText = ({ column, descending }) => (descending ? '-' : '') + column;

  const readAddress = () => {
    const params = new URLSearchParams(location.search);
    state.query = params.get('q') || '';
    state.sort = parseSort(params.get('sort') || '');
  };

  // replaceState, not pushState: typing should not fill the history with one entry per key.
  const writeAddress = () => {
    const params = new URLSearchParams();
    if (state.query) params.set('q', state.query);
    if (sortText(state.sort) !== sortText(defaultSort)) params.set('sort', sortText(state.sort));
    const search = params.toString();
    history.replaceState(null, '', location.pathname + (search ? '?' + search : '') + location.hash);
  };

  const filter = () => {
    const query = readQuery(state.query);
    let shown = 0;
    for (const entry of entries) {
      entry.row.hidden = !matches(entry, query);
      if (!entry.row.hidden) shown++;
    }
    count.textContent =
      shown === 0
        ? 'no matching status codes'
        : shown === entries.length
          ? `${shown} status codes`
          : `${shown} of ${entries.length} status codes`;
  };

  const sort = () => {
    const { column, descending } = state.sort;
    const order = orders[column];
    const direction = descending ? -1 : 1;
    const sorted = entries.slice().sort((a, b) => direction * order(a, b) || a.code - b.code);
    body.append(...sorted.map((entry) => entry.row));
    for (const header of headers) {
      const active = header.dataset.sort === column;
      const ariaSort = descending ? 'descending' : 'ascending';
      if (active) header.setAttribute('aria-sort', ariaSort);
      else header.removeAttribute('aria-sort');
      header.querySelector('.arrow').textContent = active ? (descending ? '▼' : '▲') : '↕';
    }
  };

  // Each header's text goes into a button: clicks, Enter and Space all sort, and Tab reaches it.
  for (const header of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    const arrow = document.createElement('span');
    arrow.className = 'arrow';
    arrow.setAttribute('aria-hidden', 'true');
    button.append(header.textContent, arrow);
    header.replaceChildren(button);
    button.addEventListener('click', () => {
      const column = header.dataset.sort;
      const again = state.sort.column === column;
      state.sort = { column, descending: again && !state.sort.descending };
      sort();
      writeAddress();
    });
  }

  field.addEventListener('input', () => {
    state.query = field.value;
    filter();
    writeAddress();
  });
  document.getElementById('search').addEventListener('submit', (event) => event.preventDefault());

  for (const element of document.querySelectorAll('.scripted')) element.hidden = false;
  readAddress();
  field.value = state.query;
  filter();
  sort();
})();

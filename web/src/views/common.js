// Pieces several views share: article lists, links, sections, the
// "not available yet" note for endpoints a store or build may lack.
import { h } from '../dom.js';
import { ApiError, enc } from '../api.js';
import { day } from '../format.js';

export function articleLink(id, title) {
  return h('a', { href: `#/article/${enc(id)}`, class: 'article-link' }, title || id);
}

export function section(title, ...children) {
  return h('section', { class: 'panel' }, h('h2', null, title), ...children);
}

// A table: headers, then rows of cells (nodes or text).
export function table(headers, rows, attrs = {}) {
  return h(
    'table',
    attrs,
    h('thead', null, h('tr', null, headers.map((t) => h('th', null, t)))),
    h('tbody', null, rows.map((cells) => h('tr', null, cells.map((c) => h('td', null, c))))),
  );
}

// Article summaries as a table: date, outlet, title (linked), events and
// quotes counts, and "copy" when the article copies its group's original.
export function articleTable(list, attrs = {}) {
  const count = (n) => (typeof n === 'number' ? String(n) : '');
  return table(
    ['date', 'outlet', 'title', 'events', 'quotes', ''],
    list.map((a) => [
      day(a.published),
      a.outlet || '',
      articleLink(a.id, a.title),
      count(a.events),
      count(a.quotes),
      a.copy_original && a.copy_original !== a.id ? 'copy' : '',
    ]),
    { class: 'articles', ...attrs },
  );
}

// Runs an API call; a 404/501 (an endpoint this server or store lacks) gives
// null instead of throwing, so a view can say what is missing.
export async function optional(promise) {
  try {
    return await promise;
  } catch (err) {
    if (err instanceof ApiError && (err.status === 404 || err.status === 501)) return { unavailable: err.message };
    throw err;
  }
}

export function unavailableNote(what, answer) {
  return h('p', { class: 'note unavailable' }, `${what} not available: ${answer.unavailable}`);
}

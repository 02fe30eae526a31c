// Search results (GET /api/search?q=): articles and quotes matching an FTS5
// query, each with its snippet (shown as text).
import { h } from '../dom.js';
import { api, enc } from '../api.js';
import { day } from '../format.js';
import { byteIndexMap } from '../utf8.js';
import { highlightNodes } from '../highlight.js';
import { articleLink, section } from './common.js';

// A hit's snippet (a string, or {text, marks}) with its matched words
// highlighted: marks are [[begin,end]...] UTF-8 byte ranges into the snippet,
// given beside it ("marks") or inside it.
export function snippetNodes(hit) {
  const snippet = hit.snippet;
  if (!snippet) return [];
  const text = typeof snippet === 'string' ? snippet : String(snippet.text || '');
  const marks = (typeof snippet === 'object' && snippet.marks) || hit.marks || [];
  const toIndex = byteIndexMap(text);
  const ranges = marks.map((m) => {
    const [b, e] = Array.isArray(m) ? m : [m.begin, m.end];
    return { begin: toIndex(b), end: toIndex(e), kind: 'match', data: {} };
  });
  return highlightNodes(text, ranges);
}

export async function renderSearch(query) {
  const q = query.get('q') || '';
  const input = document.getElementById('search-input');
  if (input && !input.value) input.value = q;
  if (!q) return h('p', { class: 'note' }, 'Type words in the search box.');
  const answer = await api('search', { q, limit: 50 });
  const articles = answer.articles || [];
  const quotes = answer.quotes || [];
  return h(
    'div',
    { class: 'search-view' },
    h('h1', null, `Search: ${q}`),
    section(
      `Articles (${articles.length})`,
      h('ol', { class: 'search-articles' }, articles.map((a) =>
        h('li', null, articleLink(a.id, a.title), ` — ${a.outlet || ''} ${day(a.published)}`, h('p', { class: 'snippet' }, snippetNodes(a))))),
    ),
    section(
      `Quotes (${quotes.length})`,
      h('ol', { class: 'search-quotes' }, quotes.map((x) =>
        h('li', null, h('b', null, x.speaker && typeof x.speaker === 'object' ? x.speaker.canonical || x.speaker.name : x.speaker || ''), ': ',
          h('a', { href: `#/quote/${enc(x.article)}/${x.ordinal}` }, x.snippet ? snippetNodes(x) : x.words || '')))),
    ),
  );
}

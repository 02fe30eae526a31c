// Quotes views: speaker search (GET /api/quotes?speaker=&search=) and one
// quote with its variants in other articles and their word differences
// (GET /api/quotes/{article}/{ordinal}).
import { h } from '../dom.js';
import { api, items, enc } from '../api.js';
import { day, speakerLabel } from '../format.js';
import { wordDiff, editsToOps } from '../worddiff.js';
import { articleLink, section } from './common.js';

function searchForm(speaker, search) {
  const form = h(
    'form',
    { class: 'quotes-form', id: 'quotes-form' },
    h('label', null, 'Speaker ', h('input', { name: 'speaker', value: speaker, placeholder: 'e.g. Stoltenberg' })),
    h('label', null, 'Words ', h('input', { name: 'search', value: search, placeholder: 'words in the quote' })),
    h('button', { type: 'submit' }, 'Find quotes'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const params = new URLSearchParams();
    for (const key of ['speaker', 'search']) {
      const value = String(data.get(key) || '').trim();
      if (value) params.set(key, value);
    }
    location.hash = `#/quotes?${params}`;
  });
  return form;
}

function quoteItem(q) {
  return h(
    'li',
    { class: 'quote-item' },
    h('span', { class: 'speaker' }, speakerLabel(q)),
    q.speaker?.actor ? h('span', { class: 'actor' }, ` [${q.speaker.actor}]`) : null,
    ': ',
    h('q', null, q.text || q.words || ''),
    ' ',
    h('span', { class: 'meta' }, day(q.date || q.published)),
    ' ',
    h('a', { href: `#/quote/${enc(q.article)}/${q.ordinal}`, class: 'variants-link' }, 'variants'),
    ' · ',
    articleLink(q.article, 'article'),
  );
}

export async function renderQuotes(query) {
  const speaker = query.get('speaker') || '';
  const search = query.get('search') || '';
  const parts = [h('h1', null, 'Quotes'), searchForm(speaker, search)];
  const answer = await api('quotes', { speaker, search, limit: 100 });
  const list = items(answer);
  const total = typeof answer.total === 'number' ? answer.total : list.length;
  parts.push(h('p', { class: 'summary', id: 'quotes-summary' }, `${total} quotes${speaker ? ` by “${speaker}”` : ''}${search ? ` with “${search}”` : ''}`));
  parts.push(h('ol', { class: 'quote-results' }, list.map(quoteItem)));
  return h('div', { class: 'quotes-view' }, parts);
}

// A diff as nodes: dropped words struck through, added words marked.
// Word ops (wordDiff) are joined by spaces; text ops (editsToOps) as they are.
export function diffNodes(ops) {
  const out = [];
  ops.forEach((o, i) => {
    const text = o.text ?? o.word;
    if (i && o.text === undefined) out.push(' ');
    out.push(o.op === 'same' ? text : h(o.op, { class: `diff-${o.op}` }, text));
  });
  return out;
}

function variantItem(quote, v) {
  const text = v.words || v.text || '';
  const mine = quote.text || quote.words || '';
  // The server's edits (made by the rule it names) when given, else our own diff.
  const ops = Array.isArray(v.edits) ? editsToOps(mine, text, v.edits) : wordDiff(mine, text);
  // Edits as the server counts them (a replacement is one), else changed pieces.
  const changed = Array.isArray(v.edits) ? v.edits.length : ops.filter((o) => o.op !== 'same').length;
  return h(
    'li',
    { class: `variant kind-${v.kind || 'unknown'}` },
    h('span', { class: 'kind' }, v.kind || ''),
    ' ',
    articleLink(v.article, v.title || v.outlet || v.article),
    v.outlet && v.title ? ` (${v.outlet})` : '',
    v.rule ? ` — ${v.rule}` : '',
    h('div', { class: 'diff' }, diffNodes(ops)),
    h('p', { class: 'meta' }, changed ? `${changed} ${changed === 1 ? 'edit' : 'edits'}` : 'same words', v.date ? ` · ${v.date}` : '', v.speaker ? ` · ${typeof v.speaker === 'string' ? v.speaker : speakerLabel(v)}` : ''),
  );
}

export async function renderQuote(article, ordinal) {
  const answer = await api(`quotes/${enc(article)}/${ordinal}`);
  const quote = answer.quote || answer;
  const variants = answer.variants || quote.variants || [];
  return h(
    'div',
    { class: 'quote-view' },
    h('h1', null, `Quote by ${speakerLabel(quote)}`),
    h('blockquote', { class: 'quote-text' }, quote.text || quote.words || ''),
    h('p', { class: 'meta' }, day(quote.date), ' · rule ', quote.rule || '', ' · ', articleLink(quote.article || article, 'in its article')),
    section(
      `Variants (${variants.length})`,
      variants.length
        ? h('ul', { class: 'variants' }, variants.map((v) => variantItem(quote, v)))
        : h('p', { class: 'note', id: 'no-variants' }, answer.variants_stored === false
            ? 'Quote links are not stored by this dyad yet, so variants cannot be shown.'
            : 'No other article carries this quote.'),
    ),
  );
}

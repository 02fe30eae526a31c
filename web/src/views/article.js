// Article view: the stored text with events, quotes and copied passages
// highlighted (GET /api/articles/{id}). Clicking an event shows its
// sentence, actors, CAMEO code, Goldstein score and the dictionary rule;
// clicking a quote shows its speaker; clicking a copied passage opens the
// other article of the copy link at the aligned passage (#/article/ID?at=B-E,
// byte offsets, highlighted there).
import { h, replace } from '../dom.js';
import { api, enc } from '../api.js';
import { byteIndexMap } from '../utf8.js';
import { highlightNodes } from '../highlight.js';
import { actorLabel, day, speakerLabel, QUAD_NAMES, plural } from '../format.js';
import { articleLink, section } from './common.js';

// {begin,end} or [begin,end] -> [begin,end] in bytes, or null.
function byteSpan(value) {
  if (Array.isArray(value) && value.length >= 2) return [Number(value[0]), Number(value[1])];
  if (value && typeof value === 'object' && 'begin' in value && 'end' in value) return [Number(value.begin), Number(value.end)];
  return null;
}

// A copied passage as {mine: [b,e], other: [b,e]} from either API form.
export function passageSpans(p) {
  if ('other_begin' in p) return { mine: [p.begin, p.end], other: [p.other_begin, p.other_end] };
  return { mine: byteSpan(p.article), other: byteSpan(p.other) };
}

function originalId(article) {
  const o = article.original;
  if (!o) return '';
  if (typeof o === 'string') return o;
  return o.id || o.original || '';
}

function eventSentence(article, event, toIndex) {
  if (event.sentence_text) return event.sentence_text;
  const span = byteSpan(event.sentence_span) || byteSpan((article.sentences || [])[event.sentence]);
  return span ? article.text.slice(toIndex(span[0]), toIndex(span[1])) : '';
}

function field(label, value) {
  return [h('dt', null, label), h('dd', null, value === '' || value === undefined || value === null ? '—' : value)];
}

function eventDetail(article, event, toIndex) {
  const quad = event.quad_class;
  return h(
    'div',
    { class: 'event-detail' },
    h('h3', null, `Event ${event.code}`),
    h('blockquote', { class: 'sentence' }, eventSentence(article, event, toIndex)),
    h(
      'dl',
      null,
      field('source', actorLabel(event.source)),
      field('target', actorLabel(event.target)),
      field('code', `${event.code}${event.root ? ` (root ${event.root})` : ''}`),
      field('quad class', quad ? `${quad} ${QUAD_NAMES[quad] || ''}` : ''),
      field('Goldstein', typeof event.goldstein === 'number' ? event.goldstein.toFixed(1) : ''),
      field('verb entry', event.verb_entry),
      field('pattern entry', event.pattern_entry),
      field('rule', event.rule),
      field('made by', event.made_by),
      field('date', event.date),
    ),
  );
}

function quoteDetail(article, quote) {
  const sp = quote.speaker && typeof quote.speaker === 'object' ? quote.speaker : {};
  return h(
    'div',
    { class: 'quote-detail' },
    h('h3', null, `Quote ${quote.ordinal}`),
    h('blockquote', null, quote.text || quote.words || ''),
    h(
      'dl',
      null,
      field('speaker', speakerLabel(quote)),
      field('as written', sp.name),
      field('kind', sp.kind),
      field('actor', sp.actor || quote.actor),
      field('rule', quote.rule),
    ),
    h('a', { href: `#/quote/${enc(article.id)}/${quote.ordinal}` }, 'Variants of this quote'),
  );
}

// Every link's passages, in this article's string indexes, with the target.
function copyRanges(article, toIndex) {
  const original = originalId(article);
  const links = [...(article.copies || [])];
  // The original's passages first, so where links overlap a click goes there.
  links.sort((x, y) => (y.other === original) - (x.other === original));
  const ranges = [];
  links.forEach((link) => {
    for (const p of link.passages || []) {
      const { mine, other } = passageSpans(p);
      if (!mine || !other) continue;
      ranges.push({
        begin: toIndex(mine[0]),
        end: toIndex(mine[1]),
        kind: 'copy',
        data: { copyOther: link.other, copyAt: `${other[0]}-${other[1]}`, copyKind: link.kind || '' },
      });
    }
  });
  return ranges;
}

function ranges(article, toIndex, at) {
  const out = [];
  (article.events || []).forEach((e, i) => {
    for (const actor of [e.source, e.target]) {
      const span = byteSpan(actor);
      if (span) out.push({ begin: toIndex(span[0]), end: toIndex(span[1]), kind: 'actor', data: { event: i } });
    }
    const verb = byteSpan(e.verb);
    if (verb) out.push({ begin: toIndex(verb[0]), end: toIndex(verb[1]), kind: 'event', data: { event: i } });
  });
  (article.quotes || []).forEach((q, i) => {
    const span = byteSpan(q.inner) || byteSpan(q.outer);
    if (span) out.push({ begin: toIndex(span[0]), end: toIndex(span[1]), kind: 'quote', data: { quote: i } });
  });
  out.push(...copyRanges(article, toIndex));
  if (at) out.push({ begin: toIndex(at[0]), end: toIndex(at[1]), kind: 'at', data: {} });
  return out;
}

function parseAt(value) {
  const m = /^(\d+)-(\d+)$/.exec(value || '');
  return m ? [Number(m[1]), Number(m[2])] : null;
}

function provenanceNote(article) {
  const original = originalId(article);
  const members = article.original && Array.isArray(article.original.members) ? article.original.members.length : 2;
  if (!original || members < 2) return null;
  const rule = article.original && typeof article.original === 'object' ? article.original.rule : '';
  if (original === article.id) {
    return h('p', { class: 'provenance' }, `The original of its copy group${rule ? ` (${rule})` : ''}.`);
  }
  return h('p', { class: 'provenance' }, 'Copied; the original is ', articleLink(original, original), rule ? ` (${rule})` : '', '.');
}

function copiesList(article) {
  const links = article.copies || [];
  if (!links.length) return h('p', { class: 'note' }, 'No copy links.');
  return h(
    'ul',
    { class: 'copies' },
    links.map((link) =>
      h(
        'li',
        null,
        h('span', { class: 'kind' }, link.kind || ''),
        link.direction === 'copied_by' ? ' copied by ' : link.direction === 'copies' ? ' copies ' : ' ',
        articleLink(link.other, link.other_title || link.other),
        ` — ${link.rule || ''}${typeof link.changed_words === 'number' ? `, ${plural(link.changed_words, 'changed word')}` : ''}`,
      ),
    ),
  );
}

// Links to other articles show their id until their title arrives (one
// request per linked article, at most 12, in the background).
function nameLinkedArticles(node) {
  const links = [...node.querySelectorAll('.provenance a.article-link, .copies a.article-link')];
  const ids = [...new Set(links.map((a) => decodeURIComponent(a.getAttribute('href').split('/').pop())))].slice(0, 12);
  for (const id of ids) {
    api(`articles/${enc(id)}`)
      .then((other) => {
        for (const a of links) {
          if (a.getAttribute('href') === `#/article/${enc(id)}` && a.textContent === id) {
            a.textContent = `${other.title || id} (${[other.outlet, day(other.published)].filter(Boolean).join(', ')})`;
          }
        }
      })
      .catch(() => {});
  }
}

export async function renderArticle(id, query) {
  const article = await api(`articles/${enc(id)}`);
  const text = article.text || '';
  const toIndex = byteIndexMap(text);
  const at = parseAt(query.get('at'));
  const events = article.events || [];
  const quotes = article.quotes || [];

  const detail = h('div', { id: 'detail', class: 'detail' }, h('p', { class: 'note' }, 'Click a highlighted event, quote or copied passage.'));
  const show = (node) => {
    replace(detail, node);
    detail.scrollIntoView?.({ block: 'nearest' });
  };

  const body = h('div', { class: 'article-text', id: 'article-text' }, highlightNodes(text, ranges(article, toIndex, at)));
  body.addEventListener('click', (ev) => {
    const span = ev.target.closest?.('span');
    if (!span) return;
    if (span.dataset.event !== undefined) show(eventDetail(article, events[Number(span.dataset.event)], toIndex));
    else if (span.dataset.quote !== undefined) show(quoteDetail(article, quotes[Number(span.dataset.quote)]));
    else if (span.dataset.copyOther) location.hash = `#/article/${enc(span.dataset.copyOther)}?at=${span.dataset.copyAt}`;
  });

  const eventList = h(
    'ol',
    { class: 'event-list' },
    events.map((e) =>
      h(
        'li',
        null,
        h('button', { type: 'button', class: 'link', onclick: () => show(eventDetail(article, e, toIndex)) },
          `${e.code} ${actorLabel(e.source)} → ${actorLabel(e.target)}`),
      ),
    ),
  );
  const quoteList = h(
    'ol',
    { class: 'quote-list' },
    quotes.map((q) =>
      h('li', null, h('button', { type: 'button', class: 'link', onclick: () => show(quoteDetail(article, q)) }, `${speakerLabel(q)}: ${q.text || ''}`)),
    ),
  );

  const meta = [article.outlet, day(article.published), article.byline].filter(Boolean).join(' · ');
  const node = h(
    'article',
    { class: 'article-view', dataset: { article: article.id } },
    h('h1', null, article.title || article.id),
    h('p', { class: 'meta' }, meta, article.url ? [' · ', h('a', { href: article.url, rel: 'noreferrer noopener', target: '_blank' }, 'source')] : null),
    provenanceNote(article),
    h(
      'p',
      { class: 'legend' },
      h('span', { class: 'hl-event' }, 'event verb'), ' ',
      h('span', { class: 'hl-actor' }, 'actor'), ' ',
      h('span', { class: 'hl-quote' }, 'quote'), ' ',
      h('span', { class: 'hl-copy' }, 'copied passage'),
      at ? [' ', h('span', { class: 'hl-at' }, 'aligned passage')] : null,
    ),
    h(
      'div',
      { class: 'columns' },
      body,
      h(
        'aside',
        null,
        detail,
        section(`Events (${events.length})`, eventList),
        section(`Quotes (${quotes.length})`, quoteList),
        section('Copies', copiesList(article)),
      ),
    ),
  );
  node.onShown = () => {
    const target = body.querySelector('.hl-at');
    if (target) target.scrollIntoView({ block: 'center' });
    nameLinkedArticles(node);
  };
  return node;
}

// Story view (GET /api/stories/{id}): its articles along a timeline (dates on
// x, one row per outlet, a dot per article linking to it), its copy groups,
// key actors, events and quotes.
import { h, svg } from '../dom.js';
import { api, enc } from '../api.js';
import { actorLabel, day, speakerLabel } from '../format.js';
import { articleLink, section, table } from './common.js';

const DAY_MS = 86400000;

// The story's articles by date: "members" (as `dyad story --json` gives
// them, id in "article") or "articles" (id in "id").
export function articleList(story) {
  const list = Array.isArray(story.members) ? story.members : Array.isArray(story.articles) ? story.articles : [];
  return list
    .filter((a) => a && (a.id || a.article))
    .map((a) => ({ ...a, id: a.id || a.article }))
    .sort((x, y) => String(x.published || '').localeCompare(String(y.published || '')));
}

function copyKind(a) {
  return a.copy_kind || a.kind || (a.copy && a.copy.kind) || '';
}

function originalOf(a) {
  const o = a.copy_of || a.copy_original || a.original;
  if (!o) return '';
  return typeof o === 'string' ? o : o.id || '';
}

// The timeline as SVG: x from the first to the last day, a row per outlet.
export function timeline(articles) {
  // Full timestamps when given, so articles of one day spread by hour.
  const when = (a) => (Number.isNaN(Date.parse(a.published)) ? Date.parse(day(a.published)) : Date.parse(a.published));
  const dated = articles.filter((a) => !Number.isNaN(when(a)));
  const undated = articles.length - dated.length;
  const undatedNote = undated ? h('p', { class: 'note undated' }, `${undated} undated article${undated === 1 ? '' : 's'} not on the timeline.`) : null;
  if (!dated.length) return h('p', { class: 'note' }, 'No dated articles.');
  const outlets = [...new Set(dated.map((a) => a.outlet || '(unknown outlet)'))].sort();
  const times = dated.map(when);
  const first = Math.min(...times);
  const last = Math.max(...times);
  const span = Math.max(last - first, DAY_MS);
  const left = 190;
  const width = 820;
  const rowH = 26;
  const top = 10;
  const plotW = width - left - 60;
  const height = top + outlets.length * rowH + 30;
  const x = (t) => left + ((t - first) / span) * plotW;
  const parts = [];
  outlets.forEach((outlet, i) => {
    const y = top + i * rowH + rowH / 2;
    parts.push(svg('line', { x1: left, x2: left + plotW, y1: y, y2: y, class: 'row-line' }));
    parts.push(svg('text', { x: left - 8, y: y + 4, 'text-anchor': 'end', class: 'outlet-label' }, outlet));
  });
  const ticks = span <= 14 * DAY_MS ? Math.round(span / DAY_MS) : 6;
  for (let k = 0; k <= ticks; k++) {
    const t = first + (span * k) / ticks;
    parts.push(svg('text', { x: x(t), y: height - 8, 'text-anchor': 'middle', class: 'tick' }, new Date(t).toISOString().slice(0, 10)));
  }
  for (const a of dated) {
    const row = outlets.indexOf(a.outlet || '(unknown outlet)');
    const cy = top + row * rowH + rowH / 2;
    const kind = copyKind(a);
    parts.push(
      svg(
        'a',
        { href: `#/article/${enc(a.id)}`, class: 'dot-link', dataset: { article: a.id } },
        svg('circle', { cx: x(when(a)), cy, r: 7, class: `dot ${kind ? 'copy' : 'original'}` }),
        svg('title', null, `${day(a.published)} ${a.outlet || ''}: ${a.title || a.id}${kind ? ` (${kind})` : ''}`),
      ),
    );
  }
  return [
    svg('svg', { class: 'timeline', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': 'articles by outlet over time' }, parts),
    undatedNote,
  ];
}

function copyGroups(articles) {
  const groups = new Map();
  for (const a of articles) {
    const original = originalOf(a);
    if (!original) continue;
    if (!groups.has(original)) groups.set(original, []);
    groups.get(original).push(a);
  }
  const real = [...groups.entries()].filter(([original, members]) => members.some((m) => m.id !== original));
  if (!real.length) return h('p', { class: 'note' }, 'No copies among these articles.');
  const byId = new Map(articles.map((a) => [a.id, a]));
  return h(
    'ul',
    { class: 'copy-groups' },
    real.map(([original, members]) =>
      h(
        'li',
        null,
        'Original ',
        articleLink(original, byId.get(original)?.title || original),
        ': ',
        members.filter((m) => m.id !== original).map((m, i) => [i ? ', ' : '', articleLink(m.id, `${m.outlet || m.id}`), copyKind(m) ? ` (${copyKind(m)})` : '']),
      ),
    ),
  );
}

function keyActors(story) {
  const list = story.key_actors || story.actors || [];
  if (!list.length) return null;
  return h('p', { class: 'key-actors' }, 'Key actors: ', list.map((a) => (typeof a === 'string' ? a : `${a.code || a.actor}${a.events ? ` (${a.events})` : a.count ? ` (${a.count})` : ''}`)).join(', '));
}

export async function renderStory(id) {
  const story = await api(`stories/${enc(id)}`);
  const articles = articleList(story);
  const events = story.events || [];
  const quotes = story.quotes || story.top_quotes || [];
  const outlets = new Set(articles.map((a) => a.outlet));
  return h(
    'div',
    { class: 'story-view', dataset: { story: String(story.id ?? id) } },
    h('h1', null, story.label || `Story ${id}`),
    h('p', { class: 'meta' }, `${articles.length} articles from ${outlets.size} outlets, ${day(articles[0]?.published)} to ${day(articles[articles.length - 1]?.published)}`),
    keyActors(story),
    section('Timeline', timeline(articles)),
    section(
      'Articles',
      table(
        ['date', 'outlet', 'title', 'copy'],
        articles.map((a) => [day(a.published), a.outlet || '', articleLink(a.id, a.title), copyKind(a)]),
        { class: 'articles' },
      ),
    ),
    section('Copy groups', copyGroups(articles)),
    section(
      `Events (${events.length})`,
      events.length
        ? table(
            ['date', 'source', 'code', 'target', 'sources', 'article'],
            events.map((e) => [e.date || '', actorLabel(e.source), e.code || '', actorLabel(e.target), String(e.sources ?? ''), e.article ? articleLink(e.article, 'open') : '']),
            { class: 'events' },
          )
        : h('p', { class: 'note' }, 'No events.'),
    ),
    section(
      `Quotes (${quotes.length})`,
      quotes.length
        ? h('ul', { class: 'quotes' }, quotes.map((q) => h('li', null, h('b', null, speakerLabel(q)), ': ', `“${q.text || q.words || ''}” `, Number.isInteger(q.ordinal) ? h('a', { href: `#/quote/${enc(q.article)}/${q.ordinal}` }, 'variants') : q.article ? articleLink(q.article, 'article') : '', q.articles > 1 ? ` (in ${q.articles} articles)` : '')))
        : h('p', { class: 'note' }, 'No quotes.'),
    ),
  );
}

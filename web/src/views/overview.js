// Overview: the store's counts (GET /api/stats), latest stories (or latest
// articles while the store has no stories), the most active dyads.
import { h } from '../dom.js';
import { api, items, enc } from '../api.js';
import { day } from '../format.js';
import { section, table, articleTable, optional, unavailableNote } from './common.js';

const COUNTS = [
  ['articles', 'articles'],
  ['outlets', 'outlets'],
  ['events', 'events'],
  ['quotes', 'quotes'],
  ['speakers', 'speakers'],
  ['copy_groups', 'copy groups'],
  ['stories', 'stories'],
];

function countCards(stats) {
  return h(
    'dl',
    { class: 'counts' },
    COUNTS.filter(([key]) => typeof stats[key] === 'number').map(([key, label]) =>
      h('div', { class: 'count', dataset: { count: key } }, h('dt', null, label), h('dd', null, stats[key].toLocaleString('en'))),
    ),
  );
}

function storyTable(stories) {
  return table(
    ['from', 'to', 'story', 'articles', 'outlets'],
    stories.map((s) => [
      day(s.first || s.first_date || s.from),
      day(s.last || s.last_date || s.to),
      h('a', { href: `#/story/${enc(s.id)}`, class: 'story-link' }, s.label || s.id),
      String(s.articles ?? s.article_count ?? ''),
      String(s.outlets ?? s.outlet_count ?? ''),
    ]),
    { class: 'stories' },
  );
}

function dyadTable(dyads) {
  return table(
    ['source', 'target', 'events', ''],
    dyads.map((d) => [
      d.source || '—',
      d.target || '—',
      String(d.events),
      d.source && d.target
        ? h('a', { href: `#/relations?a=${enc(d.source)}&b=${enc(d.target)}` }, 'relations')
        : '',
    ]),
    { class: 'dyads' },
  );
}

export async function renderOverview() {
  const [stats, stories] = await Promise.all([api('stats'), optional(api('stories', { limit: 20 }))]);
  const parts = [h('h1', null, 'Overview'), countCards(stats)];
  if (stats.first_published && stats.last_published) {
    parts.push(h('p', { class: 'span' }, `Published ${day(stats.first_published)} to ${day(stats.last_published)}`));
  }
  if (stories.unavailable) {
    const latest = await api('articles', { limit: 20 });
    parts.push(section('Latest stories', unavailableNote('Stories', stories)));
    parts.push(section('Latest articles', articleTable(items(latest), { id: 'latest-articles' })));
  } else {
    const list = items(stories);
    parts.push(section('Latest stories', list.length ? storyTable(list) : h('p', { class: 'note' }, 'No stories stored.')));
  }
  const dyads = Array.isArray(stats.top_dyads) ? stats.top_dyads : [];
  parts.push(section('Most active dyads', dyads.length ? dyadTable(dyads) : h('p', { class: 'note' }, 'No events stored.')));
  return h('div', { class: 'overview' }, parts);
}

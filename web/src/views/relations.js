// Relations view (GET /api/relations): two actors (codes or aliases such as
// NATO, CHN), monthly event counts by QuadClass as stacked bars and the mean
// Goldstein score as a line; clicking a month (bar or table row) lists its
// events (GET /api/relations/events).
import {
  Chart,
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  Legend,
} from 'chart.js';
import { h, replace } from '../dom.js';
import { api, items, enc } from '../api.js';
import { actorLabel, plural, QUAD_NAMES, QUAD_COLORS } from '../format.js';
import { articleLink, section, table, optional, unavailableNote } from './common.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

function form(a, b, by, direction, actors) {
  const list = h('datalist', { id: 'actor-codes' }, actors.map((code) => h('option', { value: code })));
  const select = (name, value, options) =>
    h('select', { name }, options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)));
  return h(
    'form',
    { class: 'relations-form', id: 'relations-form' },
    list,
    h('label', null, 'Actor A ', h('input', { name: 'a', value: a, list: 'actor-codes', required: true, placeholder: 'NATO' })),
    h('label', null, 'Actor B ', h('input', { name: 'b', value: b, list: 'actor-codes', required: true, placeholder: 'CHN' })),
    h('label', null, 'by ', select('by', by, [['month', 'month'], ['week', 'week'], ['day', 'day']])),
    h('label', null, 'direction ', select('direction', direction, [['both', 'both'], ['forward', 'A → B'], ['backward', 'B → A']])),
    h('button', { type: 'submit' }, 'Show'),
  );
}

// The answer's buckets ("buckets", or "points" as `dyad relations --json`
// names them), each with q1..q4 (or verbal_cooperation ... material_conflict).
const QUAD_KEYS = ['verbal_cooperation', 'material_cooperation', 'verbal_conflict', 'material_conflict'];
export function relationBuckets(answer) {
  const list = answer.buckets || answer.points || [];
  return list.map((bk) => {
    const out = { ...bk };
    for (let q = 1; q <= 4; q++) out[`q${q}`] = Number(bk[`q${q}`] ?? bk[QUAD_KEYS[q - 1]] ?? 0);
    out.total = Number(bk.total ?? out.q1 + out.q2 + out.q3 + out.q4);
    return out;
  });
}

function chart(canvas, buckets, onPick) {
  const labels = buckets.map((bk) => bk.bucket);
  const datasets = [1, 2, 3, 4].map((q) => ({
    type: 'bar',
    label: `Q${q} ${QUAD_NAMES[q]}`,
    data: buckets.map((bk) => bk[`q${q}`] || 0),
    backgroundColor: QUAD_COLORS[q],
    stack: 'quad',
    maxBarThickness: 80,
    yAxisID: 'y',
    order: 2,
  }));
  datasets.push({
    type: 'line',
    label: 'Goldstein mean',
    data: buckets.map((bk) => (bk.total ? bk.goldstein_mean : null)),
    borderColor: '#222',
    backgroundColor: '#222',
    yAxisID: 'goldstein',
    spanGaps: true,
    order: 1,
  });
  return new Chart(canvas, {
    data: { labels, datasets },
    options: {
      animation: false,
      responsive: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { stacked: true },
        y: { stacked: true, beginAtZero: true, title: { display: true, text: 'events' }, ticks: { precision: 0 } },
        goldstein: { position: 'right', min: -10, max: 10, title: { display: true, text: 'Goldstein' }, grid: { drawOnChartArea: false } },
      },
      onClick: (_event, elements, c) => {
        const hit = elements[0] || c.getElementsAtEventForMode(_event, 'index', { intersect: false }, false)[0];
        if (hit) onPick(buckets[hit.index].bucket);
      },
    },
  });
}

function eventsTable(list) {
  return table(
    ['date', 'source', 'code', 'target', 'goldstein', 'article'],
    list.map((e) => [
      e.date || '',
      actorLabel(e.source),
      e.code || '',
      actorLabel(e.target),
      typeof e.goldstein === 'number' ? e.goldstein.toFixed(1) : '',
      e.article ? articleLink(e.article, e.title || 'open') : '',
    ]),
    { class: 'events', id: 'bucket-events-table' },
  );
}

export async function renderRelations(query) {
  const a = query.get('a') || '';
  const b = query.get('b') || '';
  const by = query.get('by') || 'month';
  const direction = query.get('direction') || 'both';
  const stats = await optional(api('stats'));
  const actors = [...new Set((stats.top_dyads || []).flatMap((d) => [d.source, d.target]).filter(Boolean))].sort();
  const theForm = form(a, b, by, direction, actors);
  theForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(theForm);
    const params = new URLSearchParams();
    for (const key of ['a', 'b', 'by', 'direction']) params.set(key, String(data.get(key) || '').trim());
    location.hash = `#/relations?${params}`;
  });
  const parts = [h('h1', null, 'Relations'), theForm];
  if (!a || !b) {
    parts.push(h('p', { class: 'note' }, 'Pick two actors (codes or aliases such as NATO and CHN).'));
    return h('div', { class: 'relations-view' }, parts);
  }
  const answer = await optional(api('relations', { a, b, by, direction }));
  if (answer.unavailable) {
    parts.push(unavailableNote('Relations', answer));
    return h('div', { class: 'relations-view' }, parts);
  }
  const buckets = relationBuckets(answer);
  const total = buckets.reduce((n, bk) => n + (bk.total || 0), 0);
  parts.push(h('p', { class: 'summary', id: 'relations-summary' }, `${answer.a || a} and ${answer.b || b}: ${plural(total, 'event')} in ${plural(buckets.length, by)}`));
  const eventsBox = h('div', { id: 'bucket-events' }, h('p', { class: 'note' }, `Click a ${by} to list its events.`));
  const pick = async (bucket) => {
    replace(eventsBox, h('p', { class: 'loading' }, `Loading ${bucket}…`));
    try {
      const list = items(await api('relations/events', { a, b, by, direction, bucket, limit: 200 }));
      replace(eventsBox, h('h3', { id: 'bucket-title' }, `${bucket}: ${list.length} events`), eventsTable(list));
    } catch (err) {
      replace(eventsBox, h('p', { class: 'error' }, err.message));
    }
  };
  const canvas = h('canvas', { id: 'relations-chart', width: 900, height: 360 });
  const bucketTable = table(
    ['bucket', 'Q1', 'Q2', 'Q3', 'Q4', 'total', 'Goldstein mean'],
    buckets.map((bk) => [
      h('button', { type: 'button', class: 'link bucket', dataset: { bucket: bk.bucket }, onclick: () => pick(bk.bucket) }, bk.bucket),
      String(bk.q1 || 0), String(bk.q2 || 0), String(bk.q3 || 0), String(bk.q4 || 0), String(bk.total || 0),
      bk.total ? Number(bk.goldstein_mean).toFixed(2) : '',
    ]),
    { class: 'buckets' },
  );
  parts.push(section('By QuadClass', buckets.length ? canvas : h('p', { class: 'note' }, 'No events between these actors.')), section('Events', eventsBox), section('Buckets', bucketTable));
  const node = h('div', { class: 'relations-view' }, parts);
  node.onShown = () => {
    if (buckets.length) canvas.dyadChart = chart(canvas, buckets, pick);
  };
  return node;
}

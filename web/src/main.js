// dyad's web page: hash routing to one view per page, the search box.
//
// Every view is an async function (route parameters, query) -> Node.
// Routes: #/ overview, #/story/ID, #/article/ID?at=BEGIN-END (bytes),
// #/relations?a=&b=, #/quotes?speaker=, #/quote/ARTICLE/ORDINAL, #/search?q=.
import './style.css';
import { h, replace } from './dom.js';
import { ApiError } from './api.js';
import { renderOverview } from './views/overview.js';
import { renderStory } from './views/story.js';
import { renderArticle } from './views/article.js';
import { renderRelations } from './views/relations.js';
import { renderQuotes, renderQuote } from './views/quotes.js';
import { renderSearch } from './views/search.js';

const routes = [
  [/^\/?$/, () => renderOverview],
  [/^\/story\/([^/]+)$/, (m) => (q) => renderStory(decodeURIComponent(m[1]), q)],
  [/^\/article\/([^/]+)$/, (m) => (q) => renderArticle(decodeURIComponent(m[1]), q)],
  [/^\/relations$/, () => renderRelations],
  [/^\/quotes$/, () => renderQuotes],
  [
    /^\/quote\/([^/]+)\/(\d+)$/,
    (m) => (q) => renderQuote(decodeURIComponent(m[1]), Number(m[2]), q),
  ],
  [/^\/search$/, () => renderSearch],
];

// Splits location.hash into a path and its query parameters.
export function parseHash(hash) {
  const raw = hash.replace(/^#/, '') || '/';
  const at = raw.indexOf('?');
  const path = at < 0 ? raw : raw.slice(0, at);
  const query = new URLSearchParams(at < 0 ? '' : raw.slice(at + 1));
  return { path, query };
}

// An error shown in the view: the API's message, as text.
export function showError(view, err) {
  const status = err instanceof ApiError && err.status ? ` (HTTP ${err.status})` : '';
  replace(view, h('p', { class: 'error', role: 'alert' }, `${err.message}${status}`));
}

let generation = 0;

async function route() {
  const view = document.getElementById('view');
  const hash = location.hash;
  const { path, query } = parseHash(hash);
  const mine = ++generation;
  for (const link of document.querySelectorAll('[data-nav]')) {
    const section = path.split('/')[1] || 'overview';
    link.classList.toggle('active', link.dataset.nav === section || (section === 'quote' && link.dataset.nav === 'quotes'));
  }
  const match = routes.map(([re, make]) => [path.match(re), make]).find(([m]) => m);
  view.dataset.state = 'loading';
  replace(view, h('p', { class: 'loading' }, 'Loading…'));
  try {
    if (!match) throw new ApiError(404, `no page at ${path}`);
    // A view resolves to its node; a late answer for a page left meanwhile is dropped.
    const node = await match[1](match[0])(query);
    if (mine === generation) {
      replace(view, node);
      if (typeof node.onShown === 'function') node.onShown();
    }
  } catch (err) {
    if (mine === generation) showError(view, err);
  }
  // data-route says which page the view shows once ready (tests wait on it).
  if (mine === generation) {
    view.dataset.route = hash;
    view.dataset.state = 'ready';
  }
}

document.getElementById('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = document.getElementById('search-input').value.trim();
  if (q) location.hash = `#/search?q=${encodeURIComponent(q)}`;
});

window.addEventListener('hashchange', route);
route();

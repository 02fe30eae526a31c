// End-to-end tests of the web page: `dyad serve` on the sample corpus plus a
// hostile article, Debian's Chromium (headless, playwright-core) clicking
// through overview -> story -> article -> event -> copied passage ->
// original, relations NATO/CHN, quotes, search; asserting what is on screen
// against the API and the bytes of the stored text, and that HTML inside an
// article is shown as text, never run.
// Run: DYAD_BIN=build/dyad DYAD_WEB_DIR=build/web node --test web/tests/e2e.test.mjs
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { checkInputs, makeStore, startServer, getJson, byteSlice, dyad, chromiumPath } from './harness.mjs';

const HOSTILE_TEXT =
  'Москва, 3 июля. “NATO must stop its provocations,” said Foreign Minister Sergei Lavrov on Tuesday.\n\n' +
  'Russia accused NATO of provocations near its borders. China condemned NATO over the summit statement.\n\n' +
  'A reader sent <script>window.__pwned=1</script> and <img src=x onerror="window.__pwned=2"> to the zyxwvut desk.';
const HOSTILE = {
  title: 'Lavrov warns NATO <b>zyxwvut</b>',
  text: HOSTILE_TEXT,
  outlet: 'Test Wire',
  published: '2024-07-03T10:00:00Z',
  url: 'https://testwire.example/zyxwvut',
};

let store;
let server;
let browser;
let page;
const pageErrors = [];
const foreignRequests = [];

// Waits for the view to finish rendering the current route.
async function ready() {
  await page.waitForFunction(() => {
    const view = document.getElementById('view');
    return view.dataset.state === 'ready' && view.dataset.route === location.hash;
  });
}

async function go(hash) {
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await page.waitForFunction((h) => location.hash === h, hash);
  await ready();
}

async function clickAndWait(locator) {
  const before = await page.evaluate(() => location.hash);
  await locator.click();
  await page.waitForFunction((h) => location.hash !== h, before);
  await ready();
}

// The first of `ids` that is a copy with events and copied passages (the
// article the next tests click through), or null.
async function findArticle(ids) {
  for (const id of ids) {
    const a = (await getJson(server.base, `articles/${encodeURIComponent(id)}`)).body;
    if (a.events.length && a.copies.some((l) => l.passages.length) && a.original.original !== id) return id;
  }
  return null;
}

const text = (selector) => page.locator(selector).first().innerText();

describe('web page on the sample corpus', () => {
  before(async () => {
    checkInputs();
    store = makeStore([HOSTILE]);
    server = await startServer(store.db);
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(10000);
    // Everything the page loads comes from dyad serve: no CDN, no web fonts.
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${server.base}/`) && !url.startsWith('data:')) foreignRequests.push(url);
    });
    page.on('pageerror', (err) => pageErrors.push(String(err)));
    page.on('dialog', (dialog) => {
      pageErrors.push(`dialog opened: ${dialog.message()}`);
      dialog.dismiss();
    });
    await page.goto(`${server.base}/`);
    await ready();
  });

  after(async () => {
    await browser?.close();
    const code = await server?.stop();
    store?.cleanup();
    assert.deepEqual(pageErrors, [], 'no script errors in the page');
    assert.deepEqual(foreignRequests, [], 'no request leaves the server (works offline)');
    assert.equal(code, 0, 'dyad serve shuts down cleanly on SIGTERM');
  });

  it('overview shows the store counts and the most active dyads', async () => {
    const stats = JSON.parse(dyad(store.db, 'stats', '--json'));
    for (const key of ['articles', 'events', 'quotes']) {
      const shown = await text(`[data-count="${key}"] dd`);
      assert.equal(shown.replace(/,/g, ''), String(stats[key]), `${key} count`);
    }
    const api = (await getJson(server.base, 'stats')).body;
    const rows = await page.locator('table.dyads tbody tr').count();
    assert.equal(rows, api.top_dyads.length);
    assert.ok(rows > 0, 'some dyads listed');
    const first = await page.locator('table.dyads tbody tr').first().locator('td').allInnerTexts();
    assert.deepEqual(first.slice(0, 3), [api.top_dyads[0].source, api.top_dyads[0].target, String(api.top_dyads[0].events)]);
  });

  // The article the article tests open: reached through a story when the
  // store has stories, else through the latest articles on the overview.
  let articleId;

  it('story view: articles along the timeline, then one of them', async () => {
    const stories = await getJson(server.base, 'stories?limit=20');
    if (stories.status === 404) {
      // Stories are not stored by this build: the overview says so and lists articles.
      assert.match(await text('.unavailable'), /Stories not available/);
      const listed = await page.locator('#latest-articles a.article-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.equal(listed.length, 20);
      articleId = await findArticle(listed.map((href) => decodeURIComponent(href.split('/').pop())));
      assert.ok(articleId, 'a latest article that is a copy with events and copied passages');
      await clickAndWait(page.locator(`#latest-articles a[href="#/article/${articleId}"]`));
      return;
    }
    assert.equal(stories.status, 200);
    // The first listed story holding a copied article with events.
    let story;
    let articles;
    for (const candidate of stories.body.items) {
      const detail = (await getJson(server.base, `stories/${encodeURIComponent(candidate.id)}`)).body;
      // Members as `dyad story --json` names them (id in "article"), or articles.
      const members = (detail.members || detail.articles).map((a) => ({ ...a, id: a.id || a.article }));
      articleId = await findArticle(members.filter((a) => /^\d{4}-\d\d-\d\d/.test(a.published || '')).map((a) => a.id));
      if (articleId) {
        story = candidate;
        articles = members;
        break;
      }
    }
    assert.ok(story, 'a story with a copied article that has events');
    await clickAndWait(page.locator(`a.story-link[href="#/story/${story.id}"]`));
    assert.equal(await page.evaluate(() => location.hash), `#/story/${story.id}`);
    const dated = articles.filter((a) => /^\d{4}-\d\d-\d\d/.test(a.published || ''));
    assert.equal(await page.locator('svg.timeline circle.dot').count(), dated.length, 'a dot per dated article');
    if (dated.length < articles.length) {
      assert.match(await text('.undated'), new RegExp(`^${articles.length - dated.length} undated`));
    }
    const outlets = new Set(dated.map((a) => a.outlet));
    assert.equal(await page.locator('svg.timeline text.outlet-label').count(), outlets.size, 'a row per outlet');
    assert.equal(await page.locator('.story-view table.articles tbody tr').count(), articles.length);
    await clickAndWait(page.locator(`svg.timeline a[data-article="${articleId}"]`));
  });

  let article;

  it('article view: the text with events, quotes and copies highlighted at the right characters', async () => {
    assert.equal(await page.evaluate(() => location.hash), `#/article/${articleId}`);
    article = (await getJson(server.base, `articles/${articleId}`)).body;
    assert.equal(await text('.article-view h1'), article.title);
    assert.equal(await page.locator('#article-text').evaluate((n) => n.textContent), article.text);
    const verbs = await page.locator('#article-text .hl-event').evaluateAll((spans) =>
      spans.map((s) => ({ event: Number(s.dataset.event), text: s.textContent })));
    assert.ok(verbs.length > 0);
    // Every highlighted verb piece lies inside its event's verb bytes.
    for (const v of verbs) {
      const e = article.events[v.event];
      assert.ok(byteSlice(article.text, e.verb.begin, e.verb.end).includes(v.text), `verb of event ${v.event}`);
    }
    assert.equal(await page.locator('.event-list li').count(), article.events.length);
  });

  it('clicking an event shows its sentence, actors, code, Goldstein and rule', async () => {
    const span = page.locator('#article-text .hl-event').first();
    const index = Number(await span.getAttribute('data-event'));
    const e = article.events[index];
    await span.click();
    const detail = page.locator('#detail .event-detail');
    await detail.waitFor();
    const [b, end] = article.sentences[e.sentence];
    assert.equal(await detail.locator('.sentence').evaluate((n) => n.textContent), byteSlice(article.text, b, end));
    const shown = await detail.innerText();
    assert.match(shown, new RegExp(`code\\s+${e.code}`));
    assert.ok(shown.includes(e.source.code), 'source actor');
    assert.ok(shown.includes(e.goldstein.toFixed(1)), 'Goldstein');
    assert.ok(shown.includes(e.rule), 'dictionary rule');
    assert.ok(shown.includes(e.verb_entry), 'verb entry');
  });

  it('clicking a copied passage opens the other article at the aligned passage, then its original', async () => {
    const copy = page.locator('#article-text span.hl-copy:not([data-event]):not([data-quote])').first();
    const other = await copy.getAttribute('data-copy-other');
    const [ob, oe] = (await copy.getAttribute('data-copy-at')).split('-').map(Number);
    await clickAndWait(copy);
    assert.equal(await page.evaluate(() => location.hash), `#/article/${other}?at=${ob}-${oe}`);
    const target = (await getJson(server.base, `articles/${other}`)).body;
    assert.equal(await text('.article-view h1'), target.title);
    const aligned = await page.locator('#article-text .hl-at').evaluateAll((s) => s.map((n) => n.textContent).join(''));
    assert.equal(aligned, byteSlice(target.text, ob, oe), 'the aligned passage is marked');
    const originalId = target.original.original;
    if (originalId !== other) {
      await clickAndWait(page.locator('.provenance a.article-link'));
      const original = (await getJson(server.base, `articles/${originalId}`)).body;
      assert.equal(await page.evaluate(() => location.hash), `#/article/${originalId}`);
      assert.equal(await text('.article-view h1'), original.title);
    }
    assert.match(await text('.provenance'), /original of its copy group/);
  });

  it('relations NATO/CHN: stacked monthly bars, and a month lists its events', async () => {
    await go('#/relations');
    await page.fill('input[name="a"]', 'NATO');
    await page.fill('input[name="b"]', 'CHN');
    await page.click('#relations-form button[type="submit"]');
    await page.waitForFunction(() => location.hash.startsWith('#/relations?a=NATO'));
    await ready();
    const rel = await getJson(server.base, 'relations?a=NATO&b=CHN&by=month&direction=both');
    if (rel.status === 404) {
      assert.match(await text('.unavailable'), /Relations not available/);
      return;
    }
    assert.equal(rel.status, 200);
    const buckets = rel.body.buckets || rel.body.points;
    const total = buckets.reduce((n, b) => n + b.total, 0);
    assert.ok(total > 0, 'NATO and China have events in the sample corpus');
    assert.match(await text('#relations-summary'), new RegExp(`: ${total} events in ${buckets.length} months?$`));
    // Click the tallest bar on the chart itself.
    const busiest = buckets.reduce((best, b, i) => (b.total > buckets[best].total ? i : best), 0);
    const point = await page.locator('#relations-chart').evaluate((canvas, i) => {
      const chart = canvas.dyadChart;
      const meta = chart.getDatasetMeta(chart.data.datasets.findIndex((d) => d.type === 'bar' && d.data[i] > 0));
      const bar = meta.data[i];
      return { x: bar.x, y: (bar.y + bar.base) / 2 };
    }, busiest);
    await page.locator('#relations-chart').click({ position: point });
    await page.waitForSelector('#bucket-title');
    const events = await getJson(server.base, `relations/events?a=NATO&b=CHN&by=month&direction=both&bucket=${buckets[busiest].bucket}&limit=200`);
    const count = events.body.items.length;
    assert.equal(count, buckets[busiest].total);
    assert.equal(await text('#bucket-title'), `${buckets[busiest].bucket}: ${count} events`);
    assert.equal(await page.locator('#bucket-events-table tbody tr').count(), count);
  });

  it('quotes view: speaker search, then a quote with its variants', async () => {
    const all = (await getJson(server.base, 'quotes?limit=1000')).body.items;
    const bySpeaker = new Map();
    for (const q of all) {
      const name = q.speaker.canonical;
      if (q.speaker.kind === 'person' && name) bySpeaker.set(name, (bySpeaker.get(name) || 0) + 1);
    }
    const [speaker] = [...bySpeaker.entries()].sort((x, y) => y[1] - x[1])[0];
    await go('#/quotes');
    await page.fill('#quotes-form input[name="speaker"]', speaker);
    await page.click('#quotes-form button[type="submit"]');
    await page.waitForFunction(() => location.hash.startsWith('#/quotes?speaker='));
    await ready();
    const api = (await getJson(server.base, `quotes?speaker=${encodeURIComponent(speaker)}&limit=100`)).body;
    const shown = await page.locator('.quote-results li').count();
    assert.equal(shown, api.items.length);
    assert.ok(shown >= 1);
    assert.ok((await text('.quote-results li .speaker')).startsWith(speaker));
    // The quote of this speaker with the most variants (quote links, when stored).
    let best = null;
    for (const q of api.items) {
      const one = (await getJson(server.base, `quotes/${q.article}/${q.ordinal}`)).body;
      const variants = one.variants || [];
      if (!best || variants.length > best.variants.length) best = { q, variants };
    }
    await clickAndWait(page.locator(`.quote-results a[href="#/quote/${best.q.article}/${best.q.ordinal}"]`));
    assert.equal(await text('.quote-text'), best.q.text);
    assert.equal(await page.locator('.variants li').count(), best.variants.length);
    if (best.variants.some((v) => v.kind === 'altered')) {
      assert.ok((await page.locator('.variants .diff-del, .variants .diff-ins').count()) > 0, 'altered words marked');
    }
    if (best.variants.length && best.variants.every((v) => Array.isArray(v.edits))) {
      // Laid out from the server's byte-offset edits: without the struck words, each diff reads as the variant.
      const rendered = await page.locator('.variants li .diff').evaluateAll((diffs) =>
        diffs.map((d) => [...d.childNodes].filter((n) => n.nodeName !== 'DEL').map((n) => n.textContent).join('')));
      assert.deepEqual(rendered, best.variants.map((v) => v.words));
    }
  });

  it('a search with bad FTS5 syntax shows the server error', async () => {
    await page.fill('#search-input', '"unbalanced');
    await page.press('#search-input', 'Enter');
    await page.waitForFunction(() => location.hash.startsWith('#/search?q='));
    await ready();
    const answer = await getJson(server.base, `search?q=${encodeURIComponent('"unbalanced')}`);
    assert.equal(answer.status, 400);
    assert.equal(await text('#view [role="alert"]'), `${answer.body.error} (HTTP 400)`);
  });

  it('search box finds the hostile article; its HTML shows as text and never runs', async () => {
    await page.fill('#search-input', '');
    await page.fill('#search-input', 'zyxwvut');
    await page.press('#search-input', 'Enter');
    await page.waitForFunction(() => location.hash === '#/search?q=zyxwvut');
    await ready();
    const link = page.locator('.search-articles a.article-link');
    assert.equal(await link.count(), 1);
    assert.equal(await link.innerText(), HOSTILE.title);
    await clickAndWait(link);
    assert.equal(await text('.article-view h1'), HOSTILE.title, 'the title tags are text');
    const shown = await page.locator('#article-text').evaluate((n) => n.textContent);
    assert.equal(shown, HOSTILE_TEXT);
    assert.equal(await page.locator('#view script, #view img, #view b').count(), 0, 'no element made from the data');
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script ran');
  });

  it('UTF-8 offsets after Cyrillic and curly quotes highlight the right words', async () => {
    const hostile = (await getJson(server.base, `articles/${await page.evaluate(() => location.hash.split('/').pop())}`)).body;
    const quote = page.locator('#article-text .hl-quote').first();
    const q = hostile.quotes[Number(await quote.getAttribute('data-quote'))];
    const quoted = await page.locator(`#article-text [data-quote="${hostile.quotes.indexOf(q)}"]`).evaluateAll((s) => s.map((n) => n.textContent).join(''));
    assert.equal(quoted, byteSlice(HOSTILE_TEXT, q.inner.begin, q.inner.end));
    assert.equal(quoted, 'NATO must stop its provocations,');
    const verbs = await page.locator('#article-text .hl-event').allInnerTexts();
    assert.ok(verbs.includes('accused') && verbs.includes('condemned'), `verbs shown: ${verbs}`);
  });
});

#!/usr/bin/env python3
"""Builds dyad's sample corpus (examples/corpus/) and its manifest from the
authoring sources in examples/tools/sources/.

Usage: python3 examples/tools/build_corpus.py

Deterministic: the same sources give byte-identical outputs (gzip headers carry
no time stamp or file name). Every article is rendered into the file its
source names; the extension picks the format:

  .txt / .txt.gz     plain text. style header=dash|title_date|title|none,
                     scraped=1 wraps the text in the outlet's navigation, a
                     promo line after paragraph 2 and a footer.
  .html / .html.gz   a full page. style meta=jsonld+og+time (any subset, or
                     none), cookie=0 and comments=0 drop those parts.
  .jsonl / .jsonl.gz one article per line; style field=html puts the page in
                     "html" instead of the text in "text".
  .warc / .warc.gz   WARC/1.0: a warcinfo record, then one "response" record
                     per article with the HTML page; in .warc.gz each record is
                     its own gzip member.
"""

import datetime
import gzip
import hashlib
import html
import io
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpus_sources  # noqa: E402

EXAMPLES = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Boilerplate each outlet wraps around its pages. Lines are plain text with no
# characters that need escaping in HTML, so they occur verbatim in every format.
CHROME = {
    "Meridian Wire": {
        "nav": ["Top News", "World", "Markets", "Wire Archive", "Licensing"],
        "promo": "Meridian Wire clients can license this story through the Wire Desk portal.",
        "follow": "Follow Meridian Wire on social media for breaking updates.",
        "footer": "Copyright 2025 Meridian Wire. All rights reserved.",
        "photo": "Photo: Meridian Wire / Staff",
    },
    "The Harbor Ledger": {
        "nav": ["Home", "World", "Politics", "Business", "Opinion", "Subscribe"],
        "promo": "Sign up for our newsletter: the Ledger Morning Brief, in your inbox at 6 a.m.",
        "follow": "Follow us on Mastodon and Bluesky for more world news.",
        "footer": "The Harbor Ledger, 14 Quay Street. Letters to the editor: letters at harborledger dot example",
        "photo": "Photograph by Ledger Staff",
    },
    "Eastbridge Post": {
        "nav": ["Asia", "China", "Korea", "Southeast Asia", "Video", "Newsletters"],
        "promo": "Related: Our Asia desk explains the week in five charts",
        "follow": "Follow Eastbridge Post on all the usual platforms.",
        "footer": "2025 Eastbridge Post Media Group. Terms of use. Privacy policy.",
        "photo": "Photo: Eastbridge Post Picture Desk",
    },
    "Northgate Courier": {
        "nav": ["Local", "National", "World", "Sports", "Obituaries", "E-edition"],
        "promo": "Sign up for our newsletter to get the Courier's top stories every evening.",
        "follow": "Follow us on Facebook and Instagram.",
        "footer": "Northgate Courier. Serving the valley since 1911.",
        "photo": "Courier file photo",
    },
    "The Lantern Review": {
        "nav": ["Essays", "Analysis", "Podcasts", "Events", "Donate"],
        "promo": "The Lantern Review is reader-funded. Become a member today.",
        "follow": "Follow The Lantern Review for weekly analysis.",
        "footer": "All content copyright The Lantern Review Foundation.",
        "photo": "Illustration: Lantern Review",
    },
    "Pacific Tideline": {
        "nav": ["News", "Indo-Pacific", "Defence", "Economy", "Explainers"],
        "promo": "Related: Read our explainer on maritime law and disputed reefs",
        "follow": "Follow us on X and Threads for live coverage.",
        "footer": "Pacific Tideline. Independent news from the ocean rim.",
        "photo": "Image: Pacific Tideline",
    },
    "Continental Dispatch": {
        "nav": ["Europe", "EU Affairs", "Ukraine", "Energy", "Opinion", "Newsletter"],
        "promo": "Sign up for our newsletter: Brussels Briefing, every weekday.",
        "follow": "Follow Continental Dispatch on LinkedIn.",
        "footer": "Continental Dispatch. Registered in Luxembourg. Contact the newsroom.",
        "photo": "Photo: Dispatch archive",
    },
    "Daily Compass": {
        "nav": ["Latest", "World", "Tech", "Health", "Lifestyle", "Games"],
        "promo": "Advertisement. Story continues below.",
        "follow": "Follow Daily Compass for more stories like this.",
        "footer": "Daily Compass. Your daily direction on the news.",
        "photo": "Photo credit: Compass Images",
    },
    "Global Newsflow": {
        "nav": ["Home", "Trending", "World", "Celebrity", "Crypto"],
        "promo": "You may also like: 10 facts about world leaders you never knew",
        "follow": "Share this article with your friends!",
        "footer": "Global Newsflow aggregates news from around the web.",
        "photo": "Image source: web",
    },
    "Trendline Daily": {
        "nav": ["Home", "News", "Trends", "Money", "Contact"],
        "promo": "Trending now: see what everyone is reading today",
        "follow": "Like and follow Trendline Daily!",
        "footer": "Trendline Daily. All news, all day.",
        "photo": "Picture: stock",
    },
}

COOKIE = "We use cookies to personalise content and analyse our traffic. Accept all cookies or manage your settings."
COMMENT_HEAD = "Leave a Reply"
COMMENT_FORM = "Your email address will not be published. Required fields are marked."
COMMENT_BUTTON = "Post Comment"
RELATED_HEAD = "Related stories"
SYND_CREDIT = "This story was originally published by Meridian Wire and is republished under licence."


def gz(data):
  buf = io.BytesIO()
  with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as f:
    f.write(data)
  return buf.getvalue()


def num_id(slug):
  return 400000 + int(hashlib.sha1(slug.encode()).hexdigest()[:8], 16) % 500000


def make_url(outlet, date, slug):
  y, m, d = date.split("-")
  host, style = outlet["host"], outlet["url_style"]
  if style == "date":
    return "https://%s/%s/%s/%s/%s" % (host, y, m, d, slug)
  if style == "section":
    return "https://%s/world/%s-%s.html" % (host, date, slug)
  if style == "numeric":
    return "https://%s/news/%d/%s" % (host, num_id(slug), slug)
  return "https://%s/article.php?id=%d&s=%s" % (host, num_id(slug), slug)


def long_date(date):
  d = datetime.date.fromisoformat(date)
  return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")


def short_date(date):
  d = datetime.date.fromisoformat(date)
  return d.strftime("%b ") + str(d.day) + d.strftime(", %Y")


def styles(a):
  out = {}
  for kv in a.meta.get("style", "").split():
    k, v = kv.split("=", 1)
    out[k] = v
  return out


class Rendered:
  """An article's metadata as rendered, and the boilerplate lines around it."""

  def __init__(self, a, by_id, outlets):
    self.a = a
    m = dict(a.meta)
    if a.meta["kind"] == "exact_copy":
      orig = by_id[m["copy_of"]]
      for k in ("outlet", "title", "published", "slug", "author", "url"):
        if k not in m and k in orig.meta:
          m[k] = orig.meta[k]
    elif a.meta["kind"] in ("syndicated", "spun"):
      orig = by_id[m["copy_of"]]
      for k in ("title", "published", "slug"):
        if k not in m:
          m[k] = orig.meta[k]
    self.outlet = m["outlet"]
    self.title = m["title"]
    self.published = m["published"]
    self.author = m.get("author")
    o = outlets[self.outlet]
    self.url = m.get("url") or make_url(o, self.published, m["slug"])
    a.meta["url"] = self.url
    for k in ("outlet", "title", "published", "author"):
      if m.get(k):
        a.meta[k] = m[k]
    self.style = styles(a)
    self.boilerplate = []
    # Whether the rendered document states its publication date and names
    # its own outlet (set by text() and html_page(); a container record
    # states both). Without them an extractor can only leave the field empty.
    self.date_stated = False
    self.outlet_stated = False

  def bp(self, line):
    self.boilerplate.append(line)
    return line

  # ---- text ----
  def text(self):
    s = self.style
    c = CHROME[self.outlet]
    lines = []
    scraped = s.get("scraped") == "1"
    if scraped:
      lines.append(self.bp(" | ".join(c["nav"])))
      lines.append(self.bp(c["promo"]))
      lines.append("")
    header = s.get("header", "none")
    self.date_stated = header in ("dash", "title_date")
    self.outlet_stated = header == "dash"
    if header == "dash":
      d = datetime.date.fromisoformat(self.published)
      lines += ["%s – %s – %s" % (self.title, self.outlet, d.strftime("%d/%m/%Y")), ""]
    elif header == "title_date":
      lines += [self.title, "", short_date(self.published), ""]
    elif header == "title":
      lines += [self.title, ""]
    if self.a.meta["kind"] == "syndicated":
      lines += [self.bp(SYND_CREDIT), ""]
    paras = self.a.body_text()
    for i, p in enumerate(paras):
      lines += [p, ""]
      if scraped and i == 1:
        lines += [self.bp(c["photo"]), ""]
    # The outlet names itself in a "Follow <Outlet> ..." line or a footer
    # that opens with its name.
    if scraped or self.a.meta["kind"] == "syndicated":
      lines += [self.bp(c["follow"]), ""]
      self.outlet_stated |= self.outlet in c["follow"]
    if scraped:
      lines += [self.bp(c["footer"]), ""]
      self.outlet_stated |= c["footer"].startswith(self.outlet)
    return "\n".join(lines).rstrip("\n") + "\n"

  def stamp(self, default_time):
    """ISO 8601 publication time. An original is stamped early in the day
    (06:00Z), before any copy of it, which keeps its format's default time:
    a syndicated or spun copy never predates the story it copies."""
    time = "06:00:00Z" if self.a.meta["kind"] == "original" else default_time
    return self.published + "T" + time

  # ---- html ----
  def html_page(self):
    s = self.style
    c = CHROME[self.outlet]
    meta = s.get("meta", "jsonld+og+time").split("+")
    e = lambda t: html.escape(t, quote=False)
    ea = lambda t: html.escape(t, quote=True)
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<title>%s | %s</title>' % (e(self.title), e(self.outlet))]
    iso = self.stamp("08:00:00Z")
    if "og" in meta:
      out += ['<meta property="og:type" content="article">',
              '<meta property="og:title" content="%s">' % ea(self.title),
              '<meta property="og:site_name" content="%s">' % ea(self.outlet),
              '<meta property="og:url" content="%s">' % ea(self.url),
              '<meta property="article:published_time" content="%s">' % iso]
    if "jsonld" in meta:
      ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": self.title,
            "datePublished": iso,
            "publisher": {"@type": "Organization", "name": self.outlet},
            "mainEntityOfPage": self.url}
      if self.author:
        ld["author"] = {"@type": "Person", "name": self.author}
      out.append('<script type="application/ld+json">%s</script>' %
                 json.dumps(ld, ensure_ascii=False).replace("</", "<\\/"))
    out += ['<link rel="stylesheet" href="/static/site.css">', '</head>', '<body>']
    if s.get("cookie", "1") == "1":
      out += ['<div class="cookie-banner" role="dialog">',
              '<p>%s</p>' % self.bp(COOKIE), '<button>Accept</button>', '</div>']
    out += ['<header class="site-header">', '<a class="logo" href="/">%s</a>' % e(self.outlet),
            '<nav>', '<ul>']
    for item in c["nav"]:
      out.append('<li><a href="/%s">%s</a></li>' %
                 (item.lower().replace(" ", "-"), self.bp(item)))
    out += ['</ul>', '</nav>', '</header>', '<main>', '<article>',
            '<h1>%s</h1>' % e(self.title)]
    byline = []
    if self.author:
      byline.append("By %s" % e(self.author))
    if "time" in meta:
      byline.append('<time datetime="%s">%s</time>' % (iso, long_date(self.published)))
    elif "date" in meta or not meta or meta == [""] or meta == ["none"]:
      byline.append(long_date(self.published))
    if byline:
      out.append('<p class="byline">%s</p>' % " | ".join(byline))
    # The logo, <title> (and og:/JSON-LD) name the outlet; some metadata or
    # the byline gives the date.
    self.outlet_stated = True
    self.date_stated = bool({"og", "jsonld", "time"} & set(meta)) or any(
        long_date(self.published) in b for b in byline)
    out += ['<figure>', '<img src="/img/%s.jpg" alt="">' % num_id(self.url),
            '<figcaption>%s</figcaption>' % self.bp(c["photo"]), '</figure>',
            '<div class="article-body">']
    if self.a.meta["kind"] == "syndicated":
      out.append('<p class="credit"><em>%s</em></p>' % self.bp(SYND_CREDIT))
    paras = self.a.body_text()
    for i, p in enumerate(paras):
      out.append("<p>%s</p>" % e(p))
      if i == 1:
        out.append('<aside class="promo"><p>%s</p></aside>' % self.bp(c["promo"]))
    out += ['</div>', '<p class="share">%s</p>' % self.bp(c["follow"]), '</article>']
    related = self.related or []
    if related:
      out += ['<aside class="related">', '<h2>%s</h2>' % self.bp(RELATED_HEAD), '<ul>']
      for title, url in related:
        out.append('<li><a href="%s">%s</a></li>' % (ea(url), self.bp(e(title))))
      out += ['</ul>', '</aside>']
    if s.get("comments", "1") == "1":
      out += ['<section class="comments">', '<h2>%s</h2>' % self.bp(COMMENT_HEAD),
              '<form action="/comment" method="post">',
              '<p>%s</p>' % self.bp(COMMENT_FORM),
              '<textarea name="comment"></textarea>',
              '<button type="submit">%s</button>' % self.bp(COMMENT_BUTTON), '</form>',
              '</section>']
    out += ['</main>', '<footer>', '<p>%s</p>' % self.bp(c["footer"]), '</footer>',
            '</body>', '</html>']
    return "\n".join(out) + "\n"


def warc_record(headers, block):
  head = "".join("%s: %s\r\n" % kv for kv in headers)
  head = "WARC/1.0\r\n" + head + "Content-Length: %d\r\n\r\n" % len(block)
  return head.encode("utf-8") + block + b"\r\n\r\n"


def record_id(s):
  h = hashlib.sha1(s.encode()).hexdigest()
  return "<urn:uuid:%s-%s-%s-%s-%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


def build_warc(path, rendered, compress):
  name = os.path.basename(path)
  info = ("software: dyad examples/tools/build_corpus.py\r\n"
          "format: WARC File Format 1.0\r\n"
          "description: sample crawl of fictional news sites for dyad\r\n").encode()
  recs = [warc_record([("WARC-Type", "warcinfo"), ("WARC-Date", "2025-01-15T00:00:00Z"),
                       ("WARC-Record-ID", record_id(name)), ("WARC-Filename", name),
                       ("Content-Type", "application/warc-fields")], info)]
  for r in rendered:
    body = r.html_page().encode("utf-8")
    http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            "Content-Length: %d\r\nServer: example\r\n\r\n" % len(body)).encode() + body
    fetched = (datetime.date.fromisoformat(r.published) + datetime.timedelta(days=1)).isoformat()
    recs.append(warc_record([("WARC-Type", "response"), ("WARC-Date", fetched + "T03:14:15Z"),
                             ("WARC-Record-ID", record_id(name + r.url)),
                             ("WARC-Target-URI", r.url),
                             ("Content-Type", "application/http; msgtype=response")], http))
  if compress:
    return b"".join(gz(x) for x in recs)
  return b"".join(recs)


def build_jsonl(rendered):
  lines = []
  for r in rendered:
    obj = {"id": "%s-%s" % (r.a.id, num_id(r.url)), "url": r.url, "outlet": r.outlet,
           "title": r.title, "published": r.stamp("09:30:00Z")}
    if r.style.get("field") == "html":
      obj["html"] = r.html_page()
    else:
      obj["text"] = r.text()
    r.date_stated = r.outlet_stated = True  # the record's own fields
    lines.append(json.dumps(obj, ensure_ascii=False))
  return ("\n".join(lines) + "\n").encode("utf-8")


def main():
  stories, articles, by_id = corpus_sources.load_all()
  speakers = corpus_sources.load_speakers()
  outlets = {o["name"]: o for o in corpus_sources.load_outlets()}
  rendered = {a.id: Rendered(a, by_id, outlets) for a in articles}
  # Related links: other articles of the same outlet.
  for r in rendered.values():
    same = [x for x in rendered.values() if x.outlet == r.outlet and x.url != r.url]
    r.related = [(x.title, x.url) for x in same[:3]]
  files = {}
  for a in articles:
    files.setdefault(a.meta["file"], []).append(a)
  corpus_dir = os.path.join(EXAMPLES, "corpus")
  written = set()
  index_of = {}
  for fname, arts in files.items():
    base = fname[:-3] if fname.endswith(".gz") else fname
    rs = [rendered[a.id] for a in arts]
    if base.endswith(".warc"):
      data = build_warc(fname, rs, fname.endswith(".gz"))
    else:
      if base.endswith(".jsonl"):
        data = build_jsonl(rs)
      elif len(rs) != 1:
        raise ValueError("%s holds %d articles" % (fname, len(rs)))
      elif base.endswith(".txt"):
        data = rs[0].text().encode("utf-8")
      elif base.endswith(".html"):
        data = rs[0].html_page().encode("utf-8")
      else:
        raise ValueError("unknown format " + fname)
      if fname.endswith(".gz"):
        data = gz(data)
    for i, a in enumerate(arts):
      index_of[a.id] = i + 1
    out = os.path.join(EXAMPLES, fname)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "wb") as f:
      f.write(data)
    written.add(os.path.normpath(out))
  for root, _, names in os.walk(corpus_dir):
    for n in names:
      p = os.path.normpath(os.path.join(root, n))
      if p not in written:
        os.remove(p)
        print("removed stale", p)

  man_articles = []
  for a in articles:
    r = rendered[a.id]
    entry = {"id": a.id, "file": a.meta["file"], "index": index_of[a.id], "outlet": r.outlet,
             "title": r.title, "published": r.published, "date_stated": r.date_stated,
             "outlet_stated": r.outlet_stated, "url": r.url, "story": a.story,
             "kind": a.meta["kind"]}
    if r.author:
      entry["author"] = r.author
    if "copy_of" in a.meta:
      entry["copy_of"] = a.meta["copy_of"]
    if a.meta["kind"] == "spun":
      entry["spin_rate"] = float(a.meta["spin_rate"])
      entry["spin_measured"] = round(a.measured_spin, 3)
    entry["boilerplate"] = list(dict.fromkeys(html.unescape(b) for b in r.boilerplate))
    qs = []
    for q in a.quotes:
      sp = speakers[q.speaker_key] if q.speaker_key != "-" else {
          "speaker": None, "role": None, "actor": None}
      e = {"text": q.text, "speaker": sp["speaker"], "role": sp["role"], "actor": sp["actor"],
           "form": q.form}
      if q.part_of is not None:
        e["part_of"] = q.part_of
      if q.altered_article:
        e["altered_from"] = {"article": q.altered_article, "text": q.altered_text}
      qs.append(e)
    entry["quotes"] = qs
    entry["events"] = a.events
    if a.non_events:
      entry["non_events"] = a.non_events
    man_articles.append(entry)
  manifest = {
      "version": 1,
      "stories": [{"id": s["id"], "label": s["label"], "description": s["description"]}
                  for s in stories],
      "outlets": [{"name": o["name"], "host": o["host"], "kind": o["kind"]}
                  for o in outlets.values()],
      "articles": man_articles,
  }
  with open(os.path.join(EXAMPLES, "corpus-manifest.json"), "w", encoding="utf-8") as f:
    json.dump(manifest, f, ensure_ascii=False, indent=1)
    f.write("\n")
  print("built %d articles in %d files" % (len(articles), len(files)))


if __name__ == "__main__":
  main()

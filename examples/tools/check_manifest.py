#!/usr/bin/env python3
"""Checks that examples/corpus-manifest.json is exactly true of examples/corpus/.

Usage: python3 examples/tools/check_manifest.py   (exit status 0 iff all checks pass)

It reads the corpus files with its own small readers (gzip members, WARC
records with their byte lengths, JSON Lines, HTML) rather than trusting the
build script, and checks for every article: the file and record exist; the
container metadata (URL, outlet, title, date) agrees with the manifest; every
quote, event sentence and boilerplate line occurs verbatim in the document;
the article's body paragraphs from the authoring sources occur in order; and
what each copy kind promises (exact copies share the body, outlet and URL of
their original; syndicated copies share the body under another outlet with
boilerplate; spun copies differ from their original in about spin_rate of
content words; partial copies reuse 1-3 paragraphs; independent articles share
no passage with the rest of their story). It also checks the corpus-wide
minimums the project asked for.
"""

import collections
import datetime
import difflib
import gzip
import html
import json
import os
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import corpus_sources  # noqa: E402
import spinner  # noqa: E402

KINDS = {"original", "exact_copy", "syndicated", "spun", "partial", "independent"}
errors = []


def fail(where, msg):
  errors.append("%s: %s" % (where, msg))


# ---------------------------------------------------------------- readers
def gunzip_members(data, where):
  """Returns the decompressed members of a gzip stream, one bytes per member."""
  out = []
  while data:
    d = zlib.decompressobj(wbits=31)
    member = d.decompress(data)
    if not d.eof:
      fail(where, "truncated gzip member")
      break
    out.append(member)
    data = d.unused_data
  return out


def parse_warc(data, where, one_per_member=None):
  """Returns [(headers dict, block bytes)], checking framing byte by byte."""
  recs = []
  pos = 0
  while pos < len(data):
    end = data.find(b"\r\n\r\n", pos)
    if end < 0:
      fail(where, "WARC header without blank line at byte %d" % pos)
      break
    head = data[pos:end].decode("utf-8")
    lines = head.split("\r\n")
    if lines[0] != "WARC/1.0":
      fail(where, "record at %d does not start with WARC/1.0" % pos)
    if "\n" in head.replace("\r\n", ""):
      fail(where, "bare LF in WARC header at %d" % pos)
    h = {}
    for line in lines[1:]:
      k, v = line.split(": ", 1)
      h[k] = v
    n = int(h["Content-Length"])
    block = data[end + 4:end + 4 + n]
    if len(block) != n:
      fail(where, "record at %d shorter than its Content-Length" % pos)
    if data[end + 4 + n:end + 8 + n] != b"\r\n\r\n":
      fail(where, "record at %d not followed by two CRLFs" % pos)
    recs.append((h, block))
    pos = end + 8 + n
  return recs


def parse_http(block, where):
  end = block.find(b"\r\n\r\n")
  head = block[:end].decode("ascii").split("\r\n")
  body = block[end + 4:]
  if head[0] != "HTTP/1.1 200 OK":
    fail(where, "HTTP status line is %r" % head[0])
  h = dict(line.split(": ", 1) for line in head[1:])
  if h.get("Content-Type") != "text/html; charset=utf-8":
    fail(where, "HTTP Content-Type is %r" % h.get("Content-Type"))
  if int(h.get("Content-Length", -1)) != len(body):
    fail(where, "HTTP Content-Length %s but body has %d bytes" % (h.get("Content-Length"),
                                                                  len(body)))
  return body.decode("utf-8")


class Doc:
  def __init__(self, body, is_html, meta):
    self.body = body
    self.is_html = is_html
    self.meta = meta  # container metadata
    if is_html:
      t = re.sub(r"(?s)<script.*?</script>|<style.*?</style>", "", body)
      self.text = html.unescape(re.sub(r"<[^>]+>", "", t))
      self.paragraphs = [html.unescape(re.sub(r"<[^>]+>", "", p))
                         for p in re.findall(r"(?s)<p>(.*?)</p>", body)]
    else:
      self.text = body
      self.paragraphs = [p.strip() for p in body.split("\n\n")]


def read_file(rel):
  """Returns the list of Docs in a corpus file, in order."""
  path = os.path.join(EXAMPLES, rel)
  data = open(path, "rb").read()
  name = rel.lower()
  if name.endswith(".gz"):
    members = gunzip_members(data, rel)
    name = name[:-3]
  else:
    members = [data]
  if name.endswith(".warc"):
    recs = []
    for m in members:
      r = parse_warc(m, rel)
      if rel.endswith(".gz") and len(r) != 1:
        fail(rel, "gzip member holds %d WARC records, want 1" % len(r))
      recs.extend(r)
    if not recs or recs[0][0].get("WARC-Type") != "warcinfo":
      fail(rel, "first record is not warcinfo")
    docs = []
    for h, block in recs[1:]:
      if h.get("WARC-Type") != "response":
        fail(rel, "unexpected record type %s" % h.get("WARC-Type"))
        continue
      docs.append(Doc(parse_http(block, rel), True, {"url": h.get("WARC-Target-URI")}))
    return docs
  text = b"".join(members).decode("utf-8")
  if name.endswith(".jsonl"):
    docs = []
    for i, line in enumerate(text.split("\n")):
      if not line:
        continue
      o = json.loads(line)
      for k in ("id", "url", "outlet", "title", "published"):
        if k not in o:
          fail("%s line %d" % (rel, i + 1), "missing " + k)
      if ("text" in o) == ("html" in o):
        fail("%s line %d" % (rel, i + 1), "needs exactly one of text, html")
      docs.append(Doc(o.get("text") or o.get("html"), "html" in o, o))
    return docs
  if name.endswith(".html"):
    return [Doc(text, True, {})]
  if name.endswith(".txt"):
    return [Doc(text, False, {})]
  fail(rel, "unknown format")
  return []


# ---------------------------------------------------------------- helpers
# A span between double quote marks; an opening mark with no closing one runs
# to the end of the paragraph (a quote continued in the next paragraph).
QUOTED_SPAN = re.compile(r'“([^”]*)(?:”|$)|"([^"]*)(?:"|$)|«([^»]*)(?:»|$)')

def words(s):
  return re.findall(r"[A-Za-z]+", s)


def content_positions(ws):
  return [i for i, w in enumerate(ws) if spinner.is_content(w)]


def spin_rate(orig_text, spun_text):
  """Fraction of the original's content words that the spun text changed."""
  a = [w.lower() for w in words(orig_text)]
  b = [w.lower() for w in words(spun_text)]
  content = set(content_positions(words(orig_text)))
  kept = set()
  for blk in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
    kept.update(range(blk.a, blk.a + blk.size))
  return len(content - kept) / len(content)


def shingles(text, n=8):
  ws = [w.lower() for w in words(text)]
  return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def date_in_document(d, iso):
  """True iff the container or the document's text gives the date `iso` in a
  form a reader can see: ISO, "July 12, 2024", "Jul 12, 2024", "12/07/2024"."""
  if "published" in d.meta:
    return True
  day = datetime.date.fromisoformat(iso)
  forms = [iso, day.strftime("%B ") + str(day.day) + day.strftime(", %Y"),
           day.strftime("%b ") + str(day.day) + day.strftime(", %Y"), day.strftime("%d/%m/%Y")]
  return any(f in d.body for f in forms)


def outlet_in_document(d, a):
  """True iff the document names its own outlet: the container, an HTML page
  (logo, <title>), a text header line, or a boilerplate line ("Follow
  <Outlet> ...", "<Outlet>. <tagline>"). A name inside the article's own
  sentences ("told The Lantern Review") does not count."""
  if "outlet" in d.meta or d.is_html:
    return True
  first = d.body.split("\n", 1)[0]
  if " – %s – " % a["outlet"] in first:
    return True
  return any(b.startswith(a["outlet"]) or ("ollow " + a["outlet"]) in b for b in a["boilerplate"])


def format_of(rel):
  n = rel.lower()
  for ext in (".warc.gz", ".jsonl.gz", ".html.gz", ".txt.gz", ".warc", ".jsonl", ".html",
              ".txt"):
    if n.endswith(ext):
      return ext[1:]
  return "?"


# ---------------------------------------------------------------- checks
def main():
  man = json.load(open(os.path.join(EXAMPLES, "corpus-manifest.json"), encoding="utf-8"))
  if man.get("version") != 1:
    fail("manifest", "version must be 1")
  stories = {s["id"]: s for s in man["stories"]}
  outlets = {o["name"]: o for o in man["outlets"]}
  arts = man["articles"]
  by_id = {}
  for a in arts:
    if a["id"] in by_id:
      fail(a["id"], "duplicate id")
    by_id[a["id"]] = a
  _, src_articles, src_by_id = corpus_sources.load_all()

  files = collections.defaultdict(list)
  for a in arts:
    files[a["file"]].append(a)
  docs_of = {}
  for rel in files:
    if not rel.startswith("corpus/") or not os.path.isfile(os.path.join(EXAMPLES, rel)):
      fail(rel, "file missing")
      continue
    docs_of[rel] = read_file(rel)
    indexes = sorted(a["index"] for a in files[rel])
    if indexes != list(range(1, len(docs_of[rel]) + 1)):
      fail(rel, "labelled indexes %s but file holds %d documents" % (indexes,
                                                                    len(docs_of[rel])))
  on_disk = set()
  for root, _, names in os.walk(os.path.join(EXAMPLES, "corpus")):
    for n in names:
      on_disk.add(os.path.relpath(os.path.join(root, n), EXAMPLES))
  for extra in sorted(on_disk - set(files)):
    fail(extra, "file in corpus/ is not in the manifest")

  doc = {}
  for a in arts:
    w = a["id"]
    try:
      doc[w] = docs_of[a["file"]][a["index"] - 1]
    except (KeyError, IndexError):
      fail(w, "no document %s #%d" % (a["file"], a["index"]))
  for a in arts:
    w = a["id"]
    if w not in doc:
      continue
    d = doc[w]
    if a["story"] not in stories:
      fail(w, "unknown story")
    if a["outlet"] not in outlets:
      fail(w, "unknown outlet")
    elif not a["url"].startswith("https://%s/" % outlets[a["outlet"]]["host"]):
      fail(w, "url host is not the outlet's")
    if not re.search(r"\.example/", a["url"]):
      fail(w, "url not on a reserved .example domain")
    datetime.date.fromisoformat(a["published"])
    if a["kind"] not in KINDS:
      fail(w, "bad kind")
    # Container metadata.
    m = d.meta
    if "url" in m and m["url"] != a["url"]:
      fail(w, "container url %s != manifest %s" % (m["url"], a["url"]))
    for k in ("outlet", "title"):
      if k in m and m[k] != a[k]:
        fail(w, "container %s differs" % k)
    if "published" in m and not m["published"].startswith(a["published"]):
      fail(w, "container date differs")
    if d.is_html:
      h1 = re.search(r"<h1>(.*?)</h1>", d.body)
      if not h1 or html.unescape(h1.group(1)) != a["title"]:
        fail(w, "<h1> is not the title")
      ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', d.body)
      if ld:
        o = json.loads(ld.group(1))
        if o["headline"] != a["title"] or not o["datePublished"].startswith(a["published"]):
          fail(w, "JSON-LD headline or date differs")
        if o["publisher"]["name"] != a["outlet"]:
          fail(w, "JSON-LD publisher differs")
      og = re.search(r'<meta property="og:url" content="([^"]*)">', d.body)
      if og and html.unescape(og.group(1)) != a["url"]:
        fail(w, "og:url differs")
    # Quotes.
    for i, q in enumerate(a["quotes"]):
      if q["text"] not in d.text:
        fail(w, "quote %d not in document: %r" % (i, q["text"]))
      for k in ("speaker", "role", "actor", "form"):
        if k not in q:
          fail(w, "quote %d lacks %s" % (i, k))
      if "part_of" in q:
        p = q["part_of"]
        if not (0 <= p < i) or a["quotes"][p]["speaker"] != q["speaker"]:
          fail(w, "quote %d: bad part_of" % i)
      if "altered_from" in q:
        af = q["altered_from"]
        if af["article"] not in doc or af["text"] not in doc[af["article"]].text:
          fail(w, "quote %d: altered_from text not in %s" % (i, af["article"]))
        if af["text"] == q["text"]:
          fail(w, "quote %d: altered_from is identical" % i)
    for e in a["events"]:
      if e["sentence"] not in d.text:
        fail(w, "event sentence not in document: %r" % e["sentence"])
      if not re.fullmatch(r"\d\d", e["root"]) or not 1 <= int(e["root"]) <= 20:
        fail(w, "bad CAMEO root %r" % e["root"])
    for e in a.get("non_events", []):
      if e["sentence"] not in d.text:
        fail(w, "non-event sentence not in document: %r" % e["sentence"])
    for line in a["boilerplate"]:
      if line not in d.text:
        fail(w, "boilerplate line not in document: %r" % line)
    # date_stated / outlet_stated: whether the document itself says them.
    for k in ("date_stated", "outlet_stated"):
      if not isinstance(a.get(k), bool):
        fail(w, "%s missing or not true/false" % k)
    if a.get("date_stated") is not None and a["date_stated"] != date_in_document(d, a["published"]):
      fail(w, "date_stated is %s but the document %s the date" %
           (a["date_stated"], "states" if not a["date_stated"] else "never states"))
    if a.get("outlet_stated") is not None and a["outlet_stated"] != outlet_in_document(d, a):
      fail(w, "outlet_stated is %s but the document %s its outlet" %
           (a["outlet_stated"], "names" if not a["outlet_stated"] else "never names"))
    # Body paragraphs from the sources, in order.
    sa = src_by_id[w]
    body = sa.body_text()
    pos = -1
    for p in body:
      try:
        pos = d.paragraphs.index(p, pos + 1)
      except ValueError:
        fail(w, "body paragraph missing or out of order: %r" % p[:60])
        break
    # Every quoted span of the body is labelled (so tests can measure recall).
    labelled = {q["text"] for q in a["quotes"]}
    for p in body:
      for m in QUOTED_SPAN.finditer(p):
        inner = next(g for g in m.groups() if g is not None)
        if inner not in labelled:
          fail(w, "quoted span not labelled: %r" % inner)
    nwords = len(words(" ".join(body)))
    if not 120 <= nwords <= 400:
      fail(w, "body has %d words, want 120-400" % nwords)
    for line in a["boilerplate"]:
      if line in body:
        fail(w, "boilerplate line is part of the body: %r" % line)

    # Copy kinds.
    kind = a["kind"]
    orig = by_id.get(a.get("copy_of"))
    if kind in ("exact_copy", "syndicated", "spun", "partial"):
      if orig is None:
        fail(w, "copy without a valid copy_of")
        continue
      obody = src_by_id[orig["id"]].body_text()
    elif "copy_of" in a:
      fail(w, "%s must not have copy_of" % kind)
    if ("spin_rate" in a) != (kind == "spun"):
      fail(w, "spin_rate only and always for spun")
    if kind == "exact_copy":
      if body != obody:
        fail(w, "exact copy body differs from original")
      for k in ("outlet", "url", "title", "published"):
        if a[k] != orig[k]:
          fail(w, "exact copy %s differs from original" % k)
      if (a["file"], a["index"]) == (orig["file"], orig["index"]):
        fail(w, "exact copy is the same document as its original")
    elif kind == "syndicated":
      if body != obody:
        fail(w, "syndicated body differs from original")
      if a["outlet"] == orig["outlet"] or not a["boilerplate"]:
        fail(w, "syndicated copy needs another outlet and boilerplate")
    elif kind == "spun":
      r = spin_rate("\n".join(obody), "\n".join(body))
      if abs(r - a["spin_rate"]) > 0.06:
        fail(w, "measured spin %.3f, labelled %.2f" % (r, a["spin_rate"]))
    elif kind == "partial":
      reused = [p for p in obody if p in body]
      if not 1 <= len(reused) <= 3 or len(reused) == len(obody):
        fail(w, "partial copy reuses %d paragraphs of %s" % (len(reused), orig["id"]))
      for p in reused:
        if p not in d.paragraphs:
          fail(w, "reused paragraph not in document")
    elif kind == "independent":
      mine = shingles(" ".join(body))
      for b in arts:
        if b["id"] == w or b["story"] != a["story"] or b.get("copy_of") == w:
          continue
        other = shingles(" ".join(src_by_id[b["id"]].body_text()))
        shared = len(mine & other) / max(1, len(mine))
        if shared > 0.15:
          fail(w, "independent article shares %.0f%% of 8-word shingles with %s" %
               (100 * shared, b["id"]))

  # Corpus-wide minimums.
  by_format = collections.Counter(format_of(a["file"]) for a in arts)
  n_quotes = sum(len(a["quotes"]) for a in arts)
  quoted = sum(1 for a in arts if a["quotes"])
  used_outlets = {a["outlet"] for a in arts}
  if len(arts) < 64:
    fail("corpus", "%d articles, want 64" % len(arts))
  if len(used_outlets) < 8:
    fail("corpus", "%d outlets, want 8" % len(used_outlets))
  if len(stories) < 7:
    fail("corpus", "%d stories, want 7" % len(stories))
  for f in ("txt", "txt.gz", "html", "html.gz", "jsonl", "jsonl.gz", "warc", "warc.gz"):
    if by_format[f] < 4:
      fail("corpus", "%d articles in .%s, want 4" % (by_format[f], f))
  if n_quotes < 150 or quoted < 40:
    fail("corpus", "%d quotes in %d articles, want 150 in 40" % (n_quotes, quoted))
  size = sum(os.path.getsize(os.path.join(r, n)) for r, _, ns in os.walk(EXAMPLES) for n in ns
             if "__pycache__" not in r)
  if size > 2 * 1024 * 1024:
    fail("corpus", "examples/ is %d bytes, want under 2 MB" % size)

  print("articles %d, files %d, quotes %d in %d articles, examples/ %d bytes" %
        (len(arts), len(files), n_quotes, quoted, size))
  print("formats:", dict(sorted(by_format.items())))
  print("kinds:", dict(sorted(collections.Counter(a["kind"] for a in arts).items())))
  print("stories:", dict(sorted(collections.Counter(a["story"] for a in arts).items())))
  print("outlets:", dict(sorted(collections.Counter(a["outlet"] for a in arts).items())))
  for e in errors:
    print("ERROR", e)
  print("%d errors" % len(errors))
  return 1 if errors else 0


if __name__ == "__main__":
  sys.exit(main())

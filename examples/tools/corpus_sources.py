"""Parses the authoring sources of dyad's sample corpus (examples/tools/sources/).

Shared by build_corpus.py (which renders the corpus files and the manifest) and
check_manifest.py (which verifies the manifest against the rendered files).

Source format, one file per story (sNN-*.txt):

    story: s1
    label: short label
    description: one or two sentences

    === a01
    outlet: Meridian Wire
    title: Headline
    published: 2024-07-10
    slug: nato-leaders-china-russia
    kind: original            (original|exact_copy|syndicated|spun|partial|independent)
    copy_of: a01              (copies; for partial, the article paragraphs come from)
    spin_rate: 0.3            (spun only)
    author: Name              (optional)
    file: corpus/text/x.txt   (where it is rendered; several articles may share a
                               .jsonl or .warc file, in order of appearance)
    style: key=value ...      (rendering options, see build_corpus.py)
    ---
    Paragraphs, separated by blank lines. Quotes are marked inline:
      [[quoted words]]{speaker form}      speaker: key from speakers.txt, or -
      [[more words]]{speaker +}           continuation of the previous part
      [[changed words]]{speaker form ~a05} alters a quote of article a05
    "@include a01 2-3" on its own line copies paragraphs 2..3 of a01.
    ---
    E: SRC TGT ROOT | exact sentence          (expected event)
    N: reason | exact sentence                (sentence that must NOT give an event)

Copies without a body (exact_copy, syndicated, spun) take the original's body.
"""

import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = os.path.join(HERE, "sources")

QUOTE_RE = re.compile(r"\[\[(.+?)\]\]\{([^}]*)\}")


class Quote:
  def __init__(self, text, speaker_key, form, part_of=None, altered_article=None):
    self.text = text
    self.speaker_key = speaker_key
    self.form = form
    self.part_of = part_of  # index of first part within the article's quotes
    self.altered_article = altered_article  # article id, or None
    self.altered_text = None  # filled in by resolve()


class Article:
  def __init__(self, aid):
    self.id = aid
    self.meta = {}
    self.raw_body = []  # list of paragraph source strings
    self.events = []
    self.non_events = []
    self.story = None
    # Filled by resolve():
    self.paragraphs = None  # list of list of (text, quote index or None)
    self.quotes = None
    self.measured_spin = None

  def body_text(self):
    return ["".join(t for t, _ in p) for p in self.paragraphs]


def load_speakers():
  speakers = {}
  with open(os.path.join(SOURCES, "speakers.txt"), encoding="utf-8") as f:
    for line in f:
      line = line.strip()
      if not line or line.startswith("#"):
        continue
      key, rest = line.split("=", 1)
      name, role, actor = [x.strip() for x in rest.split("|")]
      speakers[key.strip()] = {
          "speaker": name,
          "role": role or None,
          "actor": None if actor in ("", "null") else actor,
      }
  return speakers


def load_outlets():
  outlets = []
  with open(os.path.join(SOURCES, "outlets.txt"), encoding="utf-8") as f:
    for line in f:
      line = line.strip()
      if not line or line.startswith("#"):
        continue
      name, host, url_style, kind = [x.strip() for x in line.split("|")]
      outlets.append({"name": name, "host": host, "url_style": url_style, "kind": kind})
  return outlets


def parse_story_file(path):
  story = {}
  articles = []
  cur = None
  section = None  # "meta" | "body" | "labels"
  para = []
  with open(path, encoding="utf-8") as f:
    lines = f.read().split("\n")

  def flush_para():
    if para:
      cur.raw_body.append(" ".join(x.strip() for x in para))
      para.clear()

  for line in lines:
    if line.startswith("=== "):
      if cur is not None and section == "body":
        flush_para()
      cur = Article(line[4:].strip())
      cur.story = story["id"]
      articles.append(cur)
      section = "meta"
      continue
    if cur is None:
      if ":" in line:
        k, v = line.split(":", 1)
        story[k.strip() if k.strip() != "story" else "id"] = v.strip()
      continue
    if line.strip() == "---":
      if section == "meta":
        section = "body"
      elif section == "body":
        flush_para()
        section = "labels"
      continue
    if section == "meta":
      if line.strip():
        k, v = line.split(":", 1)
        cur.meta[k.strip()] = v.strip()
    elif section == "body":
      if line.strip():
        para.append(line)
      else:
        flush_para()
    elif section == "labels":
      s = line.strip()
      if s.startswith("E:"):
        head, sent = s[2:].split("|", 1)
        src, tgt, root = head.split()
        cur.events.append({"source": src, "target": tgt, "root": root,
                           "sentence": QUOTE_RE.sub(r"\1", sent.strip())})
      elif s.startswith("N:"):
        why, sent = s[2:].split("|", 1)
        cur.non_events.append({"why": why.strip(),
                               "sentence": QUOTE_RE.sub(r"\1", sent.strip())})
      elif s:
        raise ValueError("%s: bad label line %r" % (cur.id, s))
  if cur is not None and section == "body":
    flush_para()
  return story, articles


def load_all():
  stories, articles = [], []
  for name in sorted(os.listdir(SOURCES)):
    if re.match(r"s\d+.*\.txt$", name):
      s, a = parse_story_file(os.path.join(SOURCES, name))
      stories.append(s)
      articles.extend(a)
  by_id = {}
  for a in articles:
    if a.id in by_id:
      raise ValueError("duplicate article id " + a.id)
    by_id[a.id] = a
  for a in articles:
    resolve(a, by_id)
  return stories, articles, by_id


def parse_paragraph(src, quotes):
  """Turns one marked-up paragraph into segments, appending to quotes."""
  segs = []
  pos = 0
  for m in QUOTE_RE.finditer(src):
    if m.start() > pos:
      segs.append((src[pos:m.start()], None))
    words = m.group(2).split()
    key = words[0]
    altered = None
    form = None
    part_of = None
    for w in words[1:]:
      if w.startswith("~"):
        altered = w[1:]
      elif w == "+":
        # continuation: part of the most recent first part of this speaker
        for i in range(len(quotes) - 1, -1, -1):
          if quotes[i].speaker_key == key:
            part_of = quotes[i].part_of if quotes[i].part_of is not None else i
            form = quotes[part_of].form
            break
        else:
          raise ValueError("continuation without first part: " + m.group(0))
      else:
        form = w
    if form is None:
      raise ValueError("quote without form: " + m.group(0))
    quotes.append(Quote(m.group(1), key, form, part_of, altered))
    segs.append((m.group(1), len(quotes) - 1))
    pos = m.end()
  if pos < len(src):
    segs.append((src[pos:], None))
  return segs


def copy_paragraphs(paras, quotes_from, quotes_to):
  """Copies segment paragraphs and their quotes into another article."""
  remap = {}
  out = []
  for p in paras:
    np = []
    for text, qi in p:
      if qi is None:
        np.append((text, None))
        continue
      q = quotes_from[qi]
      nq = Quote(q.text, q.speaker_key, q.form, None, q.altered_article)
      nq.altered_text = q.altered_text
      if q.part_of is not None and q.part_of in remap:
        nq.part_of = remap[q.part_of]
      quotes_to.append(nq)
      remap[qi] = len(quotes_to) - 1
      np.append((text, len(quotes_to) - 1))
    out.append(np)
  return out


def resolve(a, by_id, depth=0):
  if a.paragraphs is not None:
    return
  if depth > 10:
    raise ValueError("include loop at " + a.id)
  kind = a.meta["kind"]
  a.quotes = []
  if not a.raw_body:
    if kind not in ("exact_copy", "syndicated", "spun"):
      raise ValueError(a.id + ": empty body")
    orig = by_id[a.meta["copy_of"]]
    resolve(orig, by_id, depth + 1)
    a.paragraphs = copy_paragraphs(orig.paragraphs, orig.quotes, a.quotes)
    if kind == "spun":
      import spinner
      rate = float(a.meta["spin_rate"])
      seed = int(a.id[1:]) * 7919
      a.paragraphs, a.measured_spin = spinner.spin_paragraphs(a.paragraphs, rate, seed)
      for qi, q in enumerate(a.quotes):
        new = "".join(t for p in a.paragraphs for t, i in p if i == qi)
        if new != q.text:
          q.altered_text = q.text
          q.altered_article = orig.id
          q.text = new
      for ev in orig.events:
        pass  # spun copies carry no event labels: sentences changed
    return
  paras = []
  for src in a.raw_body:
    m = re.match(r"@include (a\d+) (\d+)-(\d+)$", src.strip())
    if m:
      other = by_id[m.group(1)]
      resolve(other, by_id, depth + 1)
      lo, hi = int(m.group(2)), int(m.group(3))
      paras.extend(copy_paragraphs(other.paragraphs[lo - 1:hi], other.quotes, a.quotes))
    else:
      paras.append(parse_paragraph(src, a.quotes))
  a.paragraphs = paras
  for q in a.quotes:
    if q.altered_article and q.altered_text is None:
      other = by_id[q.altered_article]
      resolve(other, by_id, depth + 1)
      q.altered_text = closest_quote(q, other)


def closest_quote(q, other):
  import difflib
  best, best_r = None, 0.0
  for oq in other.quotes:
    r = difflib.SequenceMatcher(None, q.text.split(), oq.text.split()).ratio()
    if r > best_r:
      best, best_r = oq.text, r
  if best is None or best_r < 0.5:
    raise ValueError("no original found for altered quote %r in %s" % (q.text, other.id))
  return best

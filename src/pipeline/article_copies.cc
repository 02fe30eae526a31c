// CopyLinker (see article_copies.h). The earlier side of a candidate pair is
// read from the current batch when it is there, otherwise from the store;
// so are its quotation spans (for the quote-shared kind): a record's quotes
// are the ones stored with it, so a pair gets the same link whether its
// articles came in one run or two.
#include "pipeline/article_copies.h"

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>

#include "pipeline/parallel_for.h"

namespace dyad::pipeline {
namespace {

// Candidates verified per article, those with the most evidence first (same
// content, then most bands): in a flood of near-identical articles each new
// one links to this many earlier ones, which is enough to join its group,
// and costs bounded time.
constexpr size_t kMaxVerified = 16;

// Once an article has this many whole-article links, candidates in the copy
// group those links put it in are not verified: the article is placed in
// the group and related to several members; the rest would cost a
// comparison each and change neither the group nor its original. A new
// member of a group of up to 5 is still compared with every earlier member;
// a flood of near-identical articles (one group) costs this many
// comparisons per article instead of kMaxVerified.
constexpr uint32_t kMaxLinksIntoGroup = 4;

bool IsWhole(CopyKind k) {
  return k == CopyKind::kExact || k == CopyKind::kNear || k == CopyKind::kSyndicated ||
         k == CopyKind::kSpun;
}

// The quotation spans CopySide wants: sorted, not overlapping.
void SortSpans(std::vector<Span>* out) {
  std::sort(out->begin(), out->end(),
            [](Span a, Span b) { return a.begin != b.begin ? a.begin < b.begin : a.end < b.end; });
  // CopySide wants them not overlapping: keep the outermost.
  std::vector<Span> kept;
  for (Span s : *out) {
    if (!kept.empty() && s.begin < kept.back().end) {
      kept.back().end = std::max(kept.back().end, s.end);
    } else {
      kept.push_back(s);
    }
  }
  *out = std::move(kept);
}

// The spans of an article's quotes: the record's when it has them (they are
// what the store holds), else the store's.
Status LoadQuotes(Store& store, const std::string& id, const ArticleRecord* rec,
                  std::vector<Span>* out) {
  if (rec != nullptr && rec->quoted) {
    for (const Quote& q : rec->quotes) out->push_back(q.inner);
  } else {
    auto side = store.CopySideOf(id);
    if (!side.ok()) return side.status();
    *out = std::move(side->quotes);
  }
  SortSpans(out);
  return Status::OK();
}

StoredCopyLink ToStored(const CopyLink& link, const std::string& article,
                        const std::string& other) {
  StoredCopyLink out;
  out.article = article;
  out.other = other;
  out.kind = link.kind;
  out.rule = std::string(link.rule);
  out.coverage_article = link.coverage_b;
  out.coverage_other = link.coverage_a;
  out.identity = link.identity;
  for (const AlignedPassage& p : link.passages) {
    out.passages.push_back({p.a, p.b});
    out.changed_words += p.substituted_words;
  }
  return out;
}

}  // namespace

CopyLinker::CopyLinker(Store& store, const ProvenanceOptions& options)
    : store_(store), options_(options), index_(options) {}

// The quotes of article `id` as the quote linker takes them: the record's
// (in `text`, the article's text) when they are what the store holds, else
// the store's; `stored` keeps the latter's words alive.
Status QuotesToLink(Store& store, const std::string& id, const ArticleRecord* rec,
                    std::string_view text, std::vector<StoredQuote>* stored,
                    std::vector<QuoteAt>* out) {
  if (rec != nullptr && rec->quoted) {
    for (size_t i = 0; i < rec->quotes.size(); ++i) {
      const Span inner = rec->quotes[i].inner;
      if (inner.end > text.size() || inner.begin > inner.end) continue;
      out->push_back({static_cast<uint32_t>(i), inner, inner.view(text)});
    }
    return Status::OK();
  }
  QuoteFilter filter;
  filter.article = id;
  auto quotes = store.QueryQuotes(filter);
  if (!quotes.ok()) return quotes.status();
  *stored = std::move(*quotes);
  for (const StoredQuote& q : *stored) out->push_back({q.ordinal, q.quote.inner, q.text});
  return Status::OK();
}

// Adds to `copies` a quote-shared copy link for each other article whose
// quotes linked with this one's share at least `min_words` words, when the
// pair has no copy link yet; its passages are the linked quotes.
void AddQuoteSharedLinks(const std::vector<FoundQuoteLink>& found, uint32_t min_words,
                         const std::function<bool(const std::string&)>& same_group,
                         ArticleCopies* copies) {
  std::map<std::string, std::vector<const FoundQuoteLink*>> by_other;
  for (const FoundQuoteLink& f : found) {
    const StoredQuoteLink& q = f.link;
    by_other[q.article == copies->article ? q.other : q.article].push_back(&f);
    copies->quote_links.push_back(q);
  }
  for (const auto& [other, links] : by_other) {
    bool linked = false;
    for (const StoredCopyLink& l : copies->links) linked |= l.other == other || l.article == other;
    uint32_t common = 0, longer = 0;
    for (const FoundQuoteLink* f : links) {
      common += f->link.common_words;
      if (f->link.similarity > 0)
        longer += static_cast<uint32_t>(f->link.common_words / f->link.similarity + 0.5);
    }
    if (linked || common < min_words || same_group(other)) continue;
    const bool later = links.front()->link.article == copies->article;
    StoredCopyLink link;
    link.article = later ? copies->article : other;
    link.other = later ? other : copies->article;
    link.kind = CopyKind::kQuoteShared;
    link.rule = "quotes-linked";
    link.identity = longer > 0 ? static_cast<double>(common) / longer : 0;
    for (const FoundQuoteLink* f : links)
      link.passages.push_back({f->other_inner, f->article_inner});
    std::sort(link.passages.begin(), link.passages.end(),
              [](const auto& x, const auto& y) { return x.article.begin < y.article.begin; });
    copies->links.push_back(std::move(link));
  }
}

Result<std::shared_ptr<const CopyLinker::EarlierSide>> CopyLinker::Earlier(uint32_t id) {
  if (auto hit = cache_.find(id); hit != cache_.end()) return hit->second;
  auto side = store_.CopySideOf(ids_[id]);
  if (!side.ok()) return side.status();
  auto read = std::make_shared<EarlierSide>();
  read->stored_text = std::move(side->text);
  read->own_text = std::make_unique<CopyText>(read->stored_text);
  read->text = read->own_text.get();
  read->outlet = std::move(side->outlet);
  read->published = std::move(side->published);
  read->quotes = std::move(side->quotes);
  SortSpans(&read->quotes);
  if (cache_order_.size() >= kCachedSides) {
    cache_.erase(cache_order_.front());
    cache_order_.pop_front();
  }
  cache_order_.push_back(id);
  cache_.emplace(id, read);
  return std::shared_ptr<const EarlierSide>(std::move(read));
}

Status CopyLinker::Warm() {
  std::vector<std::string> ids;
  auto fps = store_.CopyFingerprints(&ids);
  if (!fps.ok()) return fps.status();
  index_.Reserve(fps->size());
  for (size_t i = 0; i < fps->size(); ++i) {
    if (index_of_.contains(ids[i])) continue;
    index_.Add(static_cast<uint32_t>(ids_.size()), (*fps)[i]);
    ids_.push_back(std::move(ids[i]));
    words_.push_back((*fps)[i].words);
    index_of_.emplace(ids_.back(), static_cast<uint32_t>(ids_.size() - 1));
    parent_.push_back(static_cast<uint32_t>(parent_.size()));
  }
  // The stored groups, for the kMaxLinksIntoGroup rule.
  auto groups = store_.CopyGroups();
  if (!groups.ok()) return groups.status();
  for (const StoredCopyGroup& g : *groups) {
    auto first = index_of_.find(g.original);
    if (first == index_of_.end()) continue;
    for (const std::string& m : g.members)
      if (auto at = index_of_.find(m); at != index_of_.end()) JoinGroups(first->second, at->second);
  }
  return quotes_.Warm(store_);
}

uint32_t CopyLinker::GroupOf(uint32_t id) {
  while (parent_[id] != id) id = parent_[id] = parent_[parent_[id]];
  return id;
}

void CopyLinker::JoinGroups(uint32_t a, uint32_t b) {
  a = GroupOf(a);
  b = GroupOf(b);
  if (a != b) parent_[std::max(a, b)] = std::min(a, b);
}

Result<uint64_t> CopyLinker::Link(const std::vector<ArticleRecord>& batch,
                                  const std::vector<ArticleState>& states, unsigned threads) {
  std::vector<size_t> todo;
  for (size_t i = 0; i < batch.size(); ++i) {
    if (!states[i].copies && !index_of_.contains(batch[i].id)) todo.push_back(i);
  }
  if (todo.empty()) return uint64_t{0};
  // An article stored before this run keeps its stored text (a record
  // with the same id may differ in white space): links point into it.
  std::vector<std::string> stored_texts(todo.size());
  std::vector<std::string_view> views(todo.size());
  for (size_t k = 0; k < todo.size(); ++k) {
    views[k] = batch[todo[k]].article.text;
    if (!states[todo[k]].stored) continue;
    auto stored = store_.GetArticle(batch[todo[k]].id);
    if (!stored.ok()) return stored.status();
    stored_texts[k] = std::move(stored->article.text);
    views[k] = stored_texts[k];
  }
  std::vector<std::unique_ptr<CopyText>> texts(todo.size());
  std::vector<CopyFingerprint> fps(todo.size());
  ParallelFor(todo.size(), threads, [&](size_t k) {
    texts[k] = std::make_unique<CopyText>(views[k]);
    fps[k] = FingerprintText(*texts[k], options_);
  });
  std::map<uint32_t, size_t> in_batch;  // index id -> position in todo
  std::vector<ArticleCopies> out;
  for (size_t k = 0; k < todo.size(); ++k) {
    const ArticleRecord& rec = batch[todo[k]];
    if (index_of_.contains(rec.id)) continue;  // the same article twice in the batch
    const auto self = static_cast<uint32_t>(ids_.size());
    std::vector<CopyCandidate> candidates = index_.Add(self, fps[k]);
    if (candidates.size() > kMaxVerified) candidates.resize(kMaxVerified);
    ids_.push_back(rec.id);
    words_.push_back(fps[k].words);
    index_of_.emplace(rec.id, self);
    parent_.push_back(self);
    in_batch[self] = k;
    ArticleCopies copies;
    copies.article = rec.id;
    copies.fingerprint = std::move(fps[k]);
    if (!candidates.empty()) {
      std::vector<Span> b_quotes;
      // An article stored before this run: its text and quotes are the store's.
      const bool fresh = !states[todo[k]].stored;
      Status s = LoadQuotes(store_, rec.id, fresh ? &rec : nullptr, &b_quotes);
      if (!s.ok()) return s;
      const CopySide side_b{texts[k].get(), rec.article.outlet, b_quotes};
      uint32_t whole_links = 0;
      for (const CopyCandidate& c : candidates) {
        if (whole_links >= kMaxLinksIntoGroup && GroupOf(c.id) == GroupOf(self)) continue;
        // Fewer words on both sides than partial reuse needs: no link but an
        // exact one is possible (CompareArticles: too-little-aligned).
        if (!c.same_content &&
            std::max(words_[c.id], copies.fingerprint.words) < options_.partial_min_words)
          continue;
        std::shared_ptr<const EarlierSide> a;
        auto found = in_batch.find(c.id);
        if (found != in_batch.end()) {
          const size_t at = todo[found->second];
          auto own = std::make_shared<EarlierSide>();
          own->outlet = batch[at].article.outlet;
          own->published = batch[at].article.published;
          s = LoadQuotes(store_, ids_[c.id], states[at].stored ? nullptr : &batch[at],
                         &own->quotes);
          if (!s.ok()) return s;
          own->text = texts[found->second].get();
          a = std::move(own);
        } else {
          auto read = Earlier(c.id);
          if (!read.ok()) return read.status();
          a = std::move(read).value();
        }
        const CopySide side_a{a->text, a->outlet, a->quotes};
        // The earlier-published article is the source; on a tie, the
        // earlier-ingested one (a).
        const bool b_first = ComparePublished(rec.article.published, a->published) < 0;
        CopyLink link = b_first ? CompareArticles(side_b, side_a, options_)
                                : CompareArticles(side_a, side_b, options_);
        if (IsWhole(link.kind)) {
          ++whole_links;
          JoinGroups(self, c.id);
        }
        if (link.kind != CopyKind::kNone)
          copies.links.push_back(b_first ? ToStored(link, ids_[c.id], rec.id)
                                         : ToStored(link, rec.id, ids_[c.id]));
      }
    }
    std::vector<StoredQuote> stored_quotes;
    std::vector<QuoteAt> quotes;
    Status s = QuotesToLink(store_, rec.id, states[todo[k]].stored ? nullptr : &rec, views[k],
                            &stored_quotes, &quotes);
    if (!s.ok()) return s;
    std::vector<FoundQuoteLink> found;
    quotes_.Link(rec.id, rec.article.published, quotes, &found);
    // Members of one copy group left unverified (kMaxLinksIntoGroup) are
    // copies, not articles sharing quotations.
    auto same_group = [&](const std::string& other) {
      auto at = index_of_.find(other);
      return at != index_of_.end() && GroupOf(at->second) == GroupOf(self);
    };
    AddQuoteSharedLinks(found, options_.partial_min_words, same_group, &copies);
    out.push_back(std::move(copies));
  }
  return store_.PutCopyLinks(out);
}

}  // namespace dyad::pipeline

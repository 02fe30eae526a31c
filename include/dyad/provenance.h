// dyad/provenance.h: which articles are copies of which, and of what kind:
// exact copies, near-duplicates, syndicated wire stories, "spun" rewrites
// (synonyms swapped in by a content farm) and partial reuse of a few
// paragraphs, each link with the passages it rests on and the rule that
// made it; and, for each group of copies, its original.
//
// Three steps, each usable on its own:
//
//   1. CopyText + FingerprintText: an article's words (matching form,
//      lowercased, each with its byte span) and a small fingerprint: a
//      content hash, two one-permutation MinHash sketches (word shingles;
//      and the "skeleton" spinners leave alone: function words, names,
//      numbers, quotation marks and punctuation, with content words as
//      wildcards) and a few paragraph anchors.
//   2. CopyIndex: banded LSH over the fingerprints, incremental: Add() an
//      article and get back the earlier articles that may be copies of it.
//      No pass over all pairs; a few hundred bytes per article.
//   3. CompareArticles: seed-and-extend alignment of a candidate pair on
//      word and skeleton hashes, the aligned passages (byte offsets in both
//      texts, the words changed inside them), and the link's kind.
//
//   dyad::ProvenanceOptions opt;
//   dyad::CopyIndex index(opt);
//   for (uint32_t id = 0; id < articles.size(); ++id) {
//     dyad::CopyText t(articles[id].text);
//     for (const dyad::CopyCandidate& c : index.Add(id, dyad::FingerprintText(t, opt))) {
//       dyad::CopyLink link = dyad::CompareArticles(side(c.id), side(id), opt);
//       if (link.kind != dyad::CopyKind::kNone) ...;  // link.rule says why
//     }
//   }
//
// docs/provenance.md explains the method, the parameters and the figures.
// All functions are pure and thread-safe; a CopyIndex is not thread-safe
// (one writer, or external locking).
#ifndef DYAD_PROVENANCE_H_
#define DYAD_PROVENANCE_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/text.h"

namespace dyad {

// ---- Options ---------------------------------------------------------------

struct ProvenanceOptions {
  // Word shingles: this many consecutive words (lowercased matching form).
  uint32_t shingle_words = 4;
  // The word sketch has word_bands * word_rows one-permutation MinHash bins;
  // LSH makes two articles candidates when all rows of one band agree. The
  // S-curve P(candidate | Jaccard s) = 1 - (1 - s^rows)^bands; with 16 x 4:
  // s = 0.5 -> 0.64, 0.6 -> 0.89, 0.7 -> 0.99, 0.8 -> 0.9996.
  uint32_t word_bands = 16;
  uint32_t word_rows = 4;
  // Skeleton shingles: this many consecutive skeleton tokens. The skeleton
  // sketch is banded the same way; with 15 x 5: s = 0.5 -> 0.38,
  // 0.6 -> 0.70, 0.7 -> 0.94, 0.8 -> 0.997. On the sample corpus, spun
  // copies have skeleton similarity 0.57-1.0 and independent articles about
  // the same event at most 0.05 (docs/provenance.md).
  uint32_t skeleton_shingle = 5;
  uint32_t skeleton_bands = 15;
  uint32_t skeleton_rows = 5;
  // Paragraph anchors (for partial copies): the smallest word-shingle hash
  // of each paragraph of at least this many words, the `max_anchors` with
  // the smallest hashes kept (consistent sampling: a copied paragraph picks
  // the same anchor in both articles).
  uint32_t anchor_min_words = 20;
  uint32_t max_anchors = 16;
  // Hot-bucket cap: an LSH bucket holds at most this many articles (the
  // first ones; later ones are not stored there, and are counted), so a
  // thousand identical articles cost bounded time and memory.
  uint32_t max_bucket = 48;

  // ---- Verification (CompareArticles) ----
  // A whole-article copy: the aligned words cover at least
  // `whole_min_coverage` of one article and `whole_max_coverage` of the
  // other (a trimmed wire story covers all of itself and half the original).
  double whole_min_coverage = 0.5;
  double whole_max_coverage = 0.8;
  // Share of the aligned words that are identical in both: at least this
  // for a near or syndicated copy; below it (with the skeleton aligned) the
  // copy is spun.
  double near_identity = 0.98;
  // Passages shorter than this many words are not reuse (a shared phrase,
  // a short quotation); partial reuse needs at least `partial_min_words`
  // aligned words in total.
  uint32_t min_passage_words = 12;
  uint32_t partial_min_words = 25;
  // Share of a passage's words that must be identical (not just skeleton)
  // for it to count: unrelated text shares function words by chance.
  double min_passage_identity = 0.4;
};

// ---- Words ------------------------------------------------------------------

// One word (or number) of an article, as provenance compares it.
struct CopyToken {
  uint64_t word = 0;      // hash of the lowercased matching form
  uint32_t skeleton = 0;  // its skeleton key: the word hash for function
                          // words, names and numbers; kContentWord otherwise
  Span span;              // bytes in the article text
  static constexpr uint32_t kContentWord = 1;
};

// An article's text as provenance sees it: the words and numbers of its
// matching form (dyad::MatchingText: curly quotes, dashes and spaces made
// plain), lowercased, with spans in the original text; and the skeleton
// stream (punctuation and quotation marks included, content-word runs made
// one wildcard) that the spin-robust sketch is built from.
// Keeps a view of `text`: the text must outlive it.
class CopyText {
 public:
  explicit CopyText(std::string_view text);

  std::string_view text() const { return text_; }
  const std::vector<CopyToken>& tokens() const { return tokens_; }
  // Skeleton stream (keys only), as described above.
  const std::vector<uint32_t>& skeleton() const { return skeleton_; }
  // Paragraphs as token index ranges [begin, end) into tokens().
  const std::vector<std::pair<uint32_t, uint32_t>>& paragraphs() const { return paragraphs_; }
  // Hash of the word sequence: equal for texts that differ only in case,
  // white space, punctuation and quotation-mark style; 0 for a text with no
  // word.
  uint64_t content_hash() const { return content_hash_; }

 private:
  std::string_view text_;
  std::vector<CopyToken> tokens_;
  std::vector<uint32_t> skeleton_;
  std::vector<std::pair<uint32_t, uint32_t>> paragraphs_;
  uint64_t content_hash_ = 0;
};

// Returns true iff `lowercase_word` (ASCII) is an English function word
// (article, pronoun, preposition, conjunction, auxiliary, common adverb):
// the words spinners leave in place.
bool IsFunctionWord(std::string_view lowercase_word);

// ---- Fingerprints and the index --------------------------------------------

// What the index needs of an article.
struct CopyFingerprint {
  uint64_t content_hash = 0;
  uint32_t words = 0;
  std::vector<uint32_t> word_sketch;      // word_bands * word_rows bins
  std::vector<uint32_t> skeleton_sketch;  // skeleton_bands * skeleton_rows bins
  std::vector<uint32_t> anchors;          // at most max_anchors, sorted
};

// The fingerprint of a text. Texts with fewer words than a shingle get the
// shingle of all their words (one word still has a sketch; no word: empty
// sketches, content_hash 0, never a candidate of anything).
CopyFingerprint FingerprintText(const CopyText& text, const ProvenanceOptions& options);

// Share of bins where two sketches agree: an estimate of the Jaccard
// similarity of their shingle sets. 0 when either is empty or sizes differ.
double EstimateJaccard(std::span<const uint32_t> a, std::span<const uint32_t> b);

// An earlier article that may be a copy, and why it came up.
struct CopyCandidate {
  uint32_t id = 0;
  uint16_t word_bands = 0;      // word-sketch bands that agree
  uint16_t skeleton_bands = 0;  // skeleton-sketch bands that agree
  uint16_t anchors = 0;         // paragraph anchors in common
  bool same_content = false;    // content hashes equal
};

// Banded LSH over fingerprints, growing one article at a time: one hash
// table per band (plus one for paragraph anchors and one for content
// hashes) whose slots hold an article id, or head a chain of (id, next)
// entries when a bucket has more than one. No sketch or text is kept:
// candidates are verified by the caller (CompareArticles on the texts).
// Memory: 10-20 bytes per table slot, one slot per band key (bands +
// anchors + 1), plus 8 bytes per entry in shared buckets; docs/provenance.md
// gives the measured bytes per article (MemoryBytes() counts them).
class CopyIndex {
 public:
  explicit CopyIndex(ProvenanceOptions options = ProvenanceOptions());
  ~CopyIndex();
  CopyIndex(CopyIndex&&) noexcept;
  CopyIndex& operator=(CopyIndex&&) noexcept;

  // The indexed articles sharing a bucket with `fp`, each once, those with
  // more evidence first (same content, then most bands). Articles with an
  // empty fingerprint match nothing. At most max_bucket per bucket.
  std::vector<CopyCandidate> Query(const CopyFingerprint& fp) const;

  // Query(fp), then stores `fp` under `id`. REQUIRES: `id` was not added
  // before, id < 2^31. Ids are the caller's.
  std::vector<CopyCandidate> Add(uint32_t id, const CopyFingerprint& fp);

  // Makes room for `articles` articles, so that adding them moves nothing
  // (optional; without it tables double as they fill).
  void Reserve(size_t articles);

  size_t size() const;
  // Bytes the index holds (tables and entries, capacity included).
  size_t MemoryBytes() const;
  // Band entries not stored because their bucket was full.
  uint64_t capped_entries() const;

 private:
  struct Impl;
  Impl* impl_;
};

// ---- Verification -----------------------------------------------------------

enum class CopyKind : uint8_t {
  kNone,         // not a copy
  kExact,        // the same words, same outlet (or an outlet unknown)
  kNear,         // nearly the same words (edits, cuts, boilerplate), same outlet
  kSyndicated,   // the same or nearly the same words under another outlet
  kSpun,         // the same article with words swapped for synonyms
  kPartial,      // some paragraphs reused in an otherwise different article
  kQuoteShared,  // the only common passages are quotations in both
};
std::string_view CopyKindName(CopyKind k);

// One side of a comparison.
struct CopySide {
  const CopyText* text = nullptr;  // REQUIRES: not null
  std::string_view outlet;         // "" when unknown
  // Hook for the quotes module: spans of quotations in text (the words
  // between the marks, sorted, not overlapping). When given for both sides
  // and at least 80% of the words of every aligned passage lie inside
  // quotations on both (a passage may run over "..., she said. ..."), the
  // link is kQuoteShared, not kPartial.
  std::span<const Span> quotes;
};

// A word-level difference inside an aligned passage: words of `a` replaced
// by words of `b` (either may be empty: a deletion or an insertion).
struct WordChange {
  Span a;
  Span b;
};

// A passage of `a` aligned with a passage of `b`.
struct AlignedPassage {
  Span a;                // bytes in a's text
  Span b;                // bytes in b's text
  uint32_t words_a = 0;  // words of a in the passage
  uint32_t words_b = 0;
  uint32_t same_words = 0;         // words identical in both, in step
  uint32_t substituted_words = 0;  // words in step with a different word
                                   // (gaps between aligned runs not counted)
  std::vector<WordChange> changes;
};

struct CopyLink {
  CopyKind kind = CopyKind::kNone;
  std::string_view rule;  // the rule that decided (see docs/provenance.md)
  double coverage_a = 0;  // share of a's words inside aligned passages
  double coverage_b = 0;
  double identity = 0;                   // same / (same + substituted) words of the passages
  std::vector<AlignedPassage> passages;  // sorted by position in b
};

// Aligns `a` and `b` (seeds: runs of skeleton keys in both; extension along
// the diagonal, identical words and content-for-content substitutions
// scored, X-drop) and classifies the pair. Linear in the texts' sizes
// (repeated seeds are capped). Returns kind kNone with a rule saying why
// when the pair is not a copy.
CopyLink CompareArticles(const CopySide& a, const CopySide& b, const ProvenanceOptions& options);

// ---- Originals --------------------------------------------------------------

struct CopyMember {
  uint32_t id = 0;
  std::string_view published;  // ISO 8601 as in Article::published; "" unknown
  uint32_t words = 0;          // CopyText::tokens().size()
};

struct OriginalChoice {
  uint32_t id = 0;
  // "earliest-published": the only member with the earliest date;
  // "timed-before-day-only": the same, but it beat a member dated by day
  // only, on its own day, by having a time (ComparePublished);
  // "most-complete": among those tied for the earliest date (or all, when
  // none has a date), the only one with the most words; "first-id": still
  // tied, the lowest id; "only-member": a group of one.
  std::string_view rule;
};

// The original of a group of copies: earliest publication
// (ComparePublished: by day, a timed date before a day-only one, then by
// time; unknown dates last), then most complete (most words), then lowest
// id. REQUIRES: `members` not empty.
OriginalChoice ChooseOriginal(std::span<const CopyMember> members);

// Which of two publication dates (ISO 8601, as Article::published; ""
// unknown) is earlier: < 0 when `x` is, > 0 when `y` is, 0 when the dates
// cannot tell. Dates compare by day; on the same day a date with a time
// comes before one without (a day-only date says less: aggregators and
// feeds re-date copies by day), and two times compare; an unknown date
// comes after every known one. ChooseOriginal orders members
// by it, and ingest orders a link's two ends by it (the earlier-published
// article is the source, ingest order breaking a tie).
int ComparePublished(std::string_view x, std::string_view y);

// A link found between two articles, as GroupCopies takes it.
struct CopyEdge {
  uint32_t a = 0;
  uint32_t b = 0;
  CopyKind kind = CopyKind::kNone;
};

// A group of copies of one article, and its original.
struct CopyGroup {
  std::vector<uint32_t> members;  // ids, sorted
  OriginalChoice original;
};

// The copy groups of `members`: articles joined, directly or through
// others, by whole-article links (exact, near, syndicated, spun). Partial
// and quote-shared links join no group (an article that reuses two
// paragraphs is not a copy of their source). Groups of two or more, sorted
// by their smallest id; edges naming an id not in `members` are ignored.
std::vector<CopyGroup> GroupCopies(std::span<const CopyEdge> edges,
                                   std::span<const CopyMember> members);

}  // namespace dyad

#endif  // DYAD_PROVENANCE_H_

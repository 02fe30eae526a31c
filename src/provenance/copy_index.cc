// CopyIndex: banded LSH over CopyFingerprints, one open-addressing table
// per band (word bands, skeleton bands, paragraph anchors, content hash),
// each slot holding one article id, or the head of a chain of (article id,
// next) entries when the bucket has more. A bucket
// holds at most max_bucket entries: later articles are not stored there.
#include <algorithm>
#include <memory>
#include <utility>

#include "dyad/provenance.h"
#include "provenance/hash_mix.h"

namespace dyad {
namespace {

enum class BandKind : uint8_t { kWord, kSkeleton, kAnchor, kContent };

struct Entry {
  uint32_t id;
  uint32_t next;  // entry index + 1 of the next in the chain; 0 ends it
};

// Open addressing, linear probing (at most 80% full); key 0 marks an empty
// slot. Keys are
// 32-bit band hashes: two buckets whose keys collide merge, which can only
// add candidates (CompareArticles rejects them), never lose one.
class BandTable {
 public:
  // Returns the slot's chain head (0 when the key is new) and a reference
  // to it for insertion.
  uint32_t* Find(uint32_t key, bool insert) {
    if (insert && (used_ + 1) * 5 > slots_.size() * 4) Grow();
    if (slots_.empty()) return nullptr;
    const size_t mask = slots_.size() - 1;
    for (size_t pos = provenance::Mix64(key) & mask;; pos = (pos + 1) & mask) {
      Slot& s = slots_[pos];
      if (s.key == key) return &s.head;
      if (s.key == 0) {
        if (!insert) return nullptr;
        s.key = key;
        ++used_;
        return &s.head;
      }
    }
  }
  const uint32_t* Find(uint32_t key) const {
    return const_cast<BandTable*>(this)->Find(key, false);
  }
  size_t bytes() const { return slots_.capacity() * sizeof(Slot); }
  void Reserve(size_t keys) {
    while (slots_.size() * 4 < keys * 5) Grow();
  }

 private:
  struct Slot {
    uint32_t key = 0;
    uint32_t head = 0;
  };
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot());
    const size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.key == 0) continue;
      size_t pos = provenance::Mix64(s.key) & mask;
      while (slots_[pos].key != 0) pos = (pos + 1) & mask;
      slots_[pos] = s;
    }
  }
  std::vector<Slot> slots_;
  size_t used_ = 0;
};

uint32_t BandKey(std::span<const uint32_t> rows, uint32_t band) {
  uint64_t h = provenance::Mix64(0x9E3779B97F4A7C15ULL * (band + 1));
  for (uint32_t v : rows) h = provenance::Mix64(h ^ v);
  return provenance::Key32(h);
}

// Chain entries in fixed blocks: growing never copies them, and no more
// than one block is ever unused (a vector's doubling could leave half).
class EntryStore {
 public:
  static constexpr uint32_t kBlockBits = 16;
  Entry& operator[](uint32_t i) { return blocks_[i >> kBlockBits][i & kMask]; }
  const Entry& operator[](uint32_t i) const { return blocks_[i >> kBlockBits][i & kMask]; }
  // Appends; returns the new entry's index + 1.
  uint32_t Push(Entry e) {
    if ((size_ & kMask) == 0) blocks_.push_back(std::make_unique<Entry[]>(size_t{1} << kBlockBits));
    (*this)[size_] = e;
    return ++size_;
  }
  size_t bytes() const {
    return blocks_.size() * (sizeof(Entry) << kBlockBits) + blocks_.capacity() * sizeof(void*);
  }

 private:
  static constexpr uint32_t kMask = (1u << kBlockBits) - 1;
  std::vector<std::unique_ptr<Entry[]>> blocks_;
  uint32_t size_ = 0;
};

struct Hit {
  uint32_t id;
  BandKind kind;
};

}  // namespace

struct CopyIndex::Impl {
  ProvenanceOptions options;
  std::vector<BandTable> word_tables, skeleton_tables;
  BandTable anchor_table, content_table;
  EntryStore entries;
  size_t articles = 0;
  uint64_t capped = 0;

  explicit Impl(ProvenanceOptions o)
      : options(o), word_tables(o.word_bands), skeleton_tables(o.skeleton_bands) {}

  // Each (table, key) of a fingerprint.
  template <typename F>
  void ForEachKey(const CopyFingerprint& fp, F f) {
    if (fp.content_hash == 0) return;
    f(content_table, provenance::Key32(fp.content_hash), BandKind::kContent);
    std::span<const uint32_t> w(fp.word_sketch);
    if (w.size() == size_t{options.word_bands} * options.word_rows)
      for (uint32_t b = 0; b < options.word_bands; ++b)
        f(word_tables[b], BandKey(w.subspan(b * options.word_rows, options.word_rows), b),
          BandKind::kWord);
    std::span<const uint32_t> s(fp.skeleton_sketch);
    if (s.size() == size_t{options.skeleton_bands} * options.skeleton_rows)
      for (uint32_t b = 0; b < options.skeleton_bands; ++b)
        f(skeleton_tables[b],
          BandKey(s.subspan(b * options.skeleton_rows, options.skeleton_rows), b),
          BandKind::kSkeleton);
    for (uint32_t a : fp.anchors) f(anchor_table, a, BandKind::kAnchor);
  }

  // A slot's head is 0 (empty), kSingle | id (one article, no entry: most
  // band keys are unique), or entry index + 1 of a chain.
  static constexpr uint32_t kSingle = 0x80000000u;

  // Walks a bucket (at most max_bucket entries); returns its length.
  uint32_t Collect(uint32_t head, BandKind kind, std::vector<Hit>* hits) const {
    if (head & kSingle) {
      hits->push_back({head & ~kSingle, kind});
      return 1;
    }
    uint32_t n = 0;
    for (uint32_t e = head; e != 0 && n < options.max_bucket; e = entries[e - 1].next, ++n)
      hits->push_back({entries[e - 1].id, kind});
    return n;
  }

  std::vector<CopyCandidate> Merge(std::vector<Hit>& hits) const {
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.id < b.id; });
    std::vector<CopyCandidate> out;
    for (const Hit& h : hits) {
      if (out.empty() || out.back().id != h.id) out.push_back({.id = h.id});
      CopyCandidate& c = out.back();
      switch (h.kind) {
        case BandKind::kWord: ++c.word_bands; break;
        case BandKind::kSkeleton: ++c.skeleton_bands; break;
        case BandKind::kAnchor: ++c.anchors; break;
        case BandKind::kContent: c.same_content = true; break;
      }
    }
    std::sort(out.begin(), out.end(), [](const CopyCandidate& a, const CopyCandidate& b) {
      if (a.same_content != b.same_content) return a.same_content;
      const int sa = a.word_bands + a.skeleton_bands + a.anchors;
      const int sb = b.word_bands + b.skeleton_bands + b.anchors;
      return sa != sb ? sa > sb : a.id < b.id;
    });
    return out;
  }
};

CopyIndex::CopyIndex(ProvenanceOptions options) : impl_(new Impl(options)) {}
CopyIndex::~CopyIndex() {
  delete impl_;
}
CopyIndex::CopyIndex(CopyIndex&& o) noexcept : impl_(o.impl_) {
  o.impl_ = nullptr;
}
CopyIndex& CopyIndex::operator=(CopyIndex&& o) noexcept {
  std::swap(impl_, o.impl_);
  return *this;
}

std::vector<CopyCandidate> CopyIndex::Query(const CopyFingerprint& fp) const {
  std::vector<Hit> hits;
  impl_->ForEachKey(fp, [&](BandTable& t, uint32_t key, BandKind kind) {
    if (const uint32_t* head = std::as_const(t).Find(key)) impl_->Collect(*head, kind, &hits);
  });
  return impl_->Merge(hits);
}

std::vector<CopyCandidate> CopyIndex::Add(uint32_t id, const CopyFingerprint& fp) {
  std::vector<Hit> hits;
  impl_->ForEachKey(fp, [&](BandTable& t, uint32_t key, BandKind kind) {
    uint32_t* head = t.Find(key, true);
    const uint32_t n = impl_->Collect(*head, kind, &hits);
    if (n >= impl_->options.max_bucket) {
      ++impl_->capped;
      return;
    }
    if (*head == 0) {
      *head = Impl::kSingle | id;
      return;
    }
    if (*head & Impl::kSingle) *head = impl_->entries.Push({*head & ~Impl::kSingle, 0});
    *head = impl_->entries.Push({id, *head});
  });
  ++impl_->articles;
  return impl_->Merge(hits);
}

void CopyIndex::Reserve(size_t articles) {
  const ProvenanceOptions& o = impl_->options;
  for (BandTable& t : impl_->word_tables) t.Reserve(articles);
  for (BandTable& t : impl_->skeleton_tables) t.Reserve(articles);
  impl_->content_table.Reserve(articles);
  impl_->anchor_table.Reserve(articles * o.max_anchors / 2);
}

size_t CopyIndex::size() const {
  return impl_->articles;
}

size_t CopyIndex::MemoryBytes() const {
  size_t bytes = sizeof(Impl) + impl_->entries.bytes();
  for (const BandTable& t : impl_->word_tables) bytes += t.bytes() + sizeof(BandTable);
  for (const BandTable& t : impl_->skeleton_tables) bytes += t.bytes() + sizeof(BandTable);
  return bytes + impl_->anchor_table.bytes() + impl_->content_table.bytes();
}

uint64_t CopyIndex::capped_entries() const {
  return impl_->capped;
}

}  // namespace dyad

// Internal to store: the provenance tables' SQL (copy_fingerprints,
// copy_links, articles.copy_original): writing an article's fingerprint and
// links, regrouping copies, and the queries behind QueryCopies, CopyGroups
// and OriginalOf.
#ifndef DYAD_STORE_COPY_ROWS_H_
#define DYAD_STORE_COPY_ROWS_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "dyad/status.h"
#include "dyad/store.h"
#include "store/sqlite_handle.h"

namespace dyad::store {

// Little-endian uint32 values as a BLOB, and back (Corruption when the
// blob's size is not a multiple of 4).
std::string EncodeUint32s(std::span<const uint32_t> values);
Status DecodeUint32s(std::string_view blob, std::vector<uint32_t>* out);

// The statements that write provenance, prepared once per connection.
class CopyWriter {
 public:
  Status Prepare(Database& db);
  // Stores the fingerprint and links of article `rowid`; `ends` is
  // parallel to copies.links: each link's (article, other) rowids. Returns
  // the number of links stored.
  Result<uint64_t> Put(int64_t rowid, const ArticleCopies& copies,
                       const std::vector<std::pair<int64_t, int64_t>>& ends);
  // Recomputes the copy group of article `rowid` (its component over
  // whole-article links) and sets every member's original and rule; adds
  // the members' rowids to `members` (so a batch regroups a component once).
  Status Regroup(int64_t rowid, std::unordered_set<int64_t>* members);

 private:
  Statement fingerprint_, link_, component_, set_original_;
};

// The statements behind Store::CopySideOf, prepared once per connection.
class CopySideReader {
 public:
  Status Prepare(Database& db);
  Result<StoredCopySide> Read(const std::string& id);

 private:
  Statement article_, quotes_;
};

// Links of article `rowid` (either side), or every link when rowid < 0.
Result<std::vector<StoredCopyLink>> RunCopyQuery(Database& db, int64_t rowid);
// Every fingerprint, in rowid order; ids parallel.
Result<std::vector<CopyFingerprint>> RunFingerprintQuery(Database& db,
                                                         std::vector<std::string>* ids);
// Every group, by original id.
Result<std::vector<StoredCopyGroup>> RunGroupsQuery(Database& db);
// The group of article `rowid` (id `id`).
Result<StoredCopyGroup> RunGroupOf(Database& db, int64_t rowid, const std::string& id);

}  // namespace dyad::store

#endif  // DYAD_STORE_COPY_ROWS_H_

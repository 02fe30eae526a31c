// Internal to the store tests of relations and exports: a coded event and
// an article record carrying events, with only what those tests look at
// (codes, date, QuadClass, Goldstein; the article's id, date, outlet).
#ifndef DYAD_STORE_CODED_RECORDS_FOR_TEST_H_
#define DYAD_STORE_CODED_RECORDS_FOR_TEST_H_

#include <string>
#include <utility>
#include <vector>

#include "dyad/store.h"

namespace dyad {

inline StoredEvent CodedEvent(std::string source, std::string code, std::string target,
                              int32_t date, int quad = 1, double goldstein = 0) {
  StoredEvent e;
  e.date = date;
  e.source.code = std::move(source);
  e.target.code = std::move(target);
  e.code = std::move(code);
  e.root = e.code.substr(0, 2);
  e.quad_class = quad;
  e.goldstein = goldstein;
  e.sentence_span = {0, 4};
  e.verb = {0, 4};
  e.verb_entry = "verbs.txt:1";
  return e;
}

inline ArticleRecord CodedRecord(const std::string& id, const std::string& published,
                                 std::vector<StoredEvent> events) {
  ArticleRecord r;
  r.id = id;
  r.article.title = "T" + id;
  r.article.published = published;
  r.article.outlet = "Outlet";
  r.article.text = "Text " + id;
  r.source = "test";
  r.coded = true;
  r.events = std::move(events);
  return r;
}

}  // namespace dyad

#endif  // DYAD_STORE_CODED_RECORDS_FOR_TEST_H_

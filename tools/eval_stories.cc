// eval_stories: clusters the sample corpus (examples/corpus, read and
// extracted as dyad stores it) into stories in date order and scores the
// clustering against the manifest's story labels with B-cubed precision,
// recall and F1. Also checks the manifest's hard cases: stories whose
// description names another story (same actors, same week, a different
// happening) must not share a found story.
//
// Then the store path: ingests examples/corpus into a scratch store as
// `dyad ingest` does (coding with the default dictionaries, quotes, copies,
// stories in arrival order, actor codes from the events, copies joining
// their original's story) and scores the stored stories the same way.
//
// Usage: eval_stories [--examples DIR] [--threshold X] [--gap DAYS] [--sweep] [--check]
//                     [--no-store]
//   --check     exit 1 unless F1 >= 0.90 and no hard-case pair is merged, on
//               both paths
//   --sweep     also print B-cubed P/R/F1 for thresholds 0.10..0.60 (library path)
//   --no-store  skip the store path
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "dyad/dictionary.h"
#include "dyad/pipeline.h"
#include "dyad/store.h"
#include "dyad/stories.h"
#include "quotes/quote_gold.h"

#include <unistd.h>
#include <filesystem>

namespace {

struct BCubed {
  double p = 0, r = 0;
  double f1() const { return p + r > 0 ? 2 * p * r / (p + r) : 0; }
};

// B-cubed over items: precision of an item is the share of its found cluster
// that shares its gold label; recall the share of its gold class found with it.
BCubed Score(const std::vector<std::string>& gold, const std::vector<int64_t>& found) {
  BCubed b;
  const size_t n = gold.size();
  for (size_t i = 0; i < n; ++i) {
    size_t same_found = 0, same_gold = 0, both = 0;
    for (size_t j = 0; j < n; ++j) {
      const bool f = found[j] == found[i], g = gold[j] == gold[i];
      same_found += f, same_gold += g, both += f && g;
    }
    b.p += double(both) / same_found;
    b.r += double(both) / same_gold;
  }
  b.p /= n, b.r /= n;
  return b;
}

// Each article's story in a store that ingested `examples`/corpus, by
// manifest id (-1 when not stored); prints the stored stories.
bool StoredStories(const std::string& examples, const std::vector<dyad::quotes::GoldArticle>& gold,
                   const dyad::StoryOptions& options, std::map<std::string, int64_t>* found) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("eval_stories_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  struct Cleanup {
    fs::path p;
    ~Cleanup() { fs::remove_all(p); }
  } cleanup{dir};
  std::vector<dyad::DictionaryProblem> problems;
  auto dict =
      dyad::LoadDefaultDictionaries(std::string(DYAD_SOURCE_DIR) + "/data/dictionaries", &problems);
  if (!dict.ok()) {
    std::cerr << "eval_stories: " << dict.status().ToString() << "\n";
    return false;
  }
  dyad::Coder coder(&*dict);
  auto store = dyad::OpenSqliteStore((dir / "store.db").string());
  if (!store.ok()) {
    std::cerr << "eval_stories: " << store.status().ToString() << "\n";
    return false;
  }
  dyad::IngestOptions io;
  io.coder = &coder;
  io.story_options = options;
  auto ingest = dyad::RunIngest({examples + "/corpus"}, **store, io);
  if (!ingest.ok()) {
    std::cerr << "eval_stories: ingest: " << ingest.status().ToString() << "\n";
    return false;
  }
  std::map<std::string, std::string> manifest_of;  // stored id -> a manifest id
  for (const auto& g : gold) {
    (*found)[g.id] = -1;
    manifest_of.emplace(dyad::ArticleId(g.article), g.id);
  }
  auto stories = (*store)->QueryStories({});
  if (!stories.ok()) {
    std::cerr << "eval_stories: " << stories.status().ToString() << "\n";
    return false;
  }
  std::map<std::string, std::vector<std::string>> ids_of;  // stored id -> manifest ids
  for (const auto& g : gold) ids_of[dyad::ArticleId(g.article)].push_back(g.id);
  std::printf("\nstore path: %llu articles ingested, %zu stories\n",
              static_cast<unsigned long long>(ingest->articles_new), stories->size());
  for (auto it = stories->rbegin(); it != stories->rend(); ++it) {
    auto full = (*store)->GetStory(it->id);
    if (!full.ok()) {
      std::cerr << "eval_stories: " << full.status().ToString() << "\n";
      return false;
    }
    std::printf("  story %u: %s\n   ", full->id, full->label.c_str());
    for (const auto& m : full->members) {
      for (const auto& id : ids_of[m.article]) {
        (*found)[id] = full->id;
        std::printf(" %s", id.c_str());
      }
      if (ids_of[m.article].empty()) std::printf(" (%s)", m.article.c_str());
    }
    std::printf("\n    actors:");
    for (const auto& a : full->key_actors) std::printf(" %s", a.c_str());
    std::printf("\n");
  }
  return true;
}

std::string Day(int32_t d) {
  if (d == 0) return "undated";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d / 10000, d / 100 % 100, d % 100);
  return buf;
}

}  // namespace

int main(int argc, char** argv) {
  std::string examples = std::string(DYAD_SOURCE_DIR) + "/examples";
  dyad::StoryOptions options;
  bool check = false, sweep = false, store_path = true;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--examples" && i + 1 < argc) {
      examples = argv[++i];
    } else if (a == "--threshold" && i + 1 < argc) {
      options.threshold = std::stod(argv[++i]);
    } else if (a == "--gap" && i + 1 < argc) {
      options.cold_gap_days = std::stoi(argv[++i]);
    } else if (a == "--check") {
      check = true;
    } else if (a == "--sweep") {
      sweep = true;
    } else if (a == "--no-store") {
      store_path = false;
    } else {
      std::cerr << "usage: eval_stories [--examples DIR] [--threshold X] [--gap DAYS] [--sweep] "
                   "[--check] [--no-store]\n";
      return 2;
    }
  }
  auto corpus = dyad::quotes::LoadCorpusGold(examples);
  if (!corpus.ok()) {
    std::cerr << "eval_stories: " << corpus.status().ToString() << "\n";
    return 1;
  }
  // The labels: each article's "story", and hard-case pairs from the
  // stories' descriptions ("... as story s3", "must not merge with s2").
  std::map<std::string, std::string> story_of;
  std::set<std::pair<std::string, std::string>> hard_pairs;
  {
    std::ifstream in(examples + "/corpus-manifest.json");
    nlohmann::json m = nlohmann::json::parse(in, nullptr, false);
    if (m.is_discarded() || !m.contains("stories")) {
      std::cerr << "eval_stories: " << examples << "/corpus-manifest.json has no stories\n";
      return 1;
    }
    for (const auto& a : m["articles"]) story_of[a.value("id", "")] = a.value("story", "");
    const std::regex ref("\\bs[0-9]+\\b");
    for (const auto& s : m["stories"]) {
      const std::string id = s.value("id", ""), text = s.value("description", "");
      for (std::sregex_iterator it(text.begin(), text.end(), ref), end; it != end; ++it)
        if (it->str() != id) hard_pairs.insert(std::minmax(id, it->str()));
    }
  }
  std::vector<dyad::StoryArticle> articles;
  for (const auto& g : *corpus) {
    dyad::StoryArticle s;
    s.id = g.id;
    s.title = g.article.title;
    s.outlet = g.article.outlet;
    s.date = dyad::StoryDate(g.article.published);
    s.features = dyad::ComputeStoryFeatures(g.article.title, g.article.text);
    articles.push_back(std::move(s));
  }
  auto run = [&](const dyad::StoryOptions& o, std::vector<std::string>& gold,
                 std::vector<int64_t>& found) {
    dyad::StoryClusterer c = dyad::ClusterStoriesInBatch(articles, o);
    gold.clear(), found.clear();
    for (const auto& a : articles) {
      gold.push_back(story_of[a.id]);
      found.push_back(c.StoryOf(a.id));
    }
    return c;
  };
  std::vector<std::string> gold;
  std::vector<int64_t> found;
  if (sweep) {
    std::printf("threshold    P      R      F1    stories\n");
    for (int t = 10; t <= 60; t += 5) {
      dyad::StoryOptions o = options;
      o.threshold = t / 100.0;
      auto c = run(o, gold, found);
      BCubed b = Score(gold, found);
      std::printf("  %.2f     %.3f  %.3f  %.3f  %zu\n", o.threshold, b.p, b.r, b.f1(),
                  c.story_count());
    }
  }
  dyad::StoryClusterer c = run(options, gold, found);
  size_t undated = 0;
  for (const auto& a : articles) undated += a.date == 0;
  std::printf("corpus: %zu articles (%zu undated, assigned by content alone), %zu gold stories\n",
              articles.size(), undated, std::set<std::string>(gold.begin(), gold.end()).size());
  std::printf("options: threshold %.2f, cold gap %d days\n", options.threshold,
              options.cold_gap_days);
  for (const auto& s : c.Summaries()) {
    std::map<std::string, int> labels;
    for (const auto& id : s.articles) ++labels[story_of[id]];
    std::printf("\nstory %u: %s [%s]\n  %s .. %s, %zu articles:", s.id, s.label.c_str(),
                s.label_article.c_str(), Day(s.first_date).c_str(), Day(s.last_date).c_str(),
                s.articles.size());
    for (const auto& id : s.articles) std::printf(" %s(%s)", id.c_str(), story_of[id].c_str());
    std::printf("\n  outlets: %zu; key terms:", s.outlets.size());
    for (const auto& t : s.key_terms) std::printf(" %s", t.c_str());
    std::printf("\n");
  }
  auto report = [&](const char* path, const std::vector<int64_t>& f, size_t count) {
    BCubed b = Score(gold, f);
    std::printf("\n%s: B-cubed P=%.3f R=%.3f F1=%.3f (%zu stories found)\n", path, b.p, b.r, b.f1(),
                count);
    bool hard_ok = true;
    for (const auto& [x, y] : hard_pairs) {
      size_t merged = 0;
      for (size_t i = 0; i < gold.size(); ++i)
        for (size_t j = 0; j < gold.size(); ++j)
          merged += gold[i] == x && gold[j] == y && f[i] == f[j];
      std::printf("hard case %s / %s: %s (%zu article pairs share a story)\n", x.c_str(), y.c_str(),
                  merged ? "MERGED" : "apart", merged);
      if (merged) hard_ok = false;
    }
    if (b.f1() < 0.90 || !hard_ok || hard_pairs.empty()) {
      std::fprintf(stderr, "eval_stories: %s: below target (F1 %.3f, hard cases %s)\n", path,
                   b.f1(), hard_ok ? "apart" : "merged");
      return false;
    }
    return true;
  };
  bool ok =
      report("library path (batch, date order, no actors, no copy links)", found, c.story_count());
  if (store_path) {
    std::map<std::string, int64_t> stored;
    if (!StoredStories(examples, *corpus, options, &stored)) return 1;
    std::vector<int64_t> f;
    std::set<int64_t> distinct;
    for (const auto& a : articles) {
      f.push_back(stored[a.id]);
      distinct.insert(stored[a.id]);
    }
    ok = report("store path (ingest in arrival order, actors, copies)", f, distinct.size()) && ok;
  }
  return check && !ok ? 1 : 0;
}

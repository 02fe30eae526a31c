// relations_bench: the relations query and `dyad export` over a store of 10
// million synthetic events (targets in docs/relations.md: a monthly series
// in under 200 ms; exports in constant memory).
//
// The store is generated at run time into /tmp (its name holds the
// generator's parameters, so a later run with the same ones reuses it):
// 1,000,000 articles over ten years (2015-2024), 10 events each. 20% of
// the articles are copies of an earlier one (same events, published the
// same day or the next, copy group set through articles.copy_original as
// provenance does, so article_groups follows by its trigger). Actors are
// drawn from 40 codes with Zipf-like weights, NATO (IGOWSTNAT) and CHN
// among the frequent ones, with agents (CHNGOV, CHNMIL) a third of the
// time; CAMEO codes from a small table with their QuadClass and Goldstein.
//
// Benchmarks: the monthly NATO-CHN series (both directions) copy-aware,
// one-a-day and counting every report; the weekly series; and `dyad export
// events` (the release binary, run as a child process: events/s and its
// peak resident memory from wait4) in GDELT layout, whole store, and
// folded over one year.
#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "dyad/store.h"
#include "store/relation_rows.h"

namespace {

constexpr int kArticles = 1000000, kEventsPerArticle = 10, kCopyPercent = 20, kSeed = 7;

std::string StorePath() {
  return "/tmp/dyad_relations_bench_a" + std::to_string(kArticles) + "_e" +
         std::to_string(kEventsPerArticle) + "_c" + std::to_string(kCopyPercent) + "_s" +
         std::to_string(kSeed) + "_v" + std::to_string(2) + ".db";
}

void Check(int rc, sqlite3* db, const char* what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    std::fprintf(stderr, "relations_bench: %s: %s\n", what, sqlite3_errmsg(db));
    std::exit(1);
  }
}

struct Code {
  const char* code;
  int quad;
  double goldstein;
};
constexpr Code kCodes[] = {
    {"010", 1, 0.0},  {"020", 1, 3.0},  {"036", 1, 4.0},  {"040", 1, 1.0},   {"043", 1, 2.8},
    {"051", 1, 3.4},  {"057", 2, 8.0},  {"061", 2, 6.4},  {"071", 2, 7.4},   {"081", 2, 5.0},
    {"111", 3, -2.0}, {"112", 3, -2.0}, {"114", 3, -2.0}, {"130", 3, -4.4},  {"138", 3, -7.0},
    {"160", 3, -4.0}, {"172", 4, -5.0}, {"173", 4, -5.0}, {"190", 4, -10.0}, {"193", 4, -10.0}};

const char* const kCountries[] = {
    "USA", "CHN", "RUS", "IGOWSTNAT", "GBR", "FRA",       "DEU",    "JPN", "IND", "UKR",
    "IRN", "ISR", "PSE", "TUR",       "KOR", "PRK",       "TWN",    "BRA", "ZAF", "EGY",
    "SAU", "PAK", "AFG", "SYR",       "IRQ", "IGOEUREEC", "IGOUNO", "AUS", "CAN", "MEX",
    "NGA", "ETH", "KEN", "VNM",       "PHL", "IDN",       "POL",    "ITA", "ESP", "NLD"};
const char* const kAgents[] = {"GOV", "MIL", "BUS", "MED", "OPP"};

// Generates the store at `path` (schema from OpenSqliteStore, rows by bulk
// SQL inserts in one transaction, the events indexes built after).
void Generate(const std::string& path) {
  std::filesystem::remove(path);
  std::filesystem::remove(path + "-wal");
  std::filesystem::remove(path + "-shm");
  {
    auto store = dyad::OpenSqliteStore(path);
    if (!store.ok()) {
      std::fprintf(stderr, "relations_bench: %s\n", store.status().ToString().c_str());
      std::exit(1);
    }
  }
  sqlite3* db = nullptr;
  Check(sqlite3_open(path.c_str(), &db), db, "open");
  Check(sqlite3_exec(db,
                     "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-2000000; "
                     "PRAGMA threads=2; BEGIN; "
                     "INSERT INTO coder_runs VALUES (1, '0123456789abcdef', 'bench', '');",
                     nullptr, nullptr, nullptr),
        db, "begin");
  // Bulk load: the events indexes are dropped and built again afterwards
  // from the schema's own SQL (a sort each, far cheaper than 10 million
  // random B-tree inserts per index).
  std::vector<std::string> indexes;
  {
    sqlite3_stmt* list = nullptr;
    Check(sqlite3_prepare_v2(db,
                             "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                             "tbl_name = 'events' AND sql IS NOT NULL",
                             -1, &list, nullptr),
          db, "list indexes");
    std::vector<std::string> names;
    while (sqlite3_step(list) == SQLITE_ROW) {
      names.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(list, 0)));
      indexes.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(list, 1)));
    }
    sqlite3_finalize(list);
    for (const std::string& name : names) {
      Check(sqlite3_exec(db, ("DROP INDEX " + name).c_str(), nullptr, nullptr, nullptr), db,
            "drop index");
    }
  }
  sqlite3_stmt *art = nullptr, *ev = nullptr, *copy = nullptr;
  Check(sqlite3_prepare_v2(
            db,
            "INSERT INTO articles (rowid, id, title, title_source, published, published_source, "
            "published_evidence, outlet, outlet_source, byline, url, language, text, paragraphs, "
            "sentences, sentence_count, boilerplate_blocks, boilerplate_chars, encoding_repairs, "
            "ingested_at, coder_run) VALUES (?1, printf('%016x', ?1), 'Title ' || ?1, 'meta', ?2, "
            "'meta', '', 'Outlet ' || (?1 % 50), 'meta', '', 'https://example.com/' || ?1, 'en', "
            "'Text of article ' || ?1, x'', x'', 1, 0, 0, 0, '2026-01-01T00:00:00Z', 1)",
            -1, &art, nullptr),
        db, "prepare articles");
  Check(sqlite3_prepare_v2(
            db,
            "INSERT INTO events (article, ordinal, sentence, date, source, source_country, "
            "source_agent, source_name, source_begin, source_end, source_entries, target, "
            "target_country, target_agent, target_name, target_begin, target_end, "
            "target_entries, code, root, quad_class, goldstein, verb_begin, verb_end, "
            "sentence_begin, sentence_end, verb_entry, pattern_entry, paired, intent, "
            "asserted_code, coder_run, rule) VALUES (?1, ?2, ?2, ?3, ?4, substr(?4, 1, 3), '', "
            "'', 0, 5, 'countries.txt:1', ?5, substr(?5, 1, 3), '', '', 10, 15, "
            "'countries.txt:2', ?6, substr(?6, 1, 2), ?7, ?8, 6, 9, 0, 20, 'verbs.txt:1', '', 0, "
            "0, '', 1, 'coder')",
            -1, &ev, nullptr),
        db, "prepare events");
  Check(sqlite3_prepare_v2(db, "UPDATE articles SET copy_original = ?2 WHERE rowid = ?1", -1, &copy,
                           nullptr),
        db, "prepare copies");
  std::mt19937_64 rng(kSeed);
  // Zipf-like actor weights: 1/(rank+1).
  std::vector<double> weights;
  for (size_t i = 0; i < std::size(kCountries); ++i) weights.push_back(1.0 / (i + 1));
  std::discrete_distribution<int> country(weights.begin(), weights.end());
  std::uniform_int_distribution<int> agent(0, 3 * static_cast<int>(std::size(kAgents)) - 1);
  std::uniform_int_distribution<int> code(0, static_cast<int>(std::size(kCodes)) - 1);
  std::uniform_int_distribution<int> day(0, 3652), percent(0, 99), shift(0, 1);
  const int64_t first_day = dyad::store::DaysFromCivil(20150101);
  struct Event {
    std::string source, target;
    int code;
  };
  std::vector<std::vector<Event>> events_of(kArticles + 1);
  std::vector<int64_t> days_of(kArticles + 1), group_of(kArticles + 1, 0);
  auto actor = [&] {
    std::string a = kCountries[country(rng)];
    const int ag = agent(rng);
    if (a.rfind("IGO", 0) != 0 && ag < static_cast<int>(std::size(kAgents))) a += kAgents[ag];
    return a;
  };
  for (int64_t id = 1; id <= kArticles; ++id) {
    // A copy: of an article among the last 5,000, in that article's group.
    int64_t picked = 0, original = 0;
    if (id > 1000 && percent(rng) < kCopyPercent) {
      std::uniform_int_distribution<int64_t> earlier(std::max<int64_t>(1, id - 4999), id - 1);
      picked = earlier(rng);
      original = group_of[picked] > 0 ? group_of[picked] : picked;
    }
    if (original > 0) {
      days_of[id] = days_of[original] + shift(rng);
      events_of[id] = events_of[picked];
    } else {
      days_of[id] = first_day + day(rng);
      for (int k = 0; k < kEventsPerArticle; ++k) {
        std::string s = actor(), t = actor();
        while (t == s) t = actor();
        events_of[id].push_back({s, t, code(rng)});
      }
    }
    const int32_t date = dyad::store::CivilFromDays(days_of[id]);
    char published[16];
    std::snprintf(published, sizeof published, "%04d-%02d-%02d", date / 10000, date / 100 % 100,
                  date % 100);
    sqlite3_reset(art);
    sqlite3_bind_int64(art, 1, id);
    sqlite3_bind_text(art, 2, published, -1, SQLITE_TRANSIENT);
    Check(sqlite3_step(art), db, "insert article");
    for (size_t k = 0; k < events_of[id].size(); ++k) {
      const Event& e = events_of[id][k];
      const Code& c = kCodes[e.code];
      sqlite3_reset(ev);
      sqlite3_bind_int64(ev, 1, id);
      sqlite3_bind_int64(ev, 2, static_cast<int64_t>(k));
      sqlite3_bind_int64(ev, 3, date);
      sqlite3_bind_text(ev, 4, e.source.c_str(), -1, SQLITE_STATIC);
      sqlite3_bind_text(ev, 5, e.target.c_str(), -1, SQLITE_STATIC);
      sqlite3_bind_text(ev, 6, c.code, -1, SQLITE_STATIC);
      sqlite3_bind_int(ev, 7, c.quad);
      sqlite3_bind_double(ev, 8, c.goldstein);
      Check(sqlite3_step(ev), db, "insert event");
    }
    if (original > 0) {
      if (group_of[original] == 0) {  // a new group: its original joins it
        group_of[original] = original;
        sqlite3_reset(copy);
        sqlite3_bind_int64(copy, 1, original);
        sqlite3_bind_int64(copy, 2, original);
        Check(sqlite3_step(copy), db, "group original");
      }
      group_of[id] = original;
      sqlite3_reset(copy);
      sqlite3_bind_int64(copy, 1, id);
      sqlite3_bind_int64(copy, 2, original);
      Check(sqlite3_step(copy), db, "group copy");
    }
    // Copies come from the last 5,000 articles: older events are not needed.
    if (id > 5000) std::vector<Event>().swap(events_of[id - 5000]);
  }
  sqlite3_finalize(art);
  sqlite3_finalize(ev);
  sqlite3_finalize(copy);
  for (const std::string& sql : indexes) {
    Check(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), db, "create index");
  }
  Check(sqlite3_exec(db, "COMMIT; PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;", nullptr, nullptr,
                     nullptr),
        db, "commit");
  sqlite3_close(db);
}

dyad::Store& BenchStore() {
  static std::unique_ptr<dyad::Store> store = [] {
    const std::string path = StorePath();
    if (!std::filesystem::exists(path)) {
      auto t0 = std::chrono::steady_clock::now();
      Generate(path);
      std::fprintf(stderr, "generated %s in %.0f s\n", path.c_str(),
                   std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
    dyad::StoreOptions options;
    options.read_only = true;
    auto opened = dyad::OpenSqliteStore(path, options);
    if (!opened.ok()) {
      std::fprintf(stderr, "relations_bench: %s\n", opened.status().ToString().c_str());
      std::exit(1);
    }
    return std::move(opened).value();
  }();
  return *store;
}

void RunSeries(benchmark::State& state, dyad::RelationQuery q) {
  dyad::Store& store = BenchStore();
  q.a = {"IGOWSTNAT", true};
  q.b = {"CHN", true};
  uint64_t reports = 0, counted = 0, points = 0;
  for (auto _ : state) {
    auto series = store.QueryRelations(q);
    if (!series.ok()) {
      state.SkipWithError(series.status().ToString().c_str());
      return;
    }
    reports = series->reports;
    counted = series->counted;
    points = series->points.size();
    benchmark::DoNotOptimize(series->points.data());
  }
  state.counters["reports_read"] = static_cast<double>(reports);
  state.counters["events_counted"] = static_cast<double>(counted);
  state.counters["buckets"] = static_cast<double>(points);
}

void BM_MonthlyNatoChnCopyAware(benchmark::State& state) {
  RunSeries(state, {});
}
void BM_MonthlyNatoChnOneADay(benchmark::State& state) {
  dyad::RelationQuery q;
  q.one_a_day = true;
  RunSeries(state, q);
}
void BM_MonthlyNatoChnEveryReport(benchmark::State& state) {
  dyad::RelationQuery q;
  q.count = dyad::RelationCount::kReports;
  RunSeries(state, q);
}
void BM_WeeklyNatoChnCopyAware(benchmark::State& state) {
  dyad::RelationQuery q;
  q.bucket = dyad::RelationBucket::kWeek;
  RunSeries(state, q);
}

// Runs `dyad export events` with `args` to /dev/null; reports events/s and
// the child's peak resident memory.
void RunExport(benchmark::State& state, std::vector<std::string> args, uint64_t events) {
  BenchStore();
  std::vector<std::string> argv = {DYAD_EXE, "--db", StorePath(), "export", "events"};
  argv.insert(argv.end(), args.begin(), args.end());
  argv.insert(argv.end(), {"--output", "/dev/null"});
  long max_rss_kb = 0;
  double seconds = 0, cpu_seconds = 0;
  for (auto _ : state) {
    auto t0 = std::chrono::steady_clock::now();
    pid_t pid = fork();
    if (pid == 0) {
      std::vector<char*> raw;
      for (auto& a : argv) raw.push_back(a.data());
      raw.push_back(nullptr);
      int devnull = ::open("/dev/null", 1);
      dup2(devnull, 2);
      execv(raw[0], raw.data());
      _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      state.SkipWithError("dyad export failed");
      return;
    }
    max_rss_kb = usage.ru_maxrss;
    cpu_seconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                  (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    state.SetIterationTime(seconds);
  }
  state.counters["events"] = static_cast<double>(events);
  state.counters["events_per_s"] = static_cast<double>(events) / seconds;
  state.counters["peak_rss_MB"] = static_cast<double>(max_rss_kb) / 1024.0;
  state.counters["child_cpu_s"] = cpu_seconds;
  state.counters["events_per_cpu_s"] = static_cast<double>(events) / cpu_seconds;
}

// The stored event rows with `where` (over events), counted by SQLite.
uint64_t CountEvents(const std::string& where) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(StorePath().c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, ("SELECT count(*) FROM events WHERE " + where).c_str(), -1, &st, nullptr);
  uint64_t n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
  sqlite3_finalize(st);
  sqlite3_close(db);
  return n;
}

void BM_ExportGdeltWholeStore(benchmark::State& state) {
  BenchStore();
  RunExport(state, {"--format", "gdelt"}, CountEvents("1"));
}
void BM_ExportGdeltFoldedOneYear(benchmark::State& state) {
  // events/s counts the stored reports read (before folding).
  BenchStore();
  RunExport(state,
            {"--format", "gdelt", "--fold-copies", "--from", "2020-01-01", "--to", "2020-12-31"},
            CountEvents("date BETWEEN 20200101 AND 20201231"));
}

BENCHMARK(BM_MonthlyNatoChnCopyAware)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_MonthlyNatoChnOneADay)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_MonthlyNatoChnEveryReport)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_WeeklyNatoChnCopyAware)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_ExportGdeltWholeStore)->Unit(benchmark::kSecond)->Iterations(1)->UseManualTime();
BENCHMARK(BM_ExportGdeltFoldedOneYear)->Unit(benchmark::kSecond)->Iterations(1)->UseManualTime();

}  // namespace

BENCHMARK_MAIN();

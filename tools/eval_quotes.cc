// eval_quotes: scores quote and speaker extraction (dyad/quotes.h) against
// the sample corpus manifest (examples/corpus-manifest.json, read from the
// corpus files themselves with ingest + extract) and dyad's extra gold files
// (data/gold/quotes-*.tsv). Ingests nothing and writes nothing.
//
// Prints quote span precision and recall, and speaker accuracy on the
// quotes found, overall, per gold form and per dyad rule; with --verbose,
// every missed, spurious and wrongly attributed quote. With --seeds DIR,
// lists the quotes and speakers found in the text files of DIR instead
// (with --markdown, as one table per file: byte offset of the words, first
// words, speaker, role, actor code, rule).
//
// With --text TEXT, lists the quotes of that text (paragraphs separated by
// blank lines), for trying a sentence.
//
// Usage: eval_quotes [--examples DIR] [--gold FILE]... [--no-dict] [--verbose]
//        eval_quotes --seeds DIR [--markdown]
//        eval_quotes --text TEXT
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "dyad/dictionary.h"
#include "dyad/extract.h"
#include "dyad/ingest.h"
#include "dyad/quotes.h"
#include "quotes/quote_gold.h"

namespace fs = std::filesystem;
using namespace dyad;

namespace {

void PrintCounts(const std::string& label, const quotes::QuoteCounts& c) {
  std::printf("%-22s gold %4d  found %4d  matched %4d  P %.3f  R %.3f  speaker %.3f (%d/%d)\n",
              label.c_str(), c.gold, c.found, c.matched, c.precision(), c.recall(),
              c.speaker_accuracy(), c.speaker_ok, c.matched);
}

class Collect : public DocumentVisitor {
 public:
  void OnDocument(RawDocument doc) override { docs.push_back(std::move(doc)); }
  void OnProblem(const InputProblem& p) override { std::cerr << p.ToString() << "\n"; }
  std::vector<RawDocument> docs;
};

void PrintQuotes(const Article& a, const QuoteOptions& options) {
  for (const Quote& q : ExtractQuotes(a, options)) {
    std::string words(q.inner.view(a.text));
    if (words.size() > 90) {
      size_t cut = 87;
      while (cut > 0 && (static_cast<unsigned char>(words[cut]) & 0xC0) == 0x80) --cut;
      words = words.substr(0, cut) + "...";
    }
    std::printf("- [%s] \"%s\" -- %s", std::string(QuoteRuleName(q.rule)).c_str(), words.c_str(),
                std::string(SpeakerKindName(q.speaker.kind)).c_str());
    if (q.speaker.kind != SpeakerKind::kUnattributed) {
      std::printf(": %s", q.speaker.canonical.c_str());
      if (!q.speaker.role.empty()) std::printf(", %s", q.speaker.role.c_str());
      if (!q.speaker.affiliation.empty()) std::printf(" {%s}", q.speaker.affiliation.c_str());
      if (!q.speaker.actor_code.empty()) std::printf(" [%s]", q.speaker.actor_code.c_str());
      if (q.speaker.name != q.speaker.canonical)
        std::printf(" (as \"%s\")", q.speaker.name.c_str());
    }
    std::printf("\n");
  }
}

// First words of a quote, at most `words` of them, cut at a UTF-8 boundary.
std::string FirstWords(std::string_view s, int words) {
  size_t at = 0;
  for (int n = 0; n < words && at < s.size(); ++n) {
    size_t space = s.find(' ', at);
    if (space == std::string_view::npos) return std::string(s);
    at = space + 1;
  }
  return at >= s.size() ? std::string(s) : std::string(s.substr(0, at > 0 ? at - 1 : 0)) + " …";
}

// One Markdown table of an article's quotes, for docs/quotes-seeds.md.
void PrintQuoteTable(const Article& a, const QuoteOptions& options) {
  std::printf("| start | first words | speaker | role | actor code | rule |\n");
  std::printf("| ---: | --- | --- | --- | --- | --- |\n");
  for (const Quote& q : ExtractQuotes(a, options)) {
    std::string speaker =
        q.speaker.kind == SpeakerKind::kUnattributed
            ? "(unattributed)"
            : q.speaker.canonical + " (" + std::string(SpeakerKindName(q.speaker.kind)) + ")";
    if (q.speaker.kind != SpeakerKind::kUnattributed && q.speaker.name != q.speaker.canonical)
      speaker += " as \"" + q.speaker.name + "\"";
    std::printf("| %u | “%s” | %s | %s | %s | %s |\n", q.inner.begin,
                FirstWords(q.inner.view(a.text), 4).c_str(), speaker.c_str(),
                q.speaker.role.c_str(), q.speaker.actor_code.c_str(),
                std::string(QuoteRuleName(q.rule)).c_str());
  }
}

int ListSeeds(const std::string& dir, const QuoteOptions& options, bool markdown) {
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file()) files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) {
    Collect c;
    (void)ReadPaths({f}, ReaderOptions(), c);
    for (const RawDocument& d : c.docs) {
      auto a = ExtractArticle(d);
      if (!a.ok()) continue;
      std::printf("## %s\n", fs::path(f).filename().c_str());
      if (markdown) {
        PrintQuoteTable(*a, options);
      } else {
        PrintQuotes(*a, options);
      }
    }
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string examples = std::string(DYAD_SOURCE_DIR) + "/examples";
  std::vector<std::string> gold_files;
  std::string seeds, text;
  bool verbose = false, use_dict = true, markdown = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--examples" && i + 1 < argc) {
      examples = argv[++i];
    } else if (a == "--gold" && i + 1 < argc) {
      gold_files.push_back(argv[++i]);
    } else if (a == "--seeds" && i + 1 < argc) {
      seeds = argv[++i];
    } else if (a == "--text" && i + 1 < argc) {
      text = argv[++i];
    } else if (a == "--verbose") {
      verbose = true;
    } else if (a == "--no-dict") {
      use_dict = false;
    } else if (a == "--markdown") {
      markdown = true;
    } else {
      std::cerr << "usage: eval_quotes [--examples DIR] [--gold FILE]... [--no-dict] [--verbose]"
                   " | --seeds DIR [--markdown] | --text TEXT\n";
      return 2;
    }
  }
  if (gold_files.empty()) {
    const fs::path gold_dir = fs::path(DYAD_SOURCE_DIR) / "data" / "gold";
    if (fs::exists(gold_dir))
      for (const auto& e : fs::directory_iterator(gold_dir)) {
        std::string name = e.path().filename().string();
        if (name.starts_with("quotes-") && name.ends_with(".tsv")) gold_files.push_back(e.path());
      }
    std::sort(gold_files.begin(), gold_files.end());
  }
  QuoteOptions options;
  Result<Dictionary> dict = Status::NotFound("no dictionary");
  if (use_dict) {
    std::vector<DictionaryProblem> problems;
    dict = LoadDefaultDictionaries(std::string(DYAD_SOURCE_DIR) + "/data/dictionaries", &problems);
    if (dict.ok()) options.dictionary = &*dict;
  }
  if (!seeds.empty()) return ListSeeds(seeds, options, markdown);
  if (!text.empty()) {
    RawDocument doc;
    doc.source = "--text";
    doc.body = text;
    auto a = ExtractArticle(doc);
    if (!a.ok()) return 1;
    PrintQuotes(*a, options);
    return 0;
  }

  auto corpus = quotes::LoadCorpusGold(examples);
  if (!corpus.ok()) {
    std::cerr << corpus.status().ToString() << "\n";
    return 1;
  }
  std::vector<std::pair<std::string, std::vector<quotes::GoldArticle>>> sets;
  sets.emplace_back("corpus manifest", std::move(corpus).value());
  for (const std::string& f : gold_files) {
    auto extra = quotes::LoadExtraGold(f);
    if (!extra.ok()) {
      std::cerr << extra.status().ToString() << "\n";
      return 1;
    }
    sets.emplace_back(fs::path(f).filename().string(), std::move(extra).value());
  }
  quotes::QuoteEvaluation total;
  for (const auto& [name, articles] : sets) {
    quotes::QuoteEvaluation e;
    quotes::EvaluateQuotes(articles, options, &e);
    quotes::EvaluateQuotes(articles, options, &total);
    std::printf("== %s: %zu articles\n", name.c_str(), articles.size());
    PrintCounts("all", e.all);
    for (const auto& [form, c] : e.by_form) PrintCounts("  form " + form, c);
    for (const auto& [rule, c] : e.by_rule) PrintCounts("  rule " + rule, c);
    if (verbose) {
      for (const auto& o : e.outcomes) {
        if (o.matched && o.speaker_ok) continue;
        const char* what =
            !o.matched ? (o.got_speaker.empty() ? "MISSED " : "SPURIOUS") : "SPEAKER";
        std::printf("%s %s [%s] \"%.80s\" gold=%s got=%s\n", what, o.article.c_str(),
                    o.form_or_rule.c_str(), o.text.c_str(), o.gold_speaker.c_str(),
                    o.got_speaker.c_str());
      }
    }
  }
  std::printf("== total\n");
  PrintCounts("all", total.all);
  return 0;
}

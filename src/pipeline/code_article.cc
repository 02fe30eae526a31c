// CodeArticle, PublicationDay and DescribeDictionaries (see dyad/pipeline.h):
// from an article's stored sentences to the events the store keeps, and the
// fingerprint that says which dictionaries coded them.
#include <xxhash.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "dyad/pipeline.h"
#include "pipeline/quote_attribution.h"

namespace dyad {
namespace {

// "verbs.txt:120" for an entry of /any/folder/verbs.txt: the event's coder
// run lists the files in full, so the base name is enough and keeps rows short.
std::string EntryName(const Dictionary& dict, const Origin& origin) {
  std::string where = dict.Where(origin);
  const size_t slash = where.rfind('/');
  if (slash != std::string::npos) where.erase(0, slash + 1);
  return where;
}

StoredActor ToStored(const EventActor& a, const Dictionary& dict) {
  StoredActor out;
  out.span = a.span;
  out.code = a.code;
  out.country = a.country;
  out.agent = a.agent;
  out.name = a.name;
  for (const Origin& o : a.origins) out.entries.push_back(EntryName(dict, o));
  return out;
}

}  // namespace

std::vector<StoredEvent> CodeArticle(const Coder& coder, std::string_view text,
                                     const std::vector<Sentence>& sentences,
                                     int32_t publication_date, const std::vector<Quote>& quotes) {
  const Dictionary& dict = coder.dictionary();
  std::vector<StoredEvent> out;
  Sentence s;
  for (size_t i = 0; i < sentences.size(); ++i) {
    // Stored sentences keep spans only; tokens are computed here, with
    // offsets moved from the sentence's text to the article's.
    static_cast<Span&>(s) = sentences[i];
    s.paragraph = sentences[i].paragraph;
    s.headline = sentences[i].headline;
    s.tokens = Tokenize(sentences[i].view(text));
    if (s.tokens.empty()) continue;
    for (Token& t : s.tokens) {
      t.begin += s.begin;
      t.end += s.begin;
    }
    std::vector<Event> coded = coder.CodeSentence(text, s, publication_date);
    std::vector<pipeline::QuotedEvent> events;
    if (quotes.empty()) {
      events.reserve(coded.size());
      for (Event& e : coded) events.push_back({std::move(e)});
    } else {
      events =
          pipeline::AttributeQuotes(coder, text, s, publication_date, std::move(coded), quotes);
    }
    for (const pipeline::QuotedEvent& qe : events) {
      const Event& e = qe.event;
      if (e.negated) continue;
      StoredEvent se;
      se.ordinal = static_cast<uint32_t>(out.size());
      se.sentence = static_cast<uint32_t>(i);
      se.date = e.date;
      se.source = ToStored(e.source, dict);
      se.target = ToStored(e.target, dict);
      se.code = e.code;
      se.root = e.root;
      se.quad_class = e.quad_class;
      se.goldstein = e.goldstein;
      se.sentence_span = e.sentence;
      se.verb = e.verb;
      se.verb_entry = EntryName(dict, e.verb_origin);
      if (e.from_pattern) se.pattern_entry = EntryName(dict, e.pattern_origin);
      se.paired = e.paired;
      se.intent = e.intent;
      se.asserted_code = e.asserted_code;
      se.quote = qe.quote;
      if (qe.attributed) se.rule = std::string(pipeline::kQuoteAttributionRule);
      out.push_back(std::move(se));
    }
  }
  return out;
}

int32_t PublicationDay(std::string_view published) {
  if (published.size() < 10) return 0;
  return ParseIsoDate(published.substr(0, 10)).value_or(0);
}

CoderRun DescribeDictionaries(const std::vector<std::string>& files) {
  CoderRun run;
  run.dictionaries = files;
  XXH3_state_t* state = XXH3_createState();
  XXH3_64bits_reset(state);
  for (const std::string& path : files) {
    const std::string name = std::filesystem::path(path).filename().string();
    XXH3_64bits_update(state, name.data(), name.size() + 1);  // with its '\0' as separator
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const uint64_t size = bytes.size();
    XXH3_64bits_update(state, &size, sizeof size);
    XXH3_64bits_update(state, bytes.data(), bytes.size());
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx",
                static_cast<unsigned long long>(XXH3_64bits_digest(state)));
  XXH3_freeState(state);
  run.fingerprint = hex;
  return run;
}

}  // namespace dyad

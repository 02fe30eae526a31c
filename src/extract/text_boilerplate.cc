// Line classifier for plain-text boilerplate (see text_boilerplate.h).
//
// Each rule is a predicate on the line's "key": the line trimmed, ASCII
// lower-cased, curly apostrophes made straight and white space collapsed.
// Rules are generic shapes with small vocabularies (agency names, language
// names, heading phrases); lengths are capped so that a real paragraph that
// happens to start like furniture ("Sign up for ..." in a sentence about
// conscription) is long enough to be kept.
#include "extract/text_boilerplate.h"

#include <algorithm>
#include <array>
#include <string>

#include "dyad/extract.h"
#include "extract/self_reference.h"
#include "extract/string_util.h"

namespace dyad::extract {
namespace {

// The line as matched: lower-case ASCII, ’ and ‘ as ', white space collapsed
// (WriteLineKey).
std::string Key(std::string_view line) {
  std::string out(line.size(), '\0');
  out.resize(WriteLineKey(line, out.data(), out.size()));
  return out;
}

// The first N bytes of Key(s), without building all of it: enough to test
// prefixes of up to N bytes, or equality with words shorter than N (a key
// longer than them shows as N bytes and matches none).
template <size_t N>
class KeyHead {
 public:
  explicit KeyHead(std::string_view s) : size_(WriteLineKey(s, bytes_, N)) {}
  std::string_view view() const { return {bytes_, size_}; }

 private:
  char bytes_[N];
  size_t size_;
};

template <size_t N>
constexpr size_t LongestOf(const std::array<std::string_view, N>& list) {
  size_t longest = 0;
  for (std::string_view x : list) longest = x.size() > longest ? x.size() : longest;
  return longest;
}

// Which bytes start some entry of `list`: a one-load test that rejects most
// lines before any prefix comparison.
template <size_t N>
constexpr std::array<bool, 256> FirstBytesOf(const std::array<std::string_view, N>& list) {
  std::array<bool, 256> first{};
  for (std::string_view x : list) first[static_cast<unsigned char>(x[0])] = true;
  return first;
}

// `key` without trailing punctuation and arrows: "related articles:" ->
// "related articles", "back to top ↑" -> "back to top".
std::string_view StripTrail(std::string_view key) {
  while (!key.empty()) {
    unsigned char c = static_cast<unsigned char>(key.back());
    if (c == ':' || c == '.' || c == ' ' || c == '>' || c == '^' || c == '*' || c == '-') {
      key.remove_suffix(1);
    } else if (c >= 0x80) {  // a trailing arrow, bullet or other symbol
      size_t b = key.size() - 1;
      while (b > 0 && (static_cast<unsigned char>(key[b]) & 0xC0) == 0x80) --b;
      unsigned char lead = static_cast<unsigned char>(key[b]);
      if (lead != 0xE2 && lead != 0xC2) break;  // not a symbol block: stop
      key = key.substr(0, b);
    } else {
      break;
    }
  }
  return key;
}

bool StartsWith(std::string_view s, std::string_view p) {
  return s.substr(0, p.size()) == p;
}
bool Contains(std::string_view s, std::string_view p) {
  return s.find(p) != s.npos;
}

template <size_t N>
bool IsOneOf(std::string_view s, const std::array<std::string_view, N>& list) {
  for (std::string_view x : list) {
    if (s == x) return true;
  }
  return false;
}

size_t WordCount(std::string_view s) {
  return CountWords(s);
}

bool EndsSentence(std::string_view s) {
  s = TrimSpace(s);
  if (s.empty()) return false;
  char c = s.back();
  if (c == '"' || c == '\'' || c == ')') {
    s.remove_suffix(1);
    c = s.empty() ? ' ' : s.back();
  } else if (s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\x9D" ||
                               s.substr(s.size() - 3) == "\xE2\x80\x99")) {
    s.remove_suffix(3);
    c = s.empty() ? ' ' : s.back();
  }
  return c == '.' || c == '!' || c == '?';
}

// ---- Vocabularies -----------------------------------------------------------

// Photo agencies and credit words, lower case.
constexpr std::array<std::string_view, 42> kAgencies = {"getty images",
                                                        "getty",
                                                        "afp",
                                                        "reuters",
                                                        "ap",
                                                        "ap photo",
                                                        "the associated press",
                                                        "associated press",
                                                        "epa",
                                                        "epa-efe",
                                                        "efe",
                                                        "pool",
                                                        "shutterstock",
                                                        "alamy",
                                                        "alamy stock photo",
                                                        "xinhua",
                                                        "bloomberg",
                                                        "anadolu",
                                                        "anadolu agency",
                                                        "sipa",
                                                        "sipa usa",
                                                        "nurphoto",
                                                        "sopa images",
                                                        "lightrocket",
                                                        "tass",
                                                        "sputnik",
                                                        "kyodo",
                                                        "yonhap",
                                                        "dpa",
                                                        "picture alliance",
                                                        "picture-alliance",
                                                        "imago",
                                                        "zuma press",
                                                        "zuma wire",
                                                        "ansa",
                                                        "abaca",
                                                        "handout",
                                                        "file photo",
                                                        "file",
                                                        "courtesy",
                                                        "ap images",
                                                        "afp/getty images"};

// Names of languages as language switchers write them (lower case for
// ASCII; native scripts as is).
constexpr std::array<std::string_view, 48> kLanguageNames = {
    "english",    "español",    "espanol",  "français",   "francais", "deutsch",   "italiano",
    "português",  "portugues",  "русский",  "العربية",    "中文",     "简体",      "繁體",
    "繁体",       "简体中文",   "繁體中文", "日本語",     "한국어",   "türkçe",    "polski",
    "nederlands", "українська", "فارسی",    "हिन्दी",      "bahasa",   "indonesia", "ไทย",
    "עברית",      "ελληνικά",   "svenska",  "română",     "magyar",   "čeština",   "kiswahili",
    "hausa",      "urdu",       "chinese",  "spanish",    "french",   "german",    "arabic",
    "russian",    "japanese",   "korean",   "portuguese", "hindi",    "tiếng việt"};

constexpr std::array<std::string_view, 36> kRelatedHeadings = {"you might also like",
                                                               "you may also like",
                                                               "you might like",
                                                               "you may like",
                                                               "related",
                                                               "related articles",
                                                               "related stories",
                                                               "related news",
                                                               "related content",
                                                               "related coverage",
                                                               "related posts",
                                                               "related topics",
                                                               "more from",
                                                               "more stories",
                                                               "more on this story",
                                                               "recommended",
                                                               "recommended for you",
                                                               "recommended stories",
                                                               "read more",
                                                               "read next",
                                                               "also read",
                                                               "see also",
                                                               "most read",
                                                               "most popular",
                                                               "trending",
                                                               "trending now",
                                                               "popular stories",
                                                               "latest news",
                                                               "top stories",
                                                               "more news",
                                                               "editor's picks",
                                                               "don't miss",
                                                               "also on",
                                                               "read this next",
                                                               "more to explore",
                                                               "keep reading"};

// Teasers: a prefix, then a headline or a prompt ("Trending now: see what
// everyone is reading today").
constexpr std::array<std::string_view, 19> kRelatedLinkPrefixes = {
    "read more:",   "read also:", "also read:",     "related:",    "see also:",
    "read:",        "more:",      "watch:",         "listen:",     "read more -",
    "recommended:", "trending:",  "trending now:",  "most read:",  "popular now:",
    "don't miss:",  "must read:", "editor's pick:", "top stories:"};

constexpr std::array<std::string_view, 9> kBackToTop = {
    "back to top",         "to top",      "scroll to top",
    "return to top",       "top of page", "go to top",
    "back to top of page", "jump to top", "top"};

constexpr std::array<std::string_view, 17> kShare = {"share",
                                                     "share this",
                                                     "share this article",
                                                     "share this story",
                                                     "share on facebook",
                                                     "share on twitter",
                                                     "share on x",
                                                     "share on whatsapp",
                                                     "share via email",
                                                     "share on linkedin",
                                                     "copy link",
                                                     "print",
                                                     "email",
                                                     "tweet",
                                                     "share article",
                                                     "share this post",
                                                     "comments"};

constexpr std::array<std::string_view, 6> kAdvertisement = {"advertisement",
                                                            "advertisements",
                                                            "story continues below advertisement",
                                                            "skip advertisement",
                                                            "article continues below advertisement",
                                                            "ad"};

constexpr std::array<std::string_view, 6> kCommentHeadings = {
    "leave a reply",  "leave a comment", "leave a reply cancel reply",
    "post a comment", "add a comment",   "join the conversation"};

constexpr std::array<std::string_view, 12> kCommentFormExact = {
    "post comment",   "comment",   "name",   "email",   "website", "cancel reply",
    "submit comment", "comment *", "name *", "email *", "submit",  "reply"};

constexpr std::array<std::string_view, 7> kCommentFormPrefixes = {
    "your email address will not be published",
    "required fields are marked",
    "save my name, email, and website in this browser",
    "you must be logged in to post a comment",
    "notify me of follow-up comments",
    "notify me of new posts",
    "this site uses akismet"};

// CreditSuffixStart relies on every marker starting with p, i, c or f.
constexpr std::array<std::string_view, 10> kCreditMarkers = {
    "photo:",  "photos:",       "photograph:",   "image:",        "picture:",
    "credit:", "photo credit:", "image credit:", "image source:", "foto:"};

// ---- Rules ------------------------------------------------------------------

bool IsAgency(std::string_view segment) {
  // "via " and the longest agency: a longer key matches nothing.
  KeyHead<LongestOf(kAgencies) + 5> k(segment);
  std::string_view s = k.view();
  if (StartsWith(s, "via ")) s.remove_prefix(4);
  return IsOneOf(s, kAgencies);
}

// "Sergey Bobirov/Pool/AFP/Getty Images", "AFP via Getty Images",
// "Yves Herman | Reuters": name-like segments, at least one an agency.
bool IsSlashCredit(std::string_view line) {
  if (line.size() > 100 || WordCount(line) > 12 || EndsSentence(line)) return false;
  bool has_separator = Contains(line, "/") || Contains(line, " | ") || Contains(line, " via ");
  if (!has_separator) {
    if (!IsAgency(line)) return false;
    std::string k = Key(line);
    return (Contains(k, "getty") || Contains(k, "shutterstock") || Contains(k, "alamy") ||
            Contains(k, "file photo"));
  }
  bool agency = false;
  size_t b = 0;
  while (b <= line.size()) {
    size_t e = line.find_first_of("/|", b);
    if (e == line.npos) e = line.size();
    std::string_view seg = TrimSpace(line.substr(b, e - b));
    // "AFP via Getty Images": both halves.
    size_t via = seg.find(" via ");
    if (via != seg.npos) {
      agency = agency || IsAgency(seg.substr(0, via)) || IsAgency(seg.substr(via + 1));
    } else if (IsAgency(seg)) {
      agency = true;
    }
    if (seg.empty() || WordCount(seg) > 5) return false;
    for (std::string_view w : SplitWords(seg)) {
      // Names and agencies are capitalised, but for a few particles.
      bool particle = w == "via" || w == "de" || w == "van" || w == "von" || w == "al" ||
                      w == "bin" || w == "da" || w == "del" || w == "la" || w == "le";
      if (!particle && !IsAsciiUpper(w[0]) && static_cast<unsigned char>(w[0]) < 0x80) return false;
    }
    b = e + 1;
  }
  return agency;
}

constexpr std::array<std::string_view, 4> kCreditByMarkers = {"photo by ", "photograph by ",
                                                              "photos by ", "image by "};

// "Photo: AFP", "Image: Yves Herman/REUTERS", "Photo by Jane Doe/AP".
bool IsMarkedCredit(std::string_view line) {
  if (line.size() > 120) return false;
  // Every marker starts with p, i, c or f (the key starts with the line's
  // first byte, lower-cased).
  switch (line.empty() ? '\0' : ToLowerAscii(line[0])) {
    case 'p':
    case 'i':
    case 'c':
    case 'f': break;
    default: return false;
  }
  static_assert(LongestOf(kCreditMarkers) <= 16 && LongestOf(kCreditByMarkers) <= 16);
  KeyHead<16> head(line);
  std::string_view k = head.view();
  std::string_view rest;
  for (std::string_view m : kCreditMarkers) {
    if (StartsWith(k, m)) rest = TrimSpace(std::string_view(line).substr(m.size()));
  }
  if (rest.empty()) {
    for (std::string_view m : kCreditByMarkers) {
      if (StartsWith(k, m)) rest = TrimSpace(std::string_view(line).substr(m.size()));
    }
  }
  if (rest.empty() || rest.size() > 80 || WordCount(rest) > 8) return false;
  // A credit names someone ("Photo: AFP"); a word or two in lower case is a
  // credit too ("Picture: stock", "Photo: supplied").
  bool lower_ok = WordCount(rest) <= 2 && !EndsSentence(rest) && rest.find(',') == rest.npos;
  if (!lower_ok && !IsAsciiUpper(rest[0]) && static_cast<unsigned char>(rest[0]) < 0x80)
    return false;
  // A credit is a name, not a sentence: no ". " between words.
  size_t dot = rest.find(". ");
  while (dot != rest.npos) {
    // Initials ("J. Smith") are fine: a single capital before the dot.
    if (dot < 1 || !(IsAsciiUpper(rest[dot - 1]) && (dot < 2 || rest[dot - 2] == ' ')))
      return false;
    dot = rest.find(". ", dot + 1);
  }
  return true;
}

bool IsImageFileName(std::string_view line) {
  if (line.empty() || line.size() > 200) return false;
  size_t dot = line.rfind('.');
  if (dot == line.npos || dot == 0) return false;
  if (line.size() - dot - 1 < 3 || line.size() - dot - 1 > 4) return false;  // not jpg .. tiff
  std::string ext = ToLowerAsciiCopy(line.substr(dot + 1));
  static constexpr std::array<std::string_view, 10> kExt = {"jpg", "jpeg", "png", "gif", "webp",
                                                            "svg", "avif", "bmp", "tif", "tiff"};
  if (!IsOneOf(std::string_view(ext), kExt)) return false;
  for (char c : line.substr(0, dot)) {
    if (!(IsAsciiAlpha(c) || IsAsciiDigit(c) || c == '_' || c == '-' || c == '.' || c == ' ' ||
          c == '(' || c == ')' || c == '%' || c == '+' || c == '~'))
      return false;
  }
  return true;
}

bool IsLanguageName(std::string_view word) {
  KeyHead<LongestOf(kLanguageNames) + 1> k(word);
  static constexpr std::array<bool, 256> kFirst = FirstBytesOf(kLanguageNames);
  std::string_view key = k.view();
  return !key.empty() && kFirst[static_cast<unsigned char>(key[0])] && IsOneOf(key, kLanguageNames);
}

// "Language : English 简体 繁體", "English | Español | Français".
bool IsLanguageBar(std::string_view line, std::string_view key) {
  if (line.size() > 200) return false;
  std::string_view rest = line;
  bool labelled = false;
  for (std::string_view label : {"languages", "language", "select language", "choose language"}) {
    if (StartsWith(key, label) &&
        (key.size() == label.size() || key[label.size()] == ' ' || key[label.size()] == ':')) {
      rest = line.substr(label.size());
      labelled = true;
      break;
    }
  }
  size_t total = 0, names = 0;
  // The bar needs most words to be names (half with a label, three in four
  // without): once the words that are not names rule that out even if all
  // the words left were names, stop.
  const size_t words = CountWords(rest);
  size_t pos = 0;
  for (std::string_view w = NextWord(rest, &pos); !w.empty(); w = NextWord(rest, &pos)) {
    if (w == ":" || w == "|" || w == "/" || w == "·" || w == "-") continue;
    while (!w.empty() && (w.back() == ',' || w.back() == '|')) w.remove_suffix(1);
    if (!w.empty() && w[0] == ':') w.remove_prefix(1);
    if (w.empty()) continue;
    ++total;
    if (IsLanguageName(w)) ++names;
    const size_t others = total - names;
    if (labelled ? others * 2 > words : others * 4 > words) return false;
  }
  if (labelled) return total >= 1 && names * 2 >= total;
  return total >= 3 && names * 4 >= total * 3;
}

bool IsPrevNext(std::string_view line, std::string_view key) {
  if (line.size() > 300) return false;
  // Every pattern starts with p, n or « (C2 AB); the key starts as the line.
  if (key.empty() || (key[0] != 'p' && key[0] != 'n' && key[0] != '\xC2')) return false;
  for (std::string_view p : {"PREV ", "NEXT ", "PREVIOUS ", "PREV:", "NEXT:", "PREVIOUS:"}) {
    if (StartsWith(line, p)) return true;  // capitals only: "Next week" is text
  }
  for (std::string_view p : {"previous article", "next article", "previous post", "next post",
                             "previous story", "next story", "« previous", "next »"}) {
    if (StartsWith(key, p)) return true;
  }
  return key == "previous" || key == "next" || key == "prev";
}

bool IsPromo(std::string_view line, std::string_view key) {
  if (line.size() > 300) return false;
  bool newsletter = Contains(key, "newsletter") || Contains(key, "inbox");
  if (newsletter && (StartsWith(key, "sign up") || StartsWith(key, "subscribe") ||
                     Contains(key, "sign up for") || Contains(key, "sign up to") ||
                     Contains(key, "subscribe to") || Contains(key, "delivered to your inbox")))
    return true;
  return StartsWith(key, "click here to subscribe") || StartsWith(key, "subscribe now") ||
         StartsWith(key, "subscribe to our") || StartsWith(key, "download our app") ||
         StartsWith(key, "download the app");
}

bool IsFollowUs(std::string_view line, std::string_view key) {
  if (line.size() > 160 || WordCount(line) > 20) return false;
  for (std::string_view p : {"follow us on", "follow us at", "follow us @", "follow us:",
                             "join our whatsapp", "join our telegram", "like us on facebook",
                             "subscribe to our youtube", "follow our whatsapp", "follow us for"}) {
    if (Contains(key, p)) return true;
  }
  // "Follow <Outlet> on ...", "Like and follow <Outlet>!".
  return !FollowLineName(line).empty();
}

// "Advertisement", "Advertisement. Story continues below.": the marker,
// alone or with the "continues below" note.
bool IsAdvertisement(std::string_view line, std::string_view bare) {
  if (line.size() > 60) return false;
  if (IsOneOf(bare, kAdvertisement)) return true;
  for (std::string_view marker : {"advertisement", "sponsored", "ad"}) {
    if (!StartsWith(bare, marker)) continue;
    std::string_view rest = bare.substr(marker.size());
    size_t skip = 0;
    while (skip < rest.size() && (rest[skip] == '.' || rest[skip] == ' ' || rest[skip] == '-' ||
                                  rest[skip] == ':' || rest[skip] == '|'))
      ++skip;
    if (skip == 0) continue;  // "adverts", "advertisements are ..."
    rest = rest.substr(skip);
    for (std::string_view note :
         {"story continues below", "article continues below", "continue reading below",
          "scroll to continue", "content continues below", "the story continues below"}) {
      if (rest == note) return true;
    }
  }
  return bare == "story continues below" || bare == "article continues below";
}

// "Local | National | World | Sports | Obituaries | E-edition": four or more
// short capitalised items separated by '|', '•' or '·', none a sentence.
bool IsNavigationBar(std::string_view line) {
  if (line.size() > 200) return false;
  size_t items = 0, seps = 0;
  size_t b = 0;
  for (size_t i = 0; i <= line.size();) {
    size_t len = 0;
    if (i < line.size()) {
      if (line[i] == '|')
        len = 1;
      else if (line[i] == '\xE2' && line.compare(i, 3, "\xE2\x80\xA2") == 0)
        len = 3;
      else if (line[i] == '\xC2' && line.compare(i, 2, "\xC2\xB7") == 0)
        len = 2;
    }
    if (i < line.size() && len == 0) {
      ++i;
      continue;
    }
    std::string_view item = TrimSpace(line.substr(b, i - b));
    if (item.empty() || item.size() > 30 || WordCount(item) > 4) return false;
    char last = item.back();
    if (last == '.' || last == ',' || last == ';' || last == ':' || last == '?' || last == '!')
      return false;
    if (!IsAsciiUpper(item[0]) && !IsAsciiDigit(item[0]) &&
        static_cast<unsigned char>(item[0]) < 0x80)
      return false;
    if (!ParseDate(item).empty()) return false;  // "Title | Section | Outlet | 10/07/2024"
    ++items;
    if (i == line.size()) break;
    ++seps;
    i += len;
    b = i;
  }
  return items >= 4 && seps + 1 == items;
}

// "Courier file photo", "AP file photo", "Staff photo": a short name and a
// photo noun, nothing else.
bool IsFilePhotoCredit(std::string_view line, std::string_view key) {
  if (line.size() > 50 || WordCount(line) > 5 || EndsSentence(line)) return false;
  for (std::string_view suffix :
       {"file photo", "file image", "file picture", "stock photo", "stock image", "staff photo",
        "handout photo", "file photograph", "pool photo"}) {
    if (key.size() >= suffix.size() && key.substr(key.size() - suffix.size()) == suffix) {
      std::string_view name = TrimSpace(line.substr(0, line.size() - suffix.size()));
      for (std::string_view w : SplitWords(name)) {
        if (!IsAsciiUpper(w[0]) && static_cast<unsigned char>(w[0]) < 0x80) return false;
      }
      return true;
    }
  }
  return false;
}

bool IsUpdateNote(std::string_view line, std::string_view key) {
  if (line.size() > 300 || key.empty() || key[0] != 't') return false;  // "this ...", "the ..."
  for (std::string_view p : {"this story", "this article", "this post", "this report", "this piece",
                             "this page", "the story", "the article"}) {
    if (!StartsWith(key, p)) continue;
    std::string_view rest = TrimSpace(key.substr(p.size()));
    for (std::string_view v :
         {"has been updated", "was updated", "is being updated", "will be updated",
          "has been corrected", "was corrected", "has been amended", "was amended", "is developing",
          "was originally published", "originally appeared", "was first published",
          "first appeared"}) {
      if (StartsWith(rest, v)) return true;
    }
  }
  return StartsWith(key, "this is a developing story") ||
         StartsWith(key, "this is a breaking news story");
}

bool IsRelatedLink(std::string_view line, std::string_view key) {
  if (line.size() > 250) return false;
  static constexpr std::array<bool, 256> kFirst = FirstBytesOf(kRelatedLinkPrefixes);
  if (key.empty() || !kFirst[static_cast<unsigned char>(key[0])]) return false;
  for (std::string_view p : kRelatedLinkPrefixes) {
    if (StartsWith(key, p) && key.size() > p.size()) return true;
  }
  return false;
}

// Every rule that reads past the first bytes of the key caps the line at
// 300 bytes, but for the heading lists matched on StripTrail(key).
constexpr size_t kLongLine = 300;
constexpr size_t kLongestHeading =
    std::max({LongestOf(kCommentHeadings), LongestOf(kBackToTop), LongestOf(kRelatedHeadings),
              LongestOf(kShare), LongestOf(kAdvertisement), LongestOf(kCommentFormExact)});
constexpr size_t kKeyHeadSize = 64;
static_assert(kLongestHeading < kKeyHeadSize && 16 <= kKeyHeadSize);

// For a line longer than kLongLine, writes the first kKeyHeadSize bytes of
// its key to `out` and returns true iff they are all ClassifyLine needs:
// the key is longer and StripTrail(key) is longer than any heading. That
// holds when an ASCII byte StripTrail never strips (it strips only
// ":. >^*-" and characters led by E2 or C2) sits past kLongestHeading,
// since StripTrail stops at such a byte.
bool KeyHeadSuffices(std::string_view line, char* out, std::string_view* head) {
  if (line.size() <= kLongLine) return false;
  const size_t n = WriteLineKey(line, out, kKeyHeadSize);
  if (n < kKeyHeadSize) return false;
  for (size_t i = kLongestHeading; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(out[i]);
    if (c < 0x80 &&
        std::string_view(":. >^*-").find(static_cast<char>(c)) == std::string_view::npos) {
      *head = std::string_view(out, n);
      return true;
    }
  }
  return false;
}

}  // namespace

std::string_view LineKindName(LineKind kind) {
  switch (kind) {
    case LineKind::kText: return "text";
    case LineKind::kEditorsNote: return "editors-note";
    case LineKind::kPromo: return "promo";
    case LineKind::kAdvertisement: return "advertisement";
    case LineKind::kCommentHeading: return "comment-heading";
    case LineKind::kCommentForm: return "comment-form";
    case LineKind::kPrevNext: return "prev-next";
    case LineKind::kPhotoCredit: return "photo-credit";
    case LineKind::kCaption: return "caption";
    case LineKind::kImageFile: return "image-file";
    case LineKind::kLanguageBar: return "language-bar";
    case LineKind::kBackToTop: return "back-to-top";
    case LineKind::kRelatedHeading: return "related-heading";
    case LineKind::kRelatedLink: return "related-link";
    case LineKind::kFollowUs: return "follow-us";
    case LineKind::kShare: return "share";
    case LineKind::kUpdateNote: return "update-note";
    case LineKind::kNavigation: return "navigation";
  }
  return "unknown";
}

bool IsCreditText(std::string_view line) {
  line = TrimSpace(line);
  if (!line.empty() && line.front() == '(' && line.back() == ')') {
    line = TrimSpace(line.substr(1, line.size() - 2));
  }
  return IsMarkedCredit(line) || IsSlashCredit(line);
}

size_t CreditSuffixStart(std::string_view line) {
  std::string_view t = TrimSpace(line);
  const size_t offset = static_cast<size_t>(t.data() - line.data());
  // The credit follows the caption's last sentence (or sits in brackets):
  // the rightmost marker after ". ", "! ", "? ", "| " or "(" that reads as
  // a credit up to the end of the line.
  // The credit runs to the end of the line, and IsMarkedCredit takes at
  // most 120 bytes (trimmed, inside the brackets): a marker further from the
  // end, or from the ')' closing the line and the spaces before it, cannot
  // start one. So only the last 130 bytes are searched.
  size_t reach = t.size();
  if (!t.empty() && t.back() == ')') reach = TrimSpace(t.substr(0, t.size() - 1)).size();
  const size_t floor = reach > 130 ? reach - 130 : 1;
  // A credit starts at '(' or at a marker's first letter (p, i, c or f in
  // either case): one table load rejects every other byte, continuation
  // bytes of multi-byte characters included.
  static constexpr std::array<bool, 256> kCanStart = [] {
    std::array<bool, 256> can{};
    for (char c : std::string_view("(pPiIcCfF")) can[static_cast<unsigned char>(c)] = true;
    return can;
  }();
  for (size_t i = t.size(); i-- > floor;) {
    if (!kCanStart[static_cast<unsigned char>(t[i])]) continue;
    bool bracket = t[i] == '(';
    // Every marker starts with p, i, c or f: skip other positions at once.
    const char first = bracket ? (i + 1 < t.size() ? t[i + 1] : '\0') : t[i];
    switch (first | 0x20) {
      case 'p':
      case 'i':
      case 'c':
      case 'f': break;
      default: continue;
    }
    // Inside a word (an ASCII letter or digit just before it) is never
    // after a boundary: most candidate positions end here.
    if (!bracket && (IsAsciiAlpha(t[i - 1]) || IsAsciiDigit(t[i - 1]))) continue;
    // The boundary test is cheap and rejects almost every position, so it
    // comes before the marker comparisons (which made this loop the hottest
    // spot of plain-text extraction).
    std::string_view before = TrimSpace(t.substr(0, i));
    bool boundary = false;
    if (!before.empty()) {
      char prev = before.back();
      boundary = bracket || prev == '.' || prev == '!' || prev == '?' || prev == '|' ||
                 (before.size() >= 3 && before.substr(before.size() - 3) == "\xE2\x80\x9D");
      if (!boundary) continue;
    }
    std::string_view tail = t.substr(i);
    std::string_view inner = bracket ? tail.substr(1) : tail;
    bool marker = false;
    for (std::string_view m : kCreditMarkers) marker = marker || StartsWithIgnoreCase(inner, m);
    for (std::string_view m : {"photo by ", "photograph by "})
      marker = marker || StartsWithIgnoreCase(inner, m);
    if (!marker) continue;
    if (before.empty()) return std::string_view::npos;
    if (bracket) {
      if (tail.back() != ')') continue;
      inner = tail.substr(1, tail.size() - 2);
    }
    if (IsMarkedCredit(TrimSpace(inner))) return offset + i;
  }
  return std::string_view::npos;
}

LineKind ClassifyLine(std::string_view raw_line) {
  size_t credit_start = 0;
  return ClassifyLine(raw_line, &credit_start);
}

LineKind ClassifyLine(std::string_view raw_line, size_t* credit_start) {
  std::string_view line = TrimSpace(raw_line);
  if (line.empty()) return LineKind::kText;
  // One key buffer per thread, grown as needed: no allocation per line.
  thread_local std::string key_storage;
  if (key_storage.size() < line.size()) key_storage.resize(line.size());
  std::string_view key, bare;
  if (!KeyHeadSuffices(line, key_storage.data(), &key)) {
    key = std::string_view(key_storage.data(), WriteLineKey(line, key_storage.data(), line.size()));
    bare = StripTrail(key);
  } else {
    bare = key;  // longer than any heading: matches none, as the full one would
  }

  if (key[0] == 'e' && (StartsWith(key, "editor's note") || StartsWith(key, "editors' note") ||
                        StartsWith(key, "editors note"))) {
    if (line.size() <= 600) return LineKind::kEditorsNote;
  }
  if (IsPromo(line, key)) return LineKind::kPromo;
  if (IsAdvertisement(line, bare)) return LineKind::kAdvertisement;
  if (IsOneOf(bare, kCommentHeadings)) return LineKind::kCommentHeading;
  if (line.size() <= 200) {
    if (IsOneOf(bare, kCommentFormExact) && line.size() <= 20) return LineKind::kCommentForm;
    for (std::string_view p : kCommentFormPrefixes) {
      if (StartsWith(key, p)) return LineKind::kCommentForm;
    }
    // "12 Comments", "3 comments".
    std::string_view w = bare;
    size_t digits = 0;
    while (digits < w.size() && IsAsciiDigit(w[digits])) ++digits;
    if (digits > 0 && (w.substr(digits) == " comments" || w.substr(digits) == " comment" ||
                       w.substr(digits) == " responses" || w.substr(digits) == " replies"))
      return LineKind::kCommentHeading;
  }
  if (IsPrevNext(line, key)) return LineKind::kPrevNext;
  if (IsImageFileName(line)) return LineKind::kImageFile;
  if (IsCreditText(line) || IsFilePhotoCredit(line, key)) return LineKind::kPhotoCredit;
  if (IsLanguageBar(line, key)) return LineKind::kLanguageBar;
  if (IsNavigationBar(line)) return LineKind::kNavigation;
  if (IsOneOf(bare, kBackToTop)) return LineKind::kBackToTop;
  if (IsOneOf(bare, kRelatedHeadings)) return LineKind::kRelatedHeading;
  if (IsRelatedLink(line, key)) return LineKind::kRelatedLink;
  if (IsFollowUs(line, key)) return LineKind::kFollowUs;
  if (IsOneOf(bare, kShare) && line.size() <= 40) return LineKind::kShare;
  if (IsUpdateNote(line, key)) return LineKind::kUpdateNote;
  // A short caption ending with its credit. A long paragraph that ends with
  // a credit is article text with the credit glued on: kText, and the
  // extractor trims the credit (CreditSuffixStart).
  size_t credit = CreditSuffixStart(line);
  if (credit != std::string_view::npos && credit > 0 && credit <= 300) {
    std::string_view caption = line.substr(0, credit);
    size_t sentences = 0;
    for (size_t i = 0; i + 1 < caption.size(); ++i) {
      if ((caption[i] == '.' || caption[i] == '!' || caption[i] == '?') && caption[i + 1] == ' ')
        ++sentences;
    }
    if (sentences <= 2) return LineKind::kCaption;
  }
  *credit_start = credit;
  return LineKind::kText;
}

}  // namespace dyad::extract

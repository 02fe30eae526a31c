// Line walking, trimming and code parsing shared by the dictionary readers.
#include "coding/dictionary_lines.h"

#include <cctype>

namespace dyad::coding {

void ForEachTextLine(std::string_view text, size_t max_bytes,
                     const std::function<void(uint32_t, std::string_view)>& fn,
                     const std::function<void(uint32_t)>& too_long) {
  uint32_t number = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.size() > max_bytes) {
      too_long(number);
      continue;
    }
    fn(number, line);
  }
}

void ForEachLine(std::string_view text, const ReaderContext& ctx,
                 const std::function<void(uint32_t, std::string_view)>& fn) {
  ForEachTextLine(text, kMaxDictionaryLineBytes, fn, [&](uint32_t number) {
    ctx.Problem(number,
                "line longer than " + std::to_string(kMaxDictionaryLineBytes) + " bytes; skipped");
  });
}

std::string_view Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

std::string_view StripComment(std::string_view line, char marker) {
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == marker &&
        (i == 0 || std::isspace(static_cast<unsigned char>(line[i - 1])) || line[i - 1] == ']'))
      return line.substr(0, i);
  }
  return line;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(Trim(s.substr(start, i - start)));
      start = i + 1;
    }
  }
  return out;
}

bool IsCodeText(std::string_view s) {
  if (s.empty() || s.size() > 40) return false;
  for (char c : s)
    if (!std::isalnum(static_cast<unsigned char>(c))) return false;
  return true;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

namespace {
bool IsNullMark(std::string_view s) {
  return s == "---" || s == "###" || s == "+++";
}
bool IsCodeBody(std::string_view s) {
  if (IsNullMark(s)) return true;
  if (s.empty() || s.size() > 6) return false;
  for (char c : s)
    if (!std::isalnum(static_cast<unsigned char>(c))) return false;
  return true;
}
}  // namespace

std::optional<EventCode> ParseEventCode(std::string_view s) {
  s = Trim(s);
  EventCode out;
  while (!s.empty() && (s.back() == '!' || s.back() == '*' || s.back() == '?')) {
    out.flags.insert(out.flags.begin(), s.back());
    s.remove_suffix(1);
  }
  size_t colon = s.find(':');
  std::string_view first = Trim(s.substr(0, colon));
  // PETRARCH writes "[:110]": no event one way, 110 the other.
  if (first.empty() && colon != std::string_view::npos) first = "---";
  if (!IsCodeBody(first)) return std::nullopt;
  out.code = std::string(first);
  if (colon != std::string_view::npos) {
    std::string_view second = Trim(s.substr(colon + 1));
    if (!IsCodeBody(second)) return std::nullopt;
    out.paired = std::string(second);
  }
  return out;
}

bool ParsePatternSymbol(std::string_view word, PatternElement* e, int* verbs,
                        std::optional<std::string>* error) {
  if (word == "*") {
    e->kind = PatternElement::Kind::kVerb;
    ++*verbs;
  } else if (word == "$") {
    e->kind = PatternElement::Kind::kSource;
  } else if (word == "+") {
    e->kind = PatternElement::Kind::kTarget;
  } else if (word == "^") {
    e->kind = PatternElement::Kind::kSkip;
  } else if (word == "%") {
    e->kind = PatternElement::Kind::kCompound;
  } else if (!word.empty() && word[0] == '&') {
    if (word.size() < 2) {
      *error = "'&' without a synset name";
      return true;
    }
    e->kind = PatternElement::Kind::kSynset;
    e->word.text = NormalizeDictionaryToken(word);
  } else {
    return false;
  }
  return true;
}

bool IsActorCode(std::string_view s) {
  if (s.size() < 3 || s.size() > 30) return false;
  for (char c : s)
    if (!std::isupper(static_cast<unsigned char>(c)) &&
        !std::isdigit(static_cast<unsigned char>(c)))
      return false;
  return true;
}

}  // namespace dyad::coding

// Readers for validation files: TABARI's Validate.text (records with the
// expected events in "{ SRC / TGT / CODE }" blocks) and PETRARCH's XML unit
// test records (<Sentence> with <EventCoding> and <Text>).
#include <algorithm>
#include <cctype>
#include <string>

#include "dyad/coding.h"

namespace dyad {
namespace {

std::string_view TrimView(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string Squeeze(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

bool IsRecordHeader(std::string_view line, std::string_view* date, std::string_view* id) {
  if (line.size() < 8) return false;
  for (int i = 0; i < 6; ++i)
    if (!std::isdigit(static_cast<unsigned char>(line[i]))) return false;
  if (!std::isspace(static_cast<unsigned char>(line[6]))) return false;
  *date = line.substr(0, 6);
  *id = TrimView(line.substr(7));
  return !id->empty();
}

int32_t TabariDate(std::string_view yymmdd) {
  int yy = (yymmdd[0] - '0') * 10 + (yymmdd[1] - '0');
  int mm = (yymmdd[2] - '0') * 10 + (yymmdd[3] - '0');
  int dd = (yymmdd[4] - '0') * 10 + (yymmdd[5] - '0');
  int year = yy < 30 ? 2000 + yy : 1900 + yy;
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return 0;
  return year * 10000 + mm * 100 + dd;
}

}  // namespace

std::vector<ValidationRecord> ReadTabariValidation(std::string_view text) {
  std::vector<ValidationRecord> records;
  std::vector<std::pair<uint32_t, std::string_view>> lines;
  uint32_t number = 0;
  for (size_t pos = 0; pos < text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.emplace_back(++number, line);
    pos = nl + 1;
  }
  bool past_final = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view date, id;
    if (!IsRecordHeader(lines[i].second, &date, &id)) continue;
    ValidationRecord r;
    r.id = std::string(id);
    r.date = TabariDate(date);
    r.line = lines[i].first;
    // The body runs to the next record header.
    std::string body;
    size_t j = i + 1;
    for (; j < lines.size(); ++j) {
      std::string_view d2, id2;
      if (IsRecordHeader(lines[j].second, &d2, &id2)) break;
      body.append(lines[j].second);
      body.push_back('\n');
    }
    size_t comment = body.find("/*");
    r.text = Squeeze(std::string_view(body).substr(0, comment));
    std::string_view rest =
        comment == std::string::npos ? std::string_view() : std::string_view(body).substr(comment);
    bool option = false;
    for (size_t p = rest.find('{'); p != std::string_view::npos; p = rest.find('{', p + 1)) {
      size_t close = rest.find('}', p);
      // "{ OPTION: SET: MINIMUM WORDS = 4  */" is closed by the comment's end.
      size_t comment_end = rest.find("*/", p);
      if (close == std::string_view::npos || comment_end < close) close = comment_end;
      if (close == std::string_view::npos) break;
      std::string_view inner = TrimView(rest.substr(p + 1, close - p - 1));
      if (inner.starts_with("OPTION")) {
        option = true;
        std::string_view setting = inner.substr(6);
        if (!setting.empty() && setting.front() == ':') setting.remove_prefix(1);
        r.options.push_back(Squeeze(setting));
        continue;
      }
      size_t s1 = inner.find('/');
      size_t s2 = s1 == std::string_view::npos ? s1 : inner.find('/', s1 + 1);
      if (s2 == std::string_view::npos) continue;
      std::string src = Squeeze(inner.substr(0, s1));
      std::string tgt = Squeeze(inner.substr(s1 + 1, s2 - s1 - 1));
      std::string code = Squeeze(inner.substr(s2 + 1));
      if (code == "000" || src.find(' ') != std::string::npos || tgt.find(' ') != std::string::npos)
        continue;
      r.expected.push_back(src + " " + tgt + " " + code);
    }
    std::sort(r.expected.begin(), r.expected.end());
    r.expected.erase(std::unique(r.expected.begin(), r.expected.end()), r.expected.end());
    r.control = option || past_final || r.id.starts_with("START") || r.id.starts_with("FINAL");
    if (r.id.starts_with("FINAL")) past_final = true;
    records.push_back(std::move(r));
    i = j - 1;
  }
  return records;
}

namespace {

std::string Attribute(std::string_view tag, std::string_view name) {
  size_t p = 0;
  while ((p = tag.find(name, p)) != std::string_view::npos) {
    size_t q = p + name.size();
    while (q < tag.size() && tag[q] == ' ') ++q;
    if (q < tag.size() && tag[q] == '=' && (p == 0 || tag[p - 1] == ' ')) {
      ++q;
      while (q < tag.size() && tag[q] == ' ') ++q;
      if (q < tag.size() && tag[q] == '"') {
        size_t e = tag.find('"', q + 1);
        if (e != std::string_view::npos) return std::string(tag.substr(q + 1, e - q - 1));
      }
    }
    p = q;
  }
  return {};
}

std::string XmlUnescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      auto try_entity = [&](std::string_view e, char c) {
        if (s.substr(i, e.size()) == e) {
          out.push_back(c);
          i += e.size() - 1;
          return true;
        }
        return false;
      };
      if (try_entity("&amp;", '&') || try_entity("&lt;", '<') || try_entity("&gt;", '>') ||
          try_entity("&quot;", '"') || try_entity("&apos;", '\''))
        continue;
    }
    out.push_back(s[i]);
  }
  return out;
}

}  // namespace

std::vector<ValidationRecord> ReadPetrarchValidation(std::string_view text) {
  std::vector<ValidationRecord> records;
  // Comments may hold whole <Sentence> blocks that are switched off.
  std::string clean(text);
  for (size_t p = clean.find("<!--"); p != std::string::npos; p = clean.find("<!--", p)) {
    size_t e = clean.find("-->", p + 4);
    if (e == std::string::npos) e = clean.size() - 3;
    for (size_t k = p; k < e + 3; ++k)
      if (clean[k] != '\n') clean[k] = ' ';
    p = e + 3;
  }
  std::string_view t(clean);
  size_t pos = 0;
  while ((pos = t.find("<Sentence ", pos)) != std::string_view::npos) {
    size_t end = t.find("</Sentence>", pos);
    if (end == std::string_view::npos) break;
    std::string_view block = t.substr(pos, end - pos);
    size_t tag_end = block.find('>');
    std::string_view tag = block.substr(0, tag_end);
    ValidationRecord r;
    r.id = Attribute(tag, "id");
    std::string date = Attribute(tag, "date");
    if (date.size() == 8) r.date = ParseIsoDate(date.insert(4, "-").insert(7, "-")).value_or(0);
    r.line = static_cast<uint32_t>(std::count(t.begin(), t.begin() + pos, '\n') + 1);
    for (size_t p = block.find("<EventCoding"); p != std::string_view::npos;
         p = block.find("<EventCoding", p + 1)) {
      std::string_view ec = block.substr(p, block.find('>', p) - p);
      std::string src = Attribute(ec, "sourcecode"), tgt = Attribute(ec, "targetcode"),
                  code = Attribute(ec, "eventcode");
      if (!code.empty()) r.expected.push_back(src + " " + tgt + " " + code);
    }
    size_t tb = block.find("<Text>");
    size_t te = block.find("</Text>");
    if (tb != std::string_view::npos && te != std::string_view::npos && te > tb)
      r.text = Squeeze(XmlUnescape(block.substr(tb + 6, te - tb - 6)));
    std::sort(r.expected.begin(), r.expected.end());
    r.expected.erase(std::unique(r.expected.begin(), r.expected.end()), r.expected.end());
    r.control = r.text.empty();
    records.push_back(std::move(r));
    pos = end;
  }
  return records;
}

}  // namespace dyad

// ReadJsonLines: JSON Lines, one article per line.
//
// Each non-blank line is a JSON object with "text" or "html" (text wins when
// both are present: it is already the article) and optional "id", "url",
// "outlet", "title", "published" (strings; numbers are accepted and written
// out). A line that does not parse, is not an object, is nested absurdly
// deep, or has neither body is a problem naming "line N"; the other lines
// are read regardless. Invalid UTF-8 inside a line is repaired before
// parsing (nlohmann::json rejects it) and counted for that document.
#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

#include "dyad/text.h"
#include "ingest/record_readers.h"

namespace dyad::ingest {
namespace {

// JSON nests deeper than any article needs only in hostile input; refuse it
// before the parser spends stack or memory on it.
constexpr int kMaxJsonDepth = 64;

bool IsBlank(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v') return false;
  }
  return true;
}

// The deepest nesting of [ and { outside strings.
int NestingDepth(std::string_view s) {
  int depth = 0, deepest = 0;
  bool in_string = false, escaped = false;
  for (char c : s) {
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > deepest) deepest = depth;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return deepest;
}

// A field as a string: strings as they are, numbers written out, else "".
std::string Field(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number()) return it->dump();
  return "";
}

// Shortens nlohmann's messages ("[json.exception.parse_error.101] parse
// error at line 1, column 7: syntax error ...") to what helps a user.
std::string ParseErrorMessage(const char* what) {
  std::string_view m = what;
  if (m.starts_with("[json.exception.")) {
    size_t close = m.find("] ");
    if (close != std::string_view::npos) m.remove_prefix(close + 2);
  }
  if (m.starts_with("parse error at line 1, ")) m.remove_prefix(23);
  if (m.size() > 200) m = m.substr(0, 200);
  return "not valid JSON: " + std::string(m);
}

}  // namespace

void ReadJsonLines(ByteReader& in, SourceContext& context) {
  const size_t limit = static_cast<size_t>(context.options().max_document_bytes);
  std::string line;
  uint64_t line_number = 0;
  for (;;) {
    ByteReader::LineResult got = in.ReadLine(limit, &line);
    if (got == ByteReader::LineResult::kEnd) break;
    ++line_number;
    const std::string locator = "line " + std::to_string(line_number);
    if (got == ByteReader::LineResult::kTooLong) {
      context.Reject(locator, "line is over the limit of " + std::to_string(limit) +
                                  " bytes (max_document_bytes)");
      continue;
    }
    if (line_number == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
    if (IsBlank(line)) continue;
    context.Progress();

    uint64_t repairs = RepairUtf8(line);
    if (NestingDepth(line) > kMaxJsonDepth) {
      context.Reject(locator,
                     "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
      continue;
    }
    nlohmann::json object;
    try {
      object = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception& e) {
      context.Reject(locator, ParseErrorMessage(e.what()));
      continue;
    }
    if (!object.is_object()) {
      context.Reject(locator, "not a JSON object");
      continue;
    }
    RawDocument doc;
    doc.locator = locator;
    auto text = object.find("text");
    auto html = object.find("html");
    if (text != object.end() && text->is_string()) {
      doc.type = ContentType::kText;
      doc.body = text->get<std::string>();
    } else if (html != object.end() && html->is_string()) {
      doc.type = ContentType::kHtml;
      doc.body = html->get<std::string>();
    } else {
      context.Reject(locator, "has neither a \"text\" nor an \"html\" string");
      continue;
    }
    if (IsBlank(doc.body)) {
      context.Reject(locator, "the document's body is empty");
      continue;
    }
    doc.id = Field(object, "id");
    doc.url = Field(object, "url");
    doc.outlet = Field(object, "outlet");
    doc.title = Field(object, "title");
    doc.published = Field(object, "published");
    object = nullptr;  // free the parsed tree before the next line
    // Repairs made to the line before parsing belong to this document.
    context.Deliver(std::move(doc), "", repairs);
  }
  context.Progress();
  if (!in.status().ok()) {
    context.Reject("line " + std::to_string(line_number + 1), in.status().message());
  }
}

}  // namespace dyad::ingest

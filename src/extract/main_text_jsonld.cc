// JSON-LD articleBody lookup (see main_text_jsonld.h).
#include "extract/main_text_jsonld.h"

#include <nlohmann/json.hpp>

namespace dyad::extract {
namespace {

constexpr size_t kMaxJsonBytes = 4u << 20;
constexpr int kMaxJsonDepth = 32;

void FindBodies(const nlohmann::json& j, int depth, std::string& best) {
  if (depth > kMaxJsonDepth) return;
  if (j.is_object()) {
    for (auto it = j.begin(); it != j.end(); ++it) {
      if (it.key() == "articleBody" && it->is_string()) {
        const std::string& s = it->get_ref<const std::string&>();
        if (s.size() > best.size()) best = s;
      } else if (it->is_structured()) {
        FindBodies(*it, depth + 1, best);
      }
    }
  } else if (j.is_array()) {
    for (const auto& v : j)
      if (v.is_structured()) FindBodies(v, depth + 1, best);
  }
}

}  // namespace

std::string JsonLdArticleBody(const std::vector<std::string>& json_ld) {
  std::string best;
  for (const std::string& doc : json_ld) {
    if (doc.size() > kMaxJsonBytes) continue;
    nlohmann::json j = nlohmann::json::parse(doc, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) continue;
    FindBodies(j, 0, best);
  }
  // Bodies given as HTML would need a parse of their own: not used.
  if (best.find('<') != std::string::npos && best.find('>') != std::string::npos) return "";
  size_t b = best.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  size_t e = best.find_last_not_of(" \t\r\n");
  return best.substr(b, e - b + 1);
}

std::vector<std::string> SplitArticleBody(const std::string& body) {
  std::vector<std::string> out;
  std::string line;
  bool space = false;
  for (size_t i = 0; i <= body.size(); ++i) {
    char c = i < body.size() ? body[i] : '\n';
    if (c == '\n' || c == '\r') {
      if (!line.empty()) out.push_back(std::move(line));
      line.clear();
      space = false;
    } else if (c == ' ' || c == '\t') {
      space = !line.empty();
    } else {
      if (space) line += ' ';
      space = false;
      line += c;
    }
  }
  return out;
}

}  // namespace dyad::extract

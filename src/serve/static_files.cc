// The web page's static files, never outside their directory (see
// static_files.h).
#include "serve/static_files.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace dyad::serve {
namespace fs = std::filesystem;

namespace {

constexpr const char* kNoPage =
    "<!doctype html><meta charset=utf-8><title>dyad</title>"
    "<p>dyad is serving its API under <a href=\"/api/health\">/api/</a>, but no web page: "
    "this build has none. Build it (web/, see docs/web.md) or pass <code>--web DIR</code>.";

bool EndsWith(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

}  // namespace

StaticFiles::StaticFiles(const std::string& dir) {
  if (dir.empty()) return;
  std::error_code ec;
  fs::path canonical = fs::canonical(dir, ec);
  if (ec || !fs::is_directory(canonical, ec)) return;
  root_ = canonical.string();
  if (root_.back() != '/') root_ += '/';
}

bool StaticFiles::SafePath(std::string_view path) {
  if (path.empty() || path[0] != '/') return false;
  if (path.find('\\') != std::string_view::npos || path.find('\0') != std::string_view::npos)
    return false;
  size_t at = 1;
  while (at <= path.size()) {
    size_t slash = path.find('/', at);
    if (slash == std::string_view::npos) slash = path.size();
    std::string_view segment = path.substr(at, slash - at);
    if (segment == "." || segment == "..") return false;
    if (segment.empty() && slash != path.size()) return false;  // "//": an absolute path
    at = slash + 1;
  }
  return true;
}

std::string StaticFiles::ContentType(std::string_view name) {
  static const std::pair<const char*, const char*> kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".map", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".wasm", "application/wasm"},
      {".txt", "text/plain; charset=utf-8"},
  };
  for (const auto& [ext, type] : kTypes)
    if (EndsWith(name, ext)) return type;
  return "application/octet-stream";
}

bool StaticFiles::SendFile(const std::string& rel, httplib::Response& res) const {
  std::error_code ec;
  fs::path resolved = fs::canonical(fs::path(root_) / rel, ec);
  if (ec) return false;
  const std::string full = resolved.string();
  if (full.compare(0, root_.size(), root_) != 0) return false;  // outside (a symlink)
  if (!fs::is_regular_file(resolved, ec)) return false;
  std::ifstream in(resolved, std::ios::binary);
  if (!in) return false;
  std::ostringstream body;
  body << in.rdbuf();
  res.status = 200;
  res.set_content(body.str(), ContentType(full).c_str());
  const bool hashed = rel.rfind("assets/", 0) == 0;
  res.set_header("Cache-Control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
  res.set_header("X-Content-Type-Options", "nosniff");
  return true;
}

void StaticFiles::Serve(const httplib::Request& req, httplib::Response& res) const {
  const std::string& path = req.path;
  if (!SafePath(path)) {
    res.status = 400;
    res.set_content("bad path\n", "text/plain; charset=utf-8");
    return;
  }
  if (root_.empty()) {
    if (path == "/") {
      res.status = 200;
      res.set_content(kNoPage, "text/html; charset=utf-8");
    } else {
      res.status = 404;
      res.set_content("not found\n", "text/plain; charset=utf-8");
    }
    return;
  }
  std::string rel = path.substr(1);
  // A path whose last segment has no extension is one of the page's own
  // routes when no such file exists.
  const std::string last = rel.substr(rel.rfind('/') + 1);
  const bool route = last.find('.') == std::string::npos;
  if (rel.empty() || rel.back() == '/') rel += "index.html";
  if (SendFile(rel, res)) return;
  if (route && SendFile("index.html", res)) return;
  res.status = 404;
  res.set_content("not found\n", "text/plain; charset=utf-8");
}

}  // namespace dyad::serve

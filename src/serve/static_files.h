// Internal to serve: the web page's files. Everything not under /api/ is a
// file of the web directory: "/" and unknown paths without an extension get
// index.html (the page routes by URL); a path with "..", ".", a backslash or
// a NUL in it (after percent-decoding) is refused with 400, and a path that
// resolves (symbolic links followed) outside the directory with 404, so no
// file outside it is ever served. Content-Type follows the extension;
// vite's hashed assets (under /assets/) are cacheable for a year, the rest
// revalidated.
#ifndef DYAD_SERVE_STATIC_FILES_H_
#define DYAD_SERVE_STATIC_FILES_H_

#include <httplib.h>

#include <string>
#include <string_view>

namespace dyad::serve {

class StaticFiles {
 public:
  // `dir` "" serves only a short page at "/" saying the page is not built.
  explicit StaticFiles(const std::string& dir);
  void Serve(const httplib::Request& req, httplib::Response& res) const;

  // The Content-Type of a file name by its extension.
  static std::string ContentType(std::string_view name);
  // Returns true iff `path` (decoded, starting with '/') may name a file
  // inside the directory: no "." or ".." or empty segment, no backslash,
  // no NUL.
  static bool SafePath(std::string_view path);

 private:
  bool SendFile(const std::string& rel, httplib::Response& res) const;
  std::string root_;  // canonical, with a trailing '/'; "" when none
};

}  // namespace dyad::serve

#endif  // DYAD_SERVE_STATIC_FILES_H_

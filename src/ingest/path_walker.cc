// ReadPaths: files, directories (walked recursively in sorted order, so the
// output is the same on every machine) and "-" for standard input.
//
// Checks made before a file is opened, each reported naming the file: it
// exists and can be opened, it is not empty, it is within max_file_bytes,
// and its extension names a format. Inside directories, hidden entries
// (".git", ".DS_Store") are passed over silently, as are symbolic links to
// directories unless ReaderOptions::follow_directory_links; a directory
// reached twice through links is walked once.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "ingest/format.h"
#include "ingest/input_stream.h"
#include "ingest/source_context.h"
#include "ingest/source_reader.h"

namespace dyad {
namespace ingest {
namespace {

namespace fs = std::filesystem;

class PathWalker {
 public:
  PathWalker(const ReaderOptions& options, DocumentVisitor& visitor)
      : options_(options), visitor_(visitor) {}

  void ReadPath(const std::string& path, bool named_by_user);

 private:
  void Reject(const std::string& path, const std::string& message) {
    SourceContext(path, options_, visitor_, nullptr, 0).Reject("", message);
  }
  void ReadDirectory(const std::string& path, const struct stat& st);
  void ReadFile(const std::string& path, const struct stat& st);

  const ReaderOptions& options_;
  DocumentVisitor& visitor_;
  std::set<std::pair<dev_t, ino_t>> directories_seen_;
};

void PathWalker::ReadPath(const std::string& path, bool named_by_user) {
  if (path == "-") {
    ReadSource("-", NewDescriptorStream(STDIN_FILENO), 0, /*sniff_unknown=*/true, options_,
               visitor_);
    return;
  }
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    Reject(path, std::string("cannot read: ") + std::strerror(errno));
    return;
  }
  if (S_ISDIR(st.st_mode)) {
    ReadDirectory(path, st);
  } else if (S_ISREG(st.st_mode)) {
    ReadFile(path, st);
  } else if (named_by_user) {
    // A pipe or device the user pointed at (/dev/stdin, <(zcat ...)): read
    // it as a stream, sniffing the format if the name does not tell it.
    Result<std::unique_ptr<InputStream>> stream = OpenFileStream(path);
    if (!stream.ok()) {
      Reject(path, stream.status().message());
      return;
    }
    ReadSource(path, std::move(stream).value(), 0, /*sniff_unknown=*/true, options_, visitor_);
  }
}

void PathWalker::ReadDirectory(const std::string& path, const struct stat& st) {
  if (!directories_seen_.insert({st.st_dev, st.st_ino}).second) return;
  std::error_code ec;
  std::vector<std::string> names;
  for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (!name.empty() && name[0] != '.') names.push_back(std::move(name));
  }
  if (ec) {
    Reject(path, "cannot list directory: " + ec.message());
    return;
  }
  std::sort(names.begin(), names.end());
  std::string prefix = path;
  if (!prefix.ends_with('/')) prefix += '/';
  for (const std::string& name : names) {
    std::string child = prefix + name;
    struct stat link_st;
    if (::lstat(child.c_str(), &link_st) != 0) {
      Reject(child, std::string("cannot read: ") + std::strerror(errno));
      continue;
    }
    if (S_ISLNK(link_st.st_mode) && !options_.follow_directory_links) {
      struct stat target;
      if (::stat(child.c_str(), &target) == 0 && S_ISDIR(target.st_mode)) continue;
    }
    ReadPath(child, /*named_by_user=*/false);
  }
}

void PathWalker::ReadFile(const std::string& path, const struct stat& st) {
  NamedFormat named = FormatFromName(path);
  if (named.format == Format::kUnknown) {
    Reject(path, named.extension.empty() ? "skipped: no file extension to tell its format"
                                         : "skipped: unknown format \"" + named.extension + "\"");
    return;
  }
  uint64_t size = static_cast<uint64_t>(st.st_size);
  if (size == 0) {
    Reject(path, "empty file");
    return;
  }
  if (size > options_.max_file_bytes) {
    Reject(path, "file of " + std::to_string(size) + " bytes is over the limit of " +
                     std::to_string(options_.max_file_bytes) + " bytes (max_file_bytes)");
    return;
  }
  Result<std::unique_ptr<InputStream>> stream = OpenFileStream(path);
  if (!stream.ok()) {
    Reject(path, stream.status().message());
    return;
  }
  ReadSource(path, std::move(stream).value(), size, /*sniff_unknown=*/false, options_, visitor_);
}

}  // namespace
}  // namespace ingest

Status ReadPaths(const std::vector<std::string>& paths, const ReaderOptions& options,
                 DocumentVisitor& visitor) {
  if (paths.empty()) return Status::InvalidArgument("no input paths given");
  ingest::PathWalker walker(options, visitor);
  for (const std::string& path : paths) walker.ReadPath(path, /*named_by_user=*/true);
  return Status::OK();
}

}  // namespace dyad

// Internal to ingest's tests: a temporary directory, gzip compression, WARC
// and HTTP record builders, and a visitor that collects what it is given.
#ifndef DYAD_INGEST_INGEST_TEST_UTIL_H_
#define DYAD_INGEST_INGEST_TEST_UTIL_H_

#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/ingest.h"

namespace dyad::ingest::testing {

// A fresh directory under the system's temp dir, removed with its contents.
class TempDir {
 public:
  TempDir() {
    std::string templ = (std::filesystem::temp_directory_path() / "dyad_ingest_XXXXXX").string();
    char* made = ::mkdtemp(templ.data());
    EXPECT_NE(made, nullptr);
    path_ = templ;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // The path of `name` inside the directory.
  std::string Path(std::string_view name) const { return path_ + "/" + std::string(name); }

  // Writes `bytes` to `name` (creating parent directories); returns its path.
  std::string Write(std::string_view name, std::string_view bytes) const {
    std::string path = Path(name);
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    EXPECT_TRUE(out.good()) << path;
    return path;
  }

  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// `bytes` as one gzip member.
inline std::string Gzip(std::string_view bytes) {
  z_stream z{};
  EXPECT_EQ(deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&z, bytes.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// An HTTP response as a crawler stores it.
inline std::string HttpResponse(int status, std::string_view content_type, std::string_view body,
                                std::string_view extra_headers = "") {
  std::string out = "HTTP/1.1 " + std::to_string(status) + " Whatever\r\n";
  if (!content_type.empty()) out += "Content-Type: " + std::string(content_type) + "\r\n";
  out += extra_headers;
  out += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  out += body;
  return out;
}

// A WARC/1.1 record: header lines (each ending "\r\n") are added after
// WARC-Type; Content-Length is computed unless `content_length` is given.
inline std::string WarcRecord(std::string_view type, std::string_view headers,
                              std::string_view content, std::string_view content_length = "") {
  std::string out = "WARC/1.1\r\nWARC-Type: " + std::string(type) + "\r\n";
  out += headers;
  out += "Content-Length: " +
         (content_length.empty() ? std::to_string(content.size()) : std::string(content_length)) +
         "\r\n\r\n";
  out += content;
  out += "\r\n\r\n";
  return out;
}

// A "response" record of an HTML page with the usual metadata.
inline std::string WarcResponse(std::string_view url, std::string_view html,
                                std::string_view content_type = "text/html; charset=utf-8",
                                int status = 200) {
  return WarcRecord("response",
                    "WARC-Target-URI: " + std::string(url) +
                        "\r\nWARC-Date: 2024-05-01T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:" +
                        std::string(url.substr(url.size() > 8 ? url.size() - 8 : 0)) +
                        ">\r\nContent-Type: application/http; msgtype=response\r\n",
                    HttpResponse(status, content_type, html));
}

// Collects documents, problems and progress calls.
class Collector : public DocumentVisitor {
 public:
  void OnDocument(RawDocument doc) override { docs.push_back(std::move(doc)); }
  void OnProblem(const InputProblem& problem) override { problems.push_back(problem); }
  void OnProgress(uint64_t done, uint64_t total) override { progress.push_back({done, total}); }

  // All problems, one per line, for failure messages.
  std::string ProblemText() const {
    std::string out;
    for (const InputProblem& p : problems) out += p.ToString() + "\n";
    return out;
  }
  int CountProblems(InputProblem::Kind kind) const {
    int n = 0;
    for (const InputProblem& p : problems) n += p.kind == kind;
    return n;
  }

  std::vector<RawDocument> docs;
  std::vector<InputProblem> problems;
  std::vector<std::pair<uint64_t, uint64_t>> progress;
};

}  // namespace dyad::ingest::testing

#endif  // DYAD_INGEST_INGEST_TEST_UTIL_H_

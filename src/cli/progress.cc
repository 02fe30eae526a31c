// The ingest progress line (see progress.h).
#include "cli/progress.h"

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <system_error>

namespace dyad::cli {

uint64_t TotalInputBytes(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  uint64_t total = 0;
  for (const std::string& p : paths) {
    if (p == "-") return 0;
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      for (fs::recursive_directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec)) total += it->file_size(ec);
      }
    } else if (fs::is_regular_file(p, ec)) {
      total += fs::file_size(p, ec);
    }
  }
  return total;
}

ProgressMeter::ProgressMeter(bool enabled, uint64_t total_bytes)
    : enabled_(enabled), total_(total_bytes), start_(std::chrono::steady_clock::now()) {}

std::string ProgressMeter::Format(uint64_t documents, uint64_t bytes_done, uint64_t total_bytes,
                                  double seconds) {
  char buf[160];
  double rate = seconds > 0 ? documents / seconds : 0;
  double mb_rate = seconds > 0 ? bytes_done / seconds / 1e6 : 0;
  int n = std::snprintf(buf, sizeof buf, "%llu documents  %.0f docs/s  %.1f MB/s",
                        static_cast<unsigned long long>(documents), rate, mb_rate);
  if (total_bytes > 0 && bytes_done <= total_bytes && n > 0) {
    double frac = static_cast<double>(bytes_done) / static_cast<double>(total_bytes);
    double eta = (frac > 0.001 && seconds > 0) ? seconds / frac - seconds : -1;
    n += std::snprintf(buf + n, sizeof buf - n, "  %3.0f%%", frac * 100);
    if (eta >= 0) {
      long e = static_cast<long>(eta + 0.5);
      std::snprintf(buf + n, sizeof buf - n, "  ETA %ld:%02ld", e / 60, e % 60);
    }
  }
  return buf;
}

void ProgressMeter::Update(const IngestSummary& s, uint64_t file_done, uint64_t file_total) {
  if (!enabled_) return;
  if (file_total != last_file_total_ || file_done < last_file_done_) {
    completed_files_bytes_ += last_file_total_;  // a new file has started
  }
  last_file_done_ = file_done;
  last_file_total_ = file_total;
  auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  drawn_ = true;
  double seconds = std::chrono::duration<double>(now - start_).count();
  std::cerr << "\r\033[K"
            << Format(s.documents, completed_files_bytes_ + file_done, total_, seconds)
            << std::flush;
}

void ProgressMeter::Finish() {
  if (enabled_ && drawn_) std::cerr << "\r\033[K" << std::flush;
}

}  // namespace dyad::cli

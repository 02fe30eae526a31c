// Internal to cli: the progress line a long ingest prints on stderr when
// stderr is a terminal: documents, rate and, when the input size is known,
// percentage and ETA. Quiet when stderr is not a terminal.
#ifndef DYAD_CLI_PROGRESS_H_
#define DYAD_CLI_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "dyad/pipeline.h"

namespace dyad::cli {

// Sum of the sizes of the regular files under `paths` (walking directories);
// 0 when any path is "-" (standard input: size unknown).
uint64_t TotalInputBytes(const std::vector<std::string>& paths);

class ProgressMeter {
 public:
  // `enabled`: usually isatty(stderr). `total_bytes`: 0 when unknown.
  ProgressMeter(bool enabled, uint64_t total_bytes);

  // Redraws the line at most ten times a second. `file_done`/`file_total`
  // are the bytes read of the current file and its size.
  void Update(const IngestSummary& s, uint64_t file_done, uint64_t file_total);
  // Clears the line.
  void Finish();

  // The text of the line for the given state (exposed for tests).
  static std::string Format(uint64_t documents, uint64_t bytes_done, uint64_t total_bytes,
                            double seconds);

 private:
  bool enabled_;
  uint64_t total_;
  uint64_t completed_files_bytes_ = 0, last_file_done_ = 0, last_file_total_ = 0;
  std::chrono::steady_clock::time_point start_, last_draw_;
  bool drawn_ = false;
};

}  // namespace dyad::cli

#endif  // DYAD_CLI_PROGRESS_H_

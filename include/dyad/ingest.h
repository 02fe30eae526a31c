// dyad/ingest.h: reading raw documents from files, directories, stdin, JSON
// Lines, WARC archives and gzip, as a stream.
//
// Ingest is the first stage of dyad's pipeline. It knows about containers and
// encodings, not about articles: it turns whatever the user points dyad at
// into RawDocuments (the bytes of one page or one text, plus whatever metadata
// the container carried) and hands them, one at a time, to a DocumentVisitor.
// Nothing is held back: memory use does not grow with the size of the input.
//
//   class Collect : public dyad::DocumentVisitor {
//     void OnDocument(dyad::RawDocument doc) override { docs.push_back(std::move(doc)); }
//     void OnProblem(const dyad::InputProblem& p) override { std::cerr << p.ToString() << "\n"; }
//    public:
//     std::vector<dyad::RawDocument> docs;
//   };
//   Collect c;
//   dyad::ReadPaths({"corpus/", "more.warc.gz"}, dyad::ReaderOptions(), c);
//
// Formats, chosen by file name (case-insensitive), after stripping a ".gz":
//   .txt .text          one plain-text article per file
//   .html .htm .xhtml   one HTML page per file
//   .jsonl .ndjson      one article per line: {"id","url","outlet","title",
//                       "published", and "text" or "html"}; "text" wins when
//                       both are there; numbers are accepted for the string
//                       fields; blank lines are skipped
//   .warc               WARC/1.0 or 1.1; "response" records whose HTTP payload
//                       is 2xx HTML (text/html, application/xhtml+xml, or no
//                       Content-Type) become documents, after undoing chunked
//                       transfer and gzip/deflate content encoding; so do
//                       "resource" records of text/html (and text/plain, as
//                       text); other records (warcinfo, request, metadata,
//                       revisit, redirects, images) are skipped silently
//   .gz                 gzip around any of the above; every gzip member is read
//                       in turn, so a .warc.gz of one member per record works
// Gzip is recognised by its magic number whatever the name; a name ending in
// .gz that is not gzip is rejected. Other extensions are skipped and
// reported. "-" reads standard input (and ReadBuffer named "-" its buffer);
// its format is guessed from the first decompressed bytes (WARC/, '{', '<',
// else text). In directories, hidden entries (".git") are passed over.
//
// Encodings: every body is made valid UTF-8. A UTF-8 byte order mark is
// dropped. The charset is taken from the HTTP Content-Type header (WARC), else
// from a <meta charset> or http-equiv declaration in the first 2 KB of HTML;
// ISO-8859-1, windows-1252 and US-ASCII (all read as windows-1252, as browsers
// do) are converted; UTF-8 and undeclared bodies are taken as UTF-8; any other
// charset is kept as bytes and recorded in RawDocument::converted_from.
// Invalid UTF-8 left after that is replaced with U+FFFD, counted in
// RawDocument::encoding_repairs, and reported as an InputProblem of kind
// kRepaired.
//
// Errors: a problem with one file or one record (unreadable path, empty file,
// file over ReaderOptions::max_file_bytes, truncated gzip member, malformed
// WARC header, missing or bad Content-Length, a WARC record or JSON line cut
// short by the end of the file, bytes between WARC records that are not a
// record, a JSON line that does not parse or has no body, a document over
// max_document_bytes) is reported through DocumentVisitor::OnProblem naming
// the file and record or line, and reading goes on with the next record or
// file: the WARC reader resyncs at the next line starting "WARC/". Documents
// read before the problem have already been delivered.
//
// Memory: records are read one at a time through a fixed 64 KiB buffer (plus
// zlib's state); the most held at once is about one document, so
// max_document_bytes bounds memory whatever the size of the input.
//
// Thread safety: ReadPaths may run in several threads at once on different
// visitors; a visitor is called from the calling thread only.
#ifndef DYAD_INGEST_H_
#define DYAD_INGEST_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad {

// What a document's body is.
enum class ContentType { kText, kHtml };

// One document as it came out of its container, before extraction.
struct RawDocument {
  // Where it came from: the path as given by the user (or "-" for stdin).
  std::string source;
  // Which record of the source: "" for a whole file, "line 12" for JSON
  // Lines (counting from 1), "record 3 @ 10452" (record number counting from
  // 1, byte offset of its "WARC/" line in the decompressed stream) for WARC.
  std::string locator;
  ContentType type = ContentType::kText;
  // The document bytes, always valid UTF-8 (see encoding_repairs).
  std::string body;

  // Metadata the container supplied; empty when it supplied none.
  std::string id;         // JSON Lines "id" or WARC-Record-ID (without <>)
  std::string url;        // JSON Lines "url" or WARC-Target-URI (without <>)
  std::string outlet;     // JSON Lines "outlet"
  std::string title;      // JSON Lines "title"
  std::string published;  // JSON Lines "published", as written
  std::string fetched;    // WARC-Date

  // How many invalid UTF-8 sequences were replaced by U+FFFD (NUL bytes
  // dropped count too), and the character set the body was converted from,
  // as declared and lower-cased ("windows-1252", "iso-8859-1"; "" when it was
  // UTF-8, undeclared, or plain ASCII). For a charset dyad does not convert
  // it is "unsupported:" and the label ("unsupported:shift_jis"): the bytes
  // were kept and repaired as UTF-8.
  uint64_t encoding_repairs = 0;
  std::string converted_from;
};

// A problem with one file or record. Reading always continues after one.
struct InputProblem {
  enum class Kind {
    kRejected,  // nothing was taken from this file or record
    kRepaired,  // the document was taken, with damage repaired (bad UTF-8)
  };
  Kind kind = Kind::kRejected;
  std::string source;   // the file, as given
  std::string locator;  // the record or line ("record 3 @ 10452", "line 7",
                        // "offset 5120" for bytes between WARC records);
                        // "" for the file as a whole
  std::string message;  // what was wrong, in plain words

  // "a.warc.gz, record 3 @ 10452: truncated gzip member".
  std::string ToString() const;
};

// Receives what a reader finds, in input order.
class DocumentVisitor {
 public:
  virtual ~DocumentVisitor() = default;
  virtual void OnDocument(RawDocument doc) = 0;
  virtual void OnProblem(const InputProblem& problem) = 0;
  // Called with the number of input bytes (compressed, as on disk) consumed
  // so far in the current file, and the file's size when known (else 0):
  // once with 0 when a file starts, then as records are read (approximate
  // to the 64 KiB read-ahead), ending with bytes_done == bytes_total.
  virtual void OnProgress(uint64_t bytes_done, uint64_t bytes_total) {
    (void)bytes_done;
    (void)bytes_total;
  }
};

struct ReaderOptions {
  // A file larger than this on disk is rejected unread. Default: 1 GiB.
  uint64_t max_file_bytes = uint64_t{1} << 30;
  // A single document (a JSON line, a WARC record, a whole text or HTML file
  // after decompression) larger than this is rejected. Default: 32 MiB.
  uint64_t max_document_bytes = uint64_t{32} << 20;
  // Follow symbolic links to directories while walking. Default: false.
  bool follow_directory_links = false;
};

// Reads every document in the given paths (files, directories walked
// recursively in sorted order, or "-" for standard input) and calls the
// visitor for each document and each problem. Returns OK unless reading could
// not start at all (InvalidArgument for an empty `paths`); per-file problems
// go to the visitor, not the Status. Directories are walked recursively in
// sorted order; symbolic links to directories are followed only with
// ReaderOptions::follow_directory_links, and a directory is walked once.
Status ReadPaths(const std::vector<std::string>& paths, const ReaderOptions& options,
                 DocumentVisitor& visitor);

// Reads one in-memory input as if it were a file called `name` (its extension
// picks the format, as above; "-" sniffs it). `bytes` is not copied; it must
// stay valid during the call. For tests, fuzzers and the HTTP ingest endpoint.
void ReadBuffer(std::string_view name, std::string_view bytes, const ReaderOptions& options,
                DocumentVisitor& visitor);

}  // namespace dyad

#endif  // DYAD_INGEST_H_

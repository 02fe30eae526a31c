// Internal to store: the compact binary form in which an article's paragraph
// and sentence spans are kept (one BLOB per article instead of one row per
// sentence, which keeps ingest fast and the file small; see docs/store.md).
//
// Layout, all little-endian uint32: for sentences, (begin, end, flags) per
// sentence where flags = paragraph index | headline << 31; for paragraphs,
// (begin, end, raw_begin, raw_end) per paragraph.
#ifndef DYAD_STORE_SPAN_CODEC_H_
#define DYAD_STORE_SPAN_CODEC_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/extract.h"
#include "dyad/status.h"
#include "dyad/text.h"

namespace dyad::store {

std::string EncodeSentences(const std::vector<Sentence>& sentences);
// Corruption if the blob's size is not a multiple of 12 bytes.
Status DecodeSentences(std::string_view blob, std::vector<Sentence>* out);

std::string EncodeParagraphs(const std::vector<Paragraph>& paragraphs);
// Corruption if the blob's size is not a multiple of 16 bytes.
Status DecodeParagraphs(std::string_view blob, std::vector<Paragraph>* out);

}  // namespace dyad::store

#endif  // DYAD_STORE_SPAN_CODEC_H_

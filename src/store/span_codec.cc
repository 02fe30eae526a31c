// Encoding of span lists as BLOBs (see span_codec.h).
#include "store/span_codec.h"

#include <cstdint>
#include <cstring>

namespace dyad::store {
namespace {

void Put32(std::string& out, uint32_t v) {
  char b[4] = {static_cast<char>(v), static_cast<char>(v >> 8), static_cast<char>(v >> 16),
               static_cast<char>(v >> 24)};
  out.append(b, 4);
}

uint32_t Get32(const char* p) {
  auto u = reinterpret_cast<const unsigned char*>(p);
  return uint32_t{u[0]} | uint32_t{u[1]} << 8 | uint32_t{u[2]} << 16 | uint32_t{u[3]} << 24;
}

constexpr uint32_t kHeadlineBit = 1u << 31;

}  // namespace

std::string EncodeSentences(const std::vector<Sentence>& sentences) {
  std::string out;
  out.reserve(sentences.size() * 12);
  for (const Sentence& s : sentences) {
    Put32(out, s.begin);
    Put32(out, s.end);
    Put32(out, (s.paragraph & ~kHeadlineBit) | (s.headline ? kHeadlineBit : 0));
  }
  return out;
}

Status DecodeSentences(std::string_view blob, std::vector<Sentence>* out) {
  if (blob.size() % 12 != 0)
    return Status::Corruption("sentence spans: blob size not a multiple of 12");
  out->clear();
  out->reserve(blob.size() / 12);
  for (size_t i = 0; i < blob.size(); i += 12) {
    Sentence s;
    s.begin = Get32(blob.data() + i);
    s.end = Get32(blob.data() + i + 4);
    uint32_t flags = Get32(blob.data() + i + 8);
    s.paragraph = flags & ~kHeadlineBit;
    s.headline = (flags & kHeadlineBit) != 0;
    out->push_back(std::move(s));
  }
  return Status::OK();
}

std::string EncodeParagraphs(const std::vector<Paragraph>& paragraphs) {
  std::string out;
  out.reserve(paragraphs.size() * 16);
  for (const Paragraph& p : paragraphs) {
    Put32(out, p.span.begin);
    Put32(out, p.span.end);
    Put32(out, p.raw.begin);
    Put32(out, p.raw.end);
  }
  return out;
}

Status DecodeParagraphs(std::string_view blob, std::vector<Paragraph>* out) {
  if (blob.size() % 16 != 0)
    return Status::Corruption("paragraph spans: blob size not a multiple of 16");
  out->clear();
  out->reserve(blob.size() / 16);
  for (size_t i = 0; i < blob.size(); i += 16) {
    Paragraph p;
    p.span.begin = Get32(blob.data() + i);
    p.span.end = Get32(blob.data() + i + 4);
    p.raw.begin = Get32(blob.data() + i + 8);
    p.raw.end = Get32(blob.data() + i + 12);
    out->push_back(p);
  }
  return Status::OK();
}

}  // namespace dyad::store

// FieldSourceName (see dyad/extract.h): the stable names stored with articles.
#include "dyad/extract.h"

namespace dyad {

std::string_view FieldSourceName(FieldSource s) {
  switch (s) {
    case FieldSource::kNone: return "none";
    case FieldSource::kContainer: return "container";
    case FieldSource::kJsonLd: return "json-ld";
    case FieldSource::kMetaTag: return "meta-tag";
    case FieldSource::kTimeElement: return "time-element";
    case FieldSource::kHeaderLine: return "header-line";
    case FieldSource::kVisibleText: return "visible-text";
    case FieldSource::kUrl: return "url";
    case FieldSource::kSelfReference: return "self-reference";
    case FieldSource::kTitleTag: return "title-tag";
  }
  return "none";
}

}  // namespace dyad

// PrepareArticle (see dyad/pipeline.h): one raw document to a storable
// record: extraction, then sentence segmentation, then identity.
#include "dyad/pipeline.h"
#include "dyad/text.h"

namespace dyad {

Result<ArticleRecord> PrepareArticle(const RawDocument& doc, const ExtractOptions& options) {
  auto article = ExtractArticle(doc, options);
  if (!article.ok()) return article.status();
  if (article->text.empty()) return Status::InvalidArgument("no article text found");
  ArticleRecord rec;
  rec.article = std::move(article).value();
  if (rec.article.url.empty()) rec.article.url = doc.url;
  // The store keeps spans; stages that need tokens compute them.
  // Sentences are cut within the article's own paragraphs, so a sentence's
  // paragraph index is the article's.
  std::vector<Span> paragraphs;
  paragraphs.reserve(rec.article.paragraphs.size());
  for (const Paragraph& p : rec.article.paragraphs) paragraphs.push_back(p.span);
  rec.sentences = SplitSentences(rec.article.text, paragraphs, /*keep_tokens=*/false);
  rec.id = ArticleId(rec.article);
  rec.source = doc.source;
  rec.locator = doc.locator;
  rec.encoding_repairs = doc.encoding_repairs;
  return rec;
}

}  // namespace dyad

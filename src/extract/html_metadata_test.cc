// Tests for HTML metadata (ReadPageMetadata through ExtractHtml) on
// hand-written pages: JSON-LD, meta tags, <time>, title suffixes, the host
// fallback, and the order of trust between them. Bodies are kept simple
// (<article><p>..</p></article>): finding the body is FindMainText's job.
#include "extract/html_metadata.h"

#include <gtest/gtest.h>

#include <string>

#include "dyad/extract.h"

namespace dyad {
namespace {

Article MustExtract(const std::string& html, std::string_view url = "") {
  Result<Article> a = ExtractHtml(html, url);
  EXPECT_TRUE(a.ok()) << a.status().ToString();
  return a.ok() ? std::move(a).value() : Article();
}

std::string Page(const std::string& head, const std::string& body,
                 const std::string& html_attrs = "") {
  return "<!doctype html><html" + html_attrs + "><head>" + head + "</head><body>" + body +
         "</body></html>";
}

const char kBody[] = "<article><p>First paragraph of the story.</p><p>Second one.</p></article>";

TEST(HtmlMetadataTest, JsonLdArticle) {
  std::string head = R"(<title>Ignored | Site</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"WebSite","name":"Example"},
      {"@type":["NewsArticle"],"headline":"Allies meet in Washington",
       "datePublished":"2024-07-10T14:03:00+02:00",
       "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
       "publisher":{"@type":"Organization","name":"Deutsche Welle"}}]}</script>)";
  Article a = MustExtract(Page(head, kBody, " lang=\"en-GB\""));
  EXPECT_EQ(a.title, "Allies meet in Washington");
  EXPECT_EQ(a.title_source, FieldSource::kJsonLd);
  EXPECT_EQ(a.published, "2024-07-10T12:03:00Z");
  EXPECT_EQ(a.published_source, FieldSource::kJsonLd);
  EXPECT_EQ(a.outlet, "DW");  // alias mapped to the display name
  EXPECT_EQ(a.outlet_source, FieldSource::kJsonLd);
  EXPECT_EQ(a.byline, "Jane Doe, John Roe");
  EXPECT_EQ(a.language, "en-GB");
  EXPECT_EQ(a.text, "First paragraph of the story.\n\nSecond one.");
  ASSERT_EQ(a.paragraphs.size(), 2u);
  EXPECT_EQ(a.paragraphs[1].span.view(a.text), "Second one.");
  EXPECT_EQ(a.paragraphs[1].raw.size(), 0u);  // HTML paragraphs have no raw span
}

TEST(HtmlMetadataTest, MetaTagsWinOverTitleTag) {
  std::string head = R"(<title>Summit ends - The Daily Planet</title>
    <meta property="og:title" content="Summit ends with a pledge">
    <meta property="og:site_name" content="The Daily Planet">
    <meta property="article:published_time" content="2024-07-11T08:00:00Z">
    <meta name="author" content="By Lois Lane">)";
  Article a = MustExtract(Page(head, kBody));
  EXPECT_EQ(a.title, "Summit ends with a pledge");
  EXPECT_EQ(a.title_source, FieldSource::kMetaTag);
  EXPECT_EQ(a.published, "2024-07-11T08:00:00Z");
  EXPECT_EQ(a.published_source, FieldSource::kMetaTag);
  EXPECT_EQ(a.outlet, "The Daily Planet");
  EXPECT_EQ(a.outlet_source, FieldSource::kMetaTag);
  EXPECT_EQ(a.byline, "Lois Lane");
}

TEST(HtmlMetadataTest, OgTitleLosesOnlyASiteSuffix) {
  Article a =
      MustExtract(Page(R"(<meta property="og:title" content="Talks go on | Reuters">)", kBody));
  EXPECT_EQ(a.title, "Talks go on");
  Article b =
      MustExtract(Page(R"(<meta property="og:title" content="Biden - the final weeks">)", kBody));
  EXPECT_EQ(b.title, "Biden - the final weeks");
}

TEST(HtmlMetadataTest, OtherDateMetaNames) {
  for (const char* meta : {R"(<meta name="pubdate" content="2024-07-10">)",
                           R"(<meta name="DC.date" content="2024-07-10">)",
                           R"(<meta name="parsely-pub-date" content="2024-07-10T00:00:00Z">)",
                           R"(<meta name="sailthru.date" content="Wed, 10 Jul 2024 09:00:00 GMT">)",
                           R"(<meta itemprop="datePublished" content="2024-07-10">)"}) {
    Article a = MustExtract(Page(meta, kBody));
    EXPECT_EQ(a.published.substr(0, 10), "2024-07-10") << meta;
    EXPECT_EQ(a.published_source, FieldSource::kMetaTag) << meta;
  }
}

TEST(HtmlMetadataTest, TimeElementInTheHeaderIsPreferred) {
  std::string body = R"(<article><header><h1>Headline here now</h1>
    <time datetime="2024-07-10T06:00:00-04:00">July 10</time></header>
    <p>Text.</p><p>Related: <time datetime="2023-01-01">old story</time></p></article>)";
  std::string page = "<html><body><p><time datetime=\"2022-05-05\">ad</time></p>" +
                     std::string(body) + "</body></html>";
  Article a = MustExtract(page);
  EXPECT_EQ(a.published, "2024-07-10T10:00:00Z");
  EXPECT_EQ(a.published_source, FieldSource::kTimeElement);
  EXPECT_EQ(a.title, "Headline here now");
  EXPECT_EQ(a.title_source, FieldSource::kVisibleText);
}

TEST(HtmlMetadataTest, VisibleDateThenUrlDate) {
  Article a = MustExtract(
      Page("", "<div class=\"meta\">Published: July 9, 2024</div>" + std::string(kBody)));
  EXPECT_EQ(a.published, "2024-07-09");
  EXPECT_EQ(a.published_source, FieldSource::kVisibleText);
  Article b = MustExtract(Page("", kBody), "https://edition.cnn.com/2024/07/10/world/x/index.html");
  EXPECT_EQ(b.published, "2024-07-10");
  EXPECT_EQ(b.published_source, FieldSource::kUrl);
  EXPECT_EQ(b.outlet, "CNN");
  EXPECT_EQ(b.outlet_source, FieldSource::kUrl);
  EXPECT_EQ(b.url, "https://edition.cnn.com/2024/07/10/world/x/index.html");
}

TEST(HtmlMetadataTest, TitleTagSuffixGivesTitleAndOutlet) {
  Article a = MustExtract(Page("<title>NATO hardens stance on China | The Gazette</title>", kBody));
  EXPECT_EQ(a.title, "NATO hardens stance on China");
  EXPECT_EQ(a.title_source, FieldSource::kTitleTag);
  EXPECT_EQ(a.outlet, "The Gazette");
  EXPECT_EQ(a.outlet_source, FieldSource::kTitleTag);
}

TEST(HtmlMetadataTest, HostFallbacks) {
  Article known = MustExtract(Page("<title>A plain title</title>", kBody),
                              "https://www.newsweek.com/nato-china-1234");
  EXPECT_EQ(known.outlet, "Newsweek");
  EXPECT_EQ(known.outlet_source, FieldSource::kUrl);
  Article unknown =
      MustExtract(Page("<title>A plain title</title>", kBody), "https://news.example.co.uk/a");
  EXPECT_EQ(unknown.outlet, "example.co.uk");
  Article canonical =
      MustExtract(Page("<link rel=\"canonical\" href=\"https://www.ft.com/content/abc\">", kBody));
  EXPECT_EQ(canonical.outlet, "Financial Times");
  EXPECT_EQ(canonical.url, "https://www.ft.com/content/abc");
}

TEST(HtmlMetadataTest, BylineElementsAndLanguageFallback) {
  Article a =
      MustExtract(Page("<meta property=\"og:locale\" content=\"de_DE\">",
                       "<div class=\"article-byline\">By Anna Schmidt</div>" + std::string(kBody)));
  EXPECT_EQ(a.byline, "Anna Schmidt");
  EXPECT_EQ(a.language, "de-DE");
  Article b =
      MustExtract(Page("", "<a rel=\"author\" href=\"/x\">Jo Bloggs</a>" + std::string(kBody)));
  EXPECT_EQ(b.byline, "Jo Bloggs");
}

TEST(HtmlMetadataTest, BrokenJsonLdAndMarkupDoNotFail) {
  std::string head = R"(<title>Fallback title - Site</title>
    <script type="application/ld+json">{"@type":"NewsArticle","headline":</script>)";
  Article a = MustExtract(Page(head, "<article><p>Unclosed <b>bold<p>next"));
  EXPECT_EQ(a.title, "Fallback title");
  EXPECT_FALSE(a.text.empty());
}

TEST(HtmlMetadataTest, DeepNestingIsHandled) {
  std::string html = "<html><body>";
  for (int i = 0; i < 20000; ++i) html += "<div>";
  html += "<p>deep</p></body></html>";
  Result<Article> a = ExtractHtml(html);
  EXPECT_TRUE(a.ok());
}

TEST(HtmlMetadataTest, EmptyInputIsInvalid) {
  EXPECT_TRUE(ExtractHtml("").status().IsInvalidArgument());
  EXPECT_TRUE(ExtractHtml("  \n ").status().IsInvalidArgument());
}

TEST(StripSiteSuffixTest, CutsShortSuffixesOnly) {
  std::string site;
  EXPECT_EQ(extract::StripSiteSuffix("Headline of the day | BBC News", &site),
            "Headline of the day");
  EXPECT_EQ(site, "BBC News");
  EXPECT_EQ(extract::StripSiteSuffix("Headline text \xE2\x80\x93 DW"), "Headline text");
  EXPECT_EQ(extract::StripSiteSuffix("No suffix here"), "No suffix here");
  EXPECT_EQ(extract::StripSiteSuffix("A - much longer part after the dash than before"),
            "A - much longer part after the dash than before");
}

}  // namespace
}  // namespace dyad

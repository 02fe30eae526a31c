// Tests for FindMainText on small hand-written pages, one rule each.
#include "extract/main_text.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad::extract {
namespace {

MainText Find(const std::string& html) {
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  MainText main = FindMainText(output->root);
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return main;
}

std::string Joined(const MainText& main) {
  std::string out;
  for (const std::string& p : main.paragraphs) out += p + "\n";
  return out;
}

bool Has(const MainText& main, const std::string& needle) {
  return Joined(main).find(needle) != std::string::npos;
}

// Four paragraphs of prose that any extractor should recognise as a body.
const char kBody[] =
    "<p>The council voted on Tuesday to close the old bridge, citing a report that found "
    "corrosion in the main supports, cracks in the deck, and loose railings.</p>"
    "<p>Engineers said repairs would cost more than a new crossing, which the city hopes to "
    "open within three years, funded by state grants and a local bond.</p>"
    "<p>Residents, many of whom cross the bridge daily, asked for a shuttle service, and the "
    "mayor said buses would run every fifteen minutes during the closure.</p>"
    "<p>The vote was seven to two, with both dissenting members arguing that the report had "
    "overstated the danger, and that a partial reopening was possible.</p>";

std::string Page(const std::string& inside_body) {
  return "<!DOCTYPE html><html><head><title>T</title><script>var x = 'no';</script>"
         "<style>p { color: red }</style></head><body>" +
         inside_body + "</body></html>";
}

TEST(FindMainTextTest, KeepsArticleParagraphsInOrder) {
  MainText main = Find(Page(std::string("<article>") + kBody + "</article>"));
  ASSERT_EQ(main.paragraphs.size(), 4u);
  EXPECT_EQ(main.paragraphs[0].substr(0, 20), "The council voted on");
  EXPECT_EQ(main.paragraphs[3].substr(0, 12), "The vote was");
}

TEST(FindMainTextTest, DropsNavigationScriptsAndStyles) {
  MainText main = Find(
      Page("<nav><ul><li><a href='/'>Home</a></li><li><a href='/w'>World news and more</a></li>"
           "</ul><p>Menu paragraph that is long enough to count as a paragraph, really.</p></nav>"
           "<div class='story'>" +
           std::string(kBody) + "</div>"));
  EXPECT_TRUE(Has(main, "The council voted"));
  EXPECT_FALSE(Has(main, "Menu paragraph"));
  EXPECT_FALSE(Has(main, "World news"));
  EXPECT_FALSE(Has(main, "var x"));
  EXPECT_FALSE(Has(main, "color"));
  EXPECT_GT(main.boilerplate_blocks, 0u);
}

TEST(FindMainTextTest, DropsRelatedLinksListInsideArticle) {
  MainText main = Find(
      Page("<div class='article-body'>" + std::string(kBody) +
           "<ul><li><a href='/a'>Bridge closures elsewhere in the state this year</a></li>"
           "<li><a href='/b'>Mayor announces new transit plan for the summer</a></li></ul></div>"));
  EXPECT_TRUE(Has(main, "The vote was seven"));
  EXPECT_FALSE(Has(main, "Bridge closures elsewhere"));
  EXPECT_FALSE(Has(main, "Mayor announces"));
}

TEST(FindMainTextTest, DropsCommentSection) {
  MainText main = Find(
      Page("<div class='content'><div class='entry'>" + std::string(kBody) +
           "</div><div id='comments' class='comments'><h3>3 Responses</h3>"
           "<p>I have crossed that bridge for years, and I never felt it was unsafe at all.</p>"
           "<p>Finally, someone is taking the state of our infrastructure seriously, I think.</p>"
           "</div></div>"));
  EXPECT_TRUE(Has(main, "The council voted"));
  EXPECT_FALSE(Has(main, "crossed that bridge for years"));
  EXPECT_FALSE(Has(main, "Responses"));
}

TEST(FindMainTextTest, DropsCookieBannerAndShareBar) {
  MainText main =
      Find(Page("<div class='cookie-consent'><p>We use cookies to improve your experience on our "
                "site, and to show you personalised advertising.</p><a href='#'>Accept</a></div>"
                "<article>" +
                std::string(kBody) +
                "<div class='share-tools'><p>Share this story with your friends and family, "
                "please.</p></div></article>"));
  EXPECT_TRUE(Has(main, "The council voted"));
  EXPECT_FALSE(Has(main, "We use cookies"));
  EXPECT_FALSE(Has(main, "Share this story"));
}

TEST(FindMainTextTest, KeepsHeadingsAndListsInsideBodyButNotTitle) {
  MainText main =
      Find(Page("<article><h1>Bridge to close</h1>" + std::string(kBody) +
                "<h2>What happens next</h2><ul><li>Buses will run every fifteen minutes.</li>"
                "<li>The new crossing opens in three years.</li></ul>" +
                kBody + "</article>"));
  EXPECT_FALSE(Has(main, "Bridge to close"));
  EXPECT_TRUE(Has(main, "What happens next\n"));
  EXPECT_TRUE(Has(main, "Buses will run every fifteen minutes.\n"));
  EXPECT_TRUE(Has(main, "The new crossing opens in three years.\n"));
}

TEST(FindMainTextTest, SplitsTextAtLineBreaks) {
  MainText main = Find(Page(
      "<div class='post'>The council voted on Tuesday to close the old bridge, citing a report."
      "<br><br>Engineers said repairs would cost more than a new crossing, sadly.<br>"
      "Residents, many of whom cross the bridge daily, asked for a shuttle, and got one."
      "</div>"));
  ASSERT_EQ(main.paragraphs.size(), 3u);
  EXPECT_EQ(main.paragraphs[1],
            "Engineers said repairs would cost more than a new crossing, sadly.");
}

TEST(FindMainTextTest, FindsBodyInPageWithOnlyDivs) {
  MainText main = Find(Page(
      "<div class='menu'><div><a href='/'>Home</a></div><div><a href='/x'>Sports</a></div></div>"
      "<div><div>The council voted on Tuesday to close the old bridge, citing a report that "
      "found corrosion, cracks, and loose railings.</div><div>Engineers said repairs would cost "
      "more than a new crossing, which the city hopes to open within three years.</div>"
      "<div>Residents, many of whom cross the bridge daily, asked for a shuttle service.</div>"
      "</div><div class='footer-links'><a href='/about'>About us</a></div>"));
  EXPECT_TRUE(Has(main, "The council voted"));
  EXPECT_TRUE(Has(main, "Residents, many"));
  EXPECT_FALSE(Has(main, "Sports"));
  EXPECT_FALSE(Has(main, "About us"));
}

TEST(FindMainTextTest, SurvivesBrokenUnclosedMarkup) {
  MainText main = Find(
      "<html><body><div class=article><p>The council voted on Tuesday to close the old bridge, "
      "citing a report, and <b>corrosion <i>in the supports<p>Engineers said repairs would "
      "cost more, and the city agreed, after a long debate<div><p>Residents asked for a "
      "shuttle, and the mayor said yes, buses will run");
  EXPECT_TRUE(Has(main, "The council voted"));
  EXPECT_TRUE(Has(main, "Engineers said"));
  EXPECT_TRUE(Has(main, "buses will run"));
}

TEST(FindMainTextTest, EmptyAndTextlessPagesGiveNothing) {
  EXPECT_TRUE(Find("").paragraphs.empty());
  EXPECT_TRUE(
      Find("<html><head><script>x()</script></head><body></body></html>").paragraphs.empty());
  EXPECT_TRUE(FindMainText(nullptr).paragraphs.empty());
}

TEST(FindMainTextTest, PageWithOnlyShortTextStillYieldsIt) {
  MainText main = Find("<html><body><div>Hello world</div></body></html>");
  EXPECT_TRUE(Has(main, "Hello world"));
}

TEST(FindMainTextTest, DropsFurnitureLinesCaptionsAndHiddenText) {
  MainText main = Find(
      Page("<article><figure><img src='a.jpg'><figcaption>The old bridge in 1970, seen from the "
           "river bank.</figcaption></figure>" +
           std::string(kBody) +
           "<p>Advertisement</p><div style='display: none'><p>Hidden text that a reader never sees "
           "on the page.</p></div><p hidden>Also hidden from every reader of the page.</p>" +
           kBody + "</article>"));
  EXPECT_TRUE(Has(main, "The council voted"));
  EXPECT_FALSE(Has(main, "Advertisement"));
  EXPECT_FALSE(Has(main, "The old bridge in 1970"));
  EXPECT_FALSE(Has(main, "Hidden text"));
  EXPECT_FALSE(Has(main, "Also hidden"));
}

TEST(FindMainTextTest, KeepsEmbeddedPostsQuotedByTheArticle) {
  MainText main = Find(
      Page("<article>" + std::string(kBody) +
           "<div class='social-media-embed'><blockquote class='twitter-tweet'><p>The bridge is "
           "closed from today, plan your trip ahead, and take the shuttle bus.</p></blockquote>"
           "</div><div class='social-links'><p>Follow the council on every network you use, "
           "today.</p></div>" +
           kBody + "</article>"));
  EXPECT_TRUE(Has(main, "The bridge is closed from today"));
  EXPECT_FALSE(Has(main, "Follow the council"));
}

TEST(FindMainTextTest, DropsInlineCaptionsAndCreditedCaptionLines) {
  MainText main = Find(
      Page("<article>" + std::string(kBody) +
           "<p><span class='image-caption'>The old bridge at dawn, from the east bank.</span></p>"
           "<p>Crowds gathered on the bank to watch the last crossing (Image: CITY ARCHIVE)</p>" +
           kBody + "</article>"));
  EXPECT_TRUE(Has(main, "The council voted"));
  EXPECT_FALSE(Has(main, "The old bridge at dawn"));
  EXPECT_FALSE(Has(main, "Crowds gathered"));
}

TEST(FindMainTextTest, CollapsesWhiteSpaceAndDecodesEntities) {
  MainText main = Find(Page(
      "<article><p>  The council&nbsp;voted   on\n Tuesday, &amp; the mayor &quot;agreed&quot;, "
      "after a long and careful debate.  </p>" +
      std::string(kBody) + "</article>"));
  ASSERT_FALSE(main.paragraphs.empty());
  EXPECT_EQ(main.paragraphs[0],
            "The council voted on Tuesday, & the mayor \"agreed\", after a long and careful "
            "debate.");
}

TEST(FindMainTextTest, BoilerplateSampleIsBounded) {
  std::string links;
  for (int i = 0; i < 40; ++i)
    links += "<div class='promo'><p>Promotion number " + std::to_string(i) +
             " with a rather long text that goes on and on, well past eighty bytes of "
             "length.</p></div>";
  MainText main = Find(Page(links + "<article>" + kBody + "</article>"));
  EXPECT_TRUE(Has(main, "The council voted"));
  EXPECT_GE(main.boilerplate_blocks, 40u);
  EXPECT_GT(main.boilerplate_chars, 40u * 80u);
  EXPECT_LE(main.boilerplate_sample.size(), 8u);
  for (const std::string& s : main.boilerplate_sample) EXPECT_LE(s.size(), 80u);
}

TEST(FindMainTextTest, DeeplyNestedMarkupDoesNotCrash) {
  std::string html = "<html><body>";
  for (int i = 0; i < 5000; ++i) html += "<div>";
  html += "<p>Deep text, very deep, in a page that nests too far.</p>";
  MainText main = Find(html);
  EXPECT_LE(main.paragraphs.size(), 1u);
}

}  // namespace
}  // namespace dyad::extract

// Internal to extract: the line classifier for plain-text articles. Scraped
// text files carry the page furniture that surrounded the article, one item
// a line; each rule here recognises one KIND of furniture by its generic
// shape ("Sign up for ... newsletter", "<credit>/<agency>", "NATO.jpg"), never
// by the wording of one site.
//
// Short credit lines are furniture by shape: "Picture: stock", "Courier file
// photo", "Advertisement. Story continues below.", "Trending now: <teaser>".
//
// ClassifyLine looks at one line alone. Rules that need context (the comment
// section after "Leave a Reply", the links under "You might also like", the
// dateline block at the top) live in plain_text_extractor.cc, which uses the
// kinds returned here.
#ifndef DYAD_EXTRACT_TEXT_BOILERPLATE_H_
#define DYAD_EXTRACT_TEXT_BOILERPLATE_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace dyad::extract {

enum class LineKind : uint8_t {
  kText = 0,        // article text, or nothing we recognise: keep
  kEditorsNote,     // "Editor's note: Sign up for ..."
  kPromo,           // "Sign up for our ... newsletter", "Subscribe to ..."
  kAdvertisement,   // "Advertisement", "Story continues below advertisement"
  kCommentHeading,  // "Leave a Reply", "Leave a Comment", "12 Comments"
  kCommentForm,     // "Your email address will not be published.", "Post Comment"
  kPrevNext,        // "PREV <teaser>", "NEXT <teaser>", "Previous article"
  kPhotoCredit,     // "Sergey Bobirov/Pool/AFP/Getty Images", "Photo: AFP"
  kCaption,         // "NATO leaders in Washington. Image: Yves Herman/REUTERS"
  kImageFile,       // "NATO.jpg"
  kLanguageBar,     // "Language : English 简体 繁體"
  kBackToTop,       // "Back to Top"
  kRelatedHeading,  // "You might also like", "Related articles", "Read more"
  kRelatedLink,     // "Read more: <headline>", "RELATED: <headline>"
  kFollowUs,        // "Follow us on Google News", "Follow <Outlet> for more stories"
  kShare,           // "Share this article", "Share on Facebook"
  kUpdateNote,      // "This story has been updated ...", "This story was originally
                    // published by <Origin> and is republished ..."
  kNavigation,      // "Local | National | World | Sports | Obituaries"
};

// A short lower-case name for a kind: "promo", "photo-credit", ...
std::string_view LineKindName(LineKind kind);

// The kind of one line of text (without its line break). Lines are judged
// alone; anything not recognised is kText.
LineKind ClassifyLine(std::string_view line);

// The same, and when the kind is kText and the line is not blank, also
// *credit_start = CreditSuffixStart(TrimSpace(line)), which the classifier
// computes anyway (a caller cutting credits off kept lines need not search
// again). *credit_start is left alone otherwise.
LineKind ClassifyLine(std::string_view line, size_t* credit_start);

// When `line` ends with a photo credit ("... stability. Photo: AFP",
// "... (Image: Yves Herman/REUTERS)"), the offset where the credit begins
// (its marker, after trimming the space before it); npos otherwise.
size_t CreditSuffixStart(std::string_view line);

// Returns true iff `line` is a plausible credit on its own: a marker
// ("Photo:", "Image:", "Credit:") with a short name after it, or names and
// agencies joined by '/' or "via" ("Yves Herman/REUTERS").
bool IsCreditText(std::string_view line);

}  // namespace dyad::extract

#endif  // DYAD_EXTRACT_TEXT_BOILERPLATE_H_

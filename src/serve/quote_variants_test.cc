// Tests of the query that proposes a quote's variants (quote_variants.h);
// the variants themselves are tested through the API (tests/serve_api_test.cc).
#include "serve/quote_variants.h"

#include <gtest/gtest.h>

namespace dyad::serve {
namespace {

TEST(SharedWordsQueryTest, LongestDistinctWordsLowercasedAndQuoted) {
  EXPECT_EQ(SharedWordsQuery("We will NOT bow to \"pressure\", ever.", 3),
            "\"pressure\" OR \"ever\" OR \"will\"");  // longest first, ties alphabetical
  EXPECT_EQ(SharedWordsQuery("a b c", 5), "");
  EXPECT_EQ(SharedWordsQuery("Zürich, zürich", 5), "\"zürich\"");
}

}  // namespace
}  // namespace dyad::serve

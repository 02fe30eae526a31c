// Test fixture: dyad's default dictionaries (data/dictionaries as they are),
// loaded and indexed once per test suite.
#ifndef DYAD_CODING_DEFAULT_DICTIONARY_FIXTURE_H_
#define DYAD_CODING_DEFAULT_DICTIONARY_FIXTURE_H_

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/coding.h"

namespace dyad {

class DefaultDictionaryFixture : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::vector<DictionaryProblem> problems;
    auto d =
        LoadDefaultDictionaries(std::string(DYAD_SOURCE_DIR) + "/data/dictionaries", &problems);
    ASSERT_TRUE(d.ok());
    dict_ = new Dictionary(std::move(*d));
    dict_->BuildIndexes();
  }
  static void TearDownTestSuite() {
    delete dict_;
    dict_ = nullptr;
  }
  static inline Dictionary* dict_ = nullptr;
};

}  // namespace dyad

#endif  // DYAD_CODING_DEFAULT_DICTIONARY_FIXTURE_H_

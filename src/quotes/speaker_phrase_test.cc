// Tests for speaker phrases: subjects before speech verbs, inverted names,
// and what a phrase says (person, organisation, document; title, role,
// affiliation).
#include "quotes/speaker_phrase.h"

#include <gtest/gtest.h>

namespace dyad::quotes {
namespace {

// Reads the subject of the first speech verb in `text` (a string literal:
// the reading's views point into it).
PhraseReading Subject(std::string_view text) {
  Words w = TokenizeRange(text, 0, static_cast<uint32_t>(text.size()));
  for (size_t k = 0; k < w.size(); ++k) {
    if (!IsSpeechVerb(w.Lower(k))) continue;
    auto p = SubjectBefore(w, k, 0);
    if (!p) return PhraseReading();
    return ReadPhrase(w, *p, nullptr);
  }
  return PhraseReading();
}

TEST(SpeakerPhraseTest, TitleBeforeName) {
  PhraseReading r = Subject("Foreign Ministry spokesperson Lin Jian said");
  EXPECT_EQ(r.kind, SpeakerKind::kPerson);
  EXPECT_EQ(r.name, "Lin Jian");
  EXPECT_EQ(r.role, "Foreign Ministry spokesperson");
  r = Subject("NATO Secretary General Jens Stoltenberg told reporters");
  EXPECT_EQ(r.name, "Jens Stoltenberg");
  EXPECT_EQ(r.role, "NATO Secretary General");
}

TEST(SpeakerPhraseTest, AppositionGivesTheRole) {
  PhraseReading r = Subject("Julianne Smith, U.S. ambassador to NATO, said");
  EXPECT_EQ(r.kind, SpeakerKind::kPerson);
  EXPECT_EQ(r.name, "Julianne Smith");
  EXPECT_EQ(r.role, "U.S. ambassador to NATO");
}

TEST(SpeakerPhraseTest, OrganisationsDocumentsPronounsAndAnonymousSources) {
  EXPECT_EQ(Subject("the statement said").kind, SpeakerKind::kDocument);
  PhraseReading r = Subject("the NATO leaders' statement said");
  EXPECT_EQ(r.kind, SpeakerKind::kDocument);
  EXPECT_EQ(r.name, "NATO leaders' statement");
  r = Subject("the European Union delegation said in a statement");
  EXPECT_EQ(r.kind, SpeakerKind::kOrganisation);
  EXPECT_EQ(r.name, "European Union delegation");
  EXPECT_TRUE(Subject("she said").pronoun);
  EXPECT_EQ(Subject("one diplomat said").kind, SpeakerKind::kAnonymous);
  EXPECT_EQ(Subject("Ambassador Smith said").name, "Smith");
  EXPECT_EQ(Subject("Ambassador Smith said").title, "Ambassador");
}

TEST(SpeakerPhraseTest, NoSubjectAfterAConjunctionOrVerb) {
  EXPECT_EQ(Subject("and urged the alliance to stay out, and said").kind,
            SpeakerKind::kUnattributed);
}

TEST(SpeakerPhraseTest, InvertedNameWithApposition) {
  std::string text = "said Zhao, speaking at a briefing.";
  Words w = TokenizeRange(text, 0, static_cast<uint32_t>(text.size()));
  auto p = PhraseAfter(w, 1, w.size());
  ASSERT_TRUE(p);
  EXPECT_EQ(w.Text(p->begin, p->end), "Zhao");
  EXPECT_EQ(p->appos_begin, p->appos_end);  // "speaking at ..." is no role
  text = "said Helen Okafor, an analyst at the Institute for Atlantic Studies.";
  w = TokenizeRange(text, 0, static_cast<uint32_t>(text.size()));
  p = PhraseAfter(w, 1, w.size());
  ASSERT_TRUE(p);
  PhraseReading r = ReadPhrase(w, *p, nullptr);
  EXPECT_EQ(r.name, "Helen Okafor");
  EXPECT_EQ(r.role, "analyst at the Institute for Atlantic Studies");
}

TEST(SpeakerPhraseTest, AffiliationOfRoles) {
  EXPECT_EQ(AffiliationOf("U.S. ambassador to NATO"), "NATO");
  EXPECT_EQ(AffiliationOf("NATO Secretary General"), "NATO");
  EXPECT_EQ(AffiliationOf("Foreign Ministry spokesperson"), "Foreign Ministry");
  EXPECT_EQ(AffiliationOf("Japan's defence minister"), "Japan");
  EXPECT_EQ(AffiliationOf("statement"), "");
  // The office's field is no body; a place of work is no affiliation.
  EXPECT_EQ(AffiliationOf("US Secretary of State"), "US");
  EXPECT_EQ(AffiliationOf("Minister for Foreign Affairs"), "");
  EXPECT_EQ(AffiliationOf("researcher at the Hudson Institute in Washington"), "Hudson Institute");
  EXPECT_EQ(WithoutPlace("a diplomat based in Ankara"), "a diplomat");
  EXPECT_EQ(WithoutPlace("minister in charge of trade"), "minister in charge of trade");
}

TEST(SpeakerPhraseTest, HonorificsAreTitlesNotNamesOrRoles) {
  std::string text = "Ms Ruiz said";
  Words w = TokenizeRange(text, 0, static_cast<uint32_t>(text.size()));
  auto p = SubjectBefore(w, 2, 0);
  ASSERT_TRUE(p);
  PhraseReading r = ReadPhrase(w, *p, nullptr);
  EXPECT_EQ(r.kind, SpeakerKind::kPerson);
  EXPECT_EQ(r.name, "Ruiz");
  EXPECT_EQ(r.title, "Ms");
  EXPECT_EQ(r.role, "");
}

TEST(SpeakerPhraseTest, APlaceOrBodyAfterTheNounIsNotTheSpeaker) {
  PhraseReading r = Subject("the EU delegation in China said");
  EXPECT_EQ(r.kind, SpeakerKind::kOrganisation);
  EXPECT_EQ(r.name, "EU delegation in China");
  r = Subject("The PRC mission to the European Union claimed");
  EXPECT_EQ(r.kind, SpeakerKind::kOrganisation);
  EXPECT_EQ(r.name, "PRC mission to the European Union");
}

TEST(SpeakerPhraseTest, PluralRolesOfABodyAreAnOrganisation) {
  EXPECT_EQ(Subject("NATO leaders said").kind, SpeakerKind::kOrganisation);
  EXPECT_EQ(Subject("NATO leaders said").name, "NATO leaders");
  EXPECT_EQ(Subject("the leaders said").kind, SpeakerKind::kOrganisation);
  EXPECT_EQ(Subject("officials said").kind, SpeakerKind::kAnonymous);
}

}  // namespace
}  // namespace dyad::quotes

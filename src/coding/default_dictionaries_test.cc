// Tests for dyad's default dictionaries (data/dictionaries): they load
// without a problem and cover what they promise (every UN member and
// observer, metonyms, IGOs, agents, leaders on the right dates, a verb class
// for every CAMEO root).
#include <gtest/gtest.h>

#include <set>

#include "dyad/dictionary.h"

namespace dyad {
namespace {

class DefaultDictionaries : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto d =
        LoadDefaultDictionaries(std::string(DYAD_SOURCE_DIR) + "/data/dictionaries", &problems_);
    ASSERT_TRUE(d.ok()) << d.status().ToString();
    dict_ = new Dictionary(std::move(d).value());
  }
  static void TearDownTestSuite() { delete dict_; }

  // The code of the longest actor phrase matching all of `text`, or "".
  static std::string CodeOf(std::string_view text, int32_t date) {
    Phrase p = TokenizeDictionaryPhrase(text);
    std::vector<std::string_view> toks;
    for (const auto& t : p) toks.push_back(t.text);
    auto m = dict_->actor_index().LongestMatch(toks, 0);
    if (!m || m->length != toks.size()) return "";
    const ActorPhrase& ap = dict_->actor_phrases()[m->value];
    return ActorPhraseCode(dict_->actors()[ap.actor], ap, date);
  }
  static std::string AgentOf(std::string_view text) {
    Phrase p = TokenizeDictionaryPhrase(text);
    std::vector<std::string_view> toks;
    for (const auto& t : p) toks.push_back(t.text);
    auto m = dict_->agent_index().LongestMatch(toks, 0);
    if (!m || m->length != toks.size()) return "";
    return dict_->agents()[m->value].code;
  }

  static Dictionary* dict_;
  static std::vector<DictionaryProblem> problems_;
};
Dictionary* DefaultDictionaries::dict_ = nullptr;
std::vector<DictionaryProblem> DefaultDictionaries::problems_;

TEST_F(DefaultDictionaries, LoadWithoutProblems) {
  for (const auto& p : problems_) ADD_FAILURE() << p.ToString();
}

TEST_F(DefaultDictionaries, EveryUnMemberObserverTaiwanAndKosovo) {
  std::set<std::string> countries;
  for (const Actor& a : dict_->actors())
    if (a.kind == ActorKind::kCountry) countries.insert(std::string(a.CodeOn(0)));
  EXPECT_EQ(countries.size(), 197u);  // 193 members + 2 observers + TWN + XKX
  for (const char* c : {"USA", "CHN", "RUS", "UKR", "VAT", "PSE", "TWN", "XKX", "SSD", "TUV"})
    EXPECT_TRUE(countries.count(c)) << c;
}

TEST_F(DefaultDictionaries, NamesAdjectivesAndMetonyms) {
  EXPECT_EQ(CodeOf("People's Republic of China", 20240101), "CHN");
  EXPECT_EQ(CodeOf("Chinese", 20240101), "CHN");
  EXPECT_EQ(CodeOf("Beijing", 20240101), "CHNGOV");
  EXPECT_EQ(CodeOf("Zhongnanhai", 20240101), "CHNGOV");
  EXPECT_EQ(CodeOf("Kremlin", 20240101), "RUSGOV");
  EXPECT_EQ(CodeOf("White House", 20240101), "USAGOV");
  EXPECT_EQ(CodeOf("Kiev", 20240101), "UKRGOV");
  EXPECT_EQ(CodeOf("Kyiv", 20240101), "UKRGOV");
  EXPECT_EQ(CodeOf("Downing Street", 20240101), "GBRGOV");
  EXPECT_EQ(CodeOf("Elysee", 20240101), "FRAGOV");
  EXPECT_EQ(CodeOf("Brussels", 20240101), "IGOEUREEC");
  EXPECT_EQ(CodeOf("Russian", 20240101), "RUS");
  EXPECT_EQ(CodeOf("Americans", 20240101), "USA");
}

TEST_F(DefaultDictionaries, InternationalOrganisations) {
  EXPECT_EQ(CodeOf("NATO", 20240101), "IGOWSTNAT");
  EXPECT_EQ(CodeOf("European Commission", 20240101), "IGOEUREEC");
  EXPECT_EQ(CodeOf("UN Security Council", 20240101), "IGOUNOSEC");
  EXPECT_EQ(CodeOf("United Nations", 20240101), "IGOUNO");
  EXPECT_EQ(CodeOf("IAEA", 20240101), "IGOUNOIAE");
  for (const char* name : {"G7",
                           "G20",
                           "ASEAN",
                           "African Union",
                           "BRICS",
                           "SCO",
                           "OPEC",
                           "OSCE",
                           "Arab League",
                           "GCC",
                           "ICC",
                           "ICJ",
                           "IMF",
                           "World Bank",
                           "WTO",
                           "UNHCR",
                           "UNICEF",
                           "WFP",
                           "WHO",
                           "European Parliament",
                           "European Council",
                           "General Assembly"})
    EXPECT_TRUE(CodeOf(name, 20240101).starts_with("IGO")) << name;
}

TEST_F(DefaultDictionaries, AgentsComposeWithActors) {
  EXPECT_EQ(AgentOf("foreign ministry"), "GOV");
  EXPECT_EQ(AgentOf("navy"), "MIL");
  EXPECT_EQ(AgentOf("spokesperson"), "GOV");
  EXPECT_EQ(AgentOf("rebels"), "REB");
  EXPECT_EQ(AgentOf("intelligence agency"), "SPY");
  EXPECT_EQ(AgentOf("companies"), "BUS");
  EXPECT_EQ(AgentOf("state television"), "MED");
}

TEST_F(DefaultDictionaries, LeadersOnTheRightDates) {
  EXPECT_EQ(CodeOf("Joe Biden", 20150101), "USAGOV");  // vice president
  EXPECT_EQ(CodeOf("Joe Biden", 20180101), "USAELI");
  EXPECT_EQ(CodeOf("President Biden", 20230601), "USAGOV");
  EXPECT_EQ(CodeOf("Trump", 20190101), "USAGOV");
  EXPECT_EQ(CodeOf("Trump", 20230101), "USAELI");
  EXPECT_EQ(CodeOf("Trump", 20250301), "USAGOV");
  EXPECT_EQ(CodeOf("Xi Jinping", 20230301), "CHNGOV");
  EXPECT_EQ(CodeOf("Wang Yi", 20230301), "CHNGOV");
  EXPECT_EQ(CodeOf("Lavrov", 20230301), "RUSGOV");
  EXPECT_EQ(CodeOf("Zelensky", 20180101), "UKRELI");
  EXPECT_EQ(CodeOf("Zelenskyy", 20220301), "UKRGOV");
  EXPECT_EQ(CodeOf("Stoltenberg", 20200101), "IGOWSTNAT");
  EXPECT_EQ(CodeOf("Stoltenberg", 20100101), "NORGOV");
  EXPECT_EQ(CodeOf("Mark Rutte", 20250101), "IGOWSTNAT");
  EXPECT_EQ(CodeOf("Guterres", 20200101), "IGOUNO");
  EXPECT_EQ(CodeOf("Ursula von der Leyen", 20200101), "IGOEUREEC");
  EXPECT_EQ(CodeOf("Kim Jong Un", 20200101), "PRKGOV");
  EXPECT_EQ(CodeOf("Netanyahu", 20220101), "ISROPP");
  EXPECT_EQ(CodeOf("Netanyahu", 20240101), "ISRGOV");
  EXPECT_EQ(CodeOf("Starmer", 20230101), "GBROPP");
  EXPECT_EQ(CodeOf("Starmer", 20250101), "GBRGOV");
}

TEST_F(DefaultDictionaries, AVerbClassForEveryCameoRoot) {
  std::set<std::string> roots;
  for (const Verb& v : dict_->verbs())
    if (!v.code.IsNull()) roots.insert(v.code.code.substr(0, 2));
  for (const VerbPattern& p : dict_->patterns())
    if (!p.code.IsNull()) roots.insert(p.code.code.substr(0, 2));
  EXPECT_EQ(roots.size(), 20u);
  EXPECT_GE(dict_->patterns().size(), 30u);
}

}  // namespace
}  // namespace dyad

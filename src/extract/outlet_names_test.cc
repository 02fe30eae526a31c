// Tests for the outlet table and host helpers.
#include "extract/outlet_names.h"

#include <gtest/gtest.h>

namespace dyad::extract {
namespace {

std::string NameForHost(std::string_view host) {
  const OutletInfo* o = FindOutletByHost(host);
  return o == nullptr ? "" : std::string(o->name);
}

TEST(OutletNamesTest, MapsHostsAndSubdomains) {
  EXPECT_EQ(NameForHost("cnn.com"), "CNN");
  EXPECT_EQ(NameForHost("edition.cnn.com"), "CNN");
  EXPECT_EQ(NameForHost("WWW.DW.COM"), "DW");
  EXPECT_EQ(NameForHost("www.newsweek.com"), "Newsweek");
  EXPECT_EQ(NameForHost("www.ft.com"), "Financial Times");
  EXPECT_EQ(NameForHost("www.reuters.com"), "Reuters");
  EXPECT_EQ(NameForHost("apnews.com"), "AP");
  EXPECT_EQ(NameForHost("www.bbc.co.uk"), "BBC");
  EXPECT_EQ(NameForHost("www.bbc.com"), "BBC");
  EXPECT_EQ(NameForHost("www.nytimes.com"), "The New York Times");
  EXPECT_EQ(NameForHost("asia.nikkei.com"), "Nikkei Asia");  // longest match
}

TEST(OutletNamesTest, DoesNotMatchLookAlikeHosts) {
  EXPECT_EQ(NameForHost("notcnn.com"), "");
  EXPECT_EQ(NameForHost("cnn.com.evil.example"), "");
  EXPECT_EQ(NameForHost(""), "");
}

TEST(OutletNamesTest, FindsByNameAndAlias) {
  ASSERT_NE(FindOutletByName("dw"), nullptr);
  EXPECT_EQ(FindOutletByName("Deutsche Welle")->name, "DW");
  EXPECT_EQ(FindOutletByName(" Associated Press ")->name, "AP");
  EXPECT_TRUE(FindOutletByName("CNN")->american);
  EXPECT_FALSE(FindOutletByName("DW")->american);
  EXPECT_EQ(FindOutletByName("Hudson Institute"), nullptr);
}

TEST(OutletNamesTest, HostOfUrl) {
  EXPECT_EQ(HostOfUrl("https://www.CNN.com:443/2024/07/10/x.html"), "www.cnn.com");
  EXPECT_EQ(HostOfUrl("http://user@example.org?q=1"), "example.org");
  EXPECT_EQ(HostOfUrl("//cdn.example.net/a"), "cdn.example.net");
  EXPECT_EQ(HostOfUrl("/relative/path"), "");
  EXPECT_EQ(HostOfUrl(""), "");
}

TEST(OutletNamesTest, RegistrableHost) {
  EXPECT_EQ(RegistrableHost("edition.cnn.com"), "cnn.com");
  EXPECT_EQ(RegistrableHost("www.abc.net.au"), "abc.net.au");
  EXPECT_EQ(RegistrableHost("news.bbc.co.uk"), "bbc.co.uk");
  EXPECT_EQ(RegistrableHost("example.org"), "example.org");
  EXPECT_EQ(RegistrableHost("localhost"), "localhost");
  EXPECT_EQ(RegistrableHost("co.uk"), "co.uk");
}

}  // namespace
}  // namespace dyad::extract

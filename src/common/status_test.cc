// Tests for dyad::Status and dyad::Result.
#include "dyad/status.h"

#include <gtest/gtest.h>

#include <memory>

namespace dyad {
namespace {

TEST(StatusTest, DefaultIsOk) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.ToString(), "OK");
}

TEST(StatusTest, CarriesCodeAndMessage) {
  Status s = Status::Corruption("a.warc.gz, record 3: truncated gzip member");
  EXPECT_FALSE(s.ok());
  EXPECT_TRUE(s.IsCorruption());
  EXPECT_FALSE(s.IsNotFound());
  EXPECT_EQ(s.message(), "a.warc.gz, record 3: truncated gzip member");
  EXPECT_EQ(s.ToString(), "Corruption: a.warc.gz, record 3: truncated gzip member");
}

TEST(StatusTest, EveryCodeHasAName) {
  EXPECT_EQ(Status::NotFound("x").ToString(), "NotFound: x");
  EXPECT_EQ(Status::InvalidArgument("x").ToString(), "InvalidArgument: x");
  EXPECT_EQ(Status::IOError("x").ToString(), "IOError: x");
  EXPECT_EQ(Status::TooLarge("x").ToString(), "TooLarge: x");
  EXPECT_EQ(Status::Unsupported("x").ToString(), "Unsupported: x");
}

TEST(ResultTest, HoldsValueOrStatus) {
  Result<int> good(42);
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(*good, 42);

  Result<int> bad(Status::NotFound("no such id"));
  EXPECT_FALSE(bad.ok());
  EXPECT_TRUE(bad.status().IsNotFound());
}

TEST(ResultTest, MovesOutMoveOnlyValues) {
  Result<std::unique_ptr<int>> r(std::make_unique<int>(7));
  std::unique_ptr<int> p = std::move(r).value();
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(*p, 7);
}

}  // namespace
}  // namespace dyad

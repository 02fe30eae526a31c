// Internal to store: thin RAII wrappers over the SQLite C API (a connection
// and a prepared statement) that turn SQLite errors into dyad::Status.
#ifndef DYAD_STORE_SQLITE_HANDLE_H_
#define DYAD_STORE_SQLITE_HANDLE_H_

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad::store {

// A prepared statement. Bind with 1-based indexes, Step() until it returns
// false, read columns with 0-based indexes. Reset() readies it for reuse.
class Statement {
 public:
  Statement() = default;
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  Statement(Statement&& o) noexcept : db_(o.db_), stmt_(o.stmt_) { o.stmt_ = nullptr; }
  Statement& operator=(Statement&& o) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  Statement& Bind(int index, std::string_view text);
  // Binds `text` without copying it: its bytes must stay unchanged until
  // the statement is reset (for rows written from data the caller holds).
  Statement& BindStatic(int index, std::string_view text);
  Statement& BindBlob(int index, std::string_view bytes);
  Statement& Bind(int index, int64_t value);
  Statement& Bind(int index, double value);
  Statement& BindNull(int index);

  // Runs one step. Returns true iff a row is ready; false when done. A failure
  // is kept in status() and also ends the steps.
  bool Step();
  // Steps to the end, for statements that return no rows.
  Status Run();
  const Status& status() const { return status_; }
  void Reset();

  std::string Text(int column) const;
  std::string_view Blob(int column) const;
  int64_t Int(int column) const;
  double Double(int column) const;
  bool IsNull(int column) const;

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  Status status_;
};

// A connection. Not thread-safe; one per thread.
class Database {
 public:
  static Result<std::unique_ptr<Database>> Open(const std::string& path, bool read_only,
                                                bool create);
  ~Database();

  // Runs one or more statements that return no rows.
  Status Exec(std::string_view sql);
  Result<Statement> Prepare(std::string_view sql);
  // A Status from the connection's last error, prefixed with `what`.
  Status Error(std::string_view what) const;
  int64_t Changes() const { return sqlite3_changes64(db_); }
  sqlite3* raw() { return db_; }
  const std::string& path() const { return path_; }

 private:
  Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
};

}  // namespace dyad::store

#endif  // DYAD_STORE_SQLITE_HANDLE_H_

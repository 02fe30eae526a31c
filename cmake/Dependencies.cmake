# Finds the Debian 12 packages dyad builds with (scripts/setup.sh installs
# them) and gathers them in one interface target, dyad_deps.
# docs/dependencies.md says why each one was chosen.
find_package(PkgConfig REQUIRED)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)          # libgumbo-dev
pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc) # libutf8proc-dev
pkg_check_modules(XXHASH REQUIRED IMPORTED_TARGET libxxhash)     # libxxhash-dev
find_package(SQLite3 REQUIRED)                                   # libsqlite3-dev
find_package(ZLIB REQUIRED)                                      # zlib1g-dev
find_package(nlohmann_json 3.10 REQUIRED)                        # nlohmann-json3-dev
find_package(CLI11 REQUIRED)                                     # libcli11-dev
find_package(Threads REQUIRED)
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)  # libcpp-httplib-dev
if(DYAD_BUILD_TESTS)
  find_package(GTest REQUIRED)                                   # libgtest-dev, libgmock-dev
endif()
if(DYAD_BUILD_BENCH)
  find_package(benchmark REQUIRED)                               # libbenchmark-dev
endif()

add_library(dyad_deps INTERFACE)
target_link_libraries(dyad_deps INTERFACE
  PkgConfig::GUMBO PkgConfig::UTF8PROC PkgConfig::XXHASH
  SQLite::SQLite3 ZLIB::ZLIB nlohmann_json::nlohmann_json Threads::Threads)

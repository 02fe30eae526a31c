#!/usr/bin/env bash
# Load benchmark of `dyad serve` (issue 7): a synthetic store of 100,000
# articles, 1,000,000 events and 3,132 stories generated at run time
# (bench/serve_store.sql), the server on loopback, and wrk against it,
# bounded in time:
#   1. cached reads: a fixed set of relations (NATO-CHN by month, one a day,
#      by week, one month's events), story (the list, five stories), event,
#      article, stats, search and health URLs (each warmed once, its first
#      uncached time printed, so every request is then answered from the
#      response cache) for DURATION seconds at CONNS connections;
#   2. the same, the relations and story URLs only, for a third of DURATION;
#   3. uncached reads: GET /api/articles/{id} of random articles (far more
#      ids than the cache holds) for a third of DURATION.
# Prints requests/s, latency percentiles and errors of each, the load
# average, and the server's resident memory at the start and end of run 1
# (and every 10 s).
#
# Usage: bench/serve_load.sh [BUILD_DIR] [DURATION_SECONDS]
#   (defaults: build 60). Environment: CONNS (200), WRK_THREADS (2),
#   SERVE_THREADS (the server's worker threads; default: dyad serve's),
#   STORE (a file: generated there if missing, reused if present, kept).
# Needs wrk and sqlite3 (scripts/setup.sh installs them).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
duration=${2:-60}
conns=${CONNS:-200}
wrk_threads=${WRK_THREADS:-2}
serve_threads=${SERVE_THREADS:-}
dyad=$(cd "$build" && pwd)/dyad
for tool in wrk sqlite3 curl; do
  command -v "$tool" >/dev/null || { echo "serve_load.sh: needs $tool" >&2; exit 2; }
done
[ -x "$dyad" ] || { echo "serve_load.sh: no $dyad; build the dyad target" >&2; exit 2; }

work=$(mktemp -d)
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "== machine: $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
store=${STORE:-$work/store.db}
if [ ! -f "$store" ]; then
  echo "== generating the store (100,000 articles, 1,000,000 events, stories)"
  mkdir "$work/empty"
  "$dyad" --db "$store" ingest -q "$work/empty" >/dev/null
  start=$(date +%s)
  sqlite3 "$store" <"$here/serve_store.sql" >/dev/null
  echo "   generated in $(($(date +%s) - start)) s"
fi
echo "== store: $(sqlite3 "$store" 'SELECT COUNT(*) FROM events') events," \
  "$(sqlite3 "$store" 'SELECT COUNT(*) FROM stories') stories"

"$dyad" --db "$store" serve --port 0 ${serve_threads:+--threads "$serve_threads"} \
  --access-log /dev/null >"$work/serve.out" 2>"$work/serve.err" &
pid=$!
for _ in $(seq 100); do grep -q serving "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
url=$(sed -n 's/^dyad: serving \(http[^ ]*\).*/\1/p' "$work/serve.out")
[ -n "$url" ] || { cat "$work/serve.err" >&2; exit 1; }
url=${url%/}
echo "== serving $url (worker threads: ${serve_threads:-default})"

rss() { awk '/^VmRSS/ {print $2 " kB"}' "/proc/$pid/status"; }

# The cached set: the relations view's (a series three ways and one bar's
# events), the story list and a few stories (the first, every thousandth and
# the newest), the overview's, events by actor pair, articles and a search.
paths=(
  "/api/relations?a=NATO&b=CHN&by=month"
  "/api/relations?a=NATO&b=CHN&by=month&one_a_day=1"
  "/api/relations?a=NATO&b=CHN&by=week"
  "/api/relations/events?a=NATO&b=CHN&by=month&bucket=2023-06"
  "/api/stories?limit=20"
)
for id in $(sqlite3 "$store" "SELECT id FROM stories WHERE id % 1000 = 0 OR id = (SELECT max(id) FROM stories) ORDER BY id"); do
  paths+=("/api/stories/$id")
done
story_paths=("${paths[@]}")
paths+=(
  "/api/health"
  "/api/stats"
  "/api/events?source=NATO&target=CHN&limit=50"
  "/api/events?source=CHN&target=RUS&from=2023-01-01&to=2023-03-31&limit=50"
  "/api/events?source=USAGOV&code=11&limit=50"
  "/api/articles?limit=50"
  "/api/articles?outlet=Outlet%203&limit=20"
  "/api/search?q=china%20trade&limit=10"
)
echo "== warming (first, uncached, answer of each; load average: $(cut -d' ' -f1-3 /proc/loadavg))"
for p in "${paths[@]}"; do
  curl -s -o /dev/null -w "   %{http_code} %{time_total}s  $p\n" "$url$p"
done

# A wrk script requesting PATHS... in turn, written to FILE.
cycle_script() {
  local file=$1 lua_paths=""
  shift
  for p in "$@"; do lua_paths+="\"$p\","; done
  cat >"$file" <<LUA
local paths = {${lua_paths}}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
LUA
}
cycle_script "$work/cached.lua" "${paths[@]}"
cycle_script "$work/stories.lua" "${story_paths[@]}"

sqlite3 "$store" "SELECT id FROM articles ORDER BY random() LIMIT 50000" |
  awk 'BEGIN { printf "local ids = {" } { printf "\"%s\",", $1 } END { print "}" }' >"$work/uncached.lua"
cat >>"$work/uncached.lua" <<'LUA'
math.randomseed(7)
request = function()
  return wrk.format("GET", "/api/articles/" .. ids[math.random(#ids)])
end
LUA

echo "== run 1: cached reads, $conns connections, ${duration} s"
echo "   RSS at start: $(rss); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
SECONDS=0
(for i in $(seq $((duration / 10))); do sleep 10; echo "   RSS after $((i * 10)) s: $(rss)"; done) &
sampler=$!
wrk -t"$wrk_threads" -c"$conns" -d"${duration}s" --timeout 5s --latency -s "$work/cached.lua" "$url" |
  sed 's/^/   /'
wait "$sampler" 2>/dev/null || true
echo "   RSS at end: $(rss); load average: $(cut -d' ' -f1-3 /proc/loadavg)"

short=$((duration / 3))
echo "== run 2: cached relations and story reads only, $conns connections, ${short} s"
echo "   load average: $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t"$wrk_threads" -c"$conns" -d"${short}s" --timeout 5s --latency -s "$work/stories.lua" "$url" |
  sed 's/^/   /'
echo "   RSS at end: $(rss); load average: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== run 3: uncached article reads, $conns connections, ${short} s"
wrk -t"$wrk_threads" -c"$conns" -d"${short}s" --timeout 5s --latency -s "$work/uncached.lua" "$url" |
  sed 's/^/   /'
echo "   RSS at end: $(rss); load average: $(cut -d' ' -f1-3 /proc/loadavg)"

kill -TERM "$pid"
wait "$pid" && echo "== server stopped cleanly (SIGTERM)"
pid=""

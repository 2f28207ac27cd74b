#!/usr/bin/env bash
# Board benchmark: a throwaway PostgreSQL + Redis, 100,000 packages across 40 departments and 3 plans, the built API,
# then autocannon against the board, a filtered list page, the deadline summary and a no-op route, in one run.
set -euo pipefail
source "$(dirname "$0")/../../scripts/lib/common.sh"
cd "$REPO_ROOT"

PG_PORT="${BENCH_PG_PORT:-25632}"
REDIS_PORT="${BENCH_REDIS_PORT:-26579}"
API_PORT="${BENCH_API_PORT:-28280}"
DIR="$(mktemp -d /tmp/mandate-bench.XXXXXX)"; chmod 755 "$DIR"
API_PID=""
cleanup() { [ -n "$API_PID" ] && kill "$API_PID" 2>/dev/null; stop_redis "$REDIS_PORT"; stop_postgres "$DIR/postgres"; rm -rf "$DIR"; }
trap cleanup EXIT

ensure_node_modules
PASSWORD="$(random_secret)"
start_postgres "$DIR/postgres" "$PG_PORT" mandate_bench mandate "$PASSWORD" throwaway
start_redis "$DIR/redis" "$REDIS_PORT" throwaway
export DATABASE_URL="postgres://mandate:${PASSWORD}@127.0.0.1:${PG_PORT}/mandate_bench" REDIS_URL="redis://127.0.0.1:${REDIS_PORT}"
export JWT_SECRET="$(random_secret)" NODE_ENV=production LOG_LEVEL=warn PORT="$API_PORT" SEED_DEMO=false COOKIE_SECURE=false
export DATABASE_POOL_SIZE="${BENCH_POOL_SIZE:-20}"
# The API serves the built web app when there is one (the web bench, bench/board/web.bench.ts, opens the board).
[ -f dist/apps/web/index.html ] && export WEB_DIST="$REPO_ROOT/dist/apps/web"

# BENCH_REBUILD=1 rebuilds (a bench of a route newer than the last build); other benches reuse this script with BENCH_MEASURE.
[ -f dist/apps/api/main.js ] && [ -z "${BENCH_REBUILD:-}" ] || npx nx build api --outputStyle=static >/dev/null
node dist/apps/api/cli.js migrate >/dev/null
node dist/apps/api/cli.js seed >/dev/null
npx tsx --tsconfig tsconfig.base.json bench/board/seed-packages.ts

# As many API processes as cores (Node cluster on one port), as `npm start` runs them.
API_PROCESSES="${BENCH_API_PROCESSES:-auto}" node dist/apps/api/main.js >"$DIR/api.log" 2>&1 &
API_PID=$!
wait_for_http "http://127.0.0.1:$API_PORT/api/health" 60 || { tail -20 "$DIR/api.log"; exit 1; }
# Every measure gets the processes to read CPU from (BENCH_MEASURE=bench/board/cost.ts runs the CPU figures alone).
export BENCH_BASE_URL="http://127.0.0.1:$API_PORT" BENCH_API_PID="$API_PID" BENCH_PG_PID="$(head -1 "$DIR/postgres/postmaster.pid")" BENCH_CLK_TCK="$(getconf CLK_TCK)"
npx tsx --tsconfig tsconfig.base.json "${BENCH_MEASURE:-bench/board/measure.ts}"
[ -n "${BENCH_MEASURE:-}" ] && exit 0
npx tsx --tsconfig tsconfig.base.json bench/board/cost.ts

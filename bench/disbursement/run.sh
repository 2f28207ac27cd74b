#!/usr/bin/env bash
# Disbursement benchmark: a throwaway PostgreSQL + Redis, 5,000 projects x 36 months of figures, the built API,
# then autocannon against the trajectory and a timed import of a 5,000-project workbook.
set -euo pipefail
source "$(dirname "$0")/../../scripts/lib/common.sh"
cd "$REPO_ROOT"

PG_PORT="${BENCH_PG_PORT:-26141}"
REDIS_PORT="${BENCH_REDIS_PORT:-26541}"
API_PORT="${BENCH_API_PORT:-28141}"
DIR="$(mktemp -d /tmp/mandate-bench-disb.XXXXXX)"; chmod 755 "$DIR"
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

[ -f dist/apps/api/main.js ] || npx nx build api --outputStyle=static >/dev/null
node dist/apps/api/cli.js migrate >/dev/null
node dist/apps/api/cli.js seed >/dev/null
npx tsx --tsconfig tsconfig.base.json bench/disbursement/seed-projects.ts

node dist/apps/api/main.js >"$DIR/api.log" 2>&1 &
API_PID=$!
wait_for_http "http://127.0.0.1:$API_PORT/api/health" 60 || { tail -20 "$DIR/api.log"; exit 1; }
BENCH_API_PID="$API_PID" BENCH_BASE_URL="http://127.0.0.1:$API_PORT" npx tsx --tsconfig tsconfig.base.json bench/disbursement/measure.ts

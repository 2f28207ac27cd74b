#!/usr/bin/env bash
# Export benchmark: a throwaway PostgreSQL + Redis, one plan of 100,000 packages, the built API and worker; the
# appendix export of the whole plan (a worker job, or in the request with BENCH_INLINE=1), timed, with the peak RSS
# of the API and the worker. `bash bench/export/run.sh`
set -euo pipefail
source "$(dirname "$0")/../../scripts/lib/common.sh"
cd "$REPO_ROOT"

PG_PORT="${BENCH_PG_PORT:-25732}"
REDIS_PORT="${BENCH_REDIS_PORT:-26679}"
API_PORT="${BENCH_API_PORT:-28380}"
DIR="$(mktemp -d /tmp/mandate-bench-export.XXXXXX)"; chmod 755 "$DIR"
API_PID=""; WORKER_PID=""
cleanup() { [ -n "$API_PID" ] && kill "$API_PID" 2>/dev/null; [ -n "$WORKER_PID" ] && kill "$WORKER_PID" 2>/dev/null; stop_redis "$REDIS_PORT"; stop_postgres "$DIR/postgres"; rm -rf "$DIR"; }
trap cleanup EXIT

ensure_node_modules
PASSWORD="$(random_secret)"
start_postgres "$DIR/postgres" "$PG_PORT" mandate_bench mandate "$PASSWORD" throwaway
start_redis "$DIR/redis" "$REDIS_PORT" throwaway
export DATABASE_URL="postgres://mandate:${PASSWORD}@127.0.0.1:${PG_PORT}/mandate_bench" REDIS_URL="redis://127.0.0.1:${REDIS_PORT}"
export JWT_SECRET="$(random_secret)" NODE_ENV=production LOG_LEVEL=warn PORT="$API_PORT" SEED_DEMO=false COOKIE_SECURE=false
export UPLOAD_DIR="$DIR/uploads" QUEUE_PREFIX="bench-export"
[ "${BENCH_INLINE:-}" = 1 ] && export EXPORT_INLINE_MAX_ROWS=1000000

[ -f dist/apps/api/main.js ] || npx nx build api --outputStyle=static >/dev/null
node dist/apps/api/cli.js migrate >/dev/null
node dist/apps/api/cli.js seed >/dev/null
npx tsx --tsconfig tsconfig.base.json bench/export/seed.ts

node dist/apps/api/main.js >"$DIR/api.log" 2>&1 &
API_PID=$!
node dist/apps/api/worker.js >"$DIR/worker.log" 2>&1 &
WORKER_PID=$!
wait_for_http "http://127.0.0.1:$API_PORT/api/health" 60 || { tail -20 "$DIR/api.log"; exit 1; }
sleep 2
API_PID="$API_PID" WORKER_PID="$WORKER_PID" BENCH_BASE_URL="http://127.0.0.1:$API_PORT" npx tsx --tsconfig tsconfig.base.json bench/export/measure.ts

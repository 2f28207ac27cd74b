# Browser tests against the built product (dist/apps/api, dist/apps/web) on throwaway services that
# start_test_services has started. Sourced by scripts/test-all.sh and scripts/test-e2e.sh.

# run_browser_tests PG_PORT REDIS_PORT API_PORT RESULTS_DIR [playwright args...]
# A fresh database, migrated and seeded like a local run; the API and the worker (reminders, e-mail into a local
# mail catcher on API_PORT+2, export jobs) run while Playwright drives Chromium.
run_browser_tests() {
  local pg_port="$1" redis_port="$2" api_port="$3" results="$4"
  shift 4
  local e2e_db=mandate_e2e mail_port=$((api_port + 2)) status
  PGPASSWORD="$TEST_DB_PASSWORD" "$PG_BIN/psql" -h 127.0.0.1 -p "$pg_port" -U mandate -d postgres -qc "DROP DATABASE IF EXISTS $e2e_db" -c "CREATE DATABASE $e2e_db" || return 1
  redis-cli -p "$redis_port" flushall >/dev/null
  local owner_url="postgres://mandate:${TEST_DB_PASSWORD}@127.0.0.1:${pg_port}/${e2e_db}"
  local env=(DATABASE_URL="postgres://${APP_DB_USER}:${TEST_APP_DB_PASSWORD}@127.0.0.1:${pg_port}/${e2e_db}" PORT="$api_port" WEB_DIST="$REPO_ROOT/dist/apps/web"
    SEED_DEMO=true DEMO_PASSWORD=mandate-demo LOG_LEVEL=warn MAIL_CATCHER_PORT="$mail_port" SMTP_URL="smtp://127.0.0.1:$mail_port" APP_ORIGIN="http://127.0.0.1:$api_port")
  env "${env[@]}" DATABASE_OWNER_URL="$owner_url" node dist/apps/api/cli.js migrate >/dev/null && env "${env[@]}" DATABASE_OWNER_URL="$owner_url" node dist/apps/api/cli.js seed >/dev/null || return 1
  env "${env[@]}" node dist/apps/api/worker.js >"$results/e2e-worker.log" 2>&1 &
  E2E_WORKER_PID=$!
  env "${env[@]}" node dist/apps/api/main.js >"$results/e2e-api.log" 2>&1 &
  E2E_API_PID=$!
  if wait_for_http "http://127.0.0.1:$api_port/api/health" 60; then
    E2E_BASE_URL="http://127.0.0.1:$api_port" E2E_DATABASE_URL="$owner_url" PLAYWRIGHT_JSON_OUTPUT_NAME="$results/playwright.json" \
      npx playwright test -c e2e/playwright.config.ts "$@"
    status=$?
  else
    tail -30 "$results/e2e-api.log" >&2
    status=1
  fi
  stop_browser_test_processes
  return $status
}

stop_browser_test_processes() {
  local pid
  for pid in ${E2E_API_PID:-} ${E2E_WORKER_PID:-}; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
  E2E_API_PID="" E2E_WORKER_PID=""
}

#!/usr/bin/env bash
# Proves docs/operations.md: a seeded database and its evidence files are backed up with scripts/backup.sh, restored
# with scripts/restore.sh into a fresh database, and the API starts on the copy and serves the same data.
# Throwaway PostgreSQL and Redis on MANDATE_TEST_PG_PORT / MANDATE_TEST_REDIS_PORT (defaults 25442 / 26389); needs the built API.
set -uo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$REPO_ROOT"

PG_PORT="${MANDATE_TEST_PG_PORT:-25442}"
REDIS_PORT="${MANDATE_TEST_REDIS_PORT:-26389}"
API_PORT="${MANDATE_TEST_API_PORT:-28090}"
WORK="$(mktemp -d /tmp/mandate-backup-test.XXXXXX)"
chmod 755 "$WORK"
API_PID=""
cleanup() {
  [ -n "$API_PID" ] && kill "$API_PID" 2>/dev/null
  stop_redis "$REDIS_PORT"
  stop_postgres "$WORK/postgres"
  rm -rf "$WORK"
}
trap cleanup EXIT

[ -f dist/apps/api/main.js ] || npx nx build api --outputStyle=static >/dev/null || die "building the API failed"
OWNER_PASSWORD="$(random_secret)"
APP_PASSWORD="$(random_secret)"
start_postgres "$WORK/postgres" "$PG_PORT" mandate_source mandate "$OWNER_PASSWORD" throwaway
start_redis "$WORK/redis" "$REDIS_PORT" throwaway
url() { echo "postgres://$1:$2@127.0.0.1:$PG_PORT/$3"; }
export REDIS_URL="redis://127.0.0.1:$REDIS_PORT" JWT_SECRET="$(random_secret)" LOG_LEVEL=warn SEED_DEMO=true DEMO_PASSWORD=mandate-demo

FAILED=0
check() {
  if [ "$2" = "$3" ]; then log "ok: $1 ($2)"; else log "FAILED: $1: expected $3, got $2"; FAILED=$((FAILED + 1)); fi
}
counts() {
  "$PG_BIN/psql" "$1" -tAc "SELECT (SELECT count(*) FROM work_packages) || '/' || (SELECT count(*) FROM audit_events) || '/' || (SELECT count(*) FROM users) || '/' || (SELECT count(*) FROM plans)"
}

# The source: migrated and seeded (sample plan included) by the owner, one evidence file on disk.
export UPLOAD_DIR="$WORK/uploads-source"
DATABASE_OWNER_URL="$(url mandate "$OWNER_PASSWORD" mandate_source)" DATABASE_URL="$(url mandate_app "$APP_PASSWORD" mandate_source)" node dist/apps/api/cli.js migrate >/dev/null || die "migrating the source failed"
DATABASE_OWNER_URL="$(url mandate "$OWNER_PASSWORD" mandate_source)" DATABASE_URL="$(url mandate_app "$APP_PASSWORD" mandate_source)" node dist/apps/api/cli.js seed >/dev/null || die "seeding the source failed"
mkdir -p "$UPLOAD_DIR/some-package" && head -c 20000 /dev/urandom >"$UPLOAD_DIR/some-package/evidence"
SOURCE_COUNTS="$(counts "$(url mandate "$OWNER_PASSWORD" mandate_source)")"
SOURCE_SUM="$(sha256sum <"$UPLOAD_DIR/some-package/evidence")"

DATABASE_OWNER_URL="$(url mandate "$OWNER_PASSWORD" mandate_source)" bash scripts/backup.sh "$WORK/backup" || die "backup failed"
DATABASE_OWNER_URL="$(url mandate "$OWNER_PASSWORD" mandate_restored)" DATABASE_URL="$(url mandate_app "$APP_PASSWORD" mandate_restored)" UPLOAD_DIR="$WORK/uploads-restored" \
  bash scripts/restore.sh "$WORK/backup" >/dev/null || die "restore failed"

check "rows (packages/audit events/users/plans) after restore" "$(counts "$(url mandate "$OWNER_PASSWORD" mandate_restored)")" "$SOURCE_COUNTS"
check "evidence file after restore" "$(sha256sum <"$WORK/uploads-restored/some-package/evidence" 2>/dev/null)" "$SOURCE_SUM"
DATABASE_OWNER_URL="$(url mandate "$OWNER_PASSWORD" mandate_restored)" bash scripts/restore.sh "$WORK/backup" >/dev/null 2>&1
check "restore refuses to overwrite an existing database without --replace" "$?" "1"

# The API on the copy, as the application role.
DATABASE_URL="$(url mandate_app "$APP_PASSWORD" mandate_restored)" UPLOAD_DIR="$WORK/uploads-restored" PORT="$API_PORT" MIGRATE_ON_START=false \
  node dist/apps/api/main.js >"$WORK/api.log" 2>&1 &
API_PID=$!
wait_for_http "http://127.0.0.1:$API_PORT/api/health" 60 || { tail -20 "$WORK/api.log" >&2; die "the API did not start on the restored database"; }
ANSWER="$(node -e '
  const base = process.argv[1];
  (async () => {
    const login = await fetch(base + "/api/auth/login", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username: "ubnd", password: "mandate-demo" }) });
    const { accessToken } = await login.json();
    const list = await fetch(base + "/api/plans", { headers: { authorization: "Bearer " + accessToken } });
    const body = await list.json();
    process.stdout.write(login.status + "/" + list.status + "/" + (body.items.length > 0));
  })().catch((e) => { process.stdout.write("error " + e.message); });
' "http://127.0.0.1:$API_PORT")"
check "sign-in and plans on the restored database" "$ANSWER" "200/200/true"

log "backup/restore: $((4 - FAILED)) passed, $FAILED failed"
[ "$FAILED" -eq 0 ]

#!/usr/bin/env bash
# `npm run migrate` / `npm run seed`: applies the migrations or seeds the local run's database (the one `npm start`
# made), as its owner. The database must be running: `npm start` starts it and runs both itself.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$(dirname "$0")/lib/local-database.sh"
cd "$REPO_ROOT"

command="${1:-}"
case "$command" in migrate | seed) ;; *) die "usage: bash scripts/db.sh migrate|seed" ;; esac
SECRETS="$REPO_ROOT/.data/secrets.env"
[ -f "$SECRETS" ] || die "No local database yet: run 'npm start' once first."
# shellcheck disable=SC1090
source "$SECRETS"
PG_PORT="$LOCAL_PG_PORT"
PGPASSWORD="$DB_PASSWORD" "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" || die "PostgreSQL is not running on port $PG_PORT: start the product with 'npm start'."
ensure_node_modules
[ -f dist/apps/api/cli.js ] || npx nx run api:build --outputStyle=static >/dev/null || die "build failed"

export DATABASE_OWNER_URL="postgres://mandate:${DB_PASSWORD}@127.0.0.1:${PG_PORT}/mandate"
export DATABASE_URL="postgres://${APP_DB_USER}:${APP_DB_PASSWORD}@127.0.0.1:${PG_PORT}/mandate"
export JWT_SECRET REDIS_URL="redis://127.0.0.1:${LOCAL_REDIS_PORT}" SEED_DEMO=true DEMO_PASSWORD="${DEMO_PASSWORD:-mandate-demo}"
node dist/apps/api/cli.js "$command"

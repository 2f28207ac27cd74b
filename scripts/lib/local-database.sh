# The local run's database URLs (owner and application), from .data/secrets.env; sourced by backup.sh and restore.sh.
# Deployments elsewhere set DATABASE_OWNER_URL (and UPLOAD_DIR) themselves.
local_owner_url() {
  local secrets="$REPO_ROOT/.data/secrets.env"
  [ -f "$secrets" ] || die "no $secrets: set DATABASE_OWNER_URL, or start Mandate once with npm start"
  # shellcheck disable=SC1090
  (source "$secrets" && echo "postgres://mandate:${DB_PASSWORD}@127.0.0.1:${MANDATE_PG_PORT:-54329}/${MANDATE_DB:-mandate}")
}

#!/usr/bin/env bash
# Backs up Mandate: the database (pg_dump, custom format, as the owner) and the evidence files, into one folder:
#   bash scripts/backup.sh [OUT_DIR]      (default backups/mandate-<UTC time>)
# The database may stay in use: pg_dump reads one consistent snapshot. See docs/operations.md.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$(dirname "$0")/lib/local-database.sh"
cd "$REPO_ROOT"

OWNER_URL="${DATABASE_OWNER_URL:-$(local_owner_url)}"
UPLOADS="${UPLOAD_DIR:-$REPO_ROOT/.data/uploads}"
OUT="${1:-$REPO_ROOT/backups/mandate-$(date -u +%Y%m%dT%H%M%SZ)}"
[ -e "$OUT" ] && die "$OUT exists already; give another folder"
mkdir -p "$OUT"
umask 077

"$PG_BIN/pg_dump" --format=custom --no-owner --file="$OUT/database.dump" "$OWNER_URL" || die "pg_dump failed"
# Files written after the dump started may be missing from it; the sweep never removes a file a row refers to.
if [ -d "$UPLOADS" ]; then
  tar -C "$UPLOADS" --exclude=./.incoming -czf "$OUT/uploads.tar.gz" . || die "archiving $UPLOADS failed"
else
  tar -czf "$OUT/uploads.tar.gz" --files-from /dev/null
fi
(cd "$OUT" && sha256sum database.dump uploads.tar.gz >SHA256SUMS)
log "Backup written to $OUT ($(du -sh "$OUT" | cut -f1))"

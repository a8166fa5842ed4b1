#!/usr/bin/env bash
# A local PostgreSQL server for the web service's tests (tests/test_web_e2e.py): Debian's
# package, its first cluster started, a login role `zhicheng` (password `zhicheng`) that may
# create the test's throwaway databases.  Idempotent; run as root.
set -euo pipefail
if ! command -v pg_lsclusters >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
read -r version name _ < <(pg_lsclusters --no-header | head -1) || true
if [ -z "${version:-}" ]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -1)
  pg_createcluster "$version" main >/dev/null
  name=main
fi
pg_ctlcluster "$version" "$name" start 2>/dev/null || true
for _ in $(seq 30); do
  pg_isready -q -h 127.0.0.1 && break
  sleep 1
done
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='zhicheng'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"CREATE ROLE zhicheng LOGIN CREATEDB PASSWORD 'zhicheng'\""
echo "postgres: cluster $version/$name on 127.0.0.1:5432, role zhicheng"

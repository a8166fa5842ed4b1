#!/usr/bin/env bash
# Demo users of the web service, in the default data folder (or --data DIR, --db URL given as
# arguments): 申报人 demo-applicant, 审核人 demo-reviewer, 审计 demo-auditor, all of unit 示范单位,
# and admin demo-admin; password demo-pass-2026.  Existing users are left as they are.
set -uo pipefail
cd "$(dirname "$0")/.."
for spec in "demo-applicant applicant" "demo-reviewer reviewer" "demo-auditor auditor" "demo-admin admin"; do
  set -- $spec "${@:3}"
  echo "demo-pass-2026" | .venv/bin/zhicheng user add "$1" --role "$2" --unit 示范单位 "${@:3}" 2>&1 \
    | grep -v "已存在" || true
done

#!/usr/bin/env bash
# Demo users of the web service, in the default data folder (or --data DIR / --db URL given as
# arguments): 申报人 demo-applicant, 审核人 demo-reviewer, 审计 demo-auditor, all of unit 示范单位,
# and admin demo-admin; password demo-pass-2026.  Existing users are left as they are.
set -uo pipefail
cd "$(dirname "$0")/.."
extra=("$@")
for spec in "demo-applicant applicant" "demo-reviewer reviewer" "demo-auditor auditor" "demo-admin admin"; do
  read -r name role <<< "$spec"
  echo "demo-pass-2026" | .venv/bin/zhicheng user add "$name" --role "$role" --unit 示范单位 "${extra[@]}" 2>&1 \
    | grep -v "已存在" || true
done

#!/usr/bin/env bash
# What `npm test` runs: build both packages, type-check, lint (safety rules), unit tests, end-to-end tests in Chromium and Firefox, web-ext lint.
# Every step runs even after a failure (one report shows everything); the exit status is non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."

failed_steps=()
reports_dir=$(mktemp -d)
trap 'rm -rf "$reports_dir"' EXIT

step() {
  local name=$1
  shift
  echo
  echo "== $name: $*"
  if ! "$@"; then
    failed_steps+=("$name")
    echo "== $name FAILED"
  fi
}

# The e2e tests load .output/: a failed build makes them meaningless, so stop here.
if ! npm run build; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

step typecheck npx tsc --noEmit
step eslint npx eslint .
step unit npx vitest run --project unit --reporter=default --reporter=json --outputFile.json="$reports_dir/unit.json"
step e2e npx vitest run --project e2e --reporter=default --reporter=json --outputFile.json="$reports_dir/e2e.json"

lint_firefox() {
  local out
  out=$(npx web-ext lint --source-dir .output/firefox-mv2 --self-hosted --output json 2>/dev/null) || true
  node -e '
    const r = JSON.parse(process.argv[1]);
    for (const m of [...r.errors, ...r.warnings]) console.log(`${m._type}: ${m.code} ${m.file ?? ""} ${m.message}`);
    console.log(`web-ext lint: ${r.summary.errors} errors, ${r.summary.warnings} warnings`);
    process.exit(r.summary.errors > 0 ? 1 : 0);
  ' "$out"
}
step web-ext-lint lint_firefox

# One plain summary line over both vitest runs, plus each failed step that is not a vitest run (tsc, lint).
other_failed=0
for s in "${failed_steps[@]}"; do
  case $s in unit | e2e) ;; *) other_failed=$((other_failed + 1)) ;; esac
done
OTHER_FAILED=$other_failed node -e '
  const fs = require("fs");
  let passed = 0, failed = 0, skipped = 0;
  for (const f of process.argv.slice(1)) { // node -e: argv[1] is the first argument
    if (!fs.existsSync(f)) { failed++; continue; }
    const r = JSON.parse(fs.readFileSync(f, "utf8"));
    passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests + (r.numTodoTests ?? 0);
    // A file that failed to load has no tests but counts as a failure.
    failed += r.testResults.filter((t) => t.status === "failed" && t.assertionResults.length === 0).length;
  }
  const other = Number(process.env.OTHER_FAILED || 0);
  console.log(`\n${passed} passed, ${failed + other} failed` + (skipped ? `, ${skipped} skipped` : ""));
' "$reports_dir/unit.json" "$reports_dir/e2e.json"
if [ ${#failed_steps[@]} -gt 0 ]; then
  echo "failed steps: ${failed_steps[*]}"
  exit 1
fi
exit 0

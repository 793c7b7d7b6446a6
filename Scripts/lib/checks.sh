# The setup every check script in Scripts/ shares; source it, do not run it.
#
#   . "$(dirname "$0")/lib/checks.sh"       (from a script in Scripts/)
#
# Sets: root (the repository), bin (the plansite binary: the script's first argument, else
# .build/debug/plansite, as an absolute path), work (a temporary folder, removed on exit),
# validators (Scripts/validators), corpus (Scripts/corpus/generate).
# Gives: ok NAME, bad NAME [DETAIL], check NAME COMMAND..., skip NAME, on_exit COMMAND, and
# finish NAME, which prints "NAME: N passed, N failed" and exits 1 when anything failed.
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bin=${1:-$root/.build/debug/plansite}
if [ -e "$bin" ]; then bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin"); fi
validators=$root/Scripts/validators
corpus=$root/Scripts/corpus/generate
work=$(mktemp -d "${TMPDIR:-/tmp}/plansite-check.XXXXXX")
_cleanup=("rm -rf '$work'")
on_exit() { _cleanup+=("$1"); }
trap 'for c in "${_cleanup[@]}"; do eval "$c"; done' EXIT
passed=0
failed=0

ok() { passed=$((passed + 1)); echo "ok   - $1"; }
bad() { failed=$((failed + 1)); echo "FAIL - $1"; [ -n "${2:-}" ] && sed 's/^/       /' <<<"$2"; return 0; }
skip() { echo "skip - $1"; }
check() { local name=$1; shift; if "$@"; then ok "$name"; else bad "$name"; fi; }

# The binary must exist before anything else is worth running.
need_binary() {
  if [ ! -x "$bin" ]; then
    bad "the plansite binary $bin exists (swift build)"
    finish "$(basename "$0")"
  fi
}

finish() {
  echo "$1: $passed passed, $failed failed"
  [ "$failed" -eq 0 ] && exit 0 || exit 1
}

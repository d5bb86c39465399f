#!/usr/bin/env bash
# Checks that the command line reports an unusable environment with one of its documented exit
# codes and a message, never silently with the JVM's or the OSGi launcher's own status (a user whose
# home did not exist once got a silent exit 15):
#   - no writable folder for the OSGi configuration (the product's folder, $XDG_CACHE_HOME and $TMPDIR
#     all unusable; HOME does not exist): exit 2, naming the folders and XDG_CACHE_HOME;
#   - the product has no Equinox launcher (an incomplete copy): exit 2, naming the launcher jar;
#   - the OSGi framework fails to start (here: its jar is missing): exit 3, naming the log folder.
# Runs on a throw-away view of the built product (links to its folders), so it works as root too,
# where no folder can be made unwritable. Run by `./factcheck test` after the build.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILT=$ROOT/releng/org.factcheck.product/target/products/org.factcheck.product/linux/gtk/x86_64/factcheck
WORK=$(mktemp -d "${TMPDIR:-/tmp}/factcheck-environment.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

mkdir "$WORK/product"
for entry in "$BUILT"/*; do
	case "$(basename "$entry")" in
		configuration-headless) ;;
		*) ln -s "$entry" "$WORK/product/$(basename "$entry")" ;;
	esac
done
touch "$WORK/not-a-folder"

# expect NAME STATUS PATTERN COMMAND...: runs COMMAND, fails unless it exits STATUS and its standard
# error matches PATTERN
expect() {
	local name=$1 expected=$2 pattern=$3 status=0
	shift 3
	"$@" >"$WORK/out" 2>"$WORK/err" || status=$?
	if [ "$status" != "$expected" ] || ! grep -qE "$pattern" "$WORK/err"; then
		echo "check-environment-errors: $name: expected exit $expected and a message matching '$pattern', got exit $status:" >&2
		cat "$WORK/err" >&2
		exit 1
	fi
	echo "check-environment-errors: $name: exit $status, $(head -n 1 "$WORK/err")"
}

# The product's folder holds a file where the configuration would go; the other places cannot be
# created (below a regular file), and the home folder does not exist.
touch "$WORK/product/configuration-headless"
expect "no writable configuration folder" 2 'no writable folder for the OSGi configuration.*XDG_CACHE_HOME' \
	env FACTCHECK_PRODUCT="$WORK/product" HOME=/nonexistent XDG_CACHE_HOME="$WORK/not-a-folder/cache" \
	TMPDIR="$WORK/not-a-folder/tmp" "$ROOT/factcheck" --version
rm "$WORK/product/configuration-headless"

mkdir "$WORK/incomplete"
ln -s "$BUILT/configuration" "$WORK/incomplete/configuration"
mkdir "$WORK/incomplete/plugins"
expect "no Equinox launcher" 2 'has no Equinox launcher \(plugins/org\.eclipse\.equinox\.launcher_\*\.jar\)' \
	env FACTCHECK_PRODUCT="$WORK/incomplete" "$ROOT/factcheck" --version

expect "the OSGi framework cannot start" 3 'the Java runtime or the OSGi framework failed to start \(status [0-9]+\); its log is in' \
	env FACTCHECK_PRODUCT="$WORK/product" FACTCHECK_JAVA_OPTS="-Dosgi.framework=file:$WORK/missing-framework.jar" \
	"$ROOT/factcheck" --version

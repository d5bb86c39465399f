# Runs one UI test class of org.factcheck.ui.editor.tests in the workbench through the Maven
# reactor (the whole build, other modules' tests filtered out), on the display when there is one
# and under Xvfb otherwise. Sourced by the editor's benchmark and screenshot scripts.
#
#   run_editor_ui_test CLASS [maven options…]

run_editor_ui_test() {
	local class=$1
	shift
	local root
	root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
	. "$root/releng/scripts/jdk.sh"
	JAVA_HOME=$(find_jdk) || return 2
	export JAVA_HOME
	local maven=("$root/mvnw" -f "$root/pom.xml" -q verify "-Dtest=$class" -Dbenchmark.exclude=none
		-DfailIfNoTests=false -Dsurefire.failIfNoSpecifiedTests=false "$@")
	if [ -n "${DISPLAY:-}" ] && xdpyinfo >/dev/null 2>&1; then
		"${maven[@]}"
	elif command -v xvfb-run >/dev/null; then
		xvfb-run -a -s "-screen 0 1600x1000x24" "${maven[@]}"
	else
		echo "no display and no xvfb-run: install Xvfb (apt-get install xvfb libgtk-3-0)" >&2
		return 2
	fi
}

# Selects a JDK >= 21 for the build and the product: JAVA_HOME if it is recent enough, else the
# newest JDK under /usr/lib/jvm. Sourced by ./factcheck and .ci/run.

FACTCHECK_MIN_JAVA=21

# Prints the feature version (e.g. 25) of the JDK in $1, or nothing.
jdk_major() {
	local home=$1 version=""
	[ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 0
	if [ -f "$home/release" ]; then
		version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
	fi
	if [ -z "$version" ]; then
		version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
	fi
	version=${version#1.}
	echo "${version%%[.+-]*}"
}

# Prints the home of the JDK to use, or explains on stderr what is missing and fails.
find_jdk() {
	local major
	if [ -n "${JAVA_HOME:-}" ]; then
		major=$(jdk_major "$JAVA_HOME")
		if [ -n "$major" ] && [ "$major" -ge "$FACTCHECK_MIN_JAVA" ]; then
			echo "$JAVA_HOME"
			return 0
		fi
	fi
	local best="" best_major=0 home
	for home in /usr/lib/jvm/*/; do
		home=${home%/}
		[ -L "$home" ] && continue
		major=$(jdk_major "$home")
		if [ -n "$major" ] && [ "$major" -ge "$FACTCHECK_MIN_JAVA" ] && [ "$major" -gt "$best_major" ]; then
			best=$home
			best_major=$major
		fi
	done
	if [ -n "$best" ]; then
		echo "$best"
		return 0
	fi
	echo "factcheck: a JDK $FACTCHECK_MIN_JAVA or newer is needed, but JAVA_HOME (${JAVA_HOME:-not set}) and /usr/lib/jvm have none; install one (e.g. Temurin 21+) under /usr/lib/jvm or point JAVA_HOME at it." >&2
	return 1
}

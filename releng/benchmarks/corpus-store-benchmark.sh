#!/usr/bin/env bash
# Benchmark of the corpus store (bundles/org.factcheck.corpus.store) on a corpus folder, by default
# the real-news corpus: cold import + index into an empty cache, warm open from that cache in a
# new JVM, loading all contents, search latency; then a cold import in an already warm JVM.
#
#   releng/benchmarks/corpus-store-benchmark.sh [corpus-folder]
#
# Runs org.factcheck.corpus.store.tests.benchmark.StoreBenchmark outside OSGi on the jars built by
# the Maven reactor (build first: ./mvnw -o -q verify) and the library jars in ~/.m2. The cache
# goes to a temporary folder, never into the corpus folder.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$ROOT/releng/scripts/jdk.sh"
JAVA_HOME=$(find_jdk) || exit 2
CORPUS=${1:-$ROOT/examples/gnad/corpus}
M2=${MAVEN_REPOSITORY:-$HOME/.m2/repository}

jar_of() {
	local jar=$1
	[ -f "$jar" ] || { echo "missing $jar (build with ./mvnw -o -q verify first)" >&2; exit 2; }
	printf '%s' "$jar"
}

CP=""
for bundle in org.factcheck.text org.factcheck.corpus org.factcheck.corpus.store org.factcheck.corpus.store.tests; do
	CP="$CP:$(jar_of "$(ls "$ROOT"/bundles/$bundle/target/$bundle-*.jar 2>/dev/null | grep -v sources | head -n 1)")"
done
for library in \
	org/apache/opennlp/opennlp-tools/2.5.11/opennlp-tools-2.5.11.jar \
	de/danielnaber/jwordsplitter/4.7/jwordsplitter-4.7.jar \
	org/slf4j/slf4j-api/2.0.17/slf4j-api-2.0.17.jar \
	org/slf4j/slf4j-nop/2.0.17/slf4j-nop-2.0.17.jar \
	org/apache/lucene/lucene-core/10.6.0/lucene-core-10.6.0.jar \
	org/apache/lucene/lucene-analysis-common/10.6.0/lucene-analysis-common-10.6.0.jar \
	com/fasterxml/jackson/core/jackson-core/2.20.1/jackson-core-2.20.1.jar \
	com/fasterxml/jackson/core/jackson-databind/2.20.1/jackson-databind-2.20.1.jar \
	com/fasterxml/jackson/core/jackson-annotations/2.20/jackson-annotations-2.20.jar \
	org/eclipse/emf/org.eclipse.emf.ecore/2.43.0/org.eclipse.emf.ecore-2.43.0.jar \
	org/eclipse/emf/org.eclipse.emf.common/2.46.0/org.eclipse.emf.common-2.46.0.jar; do
	CP="$CP:$(jar_of "$M2/$library")"
done

CACHE=$(mktemp -d "${TMPDIR:-/tmp}/factcheck-benchmark.XXXXXX")
trap 'rm -rf "$CACHE"' EXIT
run() {
	"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx1g -Dbenchmark.cache="$CACHE/cache" \
		-cp "${CP#:}" org.factcheck.corpus.store.tests.benchmark.StoreBenchmark "$CORPUS" "$1" 2>&1 \
		| grep -v -e 'jdk.incubator.vector' -e 'VectorizationProvider'
}
echo "== fresh JVM, empty cache"
run cold
echo "== fresh JVM, cache from the run before"
run warm
echo "== one JVM: warm opens, then a cold import with warm JIT"
run all | grep -v '^corpus '

package org.factcheck.install;

/**
 * An installed or offered feature.
 *
 * @param id      the feature id, without p2's {@code .feature.group}
 * @param version its version
 * @param name    its label, or the id when it has none
 */
public record Feature(String id, String version, String name) {

	static final String GROUP_SUFFIX = ".feature.group";

	@Override
	public String toString() {
		return id + " " + version;
	}
}

package org.factcheck.corpus.formats;

import java.util.Optional;

import org.factcheck.corpus.FurnitureKind;

/**
 * The names data files give furniture kinds: the model's names, written with hyphens where the
 * model joins words ({@code see-also}, {@code photo-credit}).
 */
public final class FurnitureNames {

	private FurnitureNames() {
	}

	public static Optional<FurnitureKind> kind(String name) {
		return Optional.ofNullable(switch (name) {
		case "see-also" -> FurnitureKind.SEE_ALSO;
		case "photo-credit" -> FurnitureKind.PHOTO_CREDIT;
		default -> FurnitureKind.getByName(name);
		});
	}

	/** The kind of {@code name} in the data file {@code file}; a name it does not know is an error of the bundle. */
	public static FurnitureKind kind(String name, String file) {
		return kind(name).orElseThrow(() -> new IllegalStateException(file + ": unknown furniture kind " + name));
	}
}

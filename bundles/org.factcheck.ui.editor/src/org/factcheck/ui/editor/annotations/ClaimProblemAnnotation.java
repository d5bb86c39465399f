package org.factcheck.ui.editor.annotations;

import org.eclipse.jface.text.quickassist.IQuickFixableAnnotation;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.xtext.diagnostics.Severity;
import org.factcheck.ui.editor.model.Problem;

/** A problem found while typing, shown in the editor until the next check replaces it. */
public final class ClaimProblemAnnotation extends Annotation implements IQuickFixableAnnotation {

	public static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	public static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
	public static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

	private final Problem problem;

	public ClaimProblemAnnotation(Problem problem) {
		super(type(problem.severity()), false, problem.message());
		this.problem = problem;
	}

	public Problem problem() {
		return problem;
	}

	@Override
	public void setQuickFixable(boolean state) {
	}

	@Override
	public boolean isQuickFixableStateSet() {
		return true;
	}

	@Override
	public boolean isQuickFixable() {
		return !problem.fixes().isEmpty();
	}

	/** The annotation type for problems of this severity. */
	public static String type(Severity severity) {
		return switch (severity) {
		case ERROR -> ERROR;
		case WARNING -> WARNING;
		default -> INFO;
		};
	}
}

package org.factcheck.ui.views;

import org.factcheck.engine.policy.VerdictPolicy;
import org.factcheck.ui.FactcheckUi;

/**
 * The name a checker id is shown with: its declared name, "Verdict policy" for the notes the policy
 * adds (wrong citation, sources that disagree), else the id's last segment.
 */
public final class CheckerNames {

	private CheckerNames() {
	}

	public static String of(String checkerId) {
		if (checkerId == null) {
			return "";
		}
		if (VerdictPolicy.POLICY_ID.equals(checkerId)) {
			return "Verdict policy";
		}
		return FactcheckUi.getDefault().checkers().registry().find(checkerId).map(checker -> checker.name())
				.orElse(checkerId.substring(checkerId.lastIndexOf('.') + 1));
	}
}

package org.factcheck.ui.tests.harness;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.results.FileVerification;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A project made of the seed examples for a test class, as a JUnit extension: {@link #shared} in a
 * static {@code @RegisterExtension} field (created before the first test, deleted after the last)
 * or {@link #perTest} in an instance field. Optionally verified once it is created.
 */
public final class SeedProject implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

	private final String name;
	private final boolean perTest;
	private boolean verified;
	private IProject project;

	private SeedProject(String name, boolean perTest) {
		this.name = name;
		this.perTest = perTest;
	}

	/** One project for all tests of the class; register as a static field. */
	public static SeedProject shared(String name) {
		return new SeedProject(name, false);
	}

	/** A new project for every test; register as an instance field. */
	public static SeedProject perTest(String name) {
		return new SeedProject(name, true);
	}

	/** Verifies the claim file once the project is created. */
	public SeedProject verified() {
		verified = true;
		return this;
	}

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		if (!perTest) {
			create();
		}
	}

	@Override
	public void afterAll(ExtensionContext context) throws Exception {
		if (!perTest) {
			delete();
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) throws Exception {
		if (perTest) {
			create();
		}
	}

	@Override
	public void afterEach(ExtensionContext context) throws Exception {
		if (perTest) {
			delete();
		}
	}

	private void create() throws Exception {
		project = TestProjects.seeds(name);
		if (verified) {
			Verifications.verify(claims());
		} else {
			Verifications.awaitIdle();
		}
	}

	private void delete() throws Exception {
		TestProjects.delete(project);
		project = null;
	}

	public IProject project() {
		return project;
	}

	/** The project's {@code verdicts.claims}. */
	public IFile claims() {
		return TestProjects.verdicts(project);
	}

	/** The claim file's latest verification. */
	public FileVerification result() {
		return FactcheckUi.getDefault().results().of(claims()).orElseThrow();
	}

	/** The active page of the workbench window. */
	public static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}

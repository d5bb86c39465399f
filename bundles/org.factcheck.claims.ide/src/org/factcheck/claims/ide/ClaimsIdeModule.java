package org.factcheck.claims.ide;

import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.AbstractAntlrTokenToAttributeIdMapper;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.parser.antlr.AntlrTokenDefProvider;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.factcheck.claims.ide.contentassist.ClaimsIdeContentProposalProvider;
import org.factcheck.claims.ide.folding.ClaimsFoldingRangeProvider;
import org.factcheck.claims.ide.formatting.ClaimsFormatter;
import org.factcheck.claims.ide.hover.DocumentDocumentationProvider;
import org.factcheck.claims.ide.syntaxcoloring.ClaimsSemanticHighlightingCalculator;
import org.factcheck.claims.ide.syntaxcoloring.ClaimsTokenStyles;
import org.factcheck.claims.parser.antlr.internal.InternalClaimsLexer;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/**
 * IDE services of the claim language, independent of any editor: content assist, hovers,
 * highlighting, folding and formatting, as used by the workbench's editor and the language server.
 */
public class ClaimsIdeModule extends AbstractClaimsIdeModule {

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return ClaimsIdeContentProposalProvider.class;
	}

	public Class<? extends IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
		return DocumentDocumentationProvider.class;
	}

	/** Highlighting lexes with the parser's own lexer, so token types are the parser's. */
	public void configureHighlightingLexer(Binder binder) {
		binder.bind(Lexer.class).annotatedWith(Names.named(LexerIdeBindings.HIGHLIGHTING)).to(InternalClaimsLexer.class);
	}

	public void configureHighlightingTokenDefProvider(Binder binder) {
		binder.bind(ITokenDefProvider.class).annotatedWith(Names.named(LexerIdeBindings.HIGHLIGHTING))
				.to(AntlrTokenDefProvider.class);
	}

	public Class<? extends AbstractAntlrTokenToAttributeIdMapper> bindAbstractAntlrTokenToAttributeIdMapper() {
		return ClaimsTokenStyles.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return ClaimsSemanticHighlightingCalculator.class;
	}

	public Class<? extends IFoldingRangeProvider> bindIFoldingRangeProvider() {
		return ClaimsFoldingRangeProvider.class;
	}

	public Class<? extends IFormatter2> bindIFormatter2() {
		return ClaimsFormatter.class;
	}

	/**
	 * Editors validate at every pause in typing: EMF's generic constraints (multiplicities, proxies)
	 * repeat what the grammar and linking already report, so only the language's own checks run.
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bindConstant().annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).to(false);
	}
}

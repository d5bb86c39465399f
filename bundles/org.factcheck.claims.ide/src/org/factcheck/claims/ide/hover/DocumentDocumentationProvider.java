package org.factcheck.claims.ide.hover;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.documentation.impl.MultiLineCommentDocumentationProvider;
import org.factcheck.corpus.Document;

/**
 * Documentation of a cited document for hovers, in Markdown: title, author, publisher and date,
 * URL and id. Other elements keep their documentation comments.
 */
public class DocumentDocumentationProvider extends MultiLineCommentDocumentationProvider {

	@Override
	public String getDocumentation(EObject element) {
		if (element instanceof Document document) {
			return describe(document);
		}
		return super.getDocumentation(element);
	}

	static String describe(Document document) {
		List<String> blocks = new ArrayList<>();
		if (present(document.getTitle())) {
			blocks.add("**" + markdown(document.getTitle().strip()) + "**");
		}
		List<String> source = new ArrayList<>();
		if (present(document.getAuthor())) {
			source.add(markdown(document.getAuthor().strip()));
		}
		if (present(document.getPublisher())) {
			source.add(markdown(document.getPublisher().strip()));
		}
		if (document.getPublished() != null) {
			source.add(document.getPublished().toString());
		}
		if (!source.isEmpty()) {
			blocks.add(String.join(" · ", source));
		}
		if (present(document.getUrl())) {
			blocks.add("<" + document.getUrl().strip() + ">");
		}
		blocks.add("Document `" + document.getId() + "`");
		return String.join("\n\n", blocks);
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}

	private static String markdown(String text) {
		return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
	}
}

/** Format command of the claim editor: the canonical layout from the claim language's formatter. */
package org.factcheck.ui.editor.formatting;

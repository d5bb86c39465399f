/** Content assist of the claim editor, from the claim language's IDE-neutral proposals. */
package org.factcheck.ui.editor.contentassist;

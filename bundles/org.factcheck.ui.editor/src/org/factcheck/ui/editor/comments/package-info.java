/** Toggle Comment in the claim editor. */
package org.factcheck.ui.editor.comments;

/** Matching quotes in the claim editor: pairing as the user types, and highlighting the peer. */
package org.factcheck.ui.editor.quotes;

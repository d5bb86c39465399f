/**
 * Quick fixes for claim files, independent of any editor: a fix is a label and text edits,
 * computed from the parsed claim file and either a diagnostic of the claim language
 * ({@link org.factcheck.quickfix.DiagnosticFixes}) or the verification result of a claim
 * ({@link org.factcheck.quickfix.VerdictFixes}). The language server offers them as code actions;
 * the Eclipse workbench applies the same edits to its documents.
 */
package org.factcheck.quickfix;

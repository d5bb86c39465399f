/**
 * Quick fixes of the claim editor (Ctrl+1) and marker resolutions (Problems view), from the claim
 * language's issue fixes and the engine's verdict fixes.
 */
package org.factcheck.ui.editor.quickfix;

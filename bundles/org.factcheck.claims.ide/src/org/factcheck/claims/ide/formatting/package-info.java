/** The canonical layout of claim files, for any editor and for a language server. */
package org.factcheck.claims.ide.formatting;

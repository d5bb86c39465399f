/** Corpus documents opened in the workbench: read-only, with the store's text. */
package org.factcheck.ui.documents;

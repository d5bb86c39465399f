/**
 * Imports a folder of source documents into the corpus model, keeps it and its full-text index in a cache, and loads document content on demand.
 */
package org.factcheck.corpus.store;

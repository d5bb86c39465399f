/**
 * Where the parts of a parsed claim file are written, as plain immutable values that can be handed
 * to other threads: outlines, hovers, links and fixes work on them instead of on the EMF model.
 */
package org.factcheck.claims.layout;

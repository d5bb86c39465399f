/** Normalised text for matching quotations, with an exact map back to the original offsets. */
package org.factcheck.text.normalize;

/**
 * The headless command line: verify claim files, evaluate against labelled claims, import labelled claim sets.
 */
package org.factcheck.cli;

/** Word lists and tables that analysers ship as data files in their bundle. */
package org.factcheck.text.data;

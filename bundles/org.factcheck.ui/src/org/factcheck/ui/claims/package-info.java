/**
 * The claims of claim files as the workbench's views see them: which claim lies under the cursor
 * or stands behind a selection.
 */
package org.factcheck.ui.claims;

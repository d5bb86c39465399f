/** The claim editor as a workbench part: finding its document and model, telling it apart from other editors. */
package org.factcheck.ui.editor.editors;

/**
 * Reading input text: numbers as people type them, and bilingual messages about what is wrong with
 * it.
 */
package org.cocontrol.core.text;

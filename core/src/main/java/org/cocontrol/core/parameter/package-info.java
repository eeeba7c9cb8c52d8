/**
 * The parameter registry: every factor as data with scope, validity, provenance and verification
 * tag, and the rule for which value wins.
 */
package org.cocontrol.core.parameter;

/**
 * Reference data shipped with CoControl (parameter tables, code lists, GWPs) and the loaders that
 * turn the files into {@code core} records, reporting every bad cell with its file, line and
 * column.
 */
package org.cocontrol.reference;

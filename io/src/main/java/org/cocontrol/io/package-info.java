/**
 * Files in and out: activity records read from CSV or Excel with every problem located to a line or
 * a cell, and result tables written to CSV or Excel without ever leaving a half-written file
 * behind.
 *
 * <p>Both directions stream, so a million-row file is never held as a whole workbook or document in
 * memory. The public surface is what the command line needs: {@link
 * org.cocontrol.io.ActivityReader}, its {@link org.cocontrol.io.ActivityImport} and {@link
 * org.cocontrol.io.ImportProblem}s, {@link org.cocontrol.io.TableWriter} and {@link
 * org.cocontrol.io.TableFormat}.
 */
package org.cocontrol.io;

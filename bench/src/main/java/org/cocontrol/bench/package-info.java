/**
 * Benchmarks at national scale: a deterministic generator of realistic activity records and the run
 * that measures the inventory kernel against DuckDB on the same records, checking that both give
 * the same numbers.
 */
package org.cocontrol.bench;

/**
 * Product carbon footprints (GB/T 24067-2024 / ISO 14067, cradle to gate) and EU CBAM embedded
 * emissions (Implementing Regulation (EU) 2023/1773, Annexes II–IV) of a facility's products,
 * computed from the facility's accounted ledger lines and its production records, with upstream
 * factors, product definitions and process boundaries as reference data. Pure: reads only what it
 * is given.
 */
package org.cocontrol.core.footprint;

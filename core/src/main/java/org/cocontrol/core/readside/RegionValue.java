package org.cocontrol.core.readside;

/** A region's amount of one substance in one year, with the layer it comes from. */
public record RegionValue(int year, double tonnes, Layer layer) {}

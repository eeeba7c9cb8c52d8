package org.cocontrol.core.accounting;

import java.util.Objects;
import org.cocontrol.core.classification.Classification;
import org.cocontrol.core.parameter.ParameterRegistry;
import org.cocontrol.core.region.Regions;
import org.cocontrol.core.substance.GwpTable;

/** Everything a calculation reads, gathered once at the edge and then only read. */
public record ReferenceData(
    ParameterRegistry parameters, Classification classification, GwpTable gwp, Regions regions) {

  public ReferenceData {
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(gwp, "gwp");
    Objects.requireNonNull(regions, "regions");
  }
}

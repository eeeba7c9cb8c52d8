package org.cocontrol.core.parameter;

import java.util.Objects;
import org.cocontrol.core.substance.Substance;

/**
 * What a calculation needs a parameter for: the kind, and the record's substance, activity, source
 * (project code and its IPCC category), technology, region, entity, year and scheme.
 */
public record ParameterQuery(
    ParameterKind kind,
    Substance substance,
    String activity,
    String source,
    String ipcc,
    String technology,
    String region,
    String entity,
    int year,
    Scheme scheme) {

  public ParameterQuery {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(scheme, "scheme");
    region = region == null ? Parameter.NATIONAL_SCOPE : region;
  }

  public ParameterQuery withKind(ParameterKind k) {
    return new ParameterQuery(
        k, substance, activity, source, ipcc, technology, region, entity, year, scheme);
  }

  public ParameterQuery withSubstance(Substance s) {
    return new ParameterQuery(
        kind, s, activity, source, ipcc, technology, region, entity, year, scheme);
  }

  public ParameterQuery withActivity(String a) {
    return new ParameterQuery(
        kind, substance, a, source, ipcc, technology, region, entity, year, scheme);
  }

  public ParameterQuery withTechnology(String t) {
    return new ParameterQuery(
        kind, substance, activity, source, ipcc, t, region, entity, year, scheme);
  }

  public ParameterQuery with(ParameterKind k, Substance s) {
    return new ParameterQuery(
        k, s, activity, source, ipcc, technology, region, entity, year, scheme);
  }
}

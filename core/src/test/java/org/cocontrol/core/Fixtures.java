package org.cocontrol.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.classification.Activity;
import org.cocontrol.core.classification.ActivityKind;
import org.cocontrol.core.classification.Classification;
import org.cocontrol.core.classification.Control;
import org.cocontrol.core.classification.IpccCategory;
import org.cocontrol.core.classification.SourceCategory;
import org.cocontrol.core.parameter.Citation;
import org.cocontrol.core.parameter.Parameter;
import org.cocontrol.core.parameter.ParameterKind;
import org.cocontrol.core.parameter.ParameterLevel;
import org.cocontrol.core.parameter.ParameterRegistry;
import org.cocontrol.core.parameter.Scheme;
import org.cocontrol.core.parameter.Verification;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.region.Regions;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.core.substance.GwpTable;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.unit.RateUnit;
import org.cocontrol.core.unit.Unit;

/** A tiny hand-made reference world for tests: a few activities, sources, controls and GWPs. */
public final class Fixtures {

  private Fixtures() {}

  public static Classification classification() {
    List<Activity> activities = List.of(
        new Activity("raw_coal", "原煤", "raw coal", List.of("煤炭"), ActivityKind.FOSSIL_FUEL, "SOLID", Unit.T, null),
        new Activity("natural_gas", "天然气", "natural gas", List.of(), ActivityKind.FOSSIL_FUEL, "GAS", Unit.WAN_NM3, null),
        new Activity("diesel", "柴油", "diesel", List.of(), ActivityKind.FOSSIL_FUEL, "LIQUID", Unit.T, null),
        new Activity("biomass", "生物质", "biomass", List.of(), ActivityKind.BIOMASS_FUEL, "SOLID", Unit.T, null),
        new Activity("electricity_purchased", "外购电力", "purchased electricity", List.of(), ActivityKind.ELECTRICITY_PURCHASED, "", Unit.MWH,
            "electricity"),
        new Activity("electricity_exported", "输出电力", "exported electricity", List.of(), ActivityKind.ELECTRICITY_EXPORTED, "", Unit.MWH,
            "electricity"),
        new Activity("clinker", "熟料", "clinker", List.of(), ActivityKind.PRODUCT, "", Unit.T, null),
        new Activity("aluminium", "电解铝", "aluminium", List.of(), ActivityKind.PRODUCT, "", Unit.T, null));
    List<SourceCategory> sources = List.of(
        new SourceCategory("POWER", "火力发电", "power", "1.A.1.a", true, "D4411", "", true),
        new SourceCategory("IND_BOILER", "工业锅炉", "industrial boilers", "1.A.2.m", true, "C", "", false),
        new SourceCategory("RESIDENTIAL", "居民生活", "residential", "1.A.4.b", true, "", "", false),
        new SourceCategory("CEMENT", "水泥", "cement", "2.A.1", true, "C3011", "", false),
        new SourceCategory("ALUMINIUM", "电解铝", "aluminium", "2.C.3", true, "C3216", "", false));
    List<IpccCategory> ipcc = List.of(new IpccCategory("1", "Energy", "能源"), new IpccCategory("1.A", "Fuel combustion", "燃料燃烧"),
        new IpccCategory("1.A.1", "Energy industries", ""), new IpccCategory("1.A.1.a", "Main activity electricity and heat production", ""),
        new IpccCategory("1.A.2", "Manufacturing", ""), new IpccCategory("1.A.2.m", "Non-specified industry", ""),
        new IpccCategory("1.A.2.f", "Non-metallic minerals", ""), new IpccCategory("1.A.4.b", "Residential", ""),
        new IpccCategory("2.A.1", "Cement production", ""), new IpccCategory("2.C.3", "Aluminium production", ""));
    List<Control> controls = List.of(
        new Control("wet_fgd", "湿法脱硫", "wet FGD", Substance.SO2, List.of()),
        new Control("scr", "SCR", "SCR", Substance.NOX, List.of()),
        new Control("esp", "静电除尘", "ESP", Substance.PM, List.of()));
    return Classification.of(activities, sources, ipcc, Map.of("D4411", "火力发电"), controls);
  }

  public static GwpTable gwp() {
    List<GwpTable.Entry> e = new ArrayList<>();
    e.add(new GwpTable.Entry(Substance.CO2, GwpSet.AR5, 1, "AR5", "", "V2"));
    e.add(new GwpTable.Entry(Substance.CH4, GwpSet.AR5, 28, "AR5", "", "V2"));
    e.add(new GwpTable.Entry(Substance.N2O, GwpSet.AR5, 265, "AR5", "", "V2"));
    e.add(new GwpTable.Entry(Substance.CF4, GwpSet.AR5, 6630, "AR5", "", "V2"));
    e.add(new GwpTable.Entry(Substance.CO2, GwpSet.SAR, 1, "SAR", "", "V2"));
    e.add(new GwpTable.Entry(Substance.CH4, GwpSet.SAR, 21, "SAR", "", "V2"));
    e.add(new GwpTable.Entry(Substance.N2O, GwpSet.SAR, 310, "SAR", "", "V2"));
    return GwpTable.of(e);
  }

  public static ReferenceData reference(List<Parameter> parameters) {
    return new ReferenceData(ParameterRegistry.of("test", parameters), classification(), gwp(),
        Regions.of(List.of(new Regions.Region(Adcode.of(210000), "辽宁省", "Liaoning"))));
  }

  /** Starts a parameter row; national, general scheme, open validity, tagged U unless changed. */
  public static P p(String id, ParameterKind kind, double value, String unit) {
    return new P(id, kind, value, unit);
  }

  /** A fluent parameter row for tests. */
  public static final class P {
    private final String id;
    private final ParameterKind kind;
    private final double value;
    private final String unit;
    private int version = 1;
    private Substance substance;
    private String activity;
    private String source;
    private String technology;
    private Scheme scheme = Scheme.GENERAL;
    private String region = "000000";
    private String entity;
    private ParameterLevel level = ParameterLevel.NATIONAL;
    private Integer from;
    private Integer to;

    P(String id, ParameterKind kind, double value, String unit) {
      this.id = id;
      this.kind = kind;
      this.value = value;
      this.unit = unit;
    }

    public P substance(Substance s) {
      substance = s;
      return this;
    }

    public P activity(String a) {
      activity = a;
      return this;
    }

    public P source(String s) {
      source = s;
      return this;
    }

    public P technology(String t) {
      technology = t;
      return this;
    }

    public P scheme(Scheme s) {
      scheme = s;
      return this;
    }

    public P region(String r) {
      region = r;
      return this;
    }

    public P entity(String e) {
      entity = e;
      return this;
    }

    public P level(ParameterLevel l) {
      level = l;
      return this;
    }

    public P years(Integer f, Integer t) {
      from = f;
      to = t;
      return this;
    }

    public P version(int v) {
      version = v;
      return this;
    }

    public Parameter get() {
      return new Parameter(id, version, kind, substance, activity, source, technology, scheme, region, entity, level, from, to, value,
          RateUnit.parse(unit).orElseThrow(() -> new IllegalArgumentException("unit " + unit)), Citation.of("test document " + id, "table 1"),
          Verification.U, "");
    }
  }
}

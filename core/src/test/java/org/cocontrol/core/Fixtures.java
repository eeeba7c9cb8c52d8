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
    List<Activity> activities =
        List.of(
            new Activity(
                "raw_coal",
                "原煤",
                "raw coal",
                List.of("煤炭"),
                ActivityKind.FOSSIL_FUEL,
                "SOLID",
                Unit.T,
                null),
            new Activity(
                "natural_gas",
                "天然气",
                "natural gas",
                List.of(),
                ActivityKind.FOSSIL_FUEL,
                "GAS",
                Unit.WAN_NM3,
                null),
            new Activity(
                "diesel",
                "柴油",
                "diesel",
                List.of(),
                ActivityKind.FOSSIL_FUEL,
                "LIQUID",
                Unit.T,
                null),
            new Activity(
                "biomass",
                "生物质",
                "biomass",
                List.of(),
                ActivityKind.BIOMASS_FUEL,
                "SOLID",
                Unit.T,
                null),
            new Activity(
                "electricity_purchased",
                "外购电力",
                "purchased electricity",
                List.of(),
                ActivityKind.ELECTRICITY_PURCHASED,
                "",
                Unit.MWH,
                "electricity"),
            new Activity(
                "electricity_exported",
                "输出电力",
                "exported electricity",
                List.of(),
                ActivityKind.ELECTRICITY_EXPORTED,
                "",
                Unit.MWH,
                "electricity"),
            new Activity(
                "clinker", "熟料", "clinker", List.of(), ActivityKind.PRODUCT, "", Unit.T, null),
            new Activity(
                "aluminium",
                "电解铝",
                "aluminium",
                List.of(),
                ActivityKind.PRODUCT,
                "",
                Unit.T,
                null));
    List<SourceCategory> sources =
        List.of(
            new SourceCategory("POWER", "火力发电", "power", "1.A.1.a", true, "D4411", "", true),
            new SourceCategory(
                "IND_BOILER", "工业锅炉", "industrial boilers", "1.A.2.m", true, "C", "", false),
            new SourceCategory(
                "RESIDENTIAL", "居民生活", "residential", "1.A.4.b", true, "", "", false),
            new SourceCategory("CEMENT", "水泥", "cement", "2.A.1", true, "C3011", "", false),
            new SourceCategory("ALUMINIUM", "电解铝", "aluminium", "2.C.3", true, "C3216", "", false));
    List<IpccCategory> ipcc =
        List.of(
            new IpccCategory("1", "Energy", "能源"),
            new IpccCategory("1.A", "Fuel combustion", "燃料燃烧"),
            new IpccCategory("1.A.1", "Energy industries", ""),
            new IpccCategory("1.A.1.a", "Main activity electricity and heat production", ""),
            new IpccCategory("1.A.2", "Manufacturing", ""),
            new IpccCategory("1.A.2.m", "Non-specified industry", ""),
            new IpccCategory("1.A.2.f", "Non-metallic minerals", ""),
            new IpccCategory("1.A.4.b", "Residential", ""),
            new IpccCategory("2.A.1", "Cement production", ""),
            new IpccCategory("2.C.3", "Aluminium production", ""));
    List<Control> controls =
        List.of(
            new Control("wet_fgd", "湿法脱硫", "wet FGD", Substance.SO2, List.of()),
            new Control("scr", "SCR", "SCR", Substance.NOX, List.of()),
            new Control("esp", "静电除尘", "ESP", Substance.PM, List.of()));
    return Classification.of(activities, sources, ipcc, Map.of("D4411", "火力发电"), controls);
  }

  /**
   * The parameters the accounting tests compute by hand with (test inputs, not claims about real
   * values).
   */
  public static List<Parameter> accountingParameters() {
    List<Parameter> l = new ArrayList<>();
    l.add(p("ncv.coal", ParameterKind.NCV, 20.908, "GJ/t").activity("raw_coal").get());
    l.add(p("cc.coal", ParameterKind.CARBON_CONTENT, 0.02637, "tC/GJ").activity("raw_coal").get());
    l.add(p("of.coal", ParameterKind.OXIDATION, 0.94, "fraction").activity("raw_coal").get());
    l.add(
        p("ets.cc.coal.old", ParameterKind.CARBON_CONTENT, 0.03356, "tC/GJ")
            .activity("raw_coal")
            .source("POWER")
            .scheme(Scheme.ETS)
            .years(null, 2020)
            .get());
    l.add(
        p("ets.cc.coal", ParameterKind.CARBON_CONTENT, 0.03085, "tC/GJ")
            .activity("raw_coal")
            .source("POWER")
            .scheme(Scheme.ETS)
            .years(2021, null)
            .get());
    l.add(
        p("ets.of.coal", ParameterKind.OXIDATION, 99, "%")
            .activity("raw_coal")
            .source("POWER")
            .scheme(Scheme.ETS)
            .get());
    l.add(
        p("ipcc.ch4.coal.energy", ParameterKind.EMISSION_FACTOR, 1, "kg/TJ")
            .substance(Substance.CH4)
            .activity("raw_coal")
            .source("1.A.1")
            .level(ParameterLevel.IPCC_DEFAULT)
            .get());
    l.add(
        p("ipcc.n2o.coal.energy", ParameterKind.EMISSION_FACTOR, 1.5, "kg/TJ")
            .substance(Substance.N2O)
            .activity("raw_coal")
            .source("1.A.1")
            .level(ParameterLevel.IPCC_DEFAULT)
            .get());
    l.add(
        p("ipcc.ch4.coal.residential", ParameterKind.EMISSION_FACTOR, 300, "kg/TJ")
            .substance(Substance.CH4)
            .activity("raw_coal")
            .source("1.A.4.b")
            .level(ParameterLevel.IPCC_DEFAULT)
            .get());
    l.add(p("ncv.gas", ParameterKind.NCV, 389.31, "GJ/万Nm3").activity("natural_gas").get());
    l.add(
        p("ipcc.ncv.gas", ParameterKind.NCV, 48.0, "GJ/t")
            .activity("natural_gas")
            .level(ParameterLevel.IPCC_DEFAULT)
            .get());
    l.add(p("cc.gas", ParameterKind.CARBON_CONTENT, 15.3, "tC/TJ").activity("natural_gas").get());
    l.add(p("of.gas", ParameterKind.OXIDATION, 0.99, "fraction").activity("natural_gas").get());
    l.add(
        p("ipcc.co2.gas", ParameterKind.EMISSION_FACTOR, 56100, "kg/TJ")
            .substance(Substance.CO2)
            .activity("natural_gas")
            .level(ParameterLevel.IPCC_DEFAULT)
            .get());
    l.add(
        p("ncv.biomass", ParameterKind.NCV, 15.6, "GJ/t")
            .activity("biomass")
            .level(ParameterLevel.IPCC_DEFAULT)
            .get());
    l.add(
        p("ipcc.co2.biomass", ParameterKind.EMISSION_FACTOR, 112000, "kg/TJ")
            .substance(Substance.CO2)
            .activity("biomass")
            .level(ParameterLevel.IPCC_DEFAULT)
            .get());
    l.add(
        p("ipcc.ch4.biomass.res", ParameterKind.EMISSION_FACTOR, 300, "kg/TJ")
            .substance(Substance.CH4)
            .activity("biomass")
            .source("1.A.4.b")
            .level(ParameterLevel.IPCC_DEFAULT)
            .get());
    l.add(
        p("grid.national.2022", ParameterKind.EMISSION_FACTOR, 0.5366, "tCO2/MWh")
            .substance(Substance.CO2)
            .activity("electricity")
            .years(2022, 2022)
            .get());
    l.add(
        p("grid.liaoning.2022", ParameterKind.EMISSION_FACTOR, 0.5564, "tCO2/MWh")
            .substance(Substance.CO2)
            .activity("electricity")
            .region("210000")
            .level(ParameterLevel.REGIONAL)
            .years(2022, 2022)
            .get());
    l.add(
        p("grid.ets.2022", ParameterKind.EMISSION_FACTOR, 0.5703, "tCO2/MWh")
            .substance(Substance.CO2)
            .activity("electricity")
            .scheme(Scheme.ETS)
            .years(2022, 2022)
            .get());
    l.add(p("s.coal", ParameterKind.SULFUR_CONTENT, 1.0, "%").activity("raw_coal").get());
    l.add(p("a.coal", ParameterKind.ASH_CONTENT, 20, "%").activity("raw_coal").get());
    l.add(p("conv.power", ParameterKind.SULFUR_CONVERSION, 0.9, "fraction").source("POWER").get());
    l.add(p("dfh.power", ParameterKind.FLY_ASH_FRACTION, 0.9, "fraction").source("POWER").get());
    l.add(
        p("nox.power", ParameterKind.GENERATION_COEFFICIENT, 8, "kg/t")
            .substance(Substance.NOX)
            .activity("raw_coal")
            .source("POWER")
            .get());
    l.add(p("pm25.share.power", ParameterKind.PM25_SHARE, 0.3, "fraction").source("POWER").get());
    l.add(
        p("eta.fgd.so2", ParameterKind.REMOVAL_EFFICIENCY, 0.95, "fraction")
            .substance(Substance.SO2)
            .technology("wet_fgd")
            .get());
    l.add(
        p("eta.scr.nox", ParameterKind.REMOVAL_EFFICIENCY, 0.8, "fraction")
            .substance(Substance.NOX)
            .technology("scr")
            .get());
    l.add(
        p("eta.esp.pm", ParameterKind.REMOVAL_EFFICIENCY, 0.995, "fraction")
            .substance(Substance.PM)
            .technology("esp")
            .get());
    l.add(
        p("eta.esp.pm25", ParameterKind.REMOVAL_EFFICIENCY, 0.95, "fraction")
            .substance(Substance.PM25)
            .technology("esp")
            .get());
    l.add(p("fgd.co2", ParameterKind.FGD_CO2, 0.6875, "t/t").technology("wet_fgd").get());
    l.add(p("scr.slip", ParameterKind.NH3_SLIP, 0.01, "t/t").technology("scr").get());
    l.add(
        p("fgd.kwh", ParameterKind.CONTROL_ELECTRICITY, 1.2, "kWh/GJ").technology("wet_fgd").get());
    l.add(
        p("clinker.co2", ParameterKind.EMISSION_FACTOR, 0.52, "t/t")
            .substance(Substance.CO2)
            .activity("clinker")
            .level(ParameterLevel.IPCC_DEFAULT)
            .get());
    l.add(
        p("clinker.co2.cn", ParameterKind.EMISSION_FACTOR, 0.538, "tCO2/t")
            .substance(Substance.CO2)
            .activity("clinker")
            .get());
    l.add(
        p("clinker.pm", ParameterKind.GENERATION_COEFFICIENT, 100, "kg/t")
            .substance(Substance.PM)
            .activity("clinker")
            .get());
    l.add(
        p("al.cf4", ParameterKind.EMISSION_FACTOR, 0.034, "kg/t")
            .substance(Substance.CF4)
            .activity("aluminium")
            .get());
    return l;
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
    return new ReferenceData(
        ParameterRegistry.of("test", parameters),
        classification(),
        gwp(),
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
      return new Parameter(
          id,
          version,
          kind,
          substance,
          activity,
          source,
          technology,
          scheme,
          region,
          entity,
          level,
          from,
          to,
          value,
          RateUnit.parse(unit).orElseThrow(() -> new IllegalArgumentException("unit " + unit)),
          Citation.of("test document " + id, "table 1"),
          Verification.U,
          "");
    }
  }
}

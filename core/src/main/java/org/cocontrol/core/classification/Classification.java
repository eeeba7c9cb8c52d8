package org.cocontrol.core.classification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The code lists: activities, source categories (with their IPCC, GB/T 4754 and census mapping),
 * IPCC categories, GB/T 4754 industries and controls. Looks codes up as users write them: project
 * codes, IPCC codes, Chinese names and aliases.
 */
public final class Classification {

  private final Map<String, Activity> activities = new LinkedHashMap<>();
  private final Map<String, Activity> activityByName = new HashMap<>();
  private final Map<String, SourceCategory> sources = new LinkedHashMap<>();
  private final Map<String, SourceCategory> defaultByIpcc = new HashMap<>();
  private final Map<String, IpccCategory> ipcc = new LinkedHashMap<>();
  private final Map<String, String> industries = new LinkedHashMap<>();
  private final Map<String, Control> controls = new LinkedHashMap<>();
  private final Map<String, Control> controlByName = new HashMap<>();
  private final Plausibility plausibility;

  private Classification(
      Collection<Activity> activityList,
      Collection<SourceCategory> sourceList,
      Collection<IpccCategory> ipccList,
      Map<String, String> industryNames,
      Collection<Control> controlList,
      Plausibility plausibility) {
    this.plausibility = plausibility;
    for (Activity a : activityList) {
      putUnique(activities, a.code(), a, "activity");
      activityByName.put(key(a.code()), a);
      activityByName.put(key(a.nameZh()), a);
      activityByName.put(key(a.nameEn()), a);
      a.aliases().forEach(n -> activityByName.putIfAbsent(key(n), a));
    }
    for (IpccCategory c : ipccList) {
      putUnique(ipcc, c.code(), c, "IPCC category");
    }
    for (SourceCategory s : sourceList) {
      putUnique(sources, s.code(), s, "source category");
      if (s.ipccDefault() && defaultByIpcc.put(s.ipcc(), s) != null) {
        throw new IllegalArgumentException("two default source categories for IPCC " + s.ipcc());
      }
    }
    industries.putAll(industryNames);
    for (Control c : controlList) {
      putUnique(controls, c.code(), c, "control");
      controlByName.put(key(c.code()), c);
      controlByName.put(key(c.nameZh()), c);
      c.aliases().forEach(n -> controlByName.putIfAbsent(key(n), c));
    }
  }

  public static Classification of(
      Collection<Activity> activities,
      Collection<SourceCategory> sources,
      Collection<IpccCategory> ipccCategories,
      Map<String, String> industryNames,
      Collection<Control> controls) {
    return new Classification(
        activities, sources, ipccCategories, industryNames, controls, Plausibility.NONE);
  }

  /** The code lists with the largest amounts a record may plausibly carry. */
  public static Classification of(
      Collection<Activity> activities,
      Collection<SourceCategory> sources,
      Collection<IpccCategory> ipccCategories,
      Map<String, String> industryNames,
      Collection<Control> controls,
      Plausibility plausibility) {
    return new Classification(
        activities, sources, ipccCategories, industryNames, controls, plausibility);
  }

  /** The largest amounts a record or an emission line may plausibly carry. */
  public Plausibility plausibility() {
    return plausibility;
  }

  /** An activity by code, Chinese or English name, or alias. */
  public Optional<Activity> activity(String nameOrCode) {
    return nameOrCode == null
        ? Optional.empty()
        : Optional.ofNullable(activityByName.get(key(nameOrCode)));
  }

  /**
   * The source category for a code a record gives: a project code, or an IPCC code, which maps to
   * the default project category of that IPCC category or, failing that, of its nearest ancestor.
   */
  public Optional<SourceCategory> source(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    String c = code.strip();
    SourceCategory s = sources.get(c.toUpperCase(Locale.ROOT));
    if (s != null) {
      return Optional.of(s);
    }
    if (!ipcc.containsKey(c) && !defaultByIpcc.containsKey(c)) {
      return Optional.empty();
    }
    for (String k = c;
        !k.isEmpty();
        k = k.lastIndexOf('.') < 0 ? "" : k.substring(0, k.lastIndexOf('.'))) {
      SourceCategory d = defaultByIpcc.get(k);
      if (d != null) {
        return Optional.of(d.ipcc().equals(c) ? d : withIpcc(d, c));
      }
    }
    return Optional.empty();
  }

  /**
   * A record that names an IPCC code below its default category keeps that finer code for factor
   * lookups.
   */
  private static SourceCategory withIpcc(SourceCategory d, String finer) {
    return new SourceCategory(
        d.code(),
        d.nameZh(),
        d.nameEn(),
        finer,
        false,
        d.gbt4754(),
        d.censusType(),
        d.generatesElectricity());
  }

  public Optional<Control> control(String nameOrCode) {
    return nameOrCode == null
        ? Optional.empty()
        : Optional.ofNullable(controlByName.get(key(nameOrCode)));
  }

  public Optional<IpccCategory> ipccCategory(String code) {
    return Optional.ofNullable(ipcc.get(code));
  }

  public Optional<String> industryName(String gbt4754Code) {
    return Optional.ofNullable(industries.get(gbt4754Code));
  }

  public List<Activity> activities() {
    return List.copyOf(activities.values());
  }

  public List<SourceCategory> sources() {
    return List.copyOf(sources.values());
  }

  public List<IpccCategory> ipccCategories() {
    return List.copyOf(ipcc.values());
  }

  public Map<String, String> industries() {
    return Map.copyOf(industries);
  }

  public List<Control> controls() {
    return new ArrayList<>(controls.values());
  }

  private static <V> void putUnique(Map<String, V> map, String code, V value, String what) {
    if (map.put(code, value) != null) {
      throw new IllegalArgumentException("duplicate " + what + " code " + code);
    }
  }

  private static String key(String s) {
    return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
  }
}

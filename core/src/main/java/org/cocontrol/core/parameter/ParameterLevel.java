package org.cocontrol.core.parameter;

/**
 * Where a parameter value comes from, in order of precedence: a measured value beats an
 * enterprise-specific one, which beats a provincial, regional, national and finally an IPCC (or
 * other international) default.
 */
public enum ParameterLevel {
  IPCC_DEFAULT(1, "IPCC/国际缺省值"),
  NATIONAL(2, "国家缺省值"),
  /**
   * A value published for a group of provinces, e.g. a regional grid, written once per province.
   */
  REGIONAL(3, "区域值"),
  PROVINCIAL(4, "省级值"),
  ENTERPRISE(5, "企业特定值"),
  MEASURED(6, "实测值");

  private final int rank;
  private final String nameZh;

  ParameterLevel(int rank, String nameZh) {
    this.rank = rank;
    this.nameZh = nameZh;
  }

  /** Higher wins. */
  public int rank() {
    return rank;
  }

  public String nameZh() {
    return nameZh;
  }
}

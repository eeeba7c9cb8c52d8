package org.cocontrol.core.classification;

import java.util.Objects;

/** A category of the 2006 IPCC Guidelines, e.g. {@code 1.A.2.f}. */
public record IpccCategory(String code, String nameEn, String nameZh) {

  public IpccCategory {
    Objects.requireNonNull(code, "code");
  }

  /** The parent code ({@code 1.A.2} for {@code 1.A.2.f}), or empty for a sector. */
  public String parentCode() {
    int i = code.lastIndexOf('.');
    return i < 0 ? "" : code.substring(0, i);
  }
}

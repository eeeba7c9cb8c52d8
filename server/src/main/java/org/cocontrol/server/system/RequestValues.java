package org.cocontrol.server.system;

import org.cocontrol.core.region.Adcode;

/** Request values every feature reads the same way, refused with the same words. */
public final class RequestValues {

  private RequestValues() {}

  /** A GB/T 2260 region code given in a request; a 400 naming the value when it is not one. */
  public static Adcode adcode(String value) {
    return Adcode.parseAny(value)
        .orElseThrow(() -> BadRequestException.invalid(Messages.text("region.invalid", value)));
  }
}

package org.cocontrol.server.auth;

import org.cocontrol.core.region.Adcode;
import org.cocontrol.server.system.BadRequestException;
import org.cocontrol.store.EnterpriseStore;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The user behind a request, read from the verified token.
 *
 * @param scope the jurisdiction of an authority (the nation for a national one)
 * @param enterpriseId the enterprise an enterprise user reports for
 */
public record Caller(String username, Role role, Adcode scope, Long enterpriseId) {

  public static Caller of(Authentication authentication) {
    Jwt jwt = (Jwt) authentication.getPrincipal();
    Number enterprise = jwt.getClaim("enterprise");
    return new Caller(jwt.getSubject(), Role.valueOf(jwt.getClaimAsString("role")),
        Adcode.parseAny(jwt.getClaimAsString("scope_region")).orElse(Adcode.NATION), enterprise == null ? null : enterprise.longValue());
  }

  /** The caller when it is an authority; otherwise a 403 saying {@code what} is for authorities only. */
  public static Caller authority(Authentication authentication, String what) {
    Caller c = of(authentication);
    if (c.role() != Role.AUTHORITY) {
      throw BadRequestException.forbidden(what);
    }
    return c;
  }

  /** Whether reported data of this enterprise may be shown to the caller. */
  public boolean maySee(EnterpriseStore.Enterprise e) {
    return switch (role) {
      case AUTHORITY -> e.region().isWithin(scope);
      case ENTERPRISE -> e.id() != null && e.id().equals(enterpriseId);
      case PUBLIC -> false;
    };
  }

  /** Whether the caller may report data for this region (authorities) — enterprises are checked by entity. */
  public boolean mayReportIn(Adcode region) {
    return role == Role.AUTHORITY && region.isWithin(scope);
  }
}

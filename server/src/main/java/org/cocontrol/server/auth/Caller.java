package org.cocontrol.server.auth;

import org.cocontrol.core.region.Adcode;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The user behind a request, read from the verified token. What it may do is {@link AccessPolicy}'s
 * to say.
 *
 * @param scope the jurisdiction of an authority (the nation for a national one)
 * @param enterpriseId the enterprise an enterprise user reports for
 */
public record Caller(String username, Role role, Adcode scope, Long enterpriseId) {

  public static Caller of(Authentication authentication) {
    Jwt jwt = (Jwt) authentication.getPrincipal();
    Number enterprise = jwt.getClaim("enterprise");
    return new Caller(
        jwt.getSubject(),
        Role.valueOf(jwt.getClaimAsString("role")),
        Adcode.parseAny(jwt.getClaimAsString("scope_region")).orElse(Adcode.NATION),
        enterprise == null ? null : enterprise.longValue());
  }
}

package org.cocontrol.server.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.cocontrol.store.UserStore;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Issues and verifies the bearer tokens: HMAC-SHA256-signed JWTs valid for 12 hours. The key comes
 * from {@code cocontrol.security.jwt-secret} when set; otherwise one is generated once and kept in
 * the data directory (readable by the owner only), so tokens survive a restart.
 */
public final class TokenService {

  static final Duration VALIDITY = Duration.ofHours(12);

  private final SecretKey key;
  private final JwtEncoder encoder;
  private final JwtDecoder decoder;

  public TokenService(String configuredSecret, Path dataDirectory) {
    byte[] secret =
        configuredSecret != null && !configuredSecret.isBlank()
            ? configuredSecret.getBytes(StandardCharsets.UTF_8)
            : storedSecret(dataDirectory.resolve("jwt.secret"));
    if (secret.length < 32) {
      throw new IllegalStateException("cocontrol.security.jwt-secret must be at least 32 bytes");
    }
    this.key = new SecretKeySpec(secret, "HmacSHA256");
    this.encoder = NimbusJwtEncoder.withSecretKey(key).build();
    this.decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
  }

  public String issue(UserStore.User u) {
    Instant now = Instant.now();
    JwtClaimsSet.Builder claims =
        JwtClaimsSet.builder()
            .issuer("cocontrol")
            .subject(u.username())
            .issuedAt(now)
            .expiresAt(now.plus(VALIDITY))
            .claim("role", u.role())
            .claim("scope_region", u.scope().toString());
    if (u.enterpriseId() != null) {
      claims.claim("enterprise", u.enterpriseId());
    }
    return encoder
        .encode(
            JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
        .getTokenValue();
  }

  public JwtDecoder decoder() {
    return decoder;
  }

  private static byte[] storedSecret(Path file) {
    try {
      if (Files.exists(file)) {
        return Base64.getDecoder().decode(Files.readString(file).strip());
      }
      Files.createDirectories(file.getParent());
      byte[] fresh = new byte[32];
      new SecureRandom().nextBytes(fresh);
      Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system; the data directory's own protection has to do
      }
      return fresh;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the token key " + file, e);
    }
  }
}

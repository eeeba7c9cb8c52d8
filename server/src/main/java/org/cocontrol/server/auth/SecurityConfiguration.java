package org.cocontrol.server.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.cocontrol.server.system.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Everything under {@code /api/} needs a valid bearer token except login and the published
 * aggregates (regions, inventory, dashboard); the web UI's static files and the health check are
 * open. Every answer carries a Content-Security-Policy (scripts, styles, data and frames only from
 * this server; inline styles because Element Plus and ECharts set them; {@code data:} and {@code
 * blob:} images for icons and chart exports) and Referrer-Policy {@code same-origin}, besides
 * Spring Security's defaults (nosniff, frame denial, no caching of API answers).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
          + "frame-ancestors 'none'";

  @Bean
  LoginThrottle loginThrottle(
      @Value("${cocontrol.security.login.max-failures-per-user:5}") int perUser,
      @Value("${cocontrol.security.login.max-failures-per-address:30}") int perAddress,
      @Value("${cocontrol.security.login.lockout-minutes:15}") int minutes) {
    return new LoginThrottle(perUser, perAddress, Duration.ofMinutes(minutes), Clock.systemUTC());
  }

  @Bean
  TokenService tokenService(
      @Value("${cocontrol.security.jwt-secret:}") String secret,
      @Value("${cocontrol.data-dir}") String dataDir) {
    return new TokenService(secret, Path.of(dataDir));
  }

  @Bean
  JwtDecoder jwtDecoder(TokenService tokens) {
    return tokens.decoder();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  SecurityFilterChain api(HttpSecurity http) throws Exception {
    JwtAuthenticationConverter roles = new JwtAuthenticationConverter();
    roles.setJwtGrantedAuthoritiesConverter(
        jwt -> List.of(new SimpleGrantedAuthority("ROLE_" + jwt.getClaimAsString("role"))));
    http.csrf(c -> c.disable())
        .headers(
            h ->
                h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/actuator/health",
                        "/actuator/health/**",
                        "/api/v1/auth/login",
                        "/v3/api-docs/**",
                        "/swagger-ui/**",
                        "/swagger-ui.html")
                    .permitAll()
                    .requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/regions/**",
                        "/api/v1/inventory",
                        "/api/v1/inventory/sectors",
                        "/api/v1/public/**",
                        "/api/v1/activities/template")
                    .permitAll()
                    // The plans are public documents; the progress recorded against them is not.
                    .requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/plans",
                        "/api/v1/plans/compare",
                        "/api/v1/plans/departments",
                        "/api/v1/plans/*",
                        "/api/v1/plans/*/source",
                        "/api/v1/plans/*/indicators",
                        "/api/v1/plans/*/tasks")
                    .permitAll()
                    .requestMatchers("/api/**", "/actuator/**")
                    .authenticated()
                    .anyRequest()
                    .permitAll())
        .oauth2ResourceServer(
            o ->
                o.jwt(j -> j.jwtAuthenticationConverter(roles))
                    .authenticationEntryPoint(SecurityConfiguration::unauthorized))
        .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfiguration::unauthorized));
    return http.build();
  }

  /** 401 with the bilingual body every answer has (or the language the request asks for). */
  private static void unauthorized(
      HttpServletRequest req, HttpServletResponse res, AuthenticationException e)
      throws IOException {
    res.setStatus(401);
    res.setContentType(MediaType.APPLICATION_JSON_VALUE);
    res.setCharacterEncoding("UTF-8");
    res.getWriter()
        .write(
            "{\"message\":\""
                + Messages.answer(req.getHeader(HttpHeaders.ACCEPT_LANGUAGE), "auth.required")
                + "\",\"errors\":[]}");
  }
}

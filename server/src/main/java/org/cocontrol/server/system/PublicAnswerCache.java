package org.cocontrol.server.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers of the open, published endpoints (dashboard maps and trends, inventories, regions) kept
 * until the data behind them changes. They are the same for every caller and are asked for far more
 * often than the ledger changes, so a stored answer is served as long as no transaction has
 * committed since it was computed: every commit (an upload, a withdrawal, re-accounting, a
 * statistic) starts a new generation and empties the store. An answer computed while a commit
 * happened is not kept. At most {@link #MAX_ENTRIES} answers of at most {@link #MAX_BYTES} each are
 * kept, the least recently used leaving first.
 *
 * <p>It runs before the security filters ({@link #ORDER}): these endpoints are open to everyone, so
 * a kept answer needs no authentication, and serving it without the security chain takes a large
 * part of each request's cost away (the dashboard with many clients). The headers the chain wrote
 * when the answer was computed (content security policy, referrer policy, nosniff …) are kept and
 * sent with it. A request that carries credentials still goes through the chain (a bad token is
 * still refused), though it may store the answer it got.
 */
@Component
@Order(PublicAnswerCache.ORDER)
public class PublicAnswerCache extends OncePerRequestFilter
    implements TransactionExecutionListener {

  /** Before Spring Security's filter chain ({@code SecurityProperties.DEFAULT_FILTER_ORDER}). */
  static final int ORDER = -101;

  static final int MAX_ENTRIES = 2_000;
  static final int MAX_BYTES = 4 << 20;

  /**
   * The open, caller-independent GET endpoints (SecurityConfiguration permits them without a
   * token).
   */
  private static final List<String> PREFIXES = List.of("/api/v1/public/", "/api/v1/regions/");

  private static final List<String> PATHS =
      List.of("/api/v1/inventory", "/api/v1/inventory/sectors");

  private record Answer(
      long generation, int status, String contentType, List<String[]> headers, byte[] body) {}

  private final AtomicLong generation = new AtomicLong();
  private final Map<String, Answer> answers =
      new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
          return size() > MAX_ENTRIES;
        }
      };

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !"GET".equals(request.getMethod())
        || !(PATHS.contains(path) || PREFIXES.stream().anyMatch(path::startsWith));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key =
        request.getRequestURI()
            + "?"
            + (request.getQueryString() == null ? "" : request.getQueryString());
    long now = generation.get();
    Answer kept;
    synchronized (answers) {
      kept = answers.get(key);
    }
    if (kept != null
        && kept.generation() == now
        && request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
      response.setStatus(kept.status());
      for (String[] h : kept.headers()) {
        response.addHeader(h[0], h[1]);
      }
      response.setContentType(kept.contentType());
      response.setContentLength(kept.body().length);
      response.getOutputStream().write(kept.body());
      return;
    }
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, wrapper);
    byte[] body = wrapper.getContentAsByteArray();
    if (wrapper.getStatus() == HttpServletResponse.SC_OK
        && body.length <= MAX_BYTES
        && generation.get() == now) {
      synchronized (answers) {
        answers.put(
            key,
            new Answer(now, wrapper.getStatus(), wrapper.getContentType(), headers(wrapper), body));
      }
    }
    wrapper.copyBodyToResponse();
  }

  /** The headers written while the answer was computed, but its type and length. */
  private static List<String[]> headers(HttpServletResponse response) {
    List<String[]> out = new ArrayList<>();
    for (String name : response.getHeaderNames()) {
      if (name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)
          || name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
        continue;
      }
      for (String value : response.getHeaders(name)) {
        out.add(new String[] {name, value});
      }
    }
    return List.copyOf(out);
  }

  /** A committed transaction may have changed what the answers show. */
  @Override
  public void afterCommit(TransactionExecution transaction, Throwable failure) {
    if (failure == null) {
      invalidate();
    }
  }

  /**
   * Forgets every kept answer (also after data written outside transactions, such as the demo data
   * at start).
   */
  public void invalidate() {
    generation.incrementAndGet();
    synchronized (answers) {
      answers.clear();
    }
  }
}

package org.cocontrol.server.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
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
 */
@Component
public class PublicAnswerCache extends OncePerRequestFilter
    implements TransactionExecutionListener {

  static final int MAX_ENTRIES = 2_000;
  static final int MAX_BYTES = 4 << 20;

  /**
   * The open, caller-independent GET endpoints (SecurityConfiguration permits them without a
   * token).
   */
  private static final List<String> PREFIXES = List.of("/api/v1/public/", "/api/v1/regions/");

  private static final List<String> PATHS =
      List.of("/api/v1/inventory", "/api/v1/inventory/sectors");

  private record Answer(long generation, int status, String contentType, byte[] body) {}

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
    if (kept != null && kept.generation() == now) {
      response.setStatus(kept.status());
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
        answers.put(key, new Answer(now, wrapper.getStatus(), wrapper.getContentType(), body));
      }
    }
    wrapper.copyBodyToResponse();
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

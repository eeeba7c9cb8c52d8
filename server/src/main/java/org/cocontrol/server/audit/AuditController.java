package org.cocontrol.server.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.cocontrol.server.auth.AccessPolicy;
import org.cocontrol.server.auth.Caller;
import org.cocontrol.server.system.ApiError;
import org.cocontrol.server.system.Messages;
import org.cocontrol.server.system.Paging;
import org.cocontrol.server.system.TextLimits;
import org.cocontrol.store.AuditLog;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/audit?from=&to=&user=&action=&page=&size=}: the audit entries an authority may
 * read, newest first — a national authority all of them, any other those about a region inside its
 * jurisdiction or written by a user of it (its authorities and the enterprises registered there).
 * {@code from} and {@code to} are ISO dates or date-times ({@code to} as a date includes that day).
 * {@code GET /api/v1/audit/verify}: whether the hash chain is intact and, if not, the first entry
 * where it breaks.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

  record EntryView(
      long seq,
      String at,
      String username,
      String action,
      String target,
      String detail,
      String region,
      String actorRegion) {}

  record PageView(List<EntryView> items, int total, int page, int size) {}

  record VerifyView(boolean intact, long entries, Long brokenSeq, Long brokenId, String problem) {}

  private static final String AUTHORITIES_ONLY = Messages.text("access.audit");

  private final AuditTrail audit;

  AuditController(AuditTrail audit) {
    this.audit = audit;
  }

  @GetMapping
  PageView list(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String user,
      @RequestParam(required = false) String action,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      Authentication auth) {
    Caller caller = AccessPolicy.requireAuthority(Caller.of(auth), AUTHORITIES_ONLY);
    Paging paging = Paging.of(page, size, 500);
    AuditLog.Filter filter =
        new AuditLog.Filter(
            time("from", from, false),
            time("to", to, true),
            blank(user),
            blank(action),
            caller.scope());
    AuditLog.Page p = audit.search(filter, paging.offset(), paging.size());
    return new PageView(
        p.items().stream()
            .map(
                e ->
                    new EntryView(
                        e.seq(),
                        e.at().toString(),
                        e.username(),
                        e.action(),
                        e.target(),
                        e.detail(),
                        e.region(),
                        e.actorRegion()))
            .toList(),
        p.total(),
        paging.page(),
        paging.size());
  }

  @GetMapping("/verify")
  VerifyView verify(Authentication auth) {
    AccessPolicy.requireAuthority(Caller.of(auth), AUTHORITIES_ONLY);
    AuditLog.Verification v = audit.verify();
    return new VerifyView(v.intact(), v.entries(), v.brokenSeq(), v.brokenId(), v.problem());
  }

  /** An ISO date or date-time; a date as the end of a range means the end of that day. */
  private static LocalDateTime time(String field, String value, boolean end) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String s = value.strip();
    try {
      return s.length() <= 10
          ? (end ? LocalDate.parse(s).plusDays(1) : LocalDate.parse(s)).atStartOfDay()
          : LocalDateTime.parse(s);
    } catch (DateTimeParseException e) {
      throw TextLimits.rejected(
          List.of(new ApiError.Problem(null, field, field, s, Messages.text("audit.time"))));
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

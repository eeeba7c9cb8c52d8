package org.cocontrol.server.activity;

import java.util.List;
import java.util.Map;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.server.auth.Caller;
import org.cocontrol.server.system.BadRequestException;
import org.cocontrol.server.system.Messages;
import org.cocontrol.store.UploadStore;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The upload history and withdrawal (撤回): {@code GET /api/v1/uploads} (who, when, file, records,
 * what changed, status), {@code GET /api/v1/uploads/{id}}, {@code POST
 * /api/v1/uploads/{id}/withdraw} with an optional {@code {"reason": …}}, and {@code GET
 * /api/v1/activities/history?entity=&record=}: every revision of one record. An authority sees
 * uploads with a record in its jurisdiction, an enterprise the uploads with its own records; the
 * public none.
 */
@RestController
@RequestMapping("/api/v1")
class UploadController {

  /**
   * An upload with where its records are and what became of them (current, revised, withdrawn,
   * rejected).
   */
  record Detail(
      UploadStore.Upload upload,
      Map<String, Integer> states,
      List<String> regions,
      List<String> entities) {}

  /** A page of the history. */
  record Page(long total, int page, int size, List<UploadStore.Upload> items) {}

  /** The body of a withdrawal. */
  record Withdraw(String reason) {}

  static final int MAX_PAGE_SIZE = 200;

  private final Intake intake;
  private final UploadHistory history;

  UploadController(Intake intake, UploadHistory history) {
    this.intake = intake;
    this.history = history;
  }

  @GetMapping("/uploads")
  Page list(
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      Authentication auth) {
    Caller caller = Caller.of(auth);
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE || (long) page * size > Integer.MAX_VALUE) {
      throw BadRequestException.invalid(Messages.text("uploads.paging", MAX_PAGE_SIZE));
    }
    UploadStore.Page p = history.uploads(caller, page * size, size);
    return new Page(p.total(), page, size, p.items());
  }

  @GetMapping("/uploads/{id}")
  Detail detail(@PathVariable long id, Authentication auth) {
    UploadHistory.Shown shown = history.upload(Caller.of(auth), id);
    return new Detail(
        shown.upload(),
        shown.states(),
        shown.reach().regions().stream().map(Adcode::toString).toList(),
        List.copyOf(shown.reach().entities()));
  }

  @PostMapping("/uploads/{id}/withdraw")
  Intake.Withdrawn withdraw(
      @PathVariable long id, @RequestBody(required = false) Withdraw body, Authentication auth) {
    return intake.withdraw(id, Caller.of(auth), body == null ? null : body.reason());
  }

  /** Every revision of one record, oldest first; only what the caller may see. */
  @GetMapping("/activities/history")
  List<UploadStore.Revision> history(
      @RequestParam String entity, @RequestParam String record, Authentication auth) {
    return history.revisions(Caller.of(auth), entity, record);
  }
}

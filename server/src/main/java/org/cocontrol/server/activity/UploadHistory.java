package org.cocontrol.server.activity;

import java.util.List;
import java.util.Map;
import org.cocontrol.server.auth.AccessPolicy;
import org.cocontrol.server.auth.Caller;
import org.cocontrol.server.system.BadRequestException;
import org.cocontrol.server.system.Messages;
import org.cocontrol.store.EnterpriseStore;
import org.cocontrol.store.UploadStore;
import org.springframework.stereotype.Service;

/**
 * The upload history as each caller may see it ({@link AccessPolicy}): uploads, one upload's reach,
 * a record's revisions.
 */
@Service
class UploadHistory {

  private final Intake intake;
  private final UploadStore uploads;
  private final EnterpriseStore enterprises;

  UploadHistory(Intake intake, UploadStore uploads, EnterpriseStore enterprises) {
    this.intake = intake;
    this.uploads = uploads;
    this.enterprises = enterprises;
  }

  /** A page of the uploads the caller may see, newest first; a 403 for the public. */
  UploadStore.Page uploads(Caller caller, int offset, int limit) {
    AccessPolicy.UploadFilter shown =
        AccessPolicy.uploadFilter(caller)
            .orElseThrow(
                () -> BadRequestException.forbidden(Messages.text("access.uploadHistory")));
    return uploads.uploads(shown.region(), shown.enterpriseId(), offset, limit);
  }

  /** An upload the caller may see (404 otherwise) with the states of its records and its reach. */
  Shown upload(Caller caller, long id) {
    UploadStore.Upload upload = intake.visibleUpload(id, caller);
    return new Shown(upload, uploads.states(id), uploads.reach(id));
  }

  record Shown(UploadStore.Upload upload, Map<String, Integer> states, UploadStore.Reach reach) {}

  /** Every revision of one record the caller may see, oldest first; a 404 when there is none. */
  List<UploadStore.Revision> revisions(Caller caller, String entity, String record) {
    EnterpriseStore.Registration registered =
        AccessPolicy.seesOwnEnterpriseOnly(caller) ? enterprises.registrations().get(entity) : null;
    List<UploadStore.Revision> revisions =
        !AccessPolicy.maySeeReported(caller)
            ? List.<UploadStore.Revision>of()
            : uploads.revisions(entity, record).stream()
                .filter(r -> AccessPolicy.maySeeRevision(caller, r, registered))
                .toList();
    if (revisions.isEmpty()) {
      throw BadRequestException.notFound("record " + record + " of " + entity);
    }
    return revisions;
  }
}

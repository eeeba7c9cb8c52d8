package org.cocontrol.server.permit;

import java.util.List;
import java.util.Optional;
import org.cocontrol.core.reporting.Facility;
import org.cocontrol.core.reporting.Permit;
import org.springframework.stereotype.Service;

/**
 * An enterprise's facilities and discharge permit.
 *
 * <p><b>Placeholder of branch {@code server}</b>: it knows no facility and no permit. Branch {@code
 * permits} owns the real class (V15 tables, same package, same signatures); the merge replaces this
 * file with it. The reports read facilities and permits only through these two methods.
 */
@Service
public class PermitRegistry {

  /** The facilities of the enterprise with this entity code; none here. */
  public List<Facility> facilities(String entityCode) {
    return List.of();
  }

  /** The enterprise's discharge permit; none here. */
  public Optional<Permit> permit(String entityCode) {
    return Optional.empty();
  }
}

package org.cocontrol.server.permit;

import java.util.Map;
import java.util.Optional;

/**
 * The verified figures of a unit's annual GHG report, for its permit view. Implemented by the
 * reports ({@code server.reporting.Reports}), which depend on this package for facilities and
 * permits; the permit view asks through this interface so the two packages do not form a cycle.
 */
public interface VerifiedEmissions {

  /**
   * A GHG report verified or confirmed: its year, status ({@code verified}, {@code confirmed}) and
   * verified tonnes per substance.
   */
  record Verified(long reportId, int year, String status, Map<String, Double> verifiedT) {}

  /** The latest year's verified or confirmed GHG report of an entity, empty when none. */
  Optional<Verified> latest(String entityCode);
}

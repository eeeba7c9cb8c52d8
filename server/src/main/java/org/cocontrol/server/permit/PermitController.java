package org.cocontrol.server.permit;

import org.cocontrol.server.auth.Caller;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/enterprises/{id}/facilities} and {@code …/permit} (GET; PUT replaces, checked
 * field by field, audited) and {@code …/permit/view} (the permit in force, permitted tonnes per
 * outlet and pollutant, and the enterprise's carbon emissions).
 */
@RestController
@RequestMapping("/api/v1/enterprises/{id}")
class PermitController {

  private final Permits permits;

  PermitController(Permits permits) {
    this.permits = permits;
  }

  @GetMapping("/facilities")
  PermitViews.FacilitiesView facilities(@PathVariable long id, Authentication auth) {
    return permits.facilities(Caller.of(auth), id);
  }

  @PutMapping("/facilities")
  PermitViews.FacilitiesView replaceFacilities(
      @PathVariable long id,
      @RequestBody(required = false) PermitViews.FacilitiesIn body,
      Authentication auth) {
    return permits.replaceFacilities(Caller.of(auth), id, body);
  }

  @GetMapping("/permit")
  PermitViews.PermitView permit(
      @PathVariable long id, @RequestParam(required = false) Integer year, Authentication auth) {
    return permits.permit(Caller.of(auth), id, year);
  }

  @PutMapping("/permit")
  PermitViews.PermitView savePermit(
      @PathVariable long id,
      @RequestBody(required = false) PermitViews.PermitIn body,
      Authentication auth) {
    return permits.savePermit(Caller.of(auth), id, body);
  }

  @GetMapping("/permit/view")
  PermitViews.PermitExecutionView view(@PathVariable long id, Authentication auth) {
    return permits.execution(Caller.of(auth), id);
  }
}

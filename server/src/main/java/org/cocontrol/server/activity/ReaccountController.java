package org.cocontrol.server.activity;

import java.util.List;
import org.cocontrol.server.auth.Caller;
import org.cocontrol.store.Ledger;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Result versions: {@code GET /api/v1/results/versions} lists them; {@code POST
 * /api/v1/results/reaccount} (a national authority only) accounts every stored record again with
 * the current reference data as a new version, keeping the old one.
 */
@RestController
@RequestMapping("/api/v1/results")
class ReaccountController {

  private final Intake intake;

  ReaccountController(Intake intake) {
    this.intake = intake;
  }

  @GetMapping("/versions")
  List<Ledger.Stamp> versions(Authentication auth) {
    return intake.versions(Caller.of(auth));
  }

  @PostMapping("/reaccount")
  Intake.Version reaccount(Authentication auth) {
    return intake.reaccount(Caller.of(auth));
  }
}

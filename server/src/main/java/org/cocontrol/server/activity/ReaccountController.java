package org.cocontrol.server.activity;

import java.util.List;
import org.cocontrol.core.accounting.Accountant;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.server.auth.AccessPolicy;
import org.cocontrol.server.auth.Caller;
import org.cocontrol.server.system.AuditedChanges;
import org.cocontrol.server.system.BadRequestException;
import org.cocontrol.server.system.Messages;
import org.cocontrol.store.Ledger;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Result versions: {@code GET /api/v1/results/versions} lists them; {@code POST /api/v1/results/reaccount}
 * (a national authority only) accounts every stored record again with the current reference data as a new
 * version, keeping the old one.
 */
@RestController
@RequestMapping("/api/v1/results")
class ReaccountController {

  record Version(long versionCount, String parameterRelease, String gwpSet) {}

  private final Accountant accountant;
  private final ReferenceData reference;
  private final Intake intake;

  ReaccountController(Accountant accountant, ReferenceData reference, Intake intake) {
    this.accountant = accountant;
    this.reference = reference;
    this.intake = intake;
  }

  @GetMapping("/versions")
  List<Ledger.Stamp> versions(Authentication auth) {
    AccessPolicy.requireAuthority(Caller.of(auth), Messages.text("access.resultVersions"));
    return intake.versions();
  }

  @PostMapping("/reaccount")
  Version reaccount(Authentication auth) {
    Caller caller = AccessPolicy.requireNationalAuthority(Caller.of(auth), Messages.text("access.reaccount"));
    intake.reaccount(caller);
    return new Version(intake.versions().size(), reference.parameters().release(), accountant.options().gwpSet().name());
  }
}

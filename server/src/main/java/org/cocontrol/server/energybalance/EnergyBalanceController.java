package org.cocontrol.server.energybalance;

import java.io.IOException;
import java.util.List;
import org.cocontrol.server.auth.Caller;
import org.cocontrol.server.system.BadRequestException;
import org.cocontrol.server.system.Messages;
import org.cocontrol.server.system.RequestValues;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/energy-balances}: an authority uploads a region's energy balance table (能源平衡表,
 * multipart {@code file}, {@code region}, {@code year}) and reads the reference and sectoral
 * approaches beside the ledger and the top-down layer.
 */
@RestController
@RequestMapping("/api/v1/energy-balances")
class EnergyBalanceController {

  private final EnergyBalances balances;

  EnergyBalanceController(EnergyBalances balances) {
    this.balances = balances;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  EnergyBalanceView upload(
      @RequestPart(value = "file", required = false) MultipartFile file,
      @RequestParam String region,
      @RequestParam int year,
      Authentication auth)
      throws IOException {
    if (file == null || file.isEmpty()) {
      throw BadRequestException.invalid(Messages.text("energyBalance.file"));
    }
    String name =
        file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
            ? "energy-balance.xlsx"
            : file.getOriginalFilename();
    return balances.upload(
        Caller.of(auth), RequestValues.adcode(region), year, name, file.getBytes());
  }

  @GetMapping
  List<EnergyBalanceView.Listed> list(Authentication auth) {
    return balances.list(Caller.of(auth));
  }

  @GetMapping("/{adcode}/{year}")
  EnergyBalanceView get(@PathVariable String adcode, @PathVariable int year, Authentication auth) {
    return balances.current(Caller.of(auth), RequestValues.adcode(adcode), year);
  }
}

package org.cocontrol.server.footprint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cocontrol.core.footprint.CbamReport;
import org.cocontrol.core.footprint.FootprintResult;
import org.cocontrol.core.footprint.ProductFootprint;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.io.FootprintWorkbook;
import org.cocontrol.server.auth.Caller;
import org.cocontrol.server.region.Regions;
import org.cocontrol.server.system.BadRequestException;
import org.cocontrol.server.system.Messages;
import org.cocontrol.store.EnterpriseStore;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/enterprises/{id}/footprints?year=&gwpSet=} (product carbon footprints, JSON)
 * and {@code GET /api/v1/enterprises/{id}/cbam?year=[&format=xlsx]} (CBAM embedded emissions, JSON,
 * or the communication xlsx with {@code format=xlsx} or an xlsx {@code Accept}). An enterprise sees
 * only itself, an authority its jurisdiction; anyone else gets 403.
 */
@RestController
@RequestMapping("/api/v1/enterprises/{id}")
class FootprintController {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  record FootprintView(
      long enterpriseId,
      String entity,
      String name,
      int year,
      String gwpSet,
      List<ProductFootprint> footprints,
      List<String> notes) {}

  record CbamView(
      long enterpriseId,
      String entity,
      String name,
      int year,
      String gwpSet,
      List<CbamReport.Good> goods,
      List<CbamReport.Precursor> purchasedPrecursors,
      List<String> notes) {}

  private final Footprints footprints;
  private final Regions regions;

  FootprintController(Footprints footprints, Regions regions) {
    this.footprints = footprints;
    this.regions = regions;
  }

  @GetMapping("/footprints")
  FootprintView footprints(
      @PathVariable long id,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String gwpSet,
      Authentication auth) {
    Footprints.Answer a = footprints.of(Caller.of(auth), id, year, gwp(gwpSet));
    FootprintResult r = a.result();
    return new FootprintView(
        id,
        r.entity(),
        name(a.enterprise()),
        r.year(),
        r.footprints().isEmpty() ? gwp(gwpSet).name() : r.footprints().get(0).gwpSet().name(),
        r.footprints(),
        r.notes());
  }

  @GetMapping("/cbam")
  ResponseEntity<?> cbam(
      @PathVariable long id,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
      Authentication auth) {
    boolean xlsx;
    if (format == null || format.isBlank()) {
      xlsx = accept != null && accept.contains(XLSX);
    } else if (format.equals("xlsx") || format.equals("json")) {
      xlsx = format.equals("xlsx");
    } else {
      throw BadRequestException.invalid(Messages.text("footprint.format", format));
    }
    Footprints.Answer a = footprints.of(Caller.of(auth), id, year, GwpSet.AR5);
    FootprintResult r = a.result();
    if (!xlsx) {
      return ResponseEntity.ok()
          .contentType(MediaType.APPLICATION_JSON)
          .body(
              new CbamView(
                  id,
                  r.entity(),
                  name(a.enterprise()),
                  r.year(),
                  r.cbam().gwpSet().name(),
                  r.cbam().goods(),
                  r.cbam().purchased(),
                  r.notes()));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      EnterpriseStore.Enterprise e = a.enterprise();
      FootprintWorkbook.write(
          r,
          name(e),
          e.creditCode() == null || e.creditCode().isBlank() ? e.code() : e.creditCode(),
          e.region() + " " + regions.nameZh(e.region(), ""),
          bytes);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(XLSX))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("CBAM-" + r.entity() + "-" + r.year() + ".xlsx", StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(bytes.toByteArray());
  }

  private static GwpSet gwp(String gwpSet) {
    return gwpSet == null || gwpSet.isBlank()
        ? GwpSet.AR5
        : GwpSet.parse(gwpSet)
            .orElseThrow(
                () -> BadRequestException.invalid(Messages.text("footprint.gwpSet", gwpSet)));
  }

  private static String name(EnterpriseStore.Enterprise e) {
    return e.nameZh().isBlank() ? e.nameEn() : e.nameZh();
  }
}

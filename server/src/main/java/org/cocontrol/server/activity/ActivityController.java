package org.cocontrol.server.activity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.io.ActivityTemplate;
import org.cocontrol.server.auth.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/activities}: an activity file (multipart field {@code file}, CSV or xlsx) or
 * a JSON array of records with the same columns. Records are facts keyed by (entity, record id):
 * 201 when the upload changed the ledger (new or revised records), 200 when every record equalled
 * its current value and nothing was stored; 400 with every problem located, 403 when a record is
 * outside what the caller may report, 409 when another upload revised the same record at the same
 * moment: nothing is stored then.
 */
@RestController
@RequestMapping("/api/v1/activities")
class ActivityController {

  private final ReferenceData reference;
  private final Intake intake;

  ActivityController(ReferenceData reference, Intake intake) {
    this.reference = reference;
    this.intake = intake;
  }

  /**
   * The Excel template with Chinese (or English) headers, drop-down lists of codes and an
   * instructions sheet.
   */
  @GetMapping("/template")
  ResponseEntity<byte[]> template(@RequestParam(defaultValue = "zh") String lang)
      throws IOException {
    Locale locale =
        lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.CHINESE;
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    ActivityTemplate.write(out, reference.classification(), reference.regions(), locale);
    String file = locale == Locale.ENGLISH ? "cocontrol-activity-template.xlsx" : "活动数据模板.xlsx";
    return ResponseEntity.ok()
        .header(
            "Content-Disposition",
            ContentDisposition.attachment()
                .filename(file, StandardCharsets.UTF_8)
                .build()
                .toString())
        .contentType(
            MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .body(out.toByteArray());
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Intake.Accepted> upload(
      @RequestParam("file") MultipartFile file, Authentication auth) throws IOException {
    String name =
        file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
            ? "upload.csv"
            : file.getOriginalFilename();
    try (InputStream in = file.getInputStream()) {
      return answer(intake.submitFile(name, in, Caller.of(auth)));
    }
  }

  /**
   * JSON records go through the same reader and checks as files (not printed as CSV first); rows
   * are numbered from 1.
   */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Intake.Accepted> json(
      @RequestBody List<Map<String, Object>> records, Authentication auth) {
    return answer(intake.submitJson(records, Caller.of(auth)));
  }

  private static ResponseEntity<Intake.Accepted> answer(Intake.Accepted accepted) {
    return ResponseEntity.status(accepted.uploadId() == null ? HttpStatus.OK : HttpStatus.CREATED)
        .body(accepted);
  }
}

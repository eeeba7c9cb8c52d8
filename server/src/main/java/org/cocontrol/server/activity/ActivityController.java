package org.cocontrol.server.activity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.io.ActivityImport;
import org.cocontrol.io.ActivityReader;
import org.cocontrol.io.ActivityTemplate;
import org.cocontrol.io.TableFormat;
import org.cocontrol.server.auth.Caller;
import org.cocontrol.server.system.ApiError;
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
 * {@code POST /api/v1/activities}: an activity file (multipart field {@code file}, CSV or xlsx) or a JSON array of records
 * with the same columns. Records are facts keyed by (entity, record id): 201 when the upload changed the ledger (new or
 * revised records), 200 when every record equalled its current value and nothing was stored; 400 with every problem
 * located, 403 when a record is outside what the caller may report, 409 when another upload revised the same record at
 * the same moment: nothing is stored then.
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

  /** The Excel template with Chinese (or English) headers, drop-down lists of codes and an instructions sheet. */
  @GetMapping("/template")
  ResponseEntity<byte[]> template(@RequestParam(defaultValue = "zh") String lang) throws IOException {
    Locale locale = lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.CHINESE;
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    ActivityTemplate.write(out, reference.classification(), reference.regions(), locale);
    String file = locale == Locale.ENGLISH ? "cocontrol-activity-template.xlsx" : "活动数据模板.xlsx";
    return ResponseEntity.ok().header("Content-Disposition", ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString())
        .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).body(out.toByteArray());
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Intake.Accepted> upload(@RequestParam("file") MultipartFile file, Authentication auth) throws IOException {
    String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload.csv" : file.getOriginalFilename();
    TableFormat format;
    try {
      format = TableFormat.of(java.nio.file.Path.of(name));
    } catch (IllegalArgumentException e) { // also an InvalidPathException (a NUL in the name)
      throw Intake.rejected(List.of(new ApiError.Problem(null, "file", name, name, e.getMessage())));
    }
    try (InputStream in = file.getInputStream()) {
      // read while it is stored: the records go into the ledger chunk by chunk and are never all in memory
      return answer(intake.submit(name, each -> reader().read(name, in, format, each), Caller.of(auth), false));
    }
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Intake.Accepted> json(@RequestBody List<Map<String, Object>> records, Authentication auth) throws IOException {
    // JSON records go through the same reader as files, so the rules are the same; rows are numbered from 1.
    List<ApiError.Problem> nulls = new ArrayList<>();
    Set<String> columns = new LinkedHashSet<>();
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i) == null) {
        nulls.add(new ApiError.Problem(i + 1, "", "record " + (i + 1), "null", "记录为 null，应为对象 / a record is null; it must be an object"));
      } else {
        columns.addAll(records.get(i).keySet());
      }
    }
    if (!nulls.isEmpty()) {
      throw Intake.rejected(nulls);
    }
    StringWriter csv = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(csv, CSVFormat.RFC4180)) {
      p.printRecord(columns);
      for (Map<String, Object> r : records) {
        List<String> cells = new ArrayList<>();
        for (String c : columns) {
          cells.add(cell(r.get(c)));
        }
        p.printRecord(cells);
      }
    }
    ActivityImport imported = reader().read("request body", new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), TableFormat.CSV);
    return answer(intake.submit("api.json", imported, Caller.of(auth), true));
  }

  /** A JSON value as the reader sees a cell: numbers in plain notation; an infinity stays a word the reader refuses. */
  private static String cell(Object v) {
    if (v == null) {
      return "";
    }
    if ((v instanceof Double || v instanceof Float) && Double.isFinite(((Number) v).doubleValue())) {
      return BigDecimal.valueOf(((Number) v).doubleValue()).toPlainString();
    }
    return v.toString();
  }

  private ActivityReader reader() {
    return new ActivityReader(reference.classification(), reference.regions());
  }

  private static ResponseEntity<Intake.Accepted> answer(Intake.Accepted accepted) {
    return ResponseEntity.status(accepted.uploadId() == null ? HttpStatus.OK : HttpStatus.CREATED).body(accepted);
  }
}

package org.cocontrol.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.classification.Classification;
import org.cocontrol.core.region.Regions;
import org.xml.sax.SAXException;

/**
 * Reads an activity file (CSV or xlsx) into {@link org.cocontrol.core.accounting.ActivityRecord}s,
 * checking every cell against the code lists and collecting every problem with its line or cell.
 *
 * <p>Columns (header names are case-insensitive; Chinese headers are accepted too, e.g. 记录编号, 活动水平):
 * required {@code record_id, entity_id, region, year, source, activity, amount, unit}; optional
 * {@code ncv, ncv_unit, carbon_content, carbon_content_unit, oxidation, sulfur_pct, ash_pct, volatile_pct,
 * controls, technology} and {@code measured_<SUBSTANCE>_t}. An {@code ncv} without a unit is in GJ/t for
 * activities reported by mass and GJ/万Nm3 for those reported by volume; a {@code carbon_content} without
 * a unit is in tC/GJ.
 *
 * <p>Files are streamed: a CSV record by record, an xlsx sheet through SAX events. Only the records
 * themselves are kept.
 */
public final class ActivityReader {

  private final Classification classification;
  private final Regions regions;

  public ActivityReader(Classification classification, Regions regions) {
    this.classification = Objects.requireNonNull(classification, "classification");
    this.regions = Objects.requireNonNull(regions, "regions");
  }

  /**
   * Reads a {@code .csv} or {@code .xlsx} file, chosen by its extension. A file that is not one of those,
   * or cannot be read as one, comes back as an import with an error rather than an exception.
   *
   * @throws IOException when the file cannot be opened or read at all
   */
  public ActivityImport read(Path file) throws IOException {
    String name = String.valueOf(file.getFileName());
    TableFormat format;
    try {
      format = TableFormat.of(file);
    } catch (IllegalArgumentException e) {
      return fileProblem(name, e.getMessage());
    }
    if (format == TableFormat.CSV) {
      try (InputStream in = Files.newInputStream(file)) {
        return read(name, in, format);
      }
    }
    if (!Files.isRegularFile(file)) {
      // POI reports a missing file as an invalid one; say what it really is.
      throw new NoSuchFileException(file.toString());
    }
    ActivityRows rows = new ActivityRows(name, classification, regions);
    OPCPackage pkg;
    try {
      // Opened from the file, the package reads zip entries on demand instead of buffering the workbook.
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (OpenXML4JException | RuntimeException e) {
      return notXlsx(name, e);
    }
    try {
      return readXlsx(name, pkg, rows);
    } finally {
      // revert(), not close(): close() on a read-only package logs a warning about saving.
      pkg.revert();
    }
  }

  /**
   * Reads a stream in the given format; {@code name} stands for the file in messages. An xlsx read from
   * a stream is buffered by POI, so prefer {@link #read(Path)} for large workbooks.
   *
   * @throws IOException when the stream cannot be read
   */
  public ActivityImport read(String name, InputStream in, TableFormat format) throws IOException {
    return read(name, in, format, null);
  }

  /**
   * Reads a stream as above but hands each valid record, with its location, to {@code each} as soon as it is read
   * instead of keeping it: the import that comes back has the problems and no records. A caller that stores what it is
   * handed must still reject the whole file when the import has errors (they may come after records it was handed).
   *
   * @throws IOException when the stream cannot be read
   */
  public ActivityImport read(String name, InputStream in, TableFormat format, BiConsumer<ActivityRecord, String> each)
      throws IOException {
    ActivityRows rows = new ActivityRows(name, classification, regions, each);
    if (format == TableFormat.CSV) {
      CsvRows.read(name, in, rows);
      return rows.result();
    }
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(in);
    } catch (OpenXML4JException | IOException | RuntimeException e) {
      // The upload is already received whole, so an I/O error here is a damaged zip (truncated, garbled), not a lost stream.
      return notXlsx(name, e);
    }
    try {
      return readXlsx(name, pkg, rows);
    } finally {
      pkg.revert();
    }
  }

  /** A part that cannot be inflated or parsed (a truncated or garbled workbook) is the file's problem, reported on the file. */
  private static ActivityImport readXlsx(String name, OPCPackage pkg, ActivityRows rows) {
    try {
      XlsxRows.read(pkg, rows);
    } catch (OpenXML4JException | SAXException | ParserConfigurationException | IOException | RuntimeException e) {
      rows.fail(name, "无法读取 xlsx 文件（已损坏或不完整）：" + e.getMessage(), "cannot read the xlsx file (damaged or incomplete): " + e.getMessage());
    }
    return rows.result();
  }

  private static ActivityImport notXlsx(String name, Exception e) {
    if (e instanceof OLE2NotOfficeXmlFileException) {
      // An .xls saved under an .xlsx name, or an encrypted workbook: both are OLE2 containers.
      return fileProblem(name, "这是 .xls 或加密的工作簿，请在 Excel 中另存为未加密的 .xlsx"
          + " / this is an .xls or encrypted workbook: save it as an unencrypted .xlsx");
    }
    // Opening only looks at the container, so whatever fails here is the file's fault, not a bug of ours.
    return fileProblem(name, "不是有效的 xlsx 文件：" + e.getMessage() + " / not a valid xlsx file: " + e.getMessage());
  }

  private static ActivityImport fileProblem(String name, String message) {
    return ActivityImport.failed(new ImportProblem(ImportProblem.Severity.ERROR, name, "", "", message));
  }
}

package org.cocontrol.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.classification.Classification;
import org.cocontrol.core.region.Regions;

/**
 * Reads activity records (CSV, xlsx or a JSON array) into {@link
 * org.cocontrol.core.accounting.ActivityRecord}s, checking every cell against the code lists and
 * collecting every problem with its row and column.
 *
 * <p>Columns (header names are case-insensitive; Chinese headers are accepted too, e.g. 记录编号,
 * 活动水平): required {@code record_id, entity_id, region, year, source, activity, amount, unit};
 * optional {@code ncv, ncv_unit, carbon_content, carbon_content_unit, oxidation, sulfur_pct,
 * ash_pct, volatile_pct, controls, technology, voc_content_pct} and {@code measured_<SUBSTANCE>_t}.
 * An {@code ncv} without a unit is in GJ/t for activities reported by mass and GJ/万Nm3 for those
 * reported by volume; a {@code carbon_content} without a unit is in tC/GJ.
 *
 * <p>Every source goes through {@link TableReader} and the same row checks: a CSV record by record,
 * an xlsx sheet through SAX events, JSON records as they are. Only the records themselves are kept.
 */
public final class ActivityReader {

  /**
   * Sheet names that mark the activity sheet in a workbook with several (instructions, code lists
   * ...).
   */
  private static final List<String> ACTIVITY_SHEETS = List.of("活动数据", "activities");

  private final Classification classification;
  private final Regions regions;

  public ActivityReader(Classification classification, Regions regions) {
    this.classification = Objects.requireNonNull(classification, "classification");
    this.regions = Objects.requireNonNull(regions, "regions");
  }

  /**
   * Reads a {@code .csv} or {@code .xlsx} file, chosen by its extension. A file that is not one of
   * those, or cannot be read as one, comes back as an import with an error rather than an
   * exception.
   *
   * @throws IOException when the file cannot be opened or read at all
   */
  public ActivityImport read(Path file) throws IOException {
    ActivityRows rows =
        new ActivityRows(String.valueOf(file.getFileName()), classification, regions);
    TableReader.read(file, ACTIVITY_SHEETS, rows);
    return rows.result();
  }

  /**
   * Reads a stream in the given format; {@code name} stands for the file in messages. An xlsx read
   * from a stream is buffered by POI, so prefer {@link #read(Path)} for large workbooks.
   *
   * @throws IOException when the stream cannot be read
   */
  public ActivityImport read(String name, InputStream in, TableFormat format) throws IOException {
    return read(name, in, format, null);
  }

  /**
   * Reads a stream as above but hands each valid record, with its place, to {@code each} as soon as
   * it is read instead of keeping it (null: keep them): the import that comes back has the problems
   * and no records. A caller that stores what it is handed must still reject the whole file when
   * the import has errors (they may come after records it was handed).
   *
   * @throws IOException when the stream cannot be read
   */
  public ActivityImport read(
      String name, InputStream in, TableFormat format, BiConsumer<ActivityRecord, Place> each)
      throws IOException {
    ActivityRows rows = new ActivityRows(name, classification, regions, each);
    TableReader.read(name, in, format, ACTIVITY_SHEETS, rows);
    return rows.result();
  }

  /**
   * Reads a JSON array of records with the file's columns as keys, through the same checks as a
   * file: numbers as the JSON gave them, each problem at {@code record N} (row N, 1-based).
   */
  public ActivityImport read(List<? extends Map<String, ?>> records) {
    ActivityRows rows = new ActivityRows("request body", classification, regions);
    TableReader.json(records, rows);
    return rows.result();
  }
}

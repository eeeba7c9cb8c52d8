package org.cocontrol.io;

import java.util.ArrayList;
import java.util.List;
import org.cocontrol.core.text.Message;
import org.cocontrol.io.ImportProblem.Severity;

/**
 * Collects the problems of one import, in the order they were found; every message is given in
 * Chinese and English.
 */
final class Problems {

  private final List<ImportProblem> list = new ArrayList<>();

  void error(Place where, String column, String value, String zh, String en) {
    list.add(
        new ImportProblem(
            Severity.ERROR, where.location(), where.row(), column, value, zh + " / " + en));
  }

  void error(Place where, String column, String value, Message message) {
    error(where, column, value, message.zh(), message.en());
  }

  void warning(Place where, String column, String value, String zh, String en) {
    list.add(
        new ImportProblem(
            Severity.WARNING, where.location(), where.row(), column, value, zh + " / " + en));
  }

  boolean hasErrors() {
    return list.stream().anyMatch(ImportProblem::isError);
  }

  List<ImportProblem> list() {
    return list;
  }
}

package org.cocontrol.io;

import java.util.ArrayList;
import java.util.List;
import org.cocontrol.io.ImportProblem.Severity;

/** Collects the problems of one import, in the order they were found; every message is given in Chinese and English. */
final class Problems {

  private final List<ImportProblem> list = new ArrayList<>();

  void error(String location, String column, String value, String zh, String en) {
    list.add(new ImportProblem(Severity.ERROR, location, column, value, zh + " / " + en));
  }

  void warning(String location, String column, String value, String zh, String en) {
    list.add(new ImportProblem(Severity.WARNING, location, column, value, zh + " / " + en));
  }

  List<ImportProblem> list() {
    return list;
  }
}

package org.cocontrol.core.parameter;

import java.util.Objects;

/**
 * Where a value was published: the document (title and number) and the table or section within it.
 */
public record Citation(String document, String reference) {

  public Citation {
    Objects.requireNonNull(document, "document");
    if (document.isBlank()) {
      throw new IllegalArgumentException("a citation needs a document");
    }
    reference = reference == null ? "" : reference;
  }

  public static Citation of(String document, String reference) {
    return new Citation(document, reference);
  }

  @Override
  public String toString() {
    return reference.isEmpty() ? document : document + ", " + reference;
  }
}

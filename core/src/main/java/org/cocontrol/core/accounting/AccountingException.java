package org.cocontrol.core.accounting;

/** A record that cannot be accounted; {@link #field()} names the column at fault. */
public final class AccountingException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String field;

  public AccountingException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}

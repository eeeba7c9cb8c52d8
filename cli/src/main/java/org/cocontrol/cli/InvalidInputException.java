package org.cocontrol.cli;

/** Input the user must fix; its message already says what and where. Exits with code 2. */
final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InvalidInputException(String message) {
    super(message);
  }
}

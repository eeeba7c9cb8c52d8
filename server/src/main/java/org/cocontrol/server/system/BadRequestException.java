package org.cocontrol.server.system;

import org.springframework.http.HttpStatus;

/**
 * A request the caller must change; carries the status (400, 403, 404) and the error body to send.
 */
public final class BadRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final HttpStatus status;
  private final transient ApiError error;

  public BadRequestException(HttpStatus status, ApiError error) {
    super(error.message());
    this.status = status;
    this.error = error;
  }

  public static BadRequestException notFound(String what) {
    return new BadRequestException(
        HttpStatus.NOT_FOUND, ApiError.of(Messages.text("error.notFound", what)));
  }

  public static BadRequestException forbidden(String why) {
    return new BadRequestException(
        HttpStatus.FORBIDDEN, ApiError.of(Messages.text("error.forbidden", why)));
  }

  public static BadRequestException invalid(String why) {
    return new BadRequestException(HttpStatus.BAD_REQUEST, ApiError.of(why));
  }

  public HttpStatus status() {
    return status;
  }

  public ApiError error() {
    return error;
  }
}

package org.cocontrol.server.system;

import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns every request the server cannot take into a 4xx answer with an {@link ApiError} body in
 * Chinese and English that names the field: Spring MVC's own exceptions (unreadable JSON, a wrong
 * type, a missing parameter or part, an unsupported media type, a method not allowed, an upload
 * over the size limit) keep the status Spring gives them, and a broken multipart body is a 400
 * instead of the 500 it would otherwise be.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(BadRequestException.class)
  ResponseEntity<ApiError> badRequest(BadRequestException e) {
    return ResponseEntity.status(e.status()).body(e.error());
  }

  /**
   * A code path that checks its input by parsing it (a code list, a period): the message says what
   * was wrong.
   */
  /**
   * No database connection within the pool's wait (every pooled connection busy, as at a reporting
   * deadline): a 503 with {@code Retry-After}, which says "try again shortly", not a 500 that reads
   * as a fault. Any other database failure stays a 500.
   */
  @ExceptionHandler({
    CannotCreateTransactionException.class,
    CannotGetJdbcConnectionException.class,
    org.jooq.exception.DataAccessException.class
  })
  ResponseEntity<ApiError> busy(RuntimeException e) {
    if (!noConnection(e)) {
      throw e;
    }
    log.warn("no database connection in time: {}", e.getMessage());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, "5")
        .body(ApiError.of(Messages.text("error.busy")));
  }

  /** True when the failure is a connection the pool could not give in time. */
  static boolean noConnection(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return e instanceof CannotCreateTransactionException
        || e instanceof CannotGetJdbcConnectionException;
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<ApiError> invalid(IllegalArgumentException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .body(ApiError.of(Messages.text("error.badRequest", e.getMessage())));
  }

  /**
   * No boundary, a truncated part, a header the parser refuses: the body is not multipart at all.
   */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ApiError> multipart(MultipartException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .body(
            new ApiError(
                Messages.text("error.multipart"),
                List.of(new ApiError.Problem(null, "file", "file", null, reason(e)))));
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String limit =
        e.getMaxUploadSize() > 0 ? " (" + e.getMaxUploadSize() / (1024 * 1024) + " MB)" : "";
    return body(
        HttpStatus.PAYLOAD_TOO_LARGE,
        Messages.text("error.tooLarge", limit),
        "file",
        null,
        Messages.text("error.fileTooLarge"));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String field = e.getCause() instanceof JacksonException j ? field(j) : "";
    String why = e.getCause() instanceof JacksonException j ? j.getOriginalMessage() : reason(e);
    if (e.getCause() == null
        && e.getMessage() != null
        && e.getMessage().startsWith("Required request body is missing")) {
      why = Messages.text("error.bodyMissing");
    }
    return body(
        HttpStatus.BAD_REQUEST,
        field.isEmpty()
            ? Messages.text("error.bodyUnreadable")
            // Written with a space before the slash since the first version; the web splits on " /
            // " either way.
            : Messages.zh("error.bodyUnreadableField", field)
                + " / "
                + Messages.en("error.bodyUnreadableField", field),
        field.isEmpty() ? "body" : field,
        null,
        why);
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String name =
        e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
    String type = e.getRequiredType() == null ? "" : e.getRequiredType().getSimpleName();
    String[] expected =
        switch (type) {
          case "int", "Integer", "long", "Long" ->
              new String[] {Messages.zh("type.integer"), Messages.en("type.integer")};
          case "double", "Double" ->
              new String[] {Messages.zh("type.number"), Messages.en("type.number")};
          default -> new String[] {type, type};
        };
    return body(
        HttpStatus.BAD_REQUEST,
        Messages.zh("error.parameterType", name, expected[0])
            + " / "
            + Messages.en("error.parameterType", name, expected[1]),
        name,
        String.valueOf(e.getValue()),
        Messages.zh("error.mustBe", expected[0])
            + " / "
            + Messages.en("error.mustBe", expected[1]));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return body(
        HttpStatus.BAD_REQUEST,
        Messages.text("error.parameterMissing", e.getParameterName()),
        e.getParameterName(),
        null,
        Messages.text("error.required"));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestPart(
      MissingServletRequestPartException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return body(
        HttpStatus.BAD_REQUEST,
        Messages.text("error.partMissing", e.getRequestPartName()),
        e.getRequestPartName(),
        null,
        Messages.text("error.required"));
  }

  /** Every other Spring MVC exception: its own status, with our body instead of a ProblemDetail. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (status.is5xxServerError()) {
      log.error("request failed", e);
      return ResponseEntity.status(status)
          .headers(headers)
          .body(ApiError.of(Messages.text("error.internal")));
    }
    String key =
        switch (status.value()) {
          case 404 -> "error.notFound";
          case 405 -> "error.methodNotAllowed";
          case 406 -> "error.notAcceptable";
          case 415 -> "error.unsupportedMediaType";
          default -> "error.badRequest";
        };
    return ResponseEntity.status(status)
        .headers(headers)
        .body(ApiError.of(Messages.text(key, reason(e))));
  }

  private static ResponseEntity<Object> body(
      HttpStatus status, String message, String field, String value, String why) {
    return ResponseEntity.status(status)
        .body(new ApiError(message, List.of(new ApiError.Problem(null, field, field, value, why))));
  }

  /** The JSON path of the value Jackson stopped at: {@code points[2].year}, {@code year}. */
  private static String field(JacksonException e) {
    return e.getPath().stream()
        .map(
            r ->
                r.getPropertyName() != null
                    ? "." + r.getPropertyName()
                    : r.getIndex() >= 0 ? "[" + r.getIndex() + "]" : "")
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }

  /** The exception's own message without the class names and stack a client has no use for. */
  private static String reason(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.length() > 300 ? m.substring(0, 300) + "…" : m;
  }
}

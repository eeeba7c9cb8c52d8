package org.cocontrol.server.system;

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
 * Turns every request the server cannot take into a 4xx answer with an {@link ApiError} body in Chinese and English
 * that names the field: Spring MVC's own exceptions (unreadable JSON, a wrong type, a missing parameter or part, an
 * unsupported media type, a method not allowed, an upload over the size limit) keep the status Spring gives them,
 * and a broken multipart body is a 400 instead of the 500 it would otherwise be.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(BadRequestException.class)
  ResponseEntity<ApiError> badRequest(BadRequestException e) {
    return ResponseEntity.status(e.status()).body(e.error());
  }

  /** A code path that checks its input by parsing it (a code list, a period): the message says what was wrong. */
  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<ApiError> invalid(IllegalArgumentException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(ApiError.of("请求有误 / bad request: " + e.getMessage()));
  }

  /** No boundary, a truncated part, a header the parser refuses: the body is not multipart at all. */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ApiError> multipart(MultipartException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new ApiError("文件上传请求格式错误（multipart 正文无法解析）/ malformed upload: the multipart"
        + " body cannot be parsed", List.of(new ApiError.Problem(null, "file", "file", null, reason(e)))));
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    String limit = e.getMaxUploadSize() > 0 ? " (" + e.getMaxUploadSize() / (1024 * 1024) + " MB)" : "";
    return body(HttpStatus.PAYLOAD_TOO_LARGE, "文件超过大小上限" + limit + " / the upload is larger than allowed" + limit, "file", null,
        "文件过大 / file too large");
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    String field = e.getCause() instanceof JacksonException j ? field(j) : "";
    String why = e.getCause() instanceof JacksonException j ? j.getOriginalMessage() : reason(e);
    if (e.getCause() == null && e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")) {
      why = "缺少请求正文 / the request body is missing";
    }
    return body(HttpStatus.BAD_REQUEST, "请求正文无法读取" + (field.isEmpty() ? "" : "（字段 " + field + "）") + " / the request body cannot be read"
        + (field.isEmpty() ? "" : " (field " + field + ")"), field.isEmpty() ? "body" : field, null, why);
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
    String type = e.getRequiredType() == null ? "" : e.getRequiredType().getSimpleName();
    String[] expected = switch (type) {
      case "int", "Integer", "long", "Long" -> new String[] {"范围内的整数", "a whole number in range"};
      case "double", "Double" -> new String[] {"数值", "a number"};
      default -> new String[] {type, type};
    };
    return body(HttpStatus.BAD_REQUEST, "参数 " + name + " 应为" + expected[0] + " / parameter " + name + " must be " + expected[1], name,
        String.valueOf(e.getValue()), "应为" + expected[0] + " / must be " + expected[1]);
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    return body(HttpStatus.BAD_REQUEST, "缺少参数 " + e.getParameterName() + " / parameter " + e.getParameterName() + " is required",
        e.getParameterName(), null, "必填 / required");
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    return body(HttpStatus.BAD_REQUEST, "缺少上传文件字段 " + e.getRequestPartName() + " / the multipart field " + e.getRequestPartName()
        + " is required", e.getRequestPartName(), null, "必填 / required");
  }

  /** Every other Spring MVC exception: its own status, with our body instead of a ProblemDetail. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    if (status.is5xxServerError()) {
      log.error("request failed", e);
      return ResponseEntity.status(status).headers(headers).body(ApiError.of("服务器内部错误 / internal server error"));
    }
    String zh = switch (status.value()) {
      case 404 -> "未找到 / not found";
      case 405 -> "不支持该请求方法 / method not allowed";
      case 406 -> "无法按所要求的格式回答 / not acceptable";
      case 415 -> "不支持该内容类型 / unsupported content type";
      default -> "请求有误 / bad request";
    };
    return ResponseEntity.status(status).headers(headers).body(ApiError.of(zh + ": " + reason(e)));
  }

  private static ResponseEntity<Object> body(HttpStatus status, String message, String field, String value, String why) {
    return ResponseEntity.status(status).body(new ApiError(message, List.of(new ApiError.Problem(null, field, field, value, why))));
  }

  /** The JSON path of the value Jackson stopped at: {@code points[2].year}, {@code year}. */
  private static String field(JacksonException e) {
    return e.getPath().stream().map(r -> r.getPropertyName() != null ? "." + r.getPropertyName() : r.getIndex() >= 0 ? "[" + r.getIndex() + "]"
        : "").collect(Collectors.joining()).replaceFirst("^\\.", "");
  }

  /** The exception's own message without the class names and stack a client has no use for. */
  private static String reason(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.length() > 300 ? m.substring(0, 300) + "…" : m;
  }
}

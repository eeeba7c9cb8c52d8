package org.cocontrol.server.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Turns bad requests into 400 answers with a clear message instead of a stack trace. */
@RestControllerAdvice
class ApiExceptionHandler {

  @ExceptionHandler(BadRequestException.class)
  ResponseEntity<ApiError> badRequest(BadRequestException e) {
    return ResponseEntity.status(e.status()).body(e.error());
  }

  @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
      MethodArgumentTypeMismatchException.class, IllegalArgumentException.class})
  ResponseEntity<ApiError> invalid(Exception e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(ApiError.of("请求有误 / bad request: " + e.getMessage()));
  }
}

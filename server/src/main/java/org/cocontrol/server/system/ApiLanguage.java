package org.cocontrol.server.system;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Writes every error answer ({@link ApiError}) in the language the request asks for with {@code
 * Accept-Language} ({@link Messages#requested}): the message and each problem's message. Without
 * the header the answer keeps both languages.
 */
@ControllerAdvice
class ApiLanguage implements ResponseBodyAdvice<Object> {

  @Override
  public boolean supports(
      MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public Object beforeBodyWrite(
      Object body,
      MethodParameter returnType,
      MediaType contentType,
      Class<? extends HttpMessageConverter<?>> converterType,
      ServerHttpRequest request,
      ServerHttpResponse response) {
    if (!(body instanceof ApiError error)) {
      return body;
    }
    Optional<Locale> wanted =
        Messages.requested(request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
    return wanted.map(l -> in(error, l)).orElse(error);
  }

  static ApiError in(ApiError error, Locale locale) {
    List<ApiError.Problem> problems =
        error.errors() == null
            ? null
            : error.errors().stream()
                .map(
                    p ->
                        new ApiError.Problem(
                            p.row(),
                            p.column(),
                            p.location(),
                            p.value(),
                            Messages.half(p.message(), locale)))
                .toList();
    return new ApiError(Messages.half(error.message(), locale), problems);
  }
}

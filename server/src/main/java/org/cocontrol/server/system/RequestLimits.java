package org.cocontrol.server.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks every query parameter, path segment and uploaded file name against {@link TextLimits}
 * before a controller sees it, so no endpoint needs to remember to (JSON bodies are checked by
 * {@link BodyLimits}).
 */
@Configuration(proxyBeanMethods = false)
class RequestLimits implements WebMvcConfigurer, HandlerInterceptor {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**");
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    List<ApiError.Problem> problems = new ArrayList<>();
    request
        .getParameterMap()
        .forEach(
            (name, values) -> {
              add(problems, TextLimits.name("parameter name", name, TextLimits.PARAMETER_MAX));
              for (String v : values) {
                add(problems, TextLimits.name(name, v, TextLimits.PARAMETER_MAX));
              }
            });
    if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
        instanceof Map<?, ?> path) {
      path.forEach(
          (name, value) ->
              add(
                  problems,
                  TextLimits.name(
                      String.valueOf(name), String.valueOf(value), TextLimits.PARAMETER_MAX)));
    }
    if (request instanceof MultipartHttpServletRequest multipart) {
      for (Map.Entry<String, List<MultipartFile>> e : multipart.getMultiFileMap().entrySet()) {
        for (MultipartFile f : e.getValue()) {
          add(
              problems,
              TextLimits.name(e.getKey(), f.getOriginalFilename(), TextLimits.FILE_NAME_MAX));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw TextLimits.rejected(problems);
    }
    return true;
  }

  private static void add(List<ApiError.Problem> problems, ApiError.Problem p) {
    if (p != null) {
      problems.add(p);
    }
  }
}

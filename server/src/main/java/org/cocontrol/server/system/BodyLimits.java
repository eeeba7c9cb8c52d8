package org.cocontrol.server.system;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Walks every JSON body once it is read: each string (values and map keys) within {@link
 * TextLimits} — the record component's {@link MaxLength} or {@link TextLimits#BODY_MAX} — and no
 * null element in a list ({@code [null]}), which no endpoint can use. Every problem is listed with
 * its path ({@code points[2]}, {@code [3].note}).
 */
@ControllerAdvice
class BodyLimits extends RequestBodyAdviceAdapter {

  /** Enough to show what is wrong without echoing a whole bad body back. */
  private static final int MOST_PROBLEMS = 50;

  @Override
  public boolean supports(
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public Object afterBodyRead(
      Object body,
      HttpInputMessage input,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    List<ApiError.Problem> problems = new ArrayList<>();
    if (body instanceof List<?> list) {
      for (int i = 0; i < list.size() && problems.size() < MOST_PROBLEMS; i++) {
        element(list.get(i), i + 1, "[" + i + "]", problems);
      }
    } else {
      walk(body, null, "", TextLimits.BODY_MAX, problems);
    }
    if (!problems.isEmpty()) {
      throw TextLimits.rejected(problems);
    }
    return body;
  }

  private static void element(
      Object value, Integer row, String path, List<ApiError.Problem> problems) {
    if (value == null) {
      problems.add(new ApiError.Problem(row, path, path, null, Messages.text("error.nullElement")));
    } else {
      walk(value, row, path, TextLimits.BODY_MAX, problems);
    }
  }

  private static void walk(
      Object value, Integer row, String path, int max, List<ApiError.Problem> problems) {
    if (value == null || problems.size() >= MOST_PROBLEMS) {
      return;
    }
    if (value instanceof String s) {
      ApiError.Problem p = TextLimits.text(row, path.isEmpty() ? "body" : path, s, max);
      if (p != null) {
        problems.add(p);
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = String.valueOf(e.getKey());
        walk(key, row, join(path, "(key)"), TextLimits.PARAMETER_MAX, problems);
        walk(
            e.getValue(),
            row,
            join(path, key.length() > 40 ? key.substring(0, 40) + "…" : key),
            TextLimits.BODY_MAX,
            problems);
      }
    } else if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        element(item, row, path + "[" + i++ + "]", problems);
      }
    } else if (value.getClass().isRecord()) {
      for (RecordComponent c : value.getClass().getRecordComponents()) {
        MaxLength limit = c.getAnnotation(MaxLength.class);
        walk(
            read(c, value),
            row,
            join(path, c.getName()),
            limit == null ? TextLimits.BODY_MAX : limit.value(),
            problems);
      }
    }
  }

  private static Object read(RecordComponent c, Object record) {
    try {
      Method accessor = c.getAccessor();
      accessor.setAccessible(true);
      return accessor.invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + c, e);
    }
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}

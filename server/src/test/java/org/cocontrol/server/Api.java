package org.cocontrol.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for API tests: JSON in and out, bearer tokens, multipart uploads. */
final class Api {

  record Response(int status, JsonNode json, String body, java.net.http.HttpHeaders headers) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  private final String from;

  Api(int port) {
    this(port, null);
  }

  /**
   * A client whose requests come from another loopback address ({@code 127.0.0.2} …), which the
   * server sees as another client. Such a client sends JSON only ({@link #postJson}), over HTTP/1.0
   * on a socket bound to that address.
   */
  Api(int port, String from) {
    this.base = "http://127.0.0.1:" + port;
    this.from = from;
  }

  Response get(String path, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
    return send(auth(b, token));
  }

  /** A GET asking for one language ({@code Accept-Language}). */
  Response getWithLanguage(String path, String token, String language) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).GET().header("Accept-Language", language);
    return send(auth(b, token));
  }

  Response postJson(String path, Object body, String token) {
    if (from != null) {
      return rawFrom(
          "POST",
          path,
          "application/json",
          JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8),
          token);
    }
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    return send(auth(b, token));
  }

  Response putJson(String path, Object body, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    return send(auth(b, token));
  }

  Response delete(String path, String token) {
    return send(auth(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), token));
  }

  /** POSTs JSON and returns the raw answer, for file downloads. */
  HttpResponse<byte[]> postForBytes(String path, Object body, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    try {
      return http.send(auth(b, token).build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GETs the raw answer, for file downloads. */
  HttpResponse<byte[]> getBytes(String path, String token) {
    try {
      return http.send(
          auth(HttpRequest.newBuilder(URI.create(base + path)).GET(), token).build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Response upload(String path, String fileName, byte[] content, String token) {
    return upload(path, "file", fileName, content, token);
  }

  /**
   * Any method with any body and content type (null for none), for requests a well-behaved client
   * would not send.
   */
  Response raw(String method, String path, String contentType, byte[] body, String token) {
    if (from != null) {
      return rawFrom(method, path, contentType, body, token);
    }
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(auth(b, token));
  }

  /** A multipart upload with the field name, file name and content given. */
  Response upload(String path, String field, String fileName, byte[] content, String token) {
    String boundary = "----cocontrol" + UUID.randomUUID();
    return raw(
        "POST",
        path,
        "multipart/form-data; boundary=" + boundary,
        multipart(boundary, field, fileName, content),
        token);
  }

  /** A multipart body of one file part. */
  static byte[] multipart(String boundary, String field, String fileName, byte[] content) {
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + field
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(content, 0, all, head.length, content.length);
    System.arraycopy(tail, 0, all, head.length + content.length, tail.length);
    return all;
  }

  String login(String user, String password) {
    Response r =
        postJson(
            "/api/v1/auth/login", java.util.Map.of("username", user, "password", password), null);
    if (r.status() != 200) {
      throw new IllegalStateException("login failed: " + r.status() + " " + r.body());
    }
    return r.json().get("token").asString();
  }

  /**
   * HTTP/1.0 by hand, since java.net.http cannot choose the local address before Java 19; the
   * answer ends with the connection.
   */
  private Response rawFrom(
      String method, String path, String contentType, byte[] body, String token) {
    URI uri = URI.create(base + path);
    byte[] content = body == null ? new byte[0] : body;
    try (java.net.Socket socket = new java.net.Socket()) {
      socket.bind(new java.net.InetSocketAddress(from, 0));
      socket.connect(new java.net.InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
      String head =
          method
              + " "
              + uri.getRawPath()
              + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
              + " HTTP/1.0\r\nHost: "
              + uri.getHost()
              + (contentType == null ? "" : "\r\nContent-Type: " + contentType)
              + (token == null ? "" : "\r\nAuthorization: Bearer " + token)
              + "\r\nContent-Length: "
              + content.length
              + "\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().write(content);
      socket.getOutputStream().flush();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int split = answer.indexOf("\r\n\r\n");
      String[] lines = answer.substring(0, split).split("\r\n");
      java.util.Map<String, List<String>> headers =
          new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers
            .computeIfAbsent(lines[i].substring(0, colon).strip(), k -> new java.util.ArrayList<>())
            .add(lines[i].substring(colon + 1).strip());
      }
      String text = answer.substring(split + 4);
      JsonNode node = text.startsWith("{") || text.startsWith("[") ? JSON.readTree(text) : null;
      return new Response(
          Integer.parseInt(lines[0].split(" ")[1]),
          node,
          text,
          java.net.http.HttpHeaders.of(headers, (a, b) -> true));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static HttpRequest.Builder auth(HttpRequest.Builder b, String token) {
    return token == null ? b : b.header("Authorization", "Bearer " + token);
  }

  private Response send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r =
          http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      JsonNode json = null;
      if (r.body() != null
          && !r.body().isBlank()
          && (r.body().startsWith("{") || r.body().startsWith("["))) {
        json = JSON.readTree(r.body());
      }
      return new Response(r.statusCode(), json, r.body(), r.headers());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

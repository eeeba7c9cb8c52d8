package org.cocontrol.server.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.cocontrol.server.system.ApiError;
import org.cocontrol.server.system.BadRequestException;
import org.springframework.http.HttpStatus;

/**
 * The evidence files a task report may carry, recognised from their content, never from the name or
 * the browser's word: the leading bytes (POI's {@link FileMagic}) say PDF, PNG, JPEG, GIF, a zip or
 * an OLE2 container; a zip's directory (read without inflating anything) tells Word, Excel and
 * PowerPoint documents and OFD apart; an OLE2 container's directory tells .doc, .xls and .ppt
 * apart; text must decode as UTF-8 or GB18030 without control characters. The name's extension must
 * agree with what the content is, and the stored content type is the checked one.
 */
final class EvidenceFiles {

  /** An accepted file: its name as stored and the content type it is served with. */
  record Checked(String fileName, String contentType) {}

  /** An accepted kind: its extensions and content type. */
  private enum Kind {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    GIF("image/gif", "gif"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    OFD("application/ofd", "ofd"),
    ZIP("application/zip", "zip"),
    DOC("application/msword", "doc"),
    XLS("application/vnd.ms-excel", "xls"),
    PPT("application/vnd.ms-powerpoint", "ppt"),
    TEXT("text/plain", "txt"),
    CSV("text/csv", "csv");

    final String contentType;
    final List<String> extensions;

    Kind(String contentType, String... extensions) {
      this.contentType = contentType;
      this.extensions = List.of(extensions);
    }

    static Kind byExtension(String extension) {
      for (Kind k : values()) {
        if (k.extensions.contains(extension)) {
          return k;
        }
      }
      return null;
    }
  }

  static final String ALLOWED = "pdf、png、jpg、gif、doc(x)、xls(x)、ppt(x)、txt、csv、zip、ofd";

  private EvidenceFiles() {}

  /**
   * The file's kind from its content, checked against its name; a 400 naming {@code file}
   * otherwise.
   */
  static Checked check(String originalName, byte[] content) {
    String name =
        originalName == null
            ? ""
            : originalName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
    int dot = name.lastIndexOf('.');
    Kind declared =
        dot < 0 ? null : Kind.byExtension(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    if (declared == null || dot == 0) {
      throw refused(
          name, "附件类型不支持，可上传 " + ALLOWED + " / unsupported evidence type; allowed: " + ALLOWED);
    }
    Kind actual;
    String charset = null;
    try {
      actual =
          switch (FileMagic.valueOf(content)) {
            case PDF -> Kind.PDF;
            case PNG -> Kind.PNG;
            case JPEG -> Kind.JPEG;
            case GIF -> Kind.GIF;
            case OOXML -> zipKind(content);
            case OLE2 -> oleKind(content);
            default -> null;
          };
      if (actual == null && (declared == Kind.TEXT || declared == Kind.CSV)) {
        charset = textCharset(content);
        actual = charset == null ? null : declared;
      }
    } catch (IOException | RuntimeException e) {
      // a container whose directory cannot be read is a damaged file, whatever its first bytes
      // promise
      throw refused(name, "文件已损坏，无法识别其内容 / the file is damaged: its content cannot be recognised");
    }
    if (actual == null) {
      throw refused(
          name,
          "文件内容不是允许的类型（" + ALLOWED + "）/ the content is not an allowed type (" + ALLOWED + ")");
    }
    if (actual != declared) {
      throw refused(
          name,
          "文件内容是 "
              + actual.extensions.get(0)
              + "，与扩展名 ."
              + declared.extensions.get(0)
              + " 不符 / the content is "
              + actual.extensions.get(0)
              + ", not ."
              + declared.extensions.get(0));
    }
    return new Checked(
        name, charset == null ? actual.contentType : actual.contentType + ";charset=" + charset);
  }

  /** Word, Excel, PowerPoint or OFD by the parts a zip holds; any other zip is a plain zip. */
  private static Kind zipKind(byte[] content) throws IOException {
    Set<String> names = new HashSet<>();
    try (ZipFile zip =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
      for (ZipArchiveEntry e : java.util.Collections.list(zip.getEntries())) {
        names.add(e.getName());
      }
    }
    boolean ooxml = names.contains("[Content_Types].xml");
    if (ooxml && names.contains("word/document.xml")) {
      return Kind.DOCX;
    }
    if (ooxml && names.contains("xl/workbook.xml")) {
      return Kind.XLSX;
    }
    if (ooxml && names.contains("ppt/presentation.xml")) {
      return Kind.PPTX;
    }
    if (names.contains("OFD.xml")) {
      return Kind.OFD;
    }
    return Kind.ZIP;
  }

  /**
   * .doc, .xls or .ppt by the stream an OLE2 container holds; an encrypted Office file or another
   * OLE2 file is none of them.
   */
  private static Kind oleKind(byte[] content) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
      var root = fs.getRoot();
      if (root.hasEntry("WordDocument")) {
        return Kind.DOC;
      }
      if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
        return Kind.XLS;
      }
      if (root.hasEntry("PowerPoint Document")) {
        return Kind.PPT;
      }
      return null;
    }
  }

  /**
   * UTF-8 (with or without a byte-order mark) or GB18030 text without control characters; null when
   * it is neither.
   */
  private static String textCharset(byte[] content) {
    for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
      try {
        String text =
            cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(content))
                .toString();
        boolean clean =
            text.chars()
                .allMatch(c -> c >= 0x20 || c == '\t' || c == '\n' || c == '\r' || c == '\f');
        return clean ? cs.name() : null;
      } catch (CharacterCodingException e) {
        // try the next encoding
      }
    }
    return null;
  }

  private static BadRequestException refused(String name, String message) {
    return new BadRequestException(
        HttpStatus.BAD_REQUEST,
        new ApiError(message, List.of(new ApiError.Problem(null, "file", name, name, message))));
  }
}

package org.cocontrol.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The bundles have the same keys and the same placeholders, and render the texts the API has always
 * sent.
 */
class MessagesTests {

  @Test
  void bothBundlesHaveTheSameKeysAndPlaceholdersNoneEmpty() throws IOException {
    Properties zh = load("messages_zh.properties");
    Properties en = load("messages_en.properties");
    assertThat(zh.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
    for (String key : zh.stringPropertyNames()) {
      assertThat(zh.getProperty(key)).as(key).isNotBlank();
      assertThat(en.getProperty(key)).as(key).isNotBlank();
      // A Chinese text leaves the detail after the colon to the English half ("无权访问 / forbidden:
      // …").
      for (int i = 0; i < 3; i++) {
        if (zh.getProperty(key).contains("{" + i + "}")) {
          assertThat(en.getProperty(key)).as(key).contains("{" + i + "}");
        }
      }
    }
  }

  @Test
  void rendersTheBilingualTextsAsBefore() {
    assertThat(Messages.text("error.forbidden", "x / y")).isEqualTo("无权访问 / forbidden: x / y");
    assertThat(Messages.text("error.notFound", "upload 5")).isEqualTo("未找到 / not found: upload 5");
    assertThat(Messages.text("auth.throttled", 15))
        .isEqualTo("登录失败次数过多，请 15 分钟后再试 / too many failed logins, try again in 15 minute(s)");
    assertThat(Messages.text("error.pageRange"))
        .isEqualTo("页码超出范围（从 0 起）/ page is out of range (it starts at 0)");
    assertThat(Messages.text("error.controlCharacter", "0007", 3))
        .isEqualTo("含有控制字符 U+0007（第 3 个字符）/ contains the control character U+0007 at character 3");
    assertThat(Messages.text("access.regionOutside", "350400"))
        .isEqualTo("地区 350400 不在您的辖区 / region 350400 is outside your jurisdiction");
  }

  @Test
  void oneLanguageByLocaleChineseByDefault() {
    assertThat(Messages.in(Locale.ENGLISH, "auth.wrongPassword"))
        .isEqualTo("wrong username or password");
    assertThat(Messages.in(Locale.SIMPLIFIED_CHINESE, "auth.wrongPassword")).isEqualTo("用户名或密码错误");
    assertThat(Messages.in(Locale.GERMAN, "auth.wrongPassword")).isEqualTo("用户名或密码错误");
    assertThat(Messages.in(null, "auth.wrongPassword")).isEqualTo("用户名或密码错误");
  }

  @Test
  void aRequestAsksForChineseOrEnglishOrBoth() {
    assertThat(Messages.requested(null)).isEmpty();
    assertThat(Messages.requested(" ")).isEmpty();
    assertThat(Messages.requested("en-US,en;q=0.9")).contains(Locale.ENGLISH);
    assertThat(Messages.requested("zh-CN,zh;q=0.9,en;q=0.8")).contains(Locale.CHINESE);
    assertThat(Messages.requested("de-DE,en;q=0.5")).contains(Locale.ENGLISH);
    assertThat(Messages.requested("de-DE")).contains(Locale.CHINESE);
    assertThat(Messages.requested("*")).contains(Locale.CHINESE);
    assertThat(Messages.requested("not a ;;; list")).contains(Locale.CHINESE);
    assertThat(Messages.answer(null, "auth.required")).isEqualTo("需要登录 / authentication required");
    assertThat(Messages.answer("en", "auth.required")).isEqualTo("authentication required");
  }

  @Test
  void aBilingualTextSplitsAtTheFirstSeparatorAfterChinese() {
    assertThat(Messages.half("用户名或密码错误 / wrong username or password", Locale.ENGLISH))
        .isEqualTo("wrong username or password");
    assertThat(Messages.half("用户名或密码错误 / wrong username or password", Locale.CHINESE))
        .isEqualTo("用户名或密码错误");
    assertThat(
            Messages.half("页码超出范围（从 0 起）/ page is out of range (it starts at 0)", Locale.CHINESE))
        .isEqualTo("页码超出范围（从 0 起）");
    assertThat(
            Messages.half("页码超出范围（从 0 起）/ page is out of range (it starts at 0)", Locale.ENGLISH))
        .isEqualTo("page is out of range (it starts at 0)");
    // A slash before any Chinese is part of the text, not the separator.
    assertThat(Messages.half("a / b 中文 / english", Locale.ENGLISH)).isEqualTo("english");
    assertThat(Messages.half("a / b 中文 / english", Locale.CHINESE)).isEqualTo("a / b 中文");
    assertThat(Messages.half("only one language", Locale.CHINESE)).isEqualTo("only one language");
    assertThat(Messages.half(null, Locale.CHINESE)).isNull();
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream("/org/cocontrol/server/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}

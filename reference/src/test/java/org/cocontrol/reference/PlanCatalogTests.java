package org.cocontrol.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocontrol.core.plan.IndicatorKind;
import org.cocontrol.core.plan.Plan;
import org.cocontrol.core.plan.PlanIndicator;
import org.cocontrol.core.plan.PlanItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class PlanCatalogTests {

  /** A numbered heading at the start of a source line: 三、 （四） (四) 19. （1）, possibly in bold. */
  private static final Pattern NUMBERED =
      Pattern.compile(
          "^\\s*(\\*\\*)?\\s*([（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+\\s*、|[0-9]+\\s*[.．、]|[（(][0-9]+[）)])");

  private static PlanCatalog catalog;

  @BeforeAll
  static void load() {
    catalog = PlanCatalog.load();
  }

  /**
   * Counts read off the documents: Liaoning （一）–（二十八） in 8 chapters, tasks （四）–（二十八）; Henan tasks
   * 1.–28. plus the three 组织保障 items; Chongqing （一）–（二十八）, tasks （三）–（二十八）; Sanming （一）–（二十六）,
   * tasks （一）–（二十六） (（二十三）–（二十六） under 八、加强组织实施, as the other plans' 组织保障 items).
   */
  @ParameterizedTest
  @CsvSource({
    "liaoning-2023,  210000, 37, 25, 36",
    "henan-2023,     410000, 48, 31, 16",
    "chongqing-2023, 500000, 36, 26, 16",
    "sanming-2022,   350400, 35, 26, 15"
  })
  void each_plan_has_the_documents_items_tasks_and_indicators(
      String id, String adcode, int items, int tasks, int indicators) {
    Plan plan = catalog.plan(id).orElseThrow();
    assertThat(plan.jurisdiction()).isEqualTo(adcode);
    assertThat(plan.items()).hasSize(items);
    assertThat(plan.tasks()).hasSize(tasks);
    assertThat(plan.indicators()).hasSize(indicators);
  }

  @ParameterizedTest
  @CsvSource({"liaoning-2023", "henan-2023", "chongqing-2023", "sanming-2022"})
  void every_numbered_heading_of_the_source_is_an_item_at_its_line(String id) {
    Plan plan = catalog.plan(id).orElseThrow();
    String[] lines = PlanCatalog.sourceText(plan).split("\n", -1);
    List<Integer> headings = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (NUMBERED.matcher(lines[i]).find()) {
        headings.add(i + 1);
      }
    }
    List<PlanItem> numbered = plan.items().stream().filter(i -> !i.id().equals("0")).toList();
    assertThat(numbered).extracting(PlanItem::firstLine).containsExactlyElementsOf(headings);
    for (PlanItem item : numbered) {
      // the number exactly as the copy writes it, brackets included
      String line = lines[item.firstLine() - 1].replace("**", "").strip();
      assertThat(line)
          .as("%s %s line %d", id, item.id(), item.firstLine())
          .startsWith(item.number());
      assertThat(item.lastLine())
          .isGreaterThanOrEqualTo(item.firstLine())
          .isLessThanOrEqualTo(lines.length);
    }
  }

  @Test
  void every_stated_figure_is_in_the_sentence_it_came_from() {
    for (Plan plan : catalog.plans()) {
      for (PlanIndicator i : plan.indicators()) {
        assertThat(i.sourceText()).as(i.id()).isNotBlank();
        if (i.targetValue() == null) {
          assertThat(i.kind())
              .as(i.id() + " has no figure, so it must be inherited")
              .isEqualTo(IndicatorKind.INHERITED);
          continue;
        }
        String figure =
            java.math.BigDecimal.valueOf(i.targetValue()).stripTrailingZeros().toPlainString();
        boolean inWords =
            (i.targetValue() == 100 || i.targetValue() == 0)
                && i.sourceText().matches(".*(全面|全部|清零).*");
        assertThat(i.sourceText().contains(figure) || inWords)
            .as("%s: %s in «%s»", i.id(), figure, i.sourceText())
            .isTrue();
      }
    }
  }

  /**
   * Figures in the plan texts that are in no indicator's sentence because they are not targets:
   * thresholds and scopes of a measure, or names. Each is "plan item figure", with why.
   */
  private static final List<String> NOT_TARGETS =
      List.of(
          "liaoning-2023 4.8 14", // 能源、钢铁等14个重点行业: the scope of the 双超双有 audits
          "henan-2023 2.3.9 10", // 铸造（10吨/小时及以下）: the size of furnaces the measure covers
          "henan-2023 2.7.19 2.6", // 年排放2.6万吨当量二氧化碳: the reporting threshold
          "henan-2023 2.7.19 1", // 或年消耗1万吨标煤: the same threshold in energy
          "chongqing-2023 3.8 3", // 3吨以下叉车: the size of forklifts the measure covers
          "sanming-2022 4.5 433", // “433”产业新体系: a name
          "sanming-2022 7.22 5"); // 5G通信: a name

  /** A figure: digits with an optional decimal part, not inside a Latin token such as PM2.5. */
  private static final Pattern FIGURE = Pattern.compile("(?<![0-9.A-Za-z])[0-9]+(?:\\.[0-9]+)?");

  /**
   * The converse of the test above: every figure in the texts is in the sentence of some indicator
   * of its item, or is known not to be a target. Years (2025年), dates (12月1日) and document numbers
   * (〔2022〕42号) are no figures.
   */
  @Test
  void every_figure_of_the_texts_is_an_indicator_or_known_not_to_be_a_target() {
    List<String> unexplained = new ArrayList<>();
    List<String> notTargets = new ArrayList<>();
    for (Plan plan : catalog.plans()) {
      for (PlanItem item : plan.items()) {
        String text = item.title() + "\n" + item.text();
        List<int[]> sentences = new ArrayList<>();
        for (PlanIndicator i : plan.indicators()) {
          for (int at = i.itemId().equals(item.id()) ? text.indexOf(i.sourceText()) : -1;
              at >= 0;
              at = text.indexOf(i.sourceText(), at + 1)) {
            sentences.add(new int[] {at, at + i.sourceText().length()});
          }
        }
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
          char before = m.start() > 0 ? text.charAt(m.start() - 1) : ' ';
          char after = m.end() < text.length() ? text.charAt(m.end()) : ' ';
          int start = m.start();
          int end = m.end();
          if ("年月日号".indexOf(after) >= 0
              || before == '〔'
              || before == '['
              || sentences.stream().anyMatch(s -> s[0] <= start && end <= s[1])) {
            continue;
          }
          String key = plan.id() + " " + item.id() + " " + m.group();
          if (NOT_TARGETS.contains(key)) {
            notTargets.add(key);
          } else {
            unexplained.add(
                key
                    + " «"
                    + text.substring(Math.max(0, start - 15), Math.min(text.length(), end + 10))
                    + "»");
          }
        }
      }
    }
    assertThat(unexplained).as("figures in no indicator's sentence").isEmpty();
    assertThat(notTargets)
        .as("the list of figures that are no targets holds nothing stale")
        .containsExactlyInAnyOrderElementsOf(NOT_TARGETS);
  }

  @Test
  void texts_are_in_simplified_chinese() {
    // characters that only occur in traditional script, common in these two documents
    Pattern traditional = Pattern.compile("[們與進減協發動優環變經實體護點據]");
    for (String id : List.of("henan-2023", "chongqing-2023")) {
      Plan plan = catalog.plan(id).orElseThrow();
      for (PlanItem i : plan.items()) {
        assertThat(traditional.matcher(i.title() + i.text()).find())
            .as("%s %s", id, i.id())
            .isFalse();
      }
    }
    assertThat(catalog.plan("henan-2023").orElseThrow().title()).isEqualTo("河南省减污降碳协同增效行动方案");
  }

  @Test
  void departments_are_normalised_across_plans() {
    Map<String, String> ln = catalog.plan("liaoning-2023").orElseThrow().departments();
    Map<String, String> sm = catalog.plan("sanming-2022").orElseThrow().departments();
    assertThat(ln.get("省生态环境厅")).isEqualTo("ecology-environment");
    assertThat(sm.get("市生态环境局")).isEqualTo("ecology-environment");
    assertThat(catalog.plan("chongqing-2023").orElseThrow().departments())
        .containsEntry("市经济信息委", "industry-it");
    assertThat(catalog.departments()).containsKey("ecology-environment");
    Plan liaoning = catalog.plan("liaoning-2023").orElseThrow();
    long ecologyTasks =
        liaoning.tasks().stream().filter(t -> liaoning.involves(t, "ecology-environment")).count();
    assertThat(ecologyTasks).isPositive().isLessThanOrEqualTo(liaoning.tasks().size());
  }

  @Test
  void sanming_inherits_from_fujian() {
    Plan sanming = catalog.plan("sanming-2022").orElseThrow();
    assertThat(sanming.parentJurisdiction()).isEqualTo("350000");
    assertThat(sanming.indicators())
        .filteredOn(i -> i.kind() == IndicatorKind.INHERITED)
        .isNotEmpty()
        .allSatisfy(i -> assertThat(i.inheritsFrom()).isEqualTo("province"));
  }

  @Test
  void a_broken_plan_file_reports_every_problem_with_its_place() {
    String json =
        """
        {"id": "x", "jurisdiction": "210000", "departments": {"省厅": "no-such-code"},
         "items": [
           {"id": "1", "number": "一、", "parent": null, "title": "t", "text": "", "lines": [1, 1], "task": false},
           {"id": "1.1", "number": "（一）", "parent": "9", "title": "t", "text": "", "lines": [2, 2], "task": true,
            "theme": "weather", "lead": ["省厅"]},
           {"id": "1.2", "number": "（二）", "parent": "1", "title": "t", "text": "", "lines": [3, 3], "task": true,
            "theme": "air", "lead": [], "indicators": ["X-9"]}
         ],
         "indicators": [
           {"id": "X-1", "item": "1.2", "name": "n", "unit": "%", "kind": "upwards", "targetYear": 2025, "targetValue": 1},
           {"id": "X-2", "item": "1", "name": "n", "unit": "%", "kind": "keep_stable", "targetYear": 2025, "targetValue": 1}
         ]}
        """;
    List<String> problems = new ArrayList<>();
    Plan plan =
        PlanCatalog.parse(
            "x.json", JsonMapper.shared().readTree(json), catalog.departments().keySet(), problems);
    assertThat(plan).isNull();
    assertThat(problems)
        .anySatisfy(p -> assertThat(p).contains("x.json: department '省厅' maps to unknown code"))
        .anySatisfy(p -> assertThat(p).contains("item 1.1: parent 9"))
        .anySatisfy(p -> assertThat(p).contains("item 1.1: unknown theme 'weather'"))
        .anySatisfy(p -> assertThat(p).contains("item 1.2: a task needs a lead department"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("indicator X-1: item 1.2 does not exist or does not list it"))
        .anySatisfy(p -> assertThat(p).contains("indicator X-1: unknown indicator kind 'upwards'"))
        .anySatisfy(p -> assertThat(p).contains("indicator X-2: keep_stable needs a comparison"))
        .anySatisfy(p -> assertThat(p).contains("item 1.2: lists unknown indicator X-9"));
  }
}

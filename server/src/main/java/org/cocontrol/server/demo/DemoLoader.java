package org.cocontrol.server.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.io.Table;
import org.cocontrol.server.activity.Intake;
import org.cocontrol.server.permit.PermitRegistry;
import org.cocontrol.server.system.EmbeddedDurability;
import org.cocontrol.server.system.PublicAnswerCache;
import org.cocontrol.store.EnterpriseStore;
import org.cocontrol.store.MetaStore;
import org.cocontrol.store.RegionStore;
import org.cocontrol.store.TopDownStore;
import org.cocontrol.store.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database at start: takes any non-finite stored value out of the ledger (written
 * before intake refused them), then always the region tree and the demo users; once (remembered in
 * {@code app_meta}) the demo data unless {@code cocontrol.demo.enabled=false}. The demo users'
 * password is {@code COCONTROL_DEMO_PASSWORD} when set, otherwise generated when they are created
 * and printed once.
 */
@Component
class DemoLoader implements ApplicationRunner {

  static final String DEMO_KEY = "demo.release";
  static final String DEMO_RELEASE = "2026.11.1";
  static final String FINITE_KEY = "ledger.finite";

  /**
   * Facilities and permits came with issue 11: remembered apart from the demo release, so that a
   * database that loaded the demo before gets them once too.
   */
  static final String PERMITS_KEY = "demo.permits";

  static final String PERMITS_RELEASE = "2026.12.1";

  /** The 2023 reports in every state, made once after the facilities and permits they need. */
  static final String REPORTS_KEY = "demo.reports";

  static final String REPORTS_RELEASE = "2026.12.1";
  private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

  private final ReferenceData reference;
  private final Intake intake;
  private final PermitRegistry permits;
  private final DemoReports reports;
  private final RegionStore regions;
  private final EnterpriseStore enterprises;
  private final TopDownStore topDown;
  private final UserStore users;
  private final MetaStore meta;
  private final PasswordEncoder passwords;
  private final DemoStatus status;
  private final EmbeddedDurability durability;
  private final PublicAnswerCache answers;
  private final boolean enabled;
  private final String demoPassword;

  /** The enterprise the demo user {@code enterprise} reports for: a gas plant in 郑州市中原区. */
  static final String DEMO_ENTERPRISE = "GPPD-1061038";

  DemoLoader(
      ReferenceData reference,
      Intake intake,
      PermitRegistry permits,
      DemoReports reports,
      RegionStore regions,
      EnterpriseStore enterprises,
      TopDownStore topDown,
      UserStore users,
      MetaStore meta,
      PasswordEncoder passwords,
      DemoStatus status,
      EmbeddedDurability durability,
      PublicAnswerCache answers,
      @Value("${cocontrol.demo.enabled:true}") boolean enabled,
      @Value("${COCONTROL_DEMO_PASSWORD:}") String demoPassword) {
    this.reference = reference;
    this.intake = intake;
    this.permits = permits;
    this.reports = reports;
    this.regions = regions;
    this.enterprises = enterprises;
    this.topDown = topDown;
    this.users = users;
    this.meta = meta;
    this.passwords = passwords;
    this.status = status;
    this.durability = durability;
    this.answers = answers;
    this.enabled = enabled;
    this.demoPassword = demoPassword;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    // Once per database: intake has refused non-finite values since, so a later start has nothing
    // to find.
    if (meta.get(FINITE_KEY).isEmpty()) {
      List<Long> rejected = intake.rejectNonFinite();
      if (!rejected.isEmpty()) {
        log.warn(
            "took {} stored records with a value that is not a finite number out of the ledger (audited): activity ids {}",
            rejected.size(),
            rejected);
      }
      meta.put(FINITE_KEY, "checked");
    }
    int added = regions.saveMissing(reference.regions());
    if (added > 0) {
      log.info("stored {} GB/T 2260 regions", added);
    }
    if (enabled && meta.get(DEMO_KEY).isEmpty()) {
      long start = System.nanoTime();
      loadTopDown();
      int plants = loadEnterprises("/demo/enterprises.csv");
      int records =
          loadActivities("/demo/power_plants_activities.csv")
              + loadActivities("/demo/enterprise_activities.csv")
              + loadActivities("/demo/waste_activities.csv")
              + loadActivities("/demo/product_use_activities.csv");
      meta.put(DEMO_KEY, DEMO_RELEASE);
      log.info(
          "demo data loaded: {} enterprises/facilities, {} activity records, {} top-down rows in {} ms",
          plants,
          records,
          topDown.count(),
          (System.nanoTime() - start) / 1_000_000);
    }
    if (enabled && meta.get(PERMITS_KEY).isEmpty() && meta.get(DEMO_KEY).isPresent()) {
      PermitRegistry.Loaded loaded =
          permits.loadShipped("/demo/facilities.csv", "/demo/permits.csv");
      meta.put(PERMITS_KEY, PERMITS_RELEASE);
      log.info(
          "demo facilities of {} enterprises and {} permit versions of {} enterprises loaded",
          loaded.facilityEnterprises(),
          loaded.permitVersions(),
          loaded.permitEnterprises());
    }
    // after the users: the verifier the reports are assigned to must exist
    users();
    if (enabled && meta.get(REPORTS_KEY).isEmpty() && meta.get(PERMITS_KEY).isPresent()) {
      int n = reports.load(java.time.LocalDate.now(java.time.ZoneOffset.UTC));
      meta.put(REPORTS_KEY, REPORTS_RELEASE);
      log.info("demo: {} reports of {} in every state", n, DemoReports.YEAR);
    }
    // the start-up writes above are not in transactions: on the embedded database, write them out
    // before saying ready
    durability.flush();
    answers.invalidate();
    status.ready();
  }

  private void loadTopDown() throws IOException {
    List<TopDownStore.Row> rows = new ArrayList<>();
    for (Table.Row r : csv("/demo/ceads_province.csv.gz")) {
      rows.add(
          new TopDownStore.Row(
              adcode(r.get("adcode")),
              Integer.parseInt(r.get("year")),
              r.get("sector"),
              r.get("fuel"),
              r.number("co2_t", true),
              "ceads-province"));
    }
    for (Table.Row r : csv("/demo/ceads_city.csv")) {
      rows.add(
          new TopDownStore.Row(
              adcode(r.get("adcode")),
              Integer.parseInt(r.get("year")),
              "Total",
              "Scope 1 Total",
              r.number("co2_t", true),
              "ceads-city"));
    }
    topDown.saveAll(rows);
  }

  private int loadEnterprises(String path) throws IOException {
    int n = 0;
    for (Table.Row r : csv(path)) {
      enterprises.save(
          new EnterpriseStore.Enterprise(
              null,
              r.get("id"),
              blank(r.get("credit_code")),
              r.get("name_zh"),
              r.get("name_en"),
              r.get("industry_gbt4754"),
              adcode(r.get("adcode")),
              r.get("park"),
              r.number("lat", false),
              r.number("lon", false),
              blank(r.get("permit_number")),
              yes(r.get("key_emitter")),
              yes(r.get("key_polluter")),
              yes(r.get("synthetic")),
              r.get("source")));
      n++;
    }
    return n;
  }

  /** Through intake, like any upload: the same reader, checks, accounting and audit. */
  private int loadActivities(String path) throws IOException {
    if (DemoLoader.class.getResource(path) == null) {
      log.warn("demo file {} is missing", path);
      return 0;
    }
    return intake.loadShipped(path);
  }

  /** A demo authority of one jurisdiction. */
  record Authority(String username, Adcode jurisdiction, String displayName) {}

  /** One authority per plan jurisdiction besides the national one. */
  static final List<Authority> JURISDICTIONS =
      List.of(
          new Authority("authority-liaoning", Adcode.of(210000), "辽宁省生态环境厅（演示）"),
          new Authority("authority-henan", Adcode.of(410000), "河南省生态环境厅（演示）"),
          new Authority("authority-chongqing", Adcode.of(500000), "重庆市生态环境局（演示）"),
          new Authority("authority-sanming", Adcode.of(350400), "三明市生态环境局（演示）"));

  /**
   * The demo users: the national authority, one for each plan jurisdiction, an enterprise, the
   * public and two verifiers. Missing ones are created; existing ones keep their password unless
   * COCONTROL_DEMO_PASSWORD says otherwise.
   */
  private void users() {
    // The demo enterprise is one named plant (the README names its code), not whichever sorts first
    // by name.
    EnterpriseStore.Registration plant = enterprises.registrations().get(DEMO_ENTERPRISE);
    Long demoEnterprise =
        plant != null
            ? Long.valueOf(plant.id())
            : enterprises.search(null, Adcode.NATION, null, 0, 1).items().stream()
                .map(EnterpriseStore.Enterprise::id)
                .findFirst()
                .orElse(null);
    List<UserStore.User> wanted = new ArrayList<>();
    wanted.add(
        new UserStore.User(
            null, "authority", null, "AUTHORITY", Adcode.NATION, null, "生态环境部门（演示）"));
    for (Authority a : JURISDICTIONS) {
      wanted.add(
          new UserStore.User(
              null, a.username(), null, "AUTHORITY", a.jurisdiction(), null, a.displayName()));
    }
    wanted.add(
        new UserStore.User(
            null, "enterprise", null, "ENTERPRISE", Adcode.NATION, demoEnterprise, "演示企业"));
    wanted.add(new UserStore.User(null, "public", null, "PUBLIC", Adcode.NATION, null, "公众"));
    // Third-party verifiers (第三方核查机构, issue 11): the display name is the organisation.
    wanted.add(
        new UserStore.User(null, "verifier", null, "VERIFIER", Adcode.NATION, null, "华核碳核查中心（演示）"));
    wanted.add(
        new UserStore.User(
            null, "verifier-b", null, "VERIFIER", Adcode.NATION, null, "绿源核查技术有限公司（演示）"));
    List<UserStore.User> toWrite =
        demoPassword.isBlank()
            ? wanted.stream().filter(u -> users.find(u.username()).isEmpty()).toList()
            : wanted;
    if (toWrite.isEmpty()) {
      return;
    }
    String password = demoPassword.isBlank() ? generated() : demoPassword;
    String hash = passwords.encode(password);
    toWrite.forEach(
        u ->
            users.upsert(
                new UserStore.User(
                    null,
                    u.username(),
                    hash,
                    u.role(),
                    u.scope(),
                    u.enterpriseId(),
                    u.displayName())));
    if (demoPassword.isBlank()) {
      log.warn(
          "\n\n  演示账号 / demo users: {}\n  初始密码 / password (shown once, set COCONTROL_DEMO_PASSWORD to choose one): {}\n",
          String.join(", ", toWrite.stream().map(UserStore.User::username).toList()),
          password);
    }
  }

  private static String generated() {
    String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    SecureRandom random = new SecureRandom();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  /**
   * A shipped table, read by io's one table reader; a problem in it is a bug of the release, not
   * the user's.
   */
  private static List<Table.Row> csv(String path) throws IOException {
    InputStream in = DemoLoader.class.getResourceAsStream(path);
    if (in == null) {
      log.warn("demo file {} is missing", path);
      return List.of();
    }
    // The largest table ships gzipped (17 MB → a tenth of that).
    InputStream data = path.endsWith(".gz") ? new java.util.zip.GZIPInputStream(in, 1 << 16) : in;
    try (InputStreamReader r = new InputStreamReader(data, StandardCharsets.UTF_8)) {
      Table t = Table.read(path, r, Table.Columns.any(List.of(), Table.WIDE));
      if (!t.isValid()) {
        throw new IllegalStateException("demo file " + path + " is invalid: " + t.problems());
      }
      return t.rows();
    }
  }

  private static Adcode adcode(String s) {
    return Adcode.parseAny(s.strip())
        .orElseThrow(() -> new IllegalStateException("bad adcode in demo data: " + s));
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static boolean yes(String s) {
    return "Y".equalsIgnoreCase(s) || "true".equalsIgnoreCase(s);
  }
}

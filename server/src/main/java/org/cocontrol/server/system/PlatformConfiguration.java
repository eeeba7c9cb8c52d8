package org.cocontrol.server.system;

import org.cocontrol.core.accounting.Accountant;
import org.cocontrol.core.accounting.AccountingOptions;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.reference.PlanCatalog;
import org.cocontrol.reference.ReferenceLoader;
import org.cocontrol.store.AuditLog;
import org.cocontrol.store.ComparisonStore;
import org.cocontrol.store.EnergyBalanceStore;
import org.cocontrol.store.EnterpriseStore;
import org.cocontrol.store.Ledger;
import org.cocontrol.store.MetaStore;
import org.cocontrol.store.PlanStore;
import org.cocontrol.store.RegionStore;
import org.cocontrol.store.ReportStore;
import org.cocontrol.store.StatisticsStore;
import org.cocontrol.store.TopDownStore;
import org.cocontrol.store.UploadStore;
import org.cocontrol.store.UserStore;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reference data, loaded once at start, the accountant, and the stores over the configured
 * database.
 */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

  @Bean
  ReferenceData referenceData() {
    return ReferenceLoader.load();
  }

  @Bean
  Accountant accountant(ReferenceData reference) {
    return Accountant.of(reference, AccountingOptions.defaults());
  }

  @Bean
  RegionStore regionStore(DSLContext db) {
    return new RegionStore(db);
  }

  @Bean
  EnterpriseStore enterpriseStore(DSLContext db) {
    return new EnterpriseStore(db);
  }

  @Bean
  Ledger ledger(DSLContext db) {
    return new Ledger(db);
  }

  @Bean
  UploadStore uploadStore(DSLContext db) {
    return new UploadStore(db);
  }

  @Bean
  ComparisonStore comparisonStore(DSLContext db) {
    return new ComparisonStore(db);
  }

  @Bean
  TopDownStore topDownStore(DSLContext db) {
    return new TopDownStore(db);
  }

  @Bean
  ReportStore reportStore(DSLContext db) {
    return new ReportStore(db);
  }

  @Bean
  UserStore userStore(DSLContext db) {
    return new UserStore(db);
  }

  @Bean
  AuditLog auditLog(DSLContext db) {
    return new AuditLog(db);
  }

  @Bean
  PlanCatalog planCatalog() {
    return PlanCatalog.load();
  }

  @Bean
  PlanStore planStore(DSLContext db) {
    return new PlanStore(db);
  }

  @Bean
  StatisticsStore statisticsStore(DSLContext db) {
    return new StatisticsStore(db);
  }

  @Bean
  MetaStore metaStore(DSLContext db) {
    return new MetaStore(db);
  }

  @Bean
  EnergyBalanceStore energyBalanceStore(DSLContext db) {
    return new EnergyBalanceStore(db);
  }
}

package org.cocontrol.server.system;

import java.util.function.Function;
import java.util.function.Supplier;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.store.AuditLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a change to reported data and writes its audit entry in one transaction: both are stored or
 * neither. The stores' own transactions join it (the jOOQ context takes part in Spring's
 * transactions), and the entry is written last, so the audit chain's head is locked only for the
 * commit.
 */
@Component
public class AuditedChanges {

  private final TransactionTemplate transactions;
  private final AuditLog audit;

  AuditedChanges(PlatformTransactionManager transactions, AuditLog audit) {
    this.transactions = new TransactionTemplate(transactions);
    this.audit = audit;
  }

  /**
   * The change's result; the entry's detail may depend on it, and a null detail means the change
   * turned out to change nothing (an upload identical to the ledger), so there is nothing to audit.
   * {@code region} is what the change is about (null for none).
   */
  public <T> T run(
      String user,
      String action,
      String target,
      Adcode region,
      Supplier<T> change,
      Function<T, String> detail) {
    return run(user, action, result -> target, region, change, detail);
  }

  /**
   * As above, with a target named by the change's result (an upload's id, known once it is stored).
   */
  public <T> T run(
      String user,
      String action,
      Function<T, String> target,
      Adcode region,
      Supplier<T> change,
      Function<T, String> detail) {
    return run(user, action, target, result -> region, change, detail);
  }

  /**
   * As above, with the region known once the change is done (an upload streamed into the ledger as
   * it is read).
   */
  public <T> T run(
      String user,
      String action,
      Function<T, String> target,
      Function<T, Adcode> region,
      Supplier<T> change,
      Function<T, String> detail) {
    return transactions.execute(
        status -> {
          T result = change.get();
          String d = detail.apply(result);
          if (d != null) {
            audit.record(user, action, target.apply(result), d, region.apply(result));
          }
          return result;
        });
  }

  public void run(
      String user, String action, String target, String detail, Adcode region, Runnable change) {
    run(
        user,
        action,
        target,
        region,
        () -> {
          change.run();
          return null;
        },
        x -> detail);
  }
}

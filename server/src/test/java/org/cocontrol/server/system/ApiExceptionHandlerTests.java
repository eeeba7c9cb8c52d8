package org.cocontrol.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;

class ApiExceptionHandlerTests {

  private final ApiExceptionHandler handler = new ApiExceptionHandler();

  @Test
  void anExhaustedPoolIsA503WithRetryAfter() {
    var timeout = new SQLTransientConnectionException("HikariPool-1 - Connection is not available");
    var atBegin = new CannotCreateTransactionException("Could not open JDBC Connection", timeout);
    var answer = handler.busy(atBegin);
    assertThat(answer.getStatusCode().value()).isEqualTo(503);
    assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
    assertThat(answer.getBody().message()).contains("服务器繁忙");

    // jOOQ's wrapper of the same timeout, outside a transaction
    var inJooq = new org.jooq.exception.DataAccessException("Error getting connection", timeout);
    assertThat(handler.busy(inJooq).getStatusCode().value()).isEqualTo(503);
  }

  @Test
  void anyOtherDatabaseFailureStaysAFault() {
    var broken =
        new org.jooq.exception.DataAccessException(
            "constraint", new SQLException("duplicate key", "23505"));
    assertThatThrownBy(() -> handler.busy(broken)).isSameAs(broken);
    assertThat(ApiExceptionHandler.noConnection(broken)).isFalse();
  }
}

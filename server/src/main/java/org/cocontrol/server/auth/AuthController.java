package org.cocontrol.server.auth;

import org.cocontrol.store.AuditLog;
import org.cocontrol.store.UserStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/auth/login}: a username and password for a bearer token. */
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

  record Login(String username, String password) {}

  record Token(String token, String username, String role, String scope, Long enterprise, String displayName) {}

  private final UserStore users;
  private final PasswordEncoder passwords;
  private final TokenService tokens;
  private final AuditLog audit;

  AuthController(UserStore users, PasswordEncoder passwords, TokenService tokens, AuditLog audit) {
    this.users = users;
    this.passwords = passwords;
    this.tokens = tokens;
    this.audit = audit;
  }

  @PostMapping("/login")
  ResponseEntity<?> login(@RequestBody Login login) {
    if (login == null || login.username() == null || login.password() == null) {
      return ResponseEntity.badRequest().body(org.cocontrol.server.system.ApiError.of("需要 username 和 password / username and password required"));
    }
    var user = users.find(login.username()).filter(u -> passwords.matches(login.password(), u.passwordHash()));
    if (user.isEmpty()) {
      audit.record(login.username(), "LOGIN_FAILED", "user:" + login.username(), "");
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(org.cocontrol.server.system.ApiError.of("用户名或密码错误 / wrong username or password"));
    }
    UserStore.User u = user.get();
    return ResponseEntity.ok(new Token(tokens.issue(u), u.username(), u.role().toLowerCase(java.util.Locale.ROOT), u.scope().toString(),
        u.enterpriseId(), u.displayName()));
  }
}

package org.cocontrol.server.auth;

/** What a user may see and do. */
public enum Role {
  /** An environmental authority: reported data inside its jurisdiction. */
  AUTHORITY,
  /** A regulated enterprise: only its own data. */
  ENTERPRISE,
  /** The public: published aggregates only. */
  PUBLIC
}

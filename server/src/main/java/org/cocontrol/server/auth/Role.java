package org.cocontrol.server.auth;

/** What a user may see and do. */
public enum Role {
  /** An environmental authority: reported data inside its jurisdiction. */
  AUTHORITY,
  /** A regulated enterprise: only its own data. */
  ENTERPRISE,
  /** The public: published aggregates only. */
  PUBLIC,
  /**
   * A third-party verification body (第三方核查机构): the reports it is assigned to, and nothing else of
   * reported data.
   */
  VERIFIER
}

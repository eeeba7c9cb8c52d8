package org.cocontrol.core.parameter;

/** How well a parameter value is verified (see docs/parameter-registry.md). */
public enum Verification {
  /** Read in the official text itself, or a verbatim reproduction of it. */
  V1,
  /** Read in a secondary source (ICAP, journal paper, ministry-quoting news). */
  V2,
  /**
   * Not verified: memory or inference. A placeholder to replace when the official text is found.
   */
  U
}

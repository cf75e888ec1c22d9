package dev.ivy.backend;

import java.util.List;

/**
 * Service-provider entry of a backend module, found with {@link java.util.ServiceLoader}. Creating
 * the provider must be cheap and must not load natives; {@link #create()} does that.
 */
public interface BackendProvider {
  /** Returns the canonical name, such as {@code "torch"}. */
  String name();

  /** Returns other names this backend answers to, such as {@code "pytorch"}. */
  List<String> aliases();

  /** Creates the backend, loading its natives. Called once per JVM. */
  Backend create();
}

/**
 * The JAX frontend: {@link dev.ivy.frontend.jax.JaxFrontend} with the {@code jax.numpy}, {@code
 * jax.numpy.linalg}, {@code jax.lax} and {@code jax.nn} namespaces, and their registration by name
 * ({@link dev.ivy.frontend.jax.JaxFunctions}).
 */
package dev.ivy.frontend.jax;

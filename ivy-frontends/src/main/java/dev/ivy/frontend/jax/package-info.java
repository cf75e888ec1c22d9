/**
 * The JAX frontend: {@link dev.ivy.frontend.jax.JaxFrontend} with the {@code jax.numpy}, {@code
 * jax.numpy.linalg}, {@code jax.lax} and {@code jax.nn} namespaces, and their registration by name
 * ({@link dev.ivy.frontend.jax.JaxFunctions}); and Flax-style modules ({@code
 * JaxFrontend.linen.Dense}...) whose bound form {@code Ivy.toIvyModule} converts ({@link
 * dev.ivy.frontend.jax.FlaxModuleConverter}).
 */
package dev.ivy.frontend.jax;

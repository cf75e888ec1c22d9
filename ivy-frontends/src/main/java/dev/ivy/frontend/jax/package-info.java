/**
 * The JAX frontend: {@link dev.ivy.frontend.jax.JaxFrontend} with the {@code jax.numpy}, {@code
 * jax.numpy.linalg}, {@code jax.lax} and {@code jax.nn} namespaces, each function registered by
 * name from its {@code @Fn} declaration; and Flax-style modules ({@code
 * JaxFrontend.linen.Dense}...) whose bound form {@code Ivy.toIvyModule} converts ({@link
 * dev.ivy.frontend.jax.FlaxModuleConverter}).
 */
package dev.ivy.frontend.jax;

/**
 * Reverse-mode automatic differentiation over the primitives: {@link dev.ivy.autodiff.Autodiff}
 * (also reached as {@code Ivy.grad}, {@code Ivy.vjp}, {@code Ivy.executeWithGradients}...).
 */
package dev.ivy.autodiff;

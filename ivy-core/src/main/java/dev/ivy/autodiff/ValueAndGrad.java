package dev.ivy.autodiff;

import dev.ivy.Array;

/**
 * A function's value together with its gradient.
 *
 * @param value the function's value (the loss)
 * @param grads the gradient, shaped like what it was taken with respect to: an {@link Array} or a
 *     {@link dev.ivy.nn.Variables} tree
 * @param <G> the gradient's type
 */
public record ValueAndGrad<G>(Array value, G grads) {}

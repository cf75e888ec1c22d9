/**
 * Optimizers that update variable trees ({@link dev.ivy.nn.Variables}) from gradient trees, and
 * learning-rate schedules, following {@code torch.optim}'s update equations and defaults.
 *
 * <p>Every update is written with core functions, so it runs on every backend and can be traced;
 * the learning rate, the step count and bias corrections are Java numbers.
 */
package dev.ivy.optim;

/**
 * NumPy's API over the core functions: the {@link dev.ivy.frontend.numpy.NumpyFrontend} facade with
 * NumPy's top-level functions and its {@code linalg} and {@code random} namespaces, the {@link
 * dev.ivy.frontend.numpy.Ndarray} array object. Every function is declared once with {@code @Fn}
 * and registered by the build under the namespace {@code numpy} with NumPy's names, parameter names
 * and defaults (NumPy 2, NEP 50 promotion).
 */
package dev.ivy.frontend.numpy;

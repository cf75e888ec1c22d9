/**
 * NumPy's API over the core functions: the {@link dev.ivy.frontend.numpy.NumpyFrontend} facade with
 * NumPy's top-level functions and its {@code linalg} and {@code random} namespaces, the {@link
 * dev.ivy.frontend.numpy.Ndarray} array object. Every function is declared once with {@code @Fn}
 * and registered by the build under the namespace {@code numpy} with NumPy's names, parameter names
 * and defaults (NumPy 2, NEP 50 promotion).
 *
 * <p>The bodies that {@code numpy} and {@code jax.numpy} share live here once, parameterised by a
 * {@link dev.ivy.frontend.numpy.DTypePolicy} (NumPy's or JAX's dtype rules): {@link
 * dev.ivy.frontend.numpy.NumpyUfuncs}, {@link dev.ivy.frontend.numpy.NumpyReductions}, {@link
 * dev.ivy.frontend.numpy.NumpyManipulation}, {@link dev.ivy.frontend.numpy.NumpyCreation}, {@link
 * dev.ivy.frontend.numpy.NumpySorting}, {@link dev.ivy.frontend.numpy.NumpyProducts} and {@link
 * dev.ivy.frontend.numpy.NumpyDTypeFunctions}; both frontends declare one-line functions calling
 * them. String modes are enums ({@link dev.ivy.frontend.numpy.Order}, {@link
 * dev.ivy.frontend.numpy.PadMode}, {@link dev.ivy.frontend.numpy.ConvolveMode}, {@link
 * dev.ivy.frontend.numpy.QrMode}, {@link dev.ivy.frontend.numpy.IndexMode}), checked per function
 * by {@link dev.ivy.frontend.numpy.Modes}.
 */
package dev.ivy.frontend.numpy;

package dev.ivy.frontend.numpy;

/**
 * The memory order of NumPy's {@code order=} parameters; by name they are NumPy's strings ({@code
 * "C"}). Arrays here are immutable and their layout is not observable, so creation functions accept
 * every order they accept in NumPy and ignore it; {@code ravel}, {@code reshape}, {@code
 * unravel_index} and {@code ravel_multi_index} honour {@link #F} (index order, first axis fastest).
 */
public enum Order {
  /** Row-major, last axis fastest ({@code "C"}). */
  C,
  /** Column-major, first axis fastest ({@code "F"}). */
  F,
  /** F if the input is Fortran-contiguous, else C; here always C ({@code "A"}). */
  A,
  /** The input's own layout; here always C ({@code "K"}). */
  K
}

package dev.ivy.frontend.numpy;

/**
 * NumPy's casting rules ({@code casting=}); by name they are NumPy's strings ({@code "same_kind"}).
 */
public enum Casting {
  /** No cast at all ({@code "no"}). */
  NO,
  /** Only byte-order changes ({@code "equiv"}). */
  EQUIV,
  /** Only casts that keep every value ({@code "safe"}). */
  SAFE,
  /** Safe casts or casts within a kind, such as float64 to float32 ({@code "same_kind"}). */
  SAME_KIND,
  /** Any cast ({@code "unsafe"}). */
  UNSAFE
}

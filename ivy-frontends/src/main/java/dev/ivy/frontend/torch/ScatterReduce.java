package dev.ivy.frontend.torch;

import java.util.Locale;

/**
 * How {@code torch.scatter} combines {@code src} with {@code input} ({@code reduce=}); by name it
 * is PyTorch's string. Only {@link #ADD} is supported: there is no scatter-multiply primitive.
 */
public enum ScatterReduce {
  /** Added to the element ({@code "add"}). */
  ADD,
  /** Multiplied into the element ({@code "multiply"}); refused, not supported. */
  MULTIPLY;

  /** Returns PyTorch's name ({@code "add"}). */
  public String torchName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

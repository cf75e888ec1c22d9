package dev.ivy.frontend.numpy;

import dev.ivy.errors.IvyArgumentException;
import java.util.ArrayList;
import java.util.List;

/** Checks of the enum-valued mode parameters of numpy and jax.numpy functions. */
public final class Modes {
  private Modes() {}

  /**
   * Returns {@code value} if it is one of {@code accepted}.
   *
   * @param fn the function, as the framework names it ({@code "reshape"})
   * @param param the parameter ({@code "order"})
   * @throws IvyArgumentException naming the function, the parameter and the accepted values
   *     otherwise
   */
  @SafeVarargs
  public static <E extends Enum<E>> E accept(String fn, String param, E value, E... accepted) {
    for (E a : accepted) {
      if (a == value) {
        return value;
      }
    }
    List<String> names = new ArrayList<>();
    for (E a : accepted) {
      names.add(python(a));
    }
    throw new IvyArgumentException(
        fn
            + ": "
            + param
            + " must be one of "
            + String.join(", ", names)
            + "; got "
            + (value == null ? "None" : python(value)));
  }

  /** Returns the framework's string of a mode constant: {@code 'C'}, {@code 'linear_ramp'}. */
  public static String python(Enum<?> e) {
    String n = e instanceof Order ? e.name() : e.name().toLowerCase(java.util.Locale.ROOT);
    return "'" + n + "'";
  }
}

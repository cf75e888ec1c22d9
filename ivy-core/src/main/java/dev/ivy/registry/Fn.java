package dev.ivy.registry;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a typed Java method as a framework function: the build registers it in the {@link
 * FunctionRegistry} under its framework name (with its parameters' framework names and defaults,
 * see {@link P} and {@link Default}) and generates the shorter overloads that leave trailing
 * defaults out. The method is the one declaration: nothing else spells the function's name,
 * parameters or defaults.
 *
 * <pre>{@code
 * @Fn("cumprod")
 * public Array cumprod(Array x, @Default("0") int axis, @Default("False") boolean exclusive,
 *     @Default("False") boolean reverse) { ... }
 * // registered as tensorflow.math.cumprod(x, axis=0, exclusive=False, reverse=False);
 * // overloads cumprod(x), cumprod(x, axis), cumprod(x, axis, exclusive) generated
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Fn {
  /**
   * The framework names (the first is the function's name, the others aliases), relative to the
   * class's {@link Namespace#prefix()}; empty for the method's name in snake_case.
   */
  String[] value() default {};

  /**
   * Extra names taken as they are (not under the class's prefix), such as {@code "add"} for a
   * function declared in {@code math} that TensorFlow also exposes at the top level.
   */
  String[] also() default {};

  /**
   * Whether the function is also a method of the namespace's array type ({@link
   * Namespace#methods()}), such as {@code torch.Tensor.cumsum}, with the array as its first
   * parameter.
   */
  boolean method() default false;
}

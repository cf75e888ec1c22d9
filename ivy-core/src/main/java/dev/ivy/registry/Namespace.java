package dev.ivy.registry;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose {@link Fn} methods are one framework namespace, such as {@code
 * tensorflow.math}. The build generates, in the class's package, the registrations ({@code
 * DeclaredFunctions}, a {@link FunctionProvider}) and, when a method has trailing defaults, the
 * class's superclass {@code <Class>Defaults} holding the shorter overloads; the class must extend
 * it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Namespace {
  /**
   * The registry namespace: {@code ivy}, {@code torch}, {@code tensorflow}, {@code jax} or {@code
   * numpy}.
   */
  String frontend();

  /** The dotted prefix of the functions' names inside the namespace ({@code "math"}), or empty. */
  String prefix() default "";

  /**
   * The Java expression a user reaches the functions through ({@code "TfFrontend.math"} for
   * instance methods, the class's simple name for static ones), relative to the class's package.
   */
  String path();

  /**
   * Parameters every function of the class accepts and ignores, as {@code name=None} (TensorFlow's
   * {@code name}), appended where a function does not declare them.
   */
  String[] ignored() default {};

  /**
   * The registry prefix of the namespace's array methods for {@link Fn#method()} ({@code "Tensor"},
   * {@code "ndarray"}), or empty.
   */
  String methods() default "";

  /**
   * The Java class of the namespace's array type, in the same package, when its name is not {@link
   * #methods()} ({@code "Ndarray"} for {@code "ndarray"}); it must extend the generated {@code
   * <Type>Methods}.
   */
  String methodsType() default "";
}

package dev.ivy.registry;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The framework's default of a parameter of an {@link Fn} method, written as the framework's
 * documentation writes it in Python: {@code None}, {@code True}, {@code -1}, {@code 1e-05}, {@code
 * 'mean'}, {@code (1, 1)}, {@code inf}. The build turns it into the registry's default and into the
 * Java argument the generated overloads pass (an enum constant for an enum parameter, {@code new
 * int[] {1, 1}} for an {@code int[]} one).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Default {
  /** The default as a Python literal. */
  String value();
}

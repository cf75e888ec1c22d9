package dev.ivy.registry;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The framework's name of a parameter of an {@link Fn} method, where it is not the Java name in
 * snake_case ({@code roundingMode} is {@code rounding_mode} without it).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface P {
  /** The framework's name of the parameter. */
  String value();
}

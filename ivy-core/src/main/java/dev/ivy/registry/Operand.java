package dev.ivy.registry;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@code Object} parameter of an {@link Fn} method that takes an array or a Python scalar
 * (a number or a boolean, kept as it is so that the frontend applies its weak-scalar rule); a
 * nested list passed by name becomes an array.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Operand {}

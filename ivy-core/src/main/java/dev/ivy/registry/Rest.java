package dev.ivy.registry;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an array parameter of an {@link Fn} method that collects the remaining positional arguments
 * (Python's {@code *size}) when it is not the method's last parameter, so that keyword-only
 * parameters can follow it as in {@code torch.zeros(*size, dtype=None)}: declared {@code
 * zeros(@Rest long[] size, @Default("None") DType dtype)}. A last Java varargs parameter needs no
 * annotation.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Rest {}

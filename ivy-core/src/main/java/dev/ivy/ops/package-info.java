/**
 * The core functional API as composites of primitives, one class per category; {@link dev.ivy.Ivy}
 * delegates here.
 */
package dev.ivy.ops;

/**
 * The entry point {@link dev.ivy.Ivy} and the core value types: {@link dev.ivy.Array}, {@link
 * dev.ivy.DType}, {@link dev.ivy.Shape}, {@link dev.ivy.Device} and {@link dev.ivy.Scope}.
 */
package dev.ivy;

/** The closed set of primitives, their params and their shape and dtype rules. */
package dev.ivy.prim;

/** Graph-to-graph passes: dead code, common subexpressions, constant folding, identities. */
package dev.ivy.trace.passes;

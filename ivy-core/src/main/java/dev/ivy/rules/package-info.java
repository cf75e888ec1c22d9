/** Type promotion and broadcasting, decided in core for every backend. */
package dev.ivy.rules;

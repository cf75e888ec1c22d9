/**
 * Every public function by namespace and name, with parameter names and defaults, callable with
 * positional and keyword arguments.
 */
package dev.ivy.registry;

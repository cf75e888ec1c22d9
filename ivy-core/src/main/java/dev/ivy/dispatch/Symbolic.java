package dev.ivy.dispatch;

/**
 * Marker for payloads of symbolic arrays (values of a trace): they hold no data and no native
 * memory, and reading them raises {@link dev.ivy.errors.TracingException}.
 */
public interface Symbolic {}

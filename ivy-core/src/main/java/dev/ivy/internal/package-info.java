/** Implementation details shared by core classes and backends; not part of the API. */
package dev.ivy.internal;

/**
 * Shared ground of every module: studio tenancy, security, the embedded PostgreSQL bootstrap, web layout and
 * htmx support, ProblemDetail errors and pagination.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.spotter.platform;

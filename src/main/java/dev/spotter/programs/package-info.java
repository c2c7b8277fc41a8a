/**
 * Programs: the program model, the generator and the independent checker (plain Java in {@code engine}), the
 * trainer's builder with templates, publishing to the client portal, and printable exports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programs")
package dev.spotter.programs;

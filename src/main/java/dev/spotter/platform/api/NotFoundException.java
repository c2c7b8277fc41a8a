package dev.spotter.platform.api;

/**
 * Nothing by that id in the caller's studio. Resources of other studios are reported the same way, so that a
 * caller cannot even learn that they exist.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}

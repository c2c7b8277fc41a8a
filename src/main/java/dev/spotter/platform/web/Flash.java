package dev.spotter.platform.web;

/** A one-line message shown at the top of the next page, such as "Invitation sent to sam@example.com". */
public record Flash(Kind kind, String message) {

    /** How the message is styled and announced. */
    public enum Kind {
        SUCCESS, INFO, WARNING, ERROR;

        public String css() {
            return "flash-" + name().toLowerCase();
        }
    }

    public static final String ATTRIBUTE = "flash";

    public static Flash success(String message) {
        return new Flash(Kind.SUCCESS, message);
    }

    public static Flash error(String message) {
        return new Flash(Kind.ERROR, message);
    }
}

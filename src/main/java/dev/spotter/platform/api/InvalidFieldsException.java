package dev.spotter.platform.api;

import java.util.List;

/** Several fields broke their rules at once; each is reported next to its field, or in the API's errors list. */
public class InvalidFieldsException extends InvalidFieldException {

    /** One broken rule. */
    public record Problem(String field, String message) {
    }

    private final List<Problem> problems;

    public InvalidFieldsException(List<Problem> problems) {
        super(problems.get(0).field(), problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    /** Reads problems written as "field: message", as the importers and readers phrase them. */
    public static InvalidFieldsException of(List<String> lines) {
        return new InvalidFieldsException(lines.stream().map(line -> {
            int colon = line.indexOf(": ");
            return colon > 0 ? new Problem(line.substring(0, colon), line.substring(colon + 2))
                    : new Problem("body", line);
        }).toList());
    }

    public List<Problem> problems() {
        return problems;
    }

    @Override
    public String describe() {
        return String.join("; ", problems.stream().map(problem -> problem.field() + " " + problem.message()).toList());
    }
}

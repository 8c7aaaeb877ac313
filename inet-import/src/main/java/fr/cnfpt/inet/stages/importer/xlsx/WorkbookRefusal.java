package fr.cnfpt.inet.stages.importer.xlsx;

import java.io.IOException;

/**
 * A workbook refused by one of the importer's own guards, with its reason as a value: the
 * problem's code comes from the reason, never from the words of a parser's message. Thrown from
 * the streams of the workbook's parts, it reaches the importer through any parser that wraps it:
 * as a cause, or, where POI keeps only the message of what it wraps ("Can't read content types
 * part"), as that message, which starts with {@value #MARKER} ({@link #in(Throwable)}).
 * Carries no content of the file but the name of the part where it was found.
 */
final class WorkbookRefusal extends IOException {

    private static final long serialVersionUID = 1L;
    private static final String MARKER = "inet-xlsx-refusal ";
    private static final int MAX_DEPTH = 32;

    /** Why a workbook is refused. */
    enum Reason {
        /** A part inflates beyond POI's ratio or size, or the archive holds too many parts. */
        ZIP_BOMB,
        /** The archive holds more parts than POI accepts. */
        TOO_MANY_PARTS,
        /** A part declares a DOCTYPE, hence perhaps entities. */
        DOCTYPE,
        /** A part read whole into memory (relationships, workbook, styles) is too large. */
        PART_TOO_LARGE,
        /** A single XML tag, comment or instruction is too long to hold in memory. */
        MARKUP_TOO_LONG,
        /** The shared strings do not fit in the memory set aside for them. */
        STRINGS_TOO_LARGE,
        /** A part is in an encoding other than UTF-8 or UTF-16. */
        ENCODING;

        /** @return true for a refusal made for safety */
        boolean isUnsafe() {
            return this == ZIP_BOMB || this == TOO_MANY_PARTS || this == DOCTYPE;
        }

        /** @return true for a refusal made because the workbook does not fit in memory */
        boolean isTooLarge() {
            return this == PART_TOO_LARGE || this == MARKUP_TOO_LONG || this == STRINGS_TOO_LARGE;
        }
    }

    private final Reason reason;
    private final String part;

    /**
     * Creates the refusal.
     *
     * @param reason  why, not null
     * @param part  the part's name in the archive, or the empty string, not null
     */
    WorkbookRefusal(Reason reason, String part) {
        super(MARKER + reason.name() + " " + part);
        this.reason = reason;
        this.part = part;
    }

    /**
     * Finds the refusal behind a failure: itself, a cause, or a message written by one.
     *
     * @param failure  the failure, not null
     * @return the refusal, or null if the failure is not one
     */
    static WorkbookRefusal in(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_DEPTH; t = t.getCause(), depth++) {
            if (t instanceof WorkbookRefusal refusal) {
                return refusal;
            }
            String message = t.getMessage();
            if (message != null && message.startsWith(MARKER)) {
                String rest = message.substring(MARKER.length());
                int space = rest.indexOf(' ');
                for (Reason reason : Reason.values()) {
                    if (space > 0 && rest.substring(0, space).equals(reason.name())) {
                        return new WorkbookRefusal(reason, rest.substring(space + 1));
                    }
                }
            }
        }
        return null;
    }

    /** @return why the workbook is refused */
    Reason reason() {
        return reason;
    }

    /** @return the part's name in the archive, or the empty string */
    String part() {
        return part;
    }
}

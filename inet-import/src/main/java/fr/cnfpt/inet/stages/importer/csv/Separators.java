package fr.cnfpt.inet.stages.importer.csv;

/**
 * Detects a CSV file's separator from its first line: the most frequent of {@code ;},
 * {@code ,}, tab and {@code |} outside quotes; a comma when none appears.
 */
final class Separators {

    static final char[] CANDIDATES = {';', ',', '\t', '|'};

    private Separators() {
    }

    static char detect(CharSequence start) {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int i = 0; i < start.length(); i++) {
            char c = start.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 1;
        for (int k = 0; k < CANDIDATES.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return CANDIDATES[best];
    }

    /** @return another candidate separator than the file's that the text holds, or 0 */
    static char other(String text, char separator) {
        for (char candidate : CANDIDATES) {
            if (candidate != separator && text.indexOf(candidate) >= 0) {
                return candidate;
            }
        }
        return 0;
    }

    static String name(char separator) {
        return switch (separator) {
            case '\t' -> "tab";
            case ';' -> "semicolon";
            case ',' -> "comma";
            case '|' -> "pipe";
            default -> String.valueOf(separator);
        };
    }
}

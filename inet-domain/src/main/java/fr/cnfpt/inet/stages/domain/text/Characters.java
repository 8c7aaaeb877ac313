package fr.cnfpt.inet.stages.domain.text;

/**
 * Character checks shared by the domain's identifiers and the importers that read them.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class Characters {

    private Characters() {
    }

    /**
     * Tells whether a text holds a control character (a line break, a tab, a NUL…).
     *
     * @param text  the text, not null
     * @return true if some character is an ISO control character
     */
    public static boolean hasControl(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}

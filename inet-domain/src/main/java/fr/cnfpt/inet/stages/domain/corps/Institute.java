package fr.cnfpt.inet.stages.domain.corps;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;

/**
 * A school that places trainees in internships. INET places its own trainees; the internships of
 * the conservateurs territoriaux du patrimoine are handled by the INP, "dans le cadre du
 * partenariat avec l'INET".
 * <p>
 * This enum is immutable and thread-safe.
 */
public enum Institute {
    /** Institut national des études territoriales (CNFPT), Strasbourg. */
    INET(LocalizedText.of("Institut national des études territoriales",
            "National Institute for Local Studies")),
    /** Institut national du patrimoine. */
    INP(LocalizedText.of("Institut national du patrimoine", "National Heritage Institute"));

    private final LocalizedText name;

    Institute(LocalizedText name) {
        this.name = name;
    }

    /**
     * Returns the institute's full name.
     *
     * @return the name in French and English, not null
     */
    public LocalizedText fullName() {
        return name;
    }
}

package fr.cnfpt.inet.stages.calendar.audit;

import fr.cnfpt.inet.stages.domain.edition.Erratum;
import fr.cnfpt.inet.stages.domain.rule.ProblemDefinition;
import fr.cnfpt.inet.stages.domain.rule.Severity;
import java.util.Objects;

/**
 * The definition of the audit's finding for one erratum of an edition's sources: the erratum's code,
 * where the source is wrong and what it says, and what the edition retains instead.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param erratum  the erratum, not null
 */
public record ErratumCode(Erratum erratum) implements AuditCode {

    /**
     * Creates the definition of an erratum's finding.
     *
     * @param erratum  the erratum, not null
     */
    public ErratumCode {
        Objects.requireNonNull(erratum, "erratum");
    }

    /**
     * Obtains the definition of an erratum's finding.
     *
     * @param erratum  the erratum, not null
     * @return the definition, not null
     */
    public static ErratumCode of(Erratum erratum) {
        return new ErratumCode(erratum);
    }

    @Override
    public ProblemDefinition definition() {
        return ProblemDefinition.of(erratum.code(), Severity.WARNING,
                "Erratum de la source (" + erratum.location().fr() + ") : « " + erratum.published() + " ».",
                "An erratum of the source (" + erratum.location().en() + "): \"" + erratum.published() + "\".",
                "Aucune : l'édition retient " + erratum.retained().fr(),
                "None: the edition keeps " + erratum.retained().en());
    }
}

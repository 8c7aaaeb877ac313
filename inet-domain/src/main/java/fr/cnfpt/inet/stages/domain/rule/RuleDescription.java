package fr.cnfpt.inet.stages.domain.rule;

import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.Objects;

/**
 * What a rule says and where it comes from: its code, severity, the field it concerns, a
 * statement in French and English, the brochure's sentence it rests on, and, for a rule the
 * brochure implies without stating it, how the library reads the source.
 * <p>
 * Neither the statement nor the source writes the edition's figures: {@code {teamSize}},
 * {@code {populationAbove}} and {@code {contribution}} stand for the collective projects' terms, and
 * {@link #statement(Edition)} and {@link #source(Edition)} give them with an edition's figures.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param code  the rule's code, not null
 * @param severity  the severity of its violations, not null
 * @param field  the key of the field it checks, not null
 * @param statement  the rule in one sentence, with the placeholders of the edition's figures, not null
 * @param source  the source sentence, quoted, with the placeholders of the edition's figures, not null
 * @param reading  how the library reads the source, possibly empty text, not null
 */
public record RuleDescription(RuleCode code, Severity severity, String field, LocalizedText statement, String source,
        String reading) {

    /**
     * Creates a description.
     *
     * @param code  the code, not null
     * @param severity  the severity, not null
     * @param field  the field, not null
     * @param statement  the rule, not null
     * @param source  the source sentence, not null
     * @param reading  the library's reading, possibly empty, not null
     */
    public RuleDescription {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reading, "reading");
    }

    /**
     * Returns the statement with an edition's figures, such as "Un projet collectif se déroule dans
     * une collectivité de plus de 40 000 habitants." for the 2026-2027 edition.
     *
     * @param edition  the edition whose figures the statement quotes, not null
     * @return the statement, not null
     */
    public LocalizedText statement(Edition edition) {
        return Texts.withFigures(statement, Objects.requireNonNull(edition, "edition"));
    }

    /**
     * Returns the brochure's sentence the rule rests on, with an edition's figures, such as "Le
     * projet collectif est un stage réalisé au sein d'une collectivité de plus de 40 000 habitants".
     *
     * @param edition  the edition whose figures the sentence quotes, not null
     * @return the sentence, not null
     */
    public String source(Edition edition) {
        return Texts.quoting(source, Objects.requireNonNull(edition, "edition"));
    }

    /**
     * Builds a violation of this rule.
     *
     * @param fr  the message in French, not null
     * @param en  the message in English, not null
     * @return the violation, not null
     */
    public Violation violation(String fr, String en) {
        return new Violation(code, severity, field, LocalizedText.of(fr, en));
    }
}

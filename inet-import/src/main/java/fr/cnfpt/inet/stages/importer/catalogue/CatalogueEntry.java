package fr.cnfpt.inet.stages.importer.catalogue;

import fr.cnfpt.inet.stages.domain.rule.Severity;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.Objects;
import java.util.Optional;

/**
 * One code of the catalogue: a rule (with its statement, the source sentence and the library's
 * reading) or a problem (with its meaning and what to do), in its group.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class CatalogueEntry {

    private final CatalogueGroup group;
    private final String subject;
    private final String code;
    private final Severity severity;
    private final String field;
    private final LocalizedText statement;
    private final String source;
    private final String reading;
    private final LocalizedText action;

    private CatalogueEntry(CatalogueGroup group, String subject, String code, Severity severity, String field,
            LocalizedText statement, String source, String reading, LocalizedText action) {
        this.group = Objects.requireNonNull(group, "group");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.code = Objects.requireNonNull(code, "code");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.field = Objects.requireNonNull(field, "field");
        this.statement = Objects.requireNonNull(statement, "statement");
        this.source = Objects.requireNonNull(source, "source");
        this.reading = Objects.requireNonNull(reading, "reading");
        this.action = action;
    }

    static CatalogueEntry rule(CatalogueGroup group, String subject, String code, Severity severity, String field,
            LocalizedText statement, String source, String reading) {
        return new CatalogueEntry(group, subject, code, severity, field, statement, source, reading, null);
    }

    static CatalogueEntry problem(CatalogueGroup group, String subject, String code, Severity severity, String field,
            LocalizedText meaning, LocalizedText action) {
        return new CatalogueEntry(group, subject, code, severity, field, meaning, "", "",
                Objects.requireNonNull(action, "action"));
    }

    /**
     * Returns the group.
     *
     * @return the group, not null
     */
    public CatalogueGroup group() {
        return group;
    }

    /**
     * Returns what the code is about: {@code OFFER}, {@code PLACEMENT} or {@code TEAM} for rules;
     * {@code FILE}, {@code ROW} or {@code DATASET} for data problems; {@code CALENDAR} for the problems
     * of a calendar file; {@code EDITION} for the audit's findings.
     *
     * @return the subject, not null
     */
    public String subject() {
        return subject;
    }

    /**
     * Returns the code, as runs report it.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the severity.
     *
     * @return the severity, not null
     */
    public Severity severity() {
        return severity;
    }

    /**
     * Returns the field concerned.
     *
     * @return the field, empty if the code concerns no one field, not null
     */
    public String field() {
        return field;
    }

    /**
     * Returns the rule's statement (with the edition's figures) or the problem's meaning.
     *
     * @return the statement, not null
     */
    public LocalizedText statement() {
        return statement;
    }

    /**
     * Returns the brochure's sentence a rule rests on.
     *
     * @return the sentence, empty for problems, not null
     */
    public String source() {
        return source;
    }

    /**
     * Returns how the library reads a rule the brochure implies.
     *
     * @return the reading, empty for stated rules and problems, not null
     */
    public String reading() {
        return reading;
    }

    /**
     * Returns what to do about a problem.
     *
     * @return the action, empty for rules
     */
    public Optional<LocalizedText> action() {
        return Optional.ofNullable(action);
    }

    @Override
    public String toString() {
        return group + " " + code + " (" + severity + ")";
    }
}

package fr.cnfpt.inet.stages.importer.validation;

import fr.cnfpt.inet.stages.domain.rule.Severity;
import fr.cnfpt.inet.stages.domain.rule.Violation;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.importer.spi.ProblemCode;

/**
 * A rule broken by a record, or a data problem across records: the code, severity, the record's
 * field and value, and the message.
 */
record Finding(String code, Severity severity, String field, String value, LocalizedText message) {

    /** A data problem of the catalogue, with its code and severity. */
    Finding(ProblemCode problem, String field, String value, LocalizedText message) {
        this(problem.code(), problem.severity(), field, value, message);
    }

    static Finding of(Violation violation, String value) {
        return new Finding(violation.code().value(), violation.severity(), violation.field(), value,
                violation.message());
    }

    boolean isError() {
        return severity == Severity.ERROR;
    }
}

package fr.cnfpt.inet.stages.importer.columns;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.contact.EmailAddress;
import fr.cnfpt.inet.stages.domain.text.Characters;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.importer.spi.ProblemCode;
import fr.cnfpt.inet.stages.importer.spi.RowProblem;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads the typed values of a row's fields, reporting each value that cannot be read. Shared by
 * the bindings of every kind of record.
 */
final class Fields {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private Fields() {
    }

    static int index(List<Column> columns, String field) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).field().equals(field)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + field);
    }

    /** Reads an optional date; null if absent or wrong (then reported). */
    static LocalDate date(Row row, int field) {
        if (!row.has(field)) {
            return null;
        }
        String text = row.text(field);
        Values.DateReading reading = Values.date(text);
        if (reading.date() != null) {
            if (reading.twoDigitYear()) {
                twoDigitYear(row, field, text, reading.date());
            }
            return reading.date();
        }
        if (reading.wellFormed()) {
            row.error(field, RowProblem.DATE_INVALID, LocalizedText.of(
                    "« " + Values.shortened(text) + " » n'existe pas dans le calendrier : corrigez le jour ou le mois.",
                    "\"" + Values.shortened(text) + "\" is not a day of the calendar: correct the day or the month."));
        } else {
            row.error(field, RowProblem.DATE_INVALID, LocalizedText.of(
                    "« " + Values.shortened(text) + " » n'est pas une date : écrivez jj/mm/aaaa (" + FRENCH_DATE.format(LocalDate.of(2026, 3, 30))
                            + ") ou aaaa-mm-jj.",
                    "\"" + Values.shortened(text) + "\" is not a date: write dd/mm/yyyy (30/03/2026) or yyyy-mm-dd (2026-03-30)."));
        }
        return null;
    }

    /** Warns that a year written with two digits ({@code 14/11/25}) was read as 20yy, and says how. */
    private static void twoDigitYear(Row row, int field, String text, LocalDate date) {
        String read = FRENCH_DATE.format(date);
        row.warning(field, RowProblem.DATE_TWO_DIGIT_YEAR, LocalizedText.of(
                "« " + Values.shortened(text) + " » lu comme le " + read + " (année sur deux chiffres) :"
                        + " vérifiez-le, et écrivez l'année sur quatre chiffres (jj/mm/aaaa) pour ne plus avoir cet"
                        + " avertissement.",
                "\"" + Values.shortened(text) + "\" read as " + read + " (a two-digit year): check it, and write"
                        + " the year with four digits (dd/mm/yyyy) to get rid of this warning."));
    }

    /** Reads an optional whole number; null if absent or wrong (then reported). */
    static Long integer(Row row, int field) {
        if (!row.has(field)) {
            return null;
        }
        Long value = Values.integer(row.text(field));
        if (value == null) {
            row.error(field, RowProblem.NUMBER_INVALID, LocalizedText.of(
                    "« " + Values.shortened(row.text(field)) + " » n'est pas un nombre entier : écrivez par exemple 120000 ou 120 000.",
                    "\"" + Values.shortened(row.text(field)) + "\" is not a whole number: write, for example, 120000 or 120 000."));
        }
        return value;
    }

    /** Reads an e-mail address, required or not; null if absent or wrong (then reported). */
    static EmailAddress email(Row row, int field, boolean required) {
        if (!row.has(field)) {
            if (required) {
                row.required(field);
            }
            return null;
        }
        String text = row.text(field);
        EmailAddress address = address(text);
        if (address == null) {
            row.error(field, RowProblem.EMAIL_INVALID, LocalizedText.of(
                    "« " + Values.shortened(text) + " » n'est pas une adresse électronique : écrivez par exemple prenom.nom@ville.fr.",
                    "\"" + Values.shortened(text) + "\" is not an e-mail address: write, for example, first.last@town.fr."));
            return null;
        }
        return address;
    }

    /** The address, or null if the text is not one (checked first: a file may hold thousands of them). */
    private static EmailAddress address(String text) {
        return EmailAddress.isValid(text) ? new EmailAddress(text) : null;
    }

    /** Reads the cohort, from the row or the request; reports a mismatch between them. */
    private static final java.util.Map<String, CohortYear> COHORTS = new java.util.concurrent.ConcurrentHashMap<>();

    static CohortYear cohort(Row row, int field, CohortYear given) {
        if (!row.has(field)) {
            if (given == null) {
                row.required(field);
            }
            return given;
        }
        String text = row.text(field);
        CohortYear cohort = COHORTS.get(text);
        try {
            if (cohort == null) {
                Long year = Values.integer(text);
                cohort = year != null && year >= CohortYear.MIN_YEAR && year <= CohortYear.MAX_YEAR
                        ? CohortYear.of(year.intValue()) : CohortYear.parse(text);
                if (COHORTS.size() < 256) {
                    COHORTS.put(text, cohort);
                }
            }
        } catch (IllegalArgumentException e) {
            row.error(field, RowProblem.COHORT_INVALID, LocalizedText.of(
                    "« " + Values.shortened(text) + " » n'est pas une promotion : écrivez l'année de début de scolarité, par exemple 2026"
                            + " (ou 2026-2027).",
                    "\"" + Values.shortened(text) + "\" is not a cohort: write the year the schooling starts, such as 2026 (or 2026-2027)."));
            return null;
        }
        if (given != null && !given.equals(cohort)) {
            row.error(field, RowProblem.COHORT_MISMATCH, LocalizedText.of(
                    "La ligne est de la promotion " + cohort + " ; le fichier est vérifié pour la promotion " + given
                            + " : corrigez la promotion ou retirez --cohort.",
                    "The row belongs to cohort " + cohort + "; the file is checked for cohort " + given
                            + ": correct the cohort or drop --cohort."));
            return null;
        }
        return cohort;
    }

    /** Reads a required code; null if absent or unknown (then reported). */
    static <E extends Enum<E>> E code(Row row, int field, CodeReader<E> reader, ProblemCode unknownCode,
            Supplier<String> accepted) {
        if (!row.required(field)) {
            return null;
        }
        return optionalCode(row, field, reader, unknownCode, accepted);
    }

    /** Reads an optional code; null if absent or unknown (then reported). */
    static <E extends Enum<E>> E optionalCode(Row row, int field, CodeReader<E> reader, ProblemCode unknownCode,
            Supplier<String> accepted) {
        if (!row.has(field)) {
            return null;
        }
        Optional<E> value = reader.read(row.text(field));
        if (value.isEmpty()) {
            row.error(field, unknownCode, LocalizedText.of(
                    "« " + Values.shortened(row.text(field)) + " » n'est pas une valeur connue ; valeurs acceptées : " + accepted.get() + ".",
                    "\"" + Values.shortened(row.text(field)) + "\" is not a known value; accepted: " + accepted.get() + "."));
        }
        return value.orElse(null);
    }

    /** Reads an identifier or reference, at most 64 characters; null if absent or too long (then reported). */
    static String identifier(Row row, int field, int maxLength) {
        if (!row.required(field)) {
            return null;
        }
        String text = row.text(field);
        if (text.length() > maxLength || Characters.hasControl(text)) {
            row.error(field, RowProblem.IDENTIFIER_INVALID, LocalizedText.of(
                    "Un identifiant a au plus " + maxLength + " caractères, sans retour à la ligne : raccourcissez « "
                            + Values.shortened(text) + " ».",
                    "An identifier has at most " + maxLength + " characters, without line breaks: shorten \""
                            + Values.shortened(text) + "\"."));
            return null;
        }
        return text;
    }
}

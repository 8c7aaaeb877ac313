package fr.cnfpt.inet.stages.importer.columns;

import fr.cnfpt.inet.stages.domain.DomainException;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.contact.EmailAddress;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.domain.trainee.PersonalDetails;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import fr.cnfpt.inet.stages.importer.spi.RowProblem;
import java.util.List;

/**
 * Binds a row of a trainees file to a {@link Trainee}. Names and e-mail are personal data: kept on
 * the trainee, never quoted in problems (a problem on them quotes no value).
 */
final class TraineeBinding implements Binding {

    private static final List<Column> C = RecordColumns.TRAINEES;
    private static final int ID = Fields.index(C, "id");
    private static final int CORPS = Fields.index(C, "corps");
    private static final int COHORT = Fields.index(C, "cohort");
    private static final int GIVEN_NAME = Fields.index(C, "givenName");
    private static final int FAMILY_NAME = Fields.index(C, "familyName");
    private static final int EMAIL = Fields.index(C, "email");

    private final CohortYear givenCohort;
    private final CodeReader<Corps> corps = Codebooks.corps();

    TraineeBinding(CohortYear givenCohort) {
        this.givenCohort = givenCohort;
    }

    @Override
    public void bind(Row row) {
        String id = Fields.identifier(row, ID, TraineeId.MAX_LENGTH);
        Corps trainee = Fields.code(row, CORPS, corps, RowProblem.CORPS_UNKNOWN, Corps::acceptedCodes);
        CohortYear cohort = Fields.cohort(row, COHORT, givenCohort);
        EmailAddress email = null;
        if (row.has(EMAIL)) {
            if (EmailAddress.isValid(row.text(EMAIL))) {
                email = EmailAddress.of(row.text(EMAIL));
            } else {
                row.values[EMAIL] = "";
                row.error(EMAIL, RowProblem.EMAIL_INVALID, LocalizedText.of(
                        "Le courriel de l'élève n'est pas une adresse électronique : corrigez-le ou laissez la cellule vide.",
                        "The trainee's e-mail is not an e-mail address: correct it or leave the cell empty."));
            }
        }
        if (row.failed()) {
            row.rejected();
            return;
        }
        try {
            Trainee result = Trainee.of(TraineeId.of(id), trainee, cohort);
            if (row.has(GIVEN_NAME) || row.has(FAMILY_NAME) || email != null) {
                PersonalDetails details = PersonalDetails.of(row.text(GIVEN_NAME), row.text(FAMILY_NAME));
                result = result.withDetails(email == null ? details : details.withEmail(email));
            }
            row.sink.trainee(row.location(), result);
        } catch (DomainException e) {
            row.rowError(RowProblem.RECORD_INVALID,
                    "", LocalizedText.of("Élève incohérent : vérifiez l'identifiant et le nom.",
                    "Inconsistent trainee: check the id and the name."));
            row.rejected();
        }
    }
}

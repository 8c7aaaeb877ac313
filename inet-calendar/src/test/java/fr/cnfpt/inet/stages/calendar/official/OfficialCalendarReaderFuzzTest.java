package fr.cnfpt.inet.stages.calendar.official;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.cnfpt.inet.stages.calendar.days.PublicHolidays;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import java.io.ByteArrayInputStream;

/**
 * The official calendar reader, fed arbitrary bytes, answers with a calendar or problems, never an
 * exception: a calendar exactly when there is no error, every problem with a code and a place.
 * Runs the committed seeds in regression mode under plain {@code mvn test}; run with
 * {@code JAZZER_FUZZ=1} to fuzz.
 */
class OfficialCalendarReaderFuzzTest {

    private static final Edition EDITION = Editions.current();
    private static final OfficialCalendarReader READER = OfficialCalendarReader.of(EDITION,
            PublicHolidays.metropolitanFrance());

    @FuzzTest
    void readerAnswersAnyBytesWithProblemsOnly(byte[] data) throws Exception {
        OfficialCalendarReader.Result result = READER.read(new ByteArrayInputStream(data));

        boolean errors = result.problems().stream().anyMatch(CalendarProblem::isError);
        assertThat(result.calendar().isPresent()).isEqualTo(!errors);
        assertThat(result.problems()).allSatisfy(problem -> {
            assertThat(problem.code()).matches("[A-Z][A-Z0-9_]+");
            assertThat(problem.path()).isNotBlank();
        });
        assertThat(READER.read(new ByteArrayInputStream(data)).problems()).as("the same bytes, the same problems")
                .isEqualTo(result.problems());
    }
}

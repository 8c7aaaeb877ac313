package fr.cnfpt.inet.stages.reporting.statistics;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.contact.EmailAddress;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.host.Departement;
import fr.cnfpt.inet.stages.domain.host.Host;
import fr.cnfpt.inet.stages.domain.host.HostKind;
import fr.cnfpt.inet.stages.domain.host.HostLocation;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import fr.cnfpt.inet.stages.planning.Plan;
import fr.cnfpt.inet.stages.planning.Planner;
import fr.cnfpt.inet.stages.planning.PlanningProblem;
import fr.cnfpt.inet.stages.planning.summary.PlanSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small observation campaign of cohort 2026, planned: six administrateurs (A1-A6), two ingénieurs en chef
 * (I1, I2), one conservatrice de bibliothèques (B1). Trainee n wishes offer On at rank 1; A6 wishes O1 first
 * and O6 second, and A1 wishes O1 only, so A6 gets O6, their second wish. O10, whose host's name reads as a
 * spreadsheet formula, is wished by nobody: it is left free. Outcomes: 8 first choices (5 administrateurs, 2
 * ingénieurs, 1 conservatrice), 1 second choice (an administrateur); 10 offers, 10 places, 1 left free.
 */
public final class PlanReportFixture {

    /** The edition. */
    public static final Edition EDITION = Editions.current();
    /** The host of the offer left free: a formula, once in a spreadsheet, unless neutralised. */
    public static final String HOSTILE_HOST = "=HYPERLINK(\"http://x\",\"y\")";

    private PlanReportFixture() {
    }

    /** @return the problem */
    public static PlanningProblem problem() {
        CohortYear cohort = CohortYear.of(2026);
        List<Trainee> trainees = new ArrayList<>();
        List<Offer> offers = new ArrayList<>();
        List<Wish> wishes = new ArrayList<>();
        String[] ids = {"A1", "A2", "A3", "A4", "A5", "A6", "I1", "I2", "B1"};
        for (int n = 1; n <= 10; n++) {
            offers.add(offer("O" + n, n == 10 ? HOSTILE_HOST : "Ville n° " + n, cohort));
        }
        for (int n = 1; n <= ids.length; n++) {
            String id = ids[n - 1];
            Corps corps = switch (id.charAt(0)) {
                case 'A' -> Corps.ADMINISTRATEUR;
                case 'I' -> Corps.INGENIEUR_EN_CHEF;
                default -> Corps.CONSERVATEUR_BIBLIOTHEQUES;
            };
            trainees.add(Trainee.of(TraineeId.of(id), corps, cohort));
            if (id.equals("A6")) {
                wishes.add(Wish.of(TraineeId.of(id), OfferId.of("O1"), 1));
                wishes.add(Wish.of(TraineeId.of(id), OfferId.of("O6"), 2));
            } else {
                wishes.add(Wish.of(TraineeId.of(id), OfferId.of("O" + n), 1));
            }
        }
        return PlanningProblem.builder(EDITION, cohort, InternshipType.OBSERVATION).trainees(trainees).offers(offers)
                .wishes(wishes).build();
    }

    /** @return the plan of {@link #problem()} */
    public static Plan plan() {
        return Planner.plan(problem());
    }

    /** @return the summary of the plan */
    public static PlanSummary summary() {
        PlanningProblem problem = problem();
        return PlanSummary.of(problem, Planner.plan(problem));
    }

    private static Offer offer(String id, String host, CohortYear cohort) {
        return Offer.builder().id(OfferId.of(id))
                .host(Host.of(HostKind.COMMUNE, host, HostLocation.in(Departement.of("67"))))
                .type(InternshipType.OBSERVATION)
                .corps(Corps.ADMINISTRATEUR, Corps.INGENIEUR_EN_CHEF, Corps.CONSERVATEUR_BIBLIOTHEQUES)
                .cohort(cohort).submitted(LocalDate.of(2025, 11, 3)).title("Mission " + id)
                .contact(EmailAddress.of("rh@example.fr")).build();
    }
}

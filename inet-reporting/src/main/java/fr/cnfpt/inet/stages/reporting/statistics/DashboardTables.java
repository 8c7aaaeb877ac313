package fr.cnfpt.inet.stages.reporting.statistics;

import static fr.cnfpt.inet.stages.reporting.statistics.StatColumn.Kind.CODE;
import static fr.cnfpt.inet.stages.reporting.statistics.StatColumn.Kind.COUNT;
import static fr.cnfpt.inet.stages.reporting.statistics.StatColumn.Kind.RATE;
import static fr.cnfpt.inet.stages.reporting.statistics.StatColumn.Kind.RATIO;

import fr.cnfpt.inet.stages.calendar.rule.SubmissionTiming;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.host.HostKind;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.internship.InternshipTypeDefinition;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.reporting.statistics.TableBuilder.Sensitive;
import fr.cnfpt.inet.stages.reporting.statistics.TableBuilder.SensitiveRate;
import fr.cnfpt.inet.stages.reporting.statistics.TableBuilder.SensitiveRatio;
import java.util.List;
import java.util.Objects;

/**
 * The director's one-page dashboard for a cohort: the key figures, then the three tables drawn as
 * charts: offers by internship type, placement rate by internship type, offers by kind of host.
 */
public final class DashboardTables {

    private DashboardTables() {
    }

    /**
     * Builds the tables.
     *
     * @param statistics  the statistics, not null
     * @param cohort  the cohort reported on, not null
     * @param minCount  the privacy threshold, at least 1
     * @return the tables: {@code key-figures}, {@code offers-by-type}, {@code placement-rate-by-type},
     *         {@code offers-by-host-kind-share}, not null
     */
    public static List<StatTable> of(Statistics statistics, CohortYear cohort, int minCount) {
        Objects.requireNonNull(statistics, "statistics");
        int year = cohort.year();
        Tallies t = statistics.tallies;
        Edition edition = statistics.edition();
        long offers = t.offers.get(Group.of(year, "all"));
        long trainees = t.trainees.keys().stream().filter(g -> g.cohort() == year).mapToLong(t.trainees::get).sum();
        long placements = t.placements.keys().stream().filter(g -> g.cohort() == year).mapToLong(t.placements::get)
                .sum();
        long due = 0;
        for (InternshipTypeDefinition definition : edition.catalogue().definitions()) {
            for (Corps corps : definition.corps()) {
                due += PlacementsTables.due(statistics, year, definition, corps);
            }
        }
        long late = t.offersByDeadline.keys().stream()
                .filter(g -> g.cohort() == year && g.second().equals(SubmissionTiming.LATE.name()))
                .mapToLong(t.offersByDeadline::get).sum();
        long judged = t.offersByDeadline.keys().stream()
                .filter(g -> g.cohort() == year && !g.second().equals(SubmissionTiming.NO_DEADLINE.name()))
                .mapToLong(t.offersByDeadline::get).sum();
        long collective = t.offersByType.get(Group.of(year, InternshipType.PROJET_COLLECTIF.code()));
        long contribution = edition.catalogue().collectiveProjectTerms()
                .map(terms -> terms.contribution().amount().longValue()).orElse(0L);

        TableBuilder figures = new TableBuilder("key-figures", LocalizedText.of("Chiffres clés", "Key figures"),
                minCount)
                .column("figure", LocalizedText.of("Indicateur", "Figure"), CODE)
                .column("count", LocalizedText.of("Nombre", "Number"), COUNT)
                .column("rate", LocalizedText.of("Taux", "Rate"), RATE)
                .column("ratio", LocalizedText.of("Rapport", "Ratio"), RATIO)
                .row(figure("OFFERS", "Offres reçues", "Offers received"), offers, null, null)
                .row(figure("TRAINEES", "Élèves de la promotion", "Trainees of the cohort"), new Sensitive(trainees),
                        null, null)
                .row(figure("INTERNSHIPS_DUE", "Stages à pourvoir", "Internships due"), new Sensitive(due), null,
                        null)
                .row(figure("PLACEMENTS", "Affectations (taux d'affectation)", "Placements (placement rate)"),
                        new Sensitive(placements), new SensitiveRate(placements, due), null)
                .row(figure("OFFERS_PER_INTERNSHIP_DUE", "Offres par stage à pourvoir", "Offers per internship due"),
                        null, null, new SensitiveRatio(offers, due))
                .row(figure("LATE_OFFERS", "Offres déposées après la date limite", "Offers after the deadline"), late,
                        judged == 0 ? null : (double) late / judged, null)
                .row(figure("COLLECTIVE_PROJECT_CONTRIBUTIONS", "Participations des projets collectifs (€)",
                        "Collective-project contributions (€)"), collective * contribution, null, null)
                .note(LocalizedText.of("Stages à pourvoir : élèves × stages de leur cursus. Taux d'affectation :"
                        + " affectations / stages à pourvoir. Offres en retard :"
                        + " part des couples offre-cadre d'emplois déposés après la date limite du stage.",
                        "Internships due: trainees × internships of their curriculum. Placement rate: placements /"
                                + " internships due. Late offers: share of offer-corps pairs"
                                + " submitted after the internship's deadline."));

        TableBuilder byType = new TableBuilder("offers-by-type", LocalizedText.of("Offres par type de stage",
                "Offers by internship type"), minCount)
                .column("type", StatLabels.TYPE, CODE).column("count", StatLabels.OFFERS, COUNT);
        TableBuilder rateByType = new TableBuilder("placement-rate-by-type", LocalizedText.of(
                "Taux d'affectation par type de stage", "Placement rate by internship type"), minCount)
                .column("type", StatLabels.TYPE, CODE).column("rate", LocalizedText.of("Taux d'affectation",
                        "Placement rate"), RATE);
        for (InternshipTypeDefinition definition : edition.catalogue().definitions()) {
            Code type = StatLabels.type(edition, definition.type());
            byType.row(type, t.offersByType.get(Group.of(year, definition.type().code())));
            long typeDue = definition.corps().stream()
                    .mapToLong(c -> PlacementsTables.due(statistics, year, definition, c)).sum();
            long placed = definition.corps().stream()
                    .mapToLong(c -> t.placements.get(Group.of(year, definition.type().code(), c.code()))).sum();
            rateByType.row(type, new SensitiveRate(placed, typeDue));
        }
        TableBuilder byKind = new TableBuilder("offers-by-host-kind-share", LocalizedText.of(
                "Offres par type de structure d'accueil", "Offers by kind of host"), minCount)
                .column("host_kind", StatLabels.HOST_KIND, CODE).column("count", StatLabels.OFFERS, COUNT);
        for (HostKind kind : HostKind.values()) {
            long count = t.offersByHostKind.get(Group.of(year, kind.code()));
            if (count > 0) {
                byKind.row(StatLabels.hostKind(kind), count);
            }
        }
        return List.of(figures.build(), byType.build(), rateByType.build(), byKind.build());
    }

    private static Code figure(String code, String fr, String en) {
        return new Code(code, LocalizedText.of(fr, en));
    }
}

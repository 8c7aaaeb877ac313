package fr.cnfpt.inet.stages.reporting.statistics;

import static fr.cnfpt.inet.stages.reporting.statistics.StatColumn.Kind.CODE;
import static fr.cnfpt.inet.stages.reporting.statistics.StatColumn.Kind.COUNT;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.importer.spi.DatasetProblem;
import fr.cnfpt.inet.stages.importer.spi.FileProblem;
import java.util.Comparator;
import java.util.List;

/** The table of the problems found at import, by rule: shared by the offers and placements reports. */
final class ProblemTables {

    private ProblemTables() {
    }

    static StatTable byRule(String id, Statistics statistics, List<Source> sources) {
        TableBuilder table = new TableBuilder(id, LocalizedText.of("Problèmes relevés à l'import, par règle",
                "Problems found at import, by rule"), 1)
                .column("records", LocalizedText.of("Fichier", "File"), CODE)
                .column("code", LocalizedText.of("Règle", "Rule"), CODE)
                .column("severity", LocalizedText.of("Gravité", "Severity"), CODE)
                .column("count", LocalizedText.of("Problèmes", "Problems"), COUNT)
                .note(LocalizedText.of("Les lignes rejetées ne sont pas comptées dans les autres tableaux.",
                        "Rejected rows are not counted in the other tables."));
        Counter<Group> problems = statistics.tallies.problems;
        problems.keys().stream().filter(g -> sources.stream().anyMatch(s -> s.name().equals(g.first())))
                .sorted(Comparator.comparing(Group::first).thenComparing(Group::second))
                .forEach(g -> {
                    String[] codeAndSeverity = g.second().split("/", 2);
                    table.row(source(Source.valueOf(g.first())), new Code(codeAndSeverity[0],
                            LocalizedText.of(codeAndSeverity[0], codeAndSeverity[0])), severity(codeAndSeverity[1]),
                            problems.get(g));
                });
        if (sources.contains(Source.PLACEMENTS)) {
            // Placements the collector could not join (given before their trainee or offer, or naming
            // one it never saw): counted nowhere else, so said here.
            Counter<Group> unmatched = statistics.tallies.unmatchedPlacements;
            for (String code : List.of(DatasetProblem.TRAINEE_UNKNOWN.code(), DatasetProblem.OFFER_UNKNOWN.code())) {
                long count = unmatched.get(Group.of(0, code));
                if (count > 0) {
                    table.row(source(Source.PLACEMENTS), new Code(code, LocalizedText.of(code, code)),
                            severity("ERROR"), count);
                }
            }
        }
        for (Source source : sources) {
            table.row(source(source), new Code(FileProblem.ROWS_LEFT_OUT.code(),
                    LocalizedText.of("Lignes rejetées", "Rows left out")),
                    severity("ERROR"), statistics.rowsLeftOut(source));
            long notRead = statistics.linesNotRead(source);
            if (notRead > 0) {
                table.row(source(source), new Code(FileProblem.LINES_NOT_READ.code(),
                        LocalizedText.of("Lignes non lues", "Lines not read")), severity("ERROR"), notRead);
            }
        }
        return table.build();
    }

    private static Code source(Source source) {
        return new Code(source.name(), source.label());
    }

    private static Code severity(String severity) {
        return severity.equals("ERROR") ? new Code("ERROR", LocalizedText.of("erreur", "error"))
                : new Code("WARNING", LocalizedText.of("avertissement", "warning"));
    }
}

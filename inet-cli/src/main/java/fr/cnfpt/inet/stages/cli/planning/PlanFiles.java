package fr.cnfpt.inet.stages.cli.planning;

import fr.cnfpt.inet.stages.cli.console.Json;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.importer.export.CsvCells;
import fr.cnfpt.inet.stages.planning.Objective;
import fr.cnfpt.inet.stages.planning.Plan;
import fr.cnfpt.inet.stages.planning.PlanMeasures;
import fr.cnfpt.inet.stages.planning.PlanningProblem;
import fr.cnfpt.inet.stages.planning.TieBreak;
import fr.cnfpt.inet.stages.planning.Unplaced;
import fr.cnfpt.inet.stages.planning.Weights;
import fr.cnfpt.inet.stages.planning.run.PlanningSetup;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a plan: {@code placements.csv}, in the placements format {@code inet validate} reads
 * (UTF-8 with a byte-order mark, {@code ;}, French headers, one row per placement by trainee id; for a
 * collective project, a fourth column {@code Équipe}, the trainee's team number on the offer), and
 * {@code plan.json}, the plan's figures, objective and weights, and who is unplaced and why. The same
 * plan gives the same bytes: nothing depends on the clock, the machine or the input order.
 */
final class PlanFiles {

    static final String PLACEMENTS = "placements.csv";
    static final String PLAN = "plan.json";

    private static final CsvCells CELLS = CsvCells.SEMICOLON;

    private PlanFiles() {
    }

    /** @return true for the files a plan folder holds, the plan report's included: anything else in it is the user's */
    static boolean isPlanFile(String name) {
        return name.equals(PLACEMENTS) || name.equals(PLAN) || PlanReports.isReportFile(name);
    }

    static void writePlacements(Path file, Plan plan) throws IOException {
        boolean teams = plan.teams().isPresent();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write(teams ? "Élève;Offre;Type de stage;Équipe\r\n" : "Élève;Offre;Type de stage\r\n");
            List<Placement> sorted = plan.placements().stream()
                    .sorted(Comparator.comparing((Placement p) -> p.trainee().value())).toList();
            for (Placement placement : sorted) {
                out.write(CELLS.text(placement.trainee().value()) + ';' + CELLS.text(placement.offer().value()) + ';'
                        + placement.type().code() + (teams ? ";" + team(placement) : "") + "\r\n");
            }
        }
    }

    private static String team(Placement placement) {
        return placement.teamNumber().isPresent() ? String.valueOf(placement.team()) : "";
    }

    static void writePlan(Path file, PlanningSetup made, Plan plan) throws IOException {
        PlanningProblem problem = made.problem();
        PlanMeasures measures = plan.measures();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("cohort", problem.cohort().year());
        json.put("type", problem.type().code());
        json.put("trainees", measures.trainees());
        json.put("placed", measures.placed());
        json.put("withinWishes", measures.withinWishes());
        json.put("outsideWishes", measures.outsideWishes());
        json.put("unplaced", measures.unplaced());
        Map<String, Integer> ranks = new LinkedHashMap<>();
        measures.rankCounts().forEach((rank, count) -> ranks.put(String.valueOf(rank), count));
        json.put("rankCounts", ranks);
        plan.teams().ifPresent(teams -> {
            Map<String, Integer> figures = new LinkedHashMap<>();
            figures.put("count", teams.count());
            figures.put("allCorps", teams.allCorps());
            figures.put("bound", teams.bound());
            json.put("teams", figures);
        });
        Objective objective = plan.objective();
        Weights weights = plan.weights();
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("order", plan.teams().isPresent()
                ? List.of("placed", "allCorpsTeams", "withinWishes", "rankCost", "tieWeights")
                : List.of("placed", "withinWishes", "rankCost"));
        value.put("placed", objective.placed());
        if (plan.teams().isPresent()) {
            value.put("allCorpsTeams", objective.allCorpsTeams());
        }
        value.put("withinWishes", objective.withinWishes());
        value.put("rankCost", objective.rankCost());
        if (plan.teams().isPresent()) {
            value.put("tieWeights", TieBreak.sumOf(problem, plan.placements()));
        }
        value.put("cost", objective.cost(weights));
        json.put("objective", value);
        Map<String, Object> weight = new LinkedHashMap<>();
        weight.put("rankCost", "rank²");
        weight.put("outsideWishesCost", weights.outsideWishesCost());
        weight.put("freeTrainees", weights.trainees());
        weight.put("maxRank", weights.maxRank());
        json.put("weights", weight);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("plannedOffers", problem.offers().size());
        inputs.put("places", problem.offers().stream().mapToInt(o -> o.places()).sum());
        inputs.put("wishes", problem.wishes().size());
        inputs.put("wishesLeftOut", made.wishesLeftOut());
        inputs.put("historyHosts", made.historyHosts());
        inputs.put("exclusionHosts", made.exclusionHosts());
        inputs.put("pins", made.pins());
        json.put("inputs", inputs);
        json.put("unplacedTrainees", plan.unplaced().stream()
                .sorted(Comparator.comparing((Unplaced u) -> u.trainee().value()))
                .map(u -> {
                    Map<String, String> one = new LinkedHashMap<>();
                    one.put("trainee", u.trainee().value());
                    one.put("reason", u.reason().name());
                    return one;
                }).toList());
        try (OutputStream out = Files.newOutputStream(file)) {
            Json.write(out, json);
        }
    }
}

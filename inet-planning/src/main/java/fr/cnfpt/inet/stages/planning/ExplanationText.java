package fr.cnfpt.inet.stages.planning;

import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.rule.Violation;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** The text of an explanation, in French and English, line by line. */
final class ExplanationText {

    private final StringBuilder fr = new StringBuilder();
    private final StringBuilder en = new StringBuilder();

    private ExplanationText() {
    }

    private void line(String french, String english) {
        fr.append(french).append('\n');
        en.append(english).append('\n');
    }

    static LocalizedText of(PlanningProblem problem, Plan plan, TraineeId id, OptionalInt rank, boolean pinned,
            Unplaced unplaced, List<WishRefusal> refusals) {
        ExplanationText text = new ExplanationText();
        LocalizedText type = problem.edition().catalogue().definition(problem.type()).map(d -> d.name())
                .orElse(LocalizedText.of(problem.type().code(), problem.type().code()));
        text.line("Élève " + id + " : " + type.fr() + ", promotion " + problem.cohort() + ".",
                "Trainee " + id + ": " + type.en() + ", cohort " + problem.cohort() + ".");
        List<Wish> wishes = problem.wishesOf(id);
        String list = wishes.stream().map(w -> w.rank() + ". " + w.offer()).collect(Collectors.joining(" ; "));
        text.line("Vœux : " + (wishes.isEmpty() ? "aucun" : list) + ".",
                "Wishes: " + (wishes.isEmpty() ? "none" : list.replace(" ; ", "; ")) + ".");
        text.outcome(plan.placementOf(id), rank, pinned, unplaced);
        text.parameters(problem, plan.weights());
        for (WishRefusal refusal : refusals) {
            text.refusal(refusal, plan.objective(), plan.weights());
        }
        return LocalizedText.of(text.fr.toString().strip(), text.en.toString().strip());
    }

    private void outcome(Optional<Placement> placement, OptionalInt rank, boolean pinned, Unplaced unplaced) {
        if (placement.isEmpty()) {
            line("Résultat : non placé. " + unplaced.reason().text().fr(), "Outcome: not placed. " + unplaced.reason().text().en());
            return;
        }
        String offer = placement.get().offer().value();
        String byCoordinator = pinned ? " (placement fixé par la coordination)" : "";
        String byCoordinatorEn = pinned ? " (placement fixed by the coordinator)" : "";
        if (rank.isPresent()) {
            line("Résultat : placé sur l'offre " + offer + ", vœu n° " + rank.getAsInt() + byCoordinator + ".",
                    "Outcome: placed on offer " + offer + ", wish " + rank.getAsInt() + byCoordinatorEn + ".");
        } else {
            line("Résultat : placé sur l'offre " + offer + ", hors de ses vœux" + byCoordinator + ".",
                    "Outcome: placed on offer " + offer + ", outside the trainee's wishes" + byCoordinatorEn + ".");
        }
    }

    private void parameters(PlanningProblem problem, Weights weights) {
        line("Règles appliquées à tous : les règles de placement du catalogue (type de stage, cadre d'emplois, promotion),"
                        + " les places de chaque offre, un stage au plus par élève, jamais une structure qui a déjà accueilli"
                        + " l'élève ou qui est exclue pour lui, les placements fixés par la coordination conservés.",
                "Rules applied to all: the catalogue's placement rules (internship type, corps, cohort), each offer's places,"
                        + " at most one internship per trainee, never a host that already had the trainee or is excluded"
                        + " for the trainee, the placements fixed by the coordinator kept.");
        boolean teams = TeamShape.of(problem).isPresent();
        int size = TeamShape.of(problem).map(TeamShape::size).orElse(0);
        if (teams) {
            line("Projet collectif : une place est une équipe d'exactement " + size + " élèves de cadres d'emplois"
                            + " différents, dans une collectivité de plus d'habitants que le seuil de l'édition.",
                    "Collective project: one place is one team of exactly " + size + " trainees of different corps, in a"
                            + " local authority of more inhabitants than the edition's threshold.");
        }
        line("Objectif, dans cet ordre : (1) placer le plus d'élèves possible ; "
                        + (teams ? "(2) puis former le plus d'équipes comptant chaque cadre d'emplois ; "
                                : "")
                        + "(3) puis placer le plus d'élèves possible dans leurs vœux ; (4) puis la plus petite somme des"
                        + " rangs au carré" + (teams ? " ; (5) puis la plus petite somme des poids de départage des"
                                + " placements dans les vœux (pour l'élève E et l'offre O, les deux premiers octets de"
                                + " SHA-256(« E→O ») modulo 1 024)." : " (le critère 2 est celui des projets collectifs)."),
                "Objective, in this order: (1) place as many trainees as possible; "
                        + (teams ? "(2) then form as many teams as possible with every corps; " : "")
                        + "(3) then as many trainees as possible within their wishes; (4) then the smallest sum of squared"
                        + " ranks" + (teams ? "; (5) then the smallest sum of the tie weights of the placements within"
                                + " wishes (for trainee E and offer O, the first two bytes of SHA-256(\"E→O\") modulo 1,024)."
                                : " (criterion 2 is for collective projects)."));
        line("Paramètres (" + problem.trainees().size() + " élèves, " + problem.offers().size() + " offres) : le nombre"
                        + " d'élèves placés est d'abord porté au maximum exact ; puis coût d'un vœu de rang r : r² ; coût"
                        + " d'un placement hors vœux : " + weights.outsideWishesCost() + ". Égalités : "
                        + (teams ? "le critère 5, puis " : "") + "ordre canonique des identifiants (docs/planning.md).",
                "Parameters (" + problem.trainees().size() + " trainees, " + problem.offers().size() + " offers): the number"
                        + " of trainees placed is first brought to its exact maximum; then a wish of rank r costs r²; a"
                        + " placement outside wishes costs " + weights.outsideWishesCost() + ". Ties: "
                        + (teams ? "criterion 5, then " : "") + "the canonical order of the ids (docs/planning.md).");
    }

    private void refusal(WishRefusal refusal, Objective plan, Weights weights) {
        Wish wish = refusal.wish();
        String head = "Vœu n° " + wish.rank() + " (" + wish.offer() + ") non donné : " + refusal.reason().text().fr();
        String headEn = "Wish " + wish.rank() + " (" + wish.offer() + ") not given: " + refusal.reason().text().en();
        if (!refusal.violations().isEmpty()) {
            List<LocalizedText> messages = refusal.violations().stream().map(Violation::message).toList();
            head += " (" + messages.stream().map(LocalizedText::fr).collect(Collectors.joining(" ")) + ")";
            headEn += " (" + messages.stream().map(LocalizedText::en).collect(Collectors.joining(" ")) + ")";
        }
        Optional<Objective> with = refusal.withWish();
        if (with.isPresent()) {
            Objective forced = with.get();
            head += " ; avec ce vœu, au mieux : " + forced.placed() + " élèves placés (au lieu de " + plan.placed() + "), "
                    + teamsFr(forced, plan) + forced.withinWishes() + " dans leurs vœux (au lieu de " + plan.withinWishes()
                    + "), somme des rangs au carré " + forced.rankCost() + " (au lieu de " + plan.rankCost() + "), coût "
                    + signed(forced.cost(weights) - plan.cost(weights));
            headEn += "; with this wish, at best: " + forced.placed() + " trainees placed (instead of " + plan.placed()
                    + "), " + teamsEn(forced, plan) + forced.withinWishes() + " within their wishes (instead of " + plan.withinWishes()
                    + "), sum of squared ranks " + forced.rankCost() + " (instead of " + plan.rankCost() + "), cost "
                    + signed(forced.cost(weights) - plan.cost(weights));
        }
        line(head + ".", headEn + ".");
    }

    private static String teamsFr(Objective forced, Objective plan) {
        return forced.allCorpsTeams() == 0 && plan.allCorpsTeams() == 0 ? "" : forced.allCorpsTeams()
                + " équipes comptant chaque cadre d'emplois (au lieu de " + plan.allCorpsTeams() + "), ";
    }

    private static String teamsEn(Objective forced, Objective plan) {
        return forced.allCorpsTeams() == 0 && plan.allCorpsTeams() == 0 ? "" : forced.allCorpsTeams()
                + " teams with every corps (instead of " + plan.allCorpsTeams() + "), ";
    }

    private static String signed(long value) {
        return value >= 0 ? "+" + value : Long.toString(value);
    }
}

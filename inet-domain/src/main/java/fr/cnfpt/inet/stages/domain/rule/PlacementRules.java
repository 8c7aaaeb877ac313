package fr.cnfpt.inet.stages.domain.rule;

import static fr.cnfpt.inet.stages.domain.rule.Severity.ERROR;
import static fr.cnfpt.inet.stages.domain.rule.Severity.WARNING;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.placement.CollectiveProjectTeam;
import fr.cnfpt.inet.stages.domain.placement.PlacementCase;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The brochure's rules on placements and collective-project teams, each a named {@link Rule}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PlacementRules {

    /** A placement fulfils the internship type of its offer. */
    public static final Rule<PlacementCase> TYPE_MATCHES_OFFER = new DescribedRule<>(new RuleDescription(
            RuleCode.of("PLACEMENT_TYPE_MISMATCH"), ERROR, "type",
            LocalizedText.of("Un placement porte sur le type de stage de l'offre.",
                    "A placement is for the internship type of its offer."),
            "(cohérence des données de placement)", "Not a sentence of the brochure: a consistency check."),
            (c, edition, rule) -> c.placement().type() == c.offer().type() ? List.of() : List.of(rule.violation(
                    "Le placement indique « " + c.placement().type() + " » mais l'offre " + c.offer().id()
                            + " est de type « " + c.offer().type() + " ».",
                    "The placement says " + c.placement().type() + " but offer " + c.offer().id() + " is of type "
                            + c.offer().type() + ".")));

    /** A trainee is placed only on an internship type open to the trainee's corps, on an offer open to it. */
    public static final Rule<PlacementCase> CORPS_ELIGIBLE = new DescribedRule<>(new RuleDescription(
            RuleCode.of("PLACEMENT_CORPS_NOT_ELIGIBLE"), ERROR, "trainee",
            LocalizedText.of("Un élève n'est placé que sur un stage ouvert à son cadre d'emplois, sur une offre qui lui"
                            + " est ouverte.",
                    "A trainee is placed only on an internship open to the trainee's corps, on an offer open to it."),
            "Cadres d'emplois concernés (tableau de chaque type de stage)", ""),
            (c, edition, rule) -> {
                Corps corps = c.trainee().corps();
                boolean eligible = edition.catalogue().isOpen(c.placement().type(), corps) && c.offer().corps().contains(corps);
                return eligible ? List.of() : List.of(rule.violation(
                        "Cette offre de type « " + c.placement().type() + " » n'est pas ouverte aux "
                                + Texts.corps(edition, corps).fr() + ".",
                        "This " + c.placement().type() + " offer is not open to " + Texts.corps(edition, corps).en() + "."));
            });

    /** A trainee is placed on an offer for the trainee's own cohort. */
    public static final Rule<PlacementCase> SAME_COHORT = new DescribedRule<>(new RuleDescription(
            RuleCode.of("PLACEMENT_COHORT_MISMATCH"), ERROR, "offer",
            LocalizedText.of("Un élève est placé sur une offre de sa promotion.",
                    "A trainee is placed on an offer for the trainee's cohort."),
            "Les opportunités de stages au cours de la scolarité 2026-27", ""),
            (c, edition, rule) -> c.trainee().cohort().equals(c.offer().cohort()) ? List.of() : List.of(rule.violation(
                    "L'offre " + c.offer().id() + " est pour la promotion " + c.offer().cohort()
                            + ", l'élève est de la promotion " + c.trainee().cohort() + ".",
                    "Offer " + c.offer().id() + " is for cohort " + c.offer().cohort() + ", the trainee is in cohort "
                            + c.trainee().cohort() + ".")));

    /** A collective-project team has exactly the number of trainees the terms set (4 in 2026-2027). */
    public static final Rule<CollectiveProjectTeam> TEAM_SIZE = new DescribedRule<>(new RuleDescription(
            RuleCode.of("COLLECTIVE_PROJECT_TEAM_SIZE"), ERROR, "team",
            LocalizedText.of("Une équipe de projet collectif compte {teamSize} élèves.",
                    "A collective project team has {teamSize} trainees."),
            "Cette mission, qui mobilise {teamSize} élèves", ""),
            (team, edition, rule) -> edition.catalogue().collectiveProjectTerms()
                    .filter(terms -> team.members().size() != terms.teamSize())
                    .map(terms -> List.of(rule.violation(
                            team.name().fr() + " compte " + team.members().size()
                                    + " élèves au lieu de " + terms.teamSize() + ".",
                            team.name().en() + " has " + team.members().size()
                                    + " trainees instead of " + terms.teamSize() + ".")))
                    .orElse(List.of()));

    /** A collective-project team mixes corps: a single-corps team is an error. */
    public static final Rule<CollectiveProjectTeam> TEAM_MULTI_CORPS = new DescribedRule<>(new RuleDescription(
            RuleCode.of("COLLECTIVE_PROJECT_TEAM_SINGLE_CORPS"), ERROR, "team",
            LocalizedText.of("Une équipe de projet collectif réunit des élèves de cadres d'emplois différents.",
                    "A collective project team brings together trainees from different corps."),
            "les projets collectifs sont effectués par des groupes d'élèves pluridisciplinaires, issus des filières"
                    + " administrative, culturelle et technique", ""),
            (team, edition, rule) -> team.members().size() > 1 && team.corps().size() == 1 ? List.of(rule.violation(
                    team.name().fr() + " ne compte qu'un cadre d'emplois : elle doit être"
                            + " pluridisciplinaire.",
                    team.name().en() + " has a single corps: it must be"
                            + " multidisciplinary.")) : List.of());

    /** A collective-project team includes every corps of the collective project where it can. */
    public static final Rule<CollectiveProjectTeam> TEAM_ALL_CORPS = new DescribedRule<>(new RuleDescription(
            RuleCode.of("COLLECTIVE_PROJECT_TEAM_CORPS_MISSING"), WARNING, "team",
            LocalizedText.of("Une équipe de projet collectif comprend des élèves de chacun des cadres d'emplois.",
                    "A collective project team includes trainees from each corps."),
            "par une équipe composée d'élèves administrateurs, administratrices, conservateurs, conservatrices de"
                    + " bibliothèques, ingénieurs et ingénieures en chef territoriaux",
            "Cohorts do not always have enough trainees of each corps for every team: a missing corps is a"
                    + " warning."),
            (team, edition, rule) -> {
                Set<Corps> missing = EnumSet.noneOf(Corps.class);
                edition.catalogue().definition(InternshipType.PROJET_COLLECTIF).ifPresent(d -> missing.addAll(d.corps()));
                missing.removeAll(team.corps());
                if (missing.isEmpty() || team.corps().size() <= 1) {
                    return List.of();
                }
                List<String> fr = new ArrayList<>();
                List<String> en = new ArrayList<>();
                missing.forEach(c -> {
                    fr.add(Texts.corps(edition, c).fr());
                    en.add(Texts.corps(edition, c).en());
                });
                return List.of(rule.violation(
                        team.name().fr() + " ne compte pas de " + String.join(", ", fr) + ".",
                        team.name().en() + " has no " + String.join(", ", en) + "."));
            });

    private static final List<Rule<PlacementCase>> PLACEMENT_RULES = List.of(TYPE_MATCHES_OFFER, CORPS_ELIGIBLE, SAME_COHORT);
    private static final List<Rule<CollectiveProjectTeam>> TEAM_RULES = List.of(TEAM_SIZE, TEAM_MULTI_CORPS, TEAM_ALL_CORPS);

    private PlacementRules() {
    }

    /** @return the rules on single placements, not null */
    public static List<Rule<PlacementCase>> placementRules() {
        return PLACEMENT_RULES;
    }

    /** @return the rules on collective-project teams, not null */
    public static List<Rule<CollectiveProjectTeam>> teamRules() {
        return TEAM_RULES;
    }

    /**
     * Applies every placement rule.
     *
     * @param placement  the placement with its trainee and offer, not null
     * @param edition  the edition, not null
     * @return all the violations, not null
     */
    public static List<Violation> check(PlacementCase placement, Edition edition) {
        Objects.requireNonNull(placement, "placement");
        return PLACEMENT_RULES.stream().flatMap(r -> r.check(placement, edition).stream()).toList();
    }

    /**
     * Applies every team rule.
     *
     * @param team  the team, not null
     * @param edition  the edition, not null
     * @return all the violations, not null
     */
    public static List<Violation> check(CollectiveProjectTeam team, Edition edition) {
        Objects.requireNonNull(team, "team");
        return TEAM_RULES.stream().flatMap(r -> r.check(team, edition).stream()).toList();
    }
}

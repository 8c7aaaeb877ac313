package fr.cnfpt.inet.stages.domain.rule;

import static fr.cnfpt.inet.stages.domain.rule.Severity.ERROR;
import static fr.cnfpt.inet.stages.domain.rule.Severity.WARNING;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.host.HostKind;
import fr.cnfpt.inet.stages.domain.internship.CollectiveProjectTerms;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The brochure's rules on internship offers, each a named {@link Rule}. {@link #all()} lists them
 * and {@link #check(Offer, Edition)} applies them all, returning every violation.
 * <p>
 * Rules the brochure states are errors; rules it implies are warnings, with the library's reading
 * in {@link RuleDescription#reading()}. Rules that need a cohort's dates (deadlines, windows) are
 * applied with the calendar, outside this pure domain.
 * This class is immutable and thread-safe.
 */
public final class OfferRules {

    /** The internship types the brochure describes in a local authority. */
    private static final Set<InternshipType> IN_COLLECTIVITE = java.util.Collections.unmodifiableSet(
            EnumSet.of(InternshipType.OBSERVATION, InternshipType.THEMATIQUE, InternshipType.PROFESSIONNALISATION));

    /** An internship type is offered only to the corps it is open to. */
    public static final Rule<Offer> TYPE_OPEN_TO_CORPS = new DescribedRule<>(new RuleDescription(
            RuleCode.of("TYPE_NOT_OPEN_TO_CORPS"), ERROR, "corps",
            LocalizedText.of("Un type de stage n'est proposé qu'aux cadres d'emplois auxquels il est ouvert.",
                    "An internship type is offered only to the corps it is open to."),
            "Cadres d'emplois concernés (tableau de chaque type de stage)", ""),
            (offer, edition, rule) -> {
                List<Violation> violations = List.of();
                for (Corps c : offer.corps()) {
                    if (edition.profile(c).isPlacedByInet() && !edition.catalogue().isOpen(offer.type(), c)) {
                        violations = added(violations, rule.violation(
                                "Le type « " + Texts.type(edition, offer.type()).fr() + " » n'est pas ouvert aux "
                                        + Texts.corps(edition, c).fr() + " : retirez ce cadre d'emplois de l'offre.",
                                "The \"" + Texts.type(edition, offer.type()).en() + "\" type is not open to "
                                        + Texts.corps(edition, c).en() + ": remove this corps from the offer."));
                    }
                }
                return violations;
            });

    /** INET does not place the corps another institute places (the conservateurs du patrimoine). */
    public static final Rule<Offer> CORPS_PLACED_BY_INET = new DescribedRule<>(new RuleDescription(
            RuleCode.of("CORPS_PLACED_BY_INP"), ERROR, "corps",
            LocalizedText.of("Une offre adressée à l'INET ne vise que des cadres d'emplois que l'INET place en stage.",
                    "An offer sent to INET targets only corps whose trainees INET places."),
            "Les stages des élèves conservateurs et conservatrices territoriaux du patrimoine sont gérés par l'INP"
                    + " (Institut National du Patrimoine), dans le cadre du partenariat avec l'INET.", ""),
            (offer, edition, rule) -> {
                List<Violation> violations = List.of();
                for (Corps c : offer.corps()) {
                    if (!edition.profile(c).isPlacedByInet()) {
                        violations = added(violations, rule.violation(
                                "Les stages des " + Texts.corps(edition, c).fr() + " sont gérés par l'"
                                        + edition.profile(c).placedBy() + " : adressez-lui cette offre.",
                                "The internships of " + Texts.corps(edition, c).en() + " are handled by the "
                                        + edition.profile(c).placedBy() + ": send this offer to it."));
                    }
                }
                return violations;
            });

    /** A collective project takes place in a local authority. */
    public static final Rule<Offer> COLLECTIVE_PROJECT_IN_COLLECTIVITE = new DescribedRule<>(new RuleDescription(
            RuleCode.of("COLLECTIVE_PROJECT_NOT_IN_COLLECTIVITE"), ERROR, "hostKind",
            LocalizedText.of("Un projet collectif se déroule dans une collectivité territoriale.",
                    "A collective project takes place in a local authority."),
            "Le projet collectif est un stage réalisé au sein d'une collectivité de plus de {populationAbove} habitants", ""),
            (offer, edition, rule) -> isCollectiveProject(offer) && !offer.host().kind().isCollectivite()
                    ? List.of(rule.violation(
                            "Un projet collectif se déroule au sein d'une collectivité ; l'hôte est de type « "
                                    + offer.host().kind().label().fr() + " ».",
                            "A collective project takes place in a local authority; the host is a "
                                    + offer.host().kind().label().en() + "."))
                    : List.of());

    /** A collective project's host has more inhabitants than the edition's threshold (40,000 in 2026-2027). */
    public static final Rule<Offer> COLLECTIVE_PROJECT_POPULATION = new DescribedRule<>(new RuleDescription(
            RuleCode.of("COLLECTIVE_PROJECT_POPULATION_TOO_SMALL"), ERROR, "population",
            LocalizedText.of("Un projet collectif se déroule dans une collectivité de plus de {populationAbove} habitants.",
                    "A collective project takes place in a local authority of more than {populationAbove} inhabitants."),
            "Le projet collectif est un stage réalisé au sein d'une collectivité de plus de {populationAbove} habitants", ""),
            (offer, edition, rule) -> terms(offer, edition)
                    .flatMap(terms -> offer.host().population()
                            .filter(p -> !terms.isLargeEnough(p))
                            .map(p -> rule.violation(
                                    "Un projet collectif demande une collectivité de plus de "
                                            + grouped(terms.populationAbove(), '\u202f') + " habitants ; l'hôte en compte "
                                            + grouped(p.inhabitants(), '\u202f') + ".",
                                    "A collective project needs a local authority of more than "
                                            + grouped(terms.populationAbove(), ',') + " inhabitants; the host has "
                                            + grouped(p.inhabitants(), ',') + ".")))
                    .map(List::of).orElse(List.of()));

    /** A collective project's offer states the host's population, so that the threshold can be checked. */
    public static final Rule<Offer> COLLECTIVE_PROJECT_POPULATION_KNOWN = new DescribedRule<>(new RuleDescription(
            RuleCode.of("COLLECTIVE_PROJECT_POPULATION_UNKNOWN"), WARNING, "population",
            LocalizedText.of("Une offre de projet collectif indique la population de la collectivité.",
                    "A collective project offer states the local authority's population."),
            "au sein d'une collectivité de plus de {populationAbove} habitants",
            "The threshold cannot be checked without the population: a warning asks for it."),
            (offer, edition, rule) -> terms(offer, edition)
                    .filter(terms -> offer.host().kind().isCollectivite() && offer.host().population().isEmpty())
                    .map(terms -> List.of(rule.violation(
                            "Indiquez la population de la collectivité : un projet collectif demande plus de "
                                    + grouped(terms.populationAbove(), '\u202f') + " habitants.",
                            "State the local authority's population: a collective project needs more than "
                                    + grouped(terms.populationAbove(), ',') + " inhabitants.")))
                    .orElse(List.of()));

    /** A collective project is open to every corps INET places: its team mixes them. */
    public static final Rule<Offer> COLLECTIVE_PROJECT_INTER_CORPS = new DescribedRule<>(new RuleDescription(
            RuleCode.of("COLLECTIVE_PROJECT_NOT_INTER_CORPS"), WARNING, "corps",
            LocalizedText.of("Une offre de projet collectif est ouverte à tous les cadres d'emplois du projet collectif.",
                    "A collective project offer is open to every corps of the collective project."),
            "par une équipe composée d'élèves administrateurs, administratrices, conservateurs, conservatrices de"
                    + " bibliothèques, ingénieurs et ingénieures en chef territoriaux",
            "The brochure describes the team, not the offer: an offer restricted to some corps cannot form such a"
                    + " team, so it is a warning."),
            (offer, edition, rule) -> {
                if (!isCollectiveProject(offer)) {
                    return List.of();
                }
                Set<Corps> missing = EnumSet.noneOf(Corps.class);
                edition.catalogue().definition(InternshipType.PROJET_COLLECTIF)
                        .ifPresent(d -> missing.addAll(d.corps()));
                missing.removeAll(offer.corps());
                return missing.isEmpty() ? List.of() : List.of(rule.violation(
                        "Un projet collectif est mené par une équipe inter-filières : ouvrez l'offre aussi aux "
                                + names(edition, missing, Language.FR) + ".",
                        "A collective project is carried out by a cross-stream team: open the offer to "
                                + names(edition, missing, Language.EN) + " as well."));
            });

    /** A collective project's host pays the edition's flat contribution (4,000 € in 2026-2027). */
    public static final Rule<Offer> COLLECTIVE_PROJECT_CONTRIBUTION = new DescribedRule<>(new RuleDescription(
            RuleCode.of("COLLECTIVE_PROJECT_CONTRIBUTION_MISMATCH"), ERROR, "contribution",
            LocalizedText.of("La participation d'un projet collectif est le forfait de {contribution}.",
                    "A collective project's contribution is the flat {contribution}."),
            "Une participation forfaitaire de {contribution} est demandée pour contribuer à la couverture des frais de"
                    + " réalisation des projets collectifs",
            "An offer that does not state a contribution is not reported: the contribution is asked by INET."),
            (offer, edition, rule) -> terms(offer, edition)
                    .flatMap(terms -> offer.contribution()
                            .filter(amount -> !amount.equals(terms.contribution()))
                            .map(amount -> rule.violation(
                                    "La participation forfaitaire d'un projet collectif est de "
                                            + terms.contribution().amount().toBigInteger() + " € ; l'offre indique "
                                            + amount.amount().toPlainString() + " €.",
                                    "The flat contribution for a collective project is "
                                            + terms.contribution().amount().toBigInteger() + " €; the offer states "
                                            + amount.amount().toPlainString() + " €.")))
                    .map(List::of).orElse(List.of()));

    /** Only collective projects carry a contribution. */
    public static final Rule<Offer> CONTRIBUTION_ONLY_FOR_COLLECTIVE_PROJECT = new DescribedRule<>(new RuleDescription(
            RuleCode.of("CONTRIBUTION_OUTSIDE_COLLECTIVE_PROJECT"), WARNING, "contribution",
            LocalizedText.of("Seuls les projets collectifs donnent lieu à une participation financière.",
                    "Only collective projects carry a financial contribution."),
            "Une participation forfaitaire de {contribution} est demandée pour contribuer à la couverture des frais de"
                    + " réalisation des projets collectifs",
            "The brochure asks a contribution for collective projects only; one stated elsewhere is doubtful."),
            (offer, edition, rule) -> !isCollectiveProject(offer) && offer.contribution().isPresent()
                    ? List.of(rule.violation(
                            "Seuls les projets collectifs donnent lieu à une participation : vérifiez le montant indiqué.",
                            "Only collective projects carry a contribution: check the amount stated."))
                    : List.of());

    /** The trainee is placed with the person the arrangements name (the DGS, or the library director). */
    public static final Rule<Offer> PLACED_WITH_SUPERVISOR = new DescribedRule<>(new RuleDescription(
            RuleCode.of("SUPERVISOR_MISMATCH"), ERROR, "supervisor",
            LocalizedText.of("Le stage d'observation place l'élève auprès du ou de la DGS, ou du directeur ou de la"
                            + " directrice d'établissement pour les conservateurs de bibliothèques.",
                    "The observation internship places the trainee with the chief executive (DGS), or with the head"
                            + " of the library for library curators."),
            "L'élève est directement placé auprès du DGS et sous son autorité. / L'élève est directement placé"
                    + " auprès du directeur ou de la directrice d'établissement et sous son autorité.",
            "Checked when the offer states who the trainee is placed with."),
            (offer, edition, rule) -> {
                if (offer.supervisor().isEmpty()) {
                    return List.of();
                }
                List<Violation> violations = new ArrayList<>();
                for (Corps corps : offer.corps()) {
                    edition.catalogue().find(offer.type(), corps)
                            .flatMap(internship -> internship.arrangements().placedWith())
                            .filter(expected -> expected != offer.supervisor().get())
                            .ifPresent(expected -> violations.add(rule.violation(
                                    "Pour les " + Texts.corps(edition, corps).fr() + ", l'élève est placé auprès du "
                                            + expected.label().fr() + " ; l'offre indique : "
                                            + offer.supervisor().get().label().fr() + ".",
                                    "For " + Texts.corps(edition, corps).en() + ", the trainee is placed with the "
                                            + expected.label().en() + "; the offer states: "
                                            + offer.supervisor().get().label().en() + ".")));
                }
                return violations;
            });

    /** Observation, thematic and professionalisation internships take place in a local authority. */
    public static final Rule<Offer> INTERNSHIP_IN_COLLECTIVITE = new DescribedRule<>(new RuleDescription(
            RuleCode.of("INTERNSHIP_OUTSIDE_COLLECTIVITE"), WARNING, "hostKind",
            LocalizedText.of("Les stages d'observation, thématiques et de professionnalisation se déroulent en"
                            + " collectivité.",
                    "Observation, thematic and professionalisation internships take place in a local authority."),
            "Au cours de leur scolarité, ils effectuent 3 à 5 stages en collectivité.",
            "The brochure places internships \"en collectivité\" and describes these three in a local authority"
                    + " (\"travail d'analyse pour une collectivité\", \"partenaires de la collectivité\"); the"
                    + " ouverture and the perfectionnement have their own rules."),
            (offer, edition, rule) -> IN_COLLECTIVITE.contains(offer.type()) && !offer.host().kind().isCollectivite()
                    ? List.of(rule.violation(
                            "Ce stage se déroule en principe en collectivité ; l'hôte est de type « "
                                    + offer.host().kind().label().fr() + " » : vérifiez l'offre.",
                            "This internship normally takes place in a local authority; the host is a "
                                    + offer.host().kind().label().en() + ": check the offer."))
                    : List.of());

    /** A broadening internship takes place in one of the structures the brochure lists. */
    public static final Rule<Offer> OUVERTURE_HOST_LISTED = new DescribedRule<>(new RuleDescription(
            RuleCode.of("OUVERTURE_HOST_NOT_LISTED"), WARNING, "hostKind",
            LocalizedText.of("Le stage d'ouverture se déroule dans une autre structure qu'une collectivité de métropole.",
                    "The broadening internship takes place in an organisation other than a mainland local authority."),
            "Les élèves identifient les structures qui leur permettent d'enrichir leurs compétences et de compléter"
                    + " leurs expériences (associations, services de l'État, collectivités européennes, collectivités"
                    + " d'outre-mer, établissements particuliers, secteur privé...).",
            "The list ends with \"...\": a kind it does not name is a warning, not an error."),
            (offer, edition, rule) -> offer.type() == InternshipType.OUVERTURE && !offer.host().kind().isListedForOuverture()
                    ? List.of(rule.violation(
                            "Le stage d'ouverture vise un nouvel environnement de travail (État, entreprises publiques,"
                                    + " établissements culturels, secteur privé, associations, collectivités européennes"
                                    + " ou d'outre-mer…) ; l'hôte est de type « " + offer.host().kind().label().fr() + " ».",
                            "The broadening internship aims at a new working environment (State services, public"
                                    + " companies, cultural institutions, private sector, associations, European or"
                                    + " overseas authorities…); the host is a " + offer.host().kind().label().en() + "."))
                    : List.of());

    /** An advanced internship outside a local authority needs the trainee's career plan to justify it. */
    public static final Rule<Offer> PERFECTIONNEMENT_OUTSIDE_COLLECTIVITE = new DescribedRule<>(new RuleDescription(
            RuleCode.of("PERFECTIONNEMENT_OUTSIDE_COLLECTIVITE"), WARNING, "hostKind",
            LocalizedText.of("Le stage de perfectionnement hors collectivité doit être justifié par le projet de l'élève.",
                    "An advanced internship outside a local authority must be justified by the trainee's career plan."),
            "Si le projet professionnel de l'élève le justifie, le stage peut être réalisé hors collectivité"
                    + " territoriale.",
            "The brochure allows it when the career plan justifies it; an offer cannot show that, so a warning asks"
                    + " the coordinator to check."),
            (offer, edition, rule) -> offer.type() == InternshipType.PERFECTIONNEMENT && !offer.host().kind().isCollectivite()
                    ? List.of(rule.violation(
                            "Un stage de perfectionnement hors collectivité n'est possible que si le projet professionnel"
                                    + " de l'élève le justifie.",
                            "An advanced internship outside a local authority is possible only if the trainee's career"
                                    + " plan justifies it."))
                    : List.of());

    /** French local authorities and local public bodies are located in a French département. */
    public static final Rule<Offer> FRENCH_HOST_IN_FRANCE = new DescribedRule<>(new RuleDescription(
            RuleCode.of("FRENCH_HOST_ABROAD"), ERROR, "country",
            LocalizedText.of("Une collectivité ou un établissement public local est situé dans un département français.",
                    "A French local authority or local public body is located in a French département."),
            "(nature des collectivités territoriales)",
            "Not a sentence of the brochure: a consistency check of the host's kind and location."),
            (offer, edition, rule) -> offer.host().kind().isFrenchByNature() && offer.host().country().isPresent()
                    ? List.of(rule.violation(
                            "Une structure de type « " + offer.host().kind().label().fr() + " » est située en France :"
                                    + " indiquez son département au lieu du pays.",
                            "A " + offer.host().kind().label().en() + " is located in France: give its département"
                                    + " instead of a country."))
                    : List.of());

    private static final List<Rule<Offer>> ALL = List.of(TYPE_OPEN_TO_CORPS, CORPS_PLACED_BY_INET,
            COLLECTIVE_PROJECT_IN_COLLECTIVITE, COLLECTIVE_PROJECT_POPULATION, COLLECTIVE_PROJECT_POPULATION_KNOWN,
            COLLECTIVE_PROJECT_INTER_CORPS, COLLECTIVE_PROJECT_CONTRIBUTION, CONTRIBUTION_ONLY_FOR_COLLECTIVE_PROJECT,
            PLACED_WITH_SUPERVISOR, INTERNSHIP_IN_COLLECTIVITE, OUVERTURE_HOST_LISTED,
            PERFECTIONNEMENT_OUTSIDE_COLLECTIVITE, FRENCH_HOST_IN_FRANCE);

    private OfferRules() {
    }

    /**
     * Lists every rule on offers.
     *
     * @return the rules, not null
     */
    public static List<Rule<Offer>> all() {
        return ALL;
    }

    /**
     * Applies every rule to an offer.
     *
     * @param offer  the offer, not null
     * @param edition  the edition whose catalogue and terms apply, not null
     * @return all the violations, errors and warnings, in rule order, not null
     */
    public static List<Violation> check(Offer offer, Edition edition) {
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(edition, "edition");
        List<Violation> violations = null;
        for (Rule<Offer> rule : ALL) {
            List<Violation> found = rule.check(offer, edition);
            if (!found.isEmpty()) {
                if (violations == null) {
                    violations = new ArrayList<>(found);
                } else {
                    violations.addAll(found);
                }
            }
        }
        return violations == null ? List.of() : List.copyOf(violations);
    }

    /** Adds a violation to a list that is usually empty, without allocating while it stays so. */
    private static List<Violation> added(List<Violation> violations, Violation violation) {
        List<Violation> more = violations.isEmpty() ? new ArrayList<>() : violations;
        more.add(violation);
        return more;
    }

    private static boolean isCollectiveProject(Offer offer) {
        return offer.type() == InternshipType.PROJET_COLLECTIF;
    }

    private static Optional<CollectiveProjectTerms> terms(Offer offer, Edition edition) {
        return isCollectiveProject(offer)
                ? edition.catalogue().collectiveProjectTerms()
                : Optional.empty();
    }

    private static String names(Edition edition, Set<Corps> corps, Language language) {
        return String.join(language == Language.FR ? " et aux " : " and ",
                corps.stream().map(c -> Texts.corps(edition, c).in(language)).toList());
    }

    private static String grouped(int number, char separator) {
        return Texts.grouped(number, separator);
    }
}

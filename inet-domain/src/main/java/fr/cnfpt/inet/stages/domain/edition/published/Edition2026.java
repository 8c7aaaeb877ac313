package fr.cnfpt.inet.stages.domain.edition.published;

import static fr.cnfpt.inet.stages.domain.text.LocalizedText.of;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.internship.InternshipCatalogue;
import java.util.List;

/**
 * The built-in 2026-2027 edition of "Accueillir un ou une élève en stage", assembled from its
 * sections. Reached through {@link Editions}.
 */
final class Edition2026 {

    private Edition2026() {
    }

    /**
     * Builds the 2026-2027 edition.
     *
     * @return the edition, not null
     */
    static Edition edition() {
        Edition.Builder builder = Edition.builder(CohortYear.of(2026))
                .title(of("Accueillir un ou une élève en stage", "Hosting an INET trainee"),
                        List.of(of("Un stage à proposer ?", "Have an internship to offer?"),
                                of("Une mission à réaliser ?", "A project that needs doing?")))
                .hostingPitch(List.of(
                        of("Le modèle de formation de l'INET repose sur des périodes de mises en situation"
                                        + " professionnelle qui permettent aux élèves de monter progressivement en"
                                        + " compétences et en responsabilités. Au cours de leur scolarité, ils"
                                        + " effectuent 3 à 5 stages en collectivité.",
                                "INET's training model rests on periods of work placement through which trainees"
                                        + " gradually build up skills and responsibilities. During their training, they"
                                        + " complete 3 to 5 internships in local authorities."),
                        of("Accueillir un ou une élève en stage, une ressource pour votre collectivité et un"
                                        + " investissement pour l'avenir",
                                "Hosting an INET trainee: a resource for your local authority and an investment in"
                                        + " the future"),
                        of("Ces périodes d'immersion professionnelle sont une opportunité pour vous, collectivités, de"
                                        + " bénéficier d'un regard extérieur et rigoureux sur une de vos problématiques"
                                        + " actuelles.",
                                "These periods of professional immersion give your local authority the benefit of a"
                                        + " rigorous outside view of one of its current issues."),
                        of("Vous trouverez ci-contre les différentes possibilités pour accueillir un ou une élève de"
                                        + " l'INET au sein de votre équipe et lui confier une mission. N'hésitez pas à"
                                        + " nous contacter pour plus d'informations.",
                                "This brochure sets out the different ways of hosting an INET trainee in your team"
                                        + " and entrusting them with an assignment. Feel free to contact us for more"
                                        + " information.")))
                .curriculum(Curriculum2026.curriculum())
                .catalogue(InternshipCatalogue.of(List.of(Observation2026.definition(), Thematique2026.definition(),
                        ProjetCollectif2026.definition(), Ouverture2026.definition(),
                        Perfectionnement2026.definition(), Professionnalisation2026.definition())))
                .contact(Inet2026.contact())
                .institution(Inet2026.institution())
                .errata(Errata2026.errata());
        Corps2026.profiles().forEach(builder::profile);
        return builder.build();
    }
}

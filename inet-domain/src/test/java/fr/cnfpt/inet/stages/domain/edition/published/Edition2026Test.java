package fr.cnfpt.inet.stages.domain.edition.published;

import static fr.cnfpt.inet.stages.domain.corps.Corps.ADMINISTRATEUR;
import static fr.cnfpt.inet.stages.domain.corps.Corps.CONSERVATEUR_BIBLIOTHEQUES;
import static fr.cnfpt.inet.stages.domain.corps.Corps.CONSERVATEUR_PATRIMOINE;
import static fr.cnfpt.inet.stages.domain.corps.Corps.INGENIEUR_EN_CHEF;
import static fr.cnfpt.inet.stages.domain.internship.InternshipType.OBSERVATION;
import static fr.cnfpt.inet.stages.domain.internship.InternshipType.OUVERTURE;
import static fr.cnfpt.inet.stages.domain.internship.InternshipType.PERFECTIONNEMENT;
import static fr.cnfpt.inet.stages.domain.internship.InternshipType.PROFESSIONNALISATION;
import static fr.cnfpt.inet.stages.domain.internship.InternshipType.PROJET_COLLECTIF;
import static fr.cnfpt.inet.stages.domain.internship.InternshipType.THEMATIQUE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.corps.Filiere;
import fr.cnfpt.inet.stages.domain.corps.Institute;
import fr.cnfpt.inet.stages.domain.edition.CorpsProfile;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.Erratum;
import fr.cnfpt.inet.stages.domain.edition.Institution;
import fr.cnfpt.inet.stages.domain.edition.InternshipsContact;
import fr.cnfpt.inet.stages.domain.internship.Internship;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.internship.Supervisor;
import fr.cnfpt.inet.stages.domain.quantity.Euros;
import fr.cnfpt.inet.stages.domain.quantity.Months;
import fr.cnfpt.inet.stages.domain.quantity.Weeks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The built-in 2026-2027 edition says exactly what the brochure says. */
class Edition2026Test {

    private final Edition edition = Editions.current();

    @Test
    void isTheEditionOfTheSchooling20262027() {
        assertThat(edition.label()).isEqualTo("2026-2027");
        assertThat(edition.title().fr()).isEqualTo("Accueillir un ou une élève en stage");
        assertThat(edition.coverQuestions()).extracting(t -> t.fr())
                .containsExactly("Un stage à proposer ?", "Une mission à réaliser ?");
    }

    /** "18 MOIS DE SCOLARITÉ … 12 MOIS DE SCOLARITÉ", and the filières of the collective projects. */
    @ParameterizedTest
    @CsvSource({
        "ADMINISTRATEUR, ADMINISTRATIVE, 18, administrateurs et administratrices territoriaux",
        "CONSERVATEUR_BIBLIOTHEQUES, CULTURELLE, 18, conservateurs et conservatrices territoriaux de bibliothèques",
        "INGENIEUR_EN_CHEF, TECHNIQUE, 12, ingénieurs et ingénieures en chef territoriaux"
    })
    void profilesEachInetCorpsWithItsSchoolingLength(Corps corps, Filiere filiere, int months, String name) {
        CorpsProfile profile = edition.profile(corps);
        assertThat(corps.filiere()).isEqualTo(filiere);
        assertThat(profile.schooling()).contains(Months.of(months));
        assertThat(profile.name().fr()).isEqualTo(name);
        assertThat(profile.placedBy()).isEqualTo(Institute.INET);
    }

    /** "Les stages des élèves conservateurs et conservatrices territoriaux du patrimoine sont gérés par l'INP". */
    @Test
    void knowsTheInpPlacesConservateursDuPatrimoine() {
        CorpsProfile profile = edition.profile(CONSERVATEUR_PATRIMOINE);
        assertThat(profile.placedBy()).isEqualTo(Institute.INP);
        assertThat(profile.isPlacedByInet()).isFalse();
        assertThat(profile.placementNote()).hasValueSatisfying(n -> assertThat(n.fr()).contains("gérés par l'INP"));
        assertThat(edition.catalogue().internshipsOf(CONSERVATEUR_PATRIMOINE)).isEmpty();
        assertThat(CONSERVATEUR_PATRIMOINE.filiere()).isEqualTo(Filiere.CULTURELLE);
    }

    /** Every duration of the brochure's "Durée et période" rows, in schooling order. */
    @ParameterizedTest(name = "{0} {1}: rank {2}, {3} weeks")
    @CsvSource({
        "ADMINISTRATEUR, OBSERVATION, 1, 4",
        "ADMINISTRATEUR, THEMATIQUE, 2, 7",
        "ADMINISTRATEUR, PROJET_COLLECTIF, 3, 9",
        "ADMINISTRATEUR, OUVERTURE, 4, 4",
        "ADMINISTRATEUR, PROFESSIONNALISATION, 5, 13",
        "CONSERVATEUR_BIBLIOTHEQUES, OBSERVATION, 1, 3",
        "CONSERVATEUR_BIBLIOTHEQUES, THEMATIQUE, 2, 7",
        "CONSERVATEUR_BIBLIOTHEQUES, PROJET_COLLECTIF, 3, 9",
        "CONSERVATEUR_BIBLIOTHEQUES, OUVERTURE, 4, 3",
        "CONSERVATEUR_BIBLIOTHEQUES, PROFESSIONNALISATION, 5, 11",
        "INGENIEUR_EN_CHEF, OBSERVATION, 1, 3",
        "INGENIEUR_EN_CHEF, PROJET_COLLECTIF, 2, 9",
        "INGENIEUR_EN_CHEF, PERFECTIONNEMENT, 3, 7"
    })
    void declaresEachInternshipsWeeksAndRankAsTheBrochure(Corps corps, InternshipType type, int rank, int weeks) {
        Internship internship = edition.catalogue().find(type, corps).orElseThrow();
        assertThat(internship.rank()).isEqualTo(rank);
        assertThat(internship.weeks()).isEqualTo(Weeks.of(weeks));
        assertThat(internship.objectives()).isNotEmpty();
    }

    /** "3 à 5 stages en collectivité". */
    @Test
    void givesEachInetCorpsThreeToFiveInternshipsInOrder() {
        assertThat(edition.catalogue().internshipsOf(ADMINISTRATEUR)).extracting(Internship::type)
                .containsExactly(OBSERVATION, THEMATIQUE, PROJET_COLLECTIF, OUVERTURE, PROFESSIONNALISATION);
        assertThat(edition.catalogue().internshipsOf(CONSERVATEUR_BIBLIOTHEQUES)).extracting(Internship::type)
                .containsExactly(OBSERVATION, THEMATIQUE, PROJET_COLLECTIF, OUVERTURE, PROFESSIONNALISATION);
        assertThat(edition.catalogue().internshipsOf(INGENIEUR_EN_CHEF)).extracting(Internship::type)
                .containsExactly(OBSERVATION, PROJET_COLLECTIF, PERFECTIONNEMENT);
    }

    @ParameterizedTest(name = "{1} is not open to {0}")
    @CsvSource({
        "INGENIEUR_EN_CHEF, THEMATIQUE",
        "INGENIEUR_EN_CHEF, OUVERTURE",
        "INGENIEUR_EN_CHEF, PROFESSIONNALISATION",
        "ADMINISTRATEUR, PERFECTIONNEMENT",
        "CONSERVATEUR_BIBLIOTHEQUES, PERFECTIONNEMENT",
        "CONSERVATEUR_PATRIMOINE, OBSERVATION"
    })
    void knowsTheTypesACorpsIsNotOpenTo(Corps corps, InternshipType type) {
        assertThat(edition.catalogue().isOpen(type, corps)).isFalse();
    }

    /** "L'élève est directement placé auprès du DGS" / "auprès du directeur ou de la directrice d'établissement". */
    @Test
    void placesObservationTraineesWithTheDgsOrTheLibraryDirector() {
        assertThat(edition.catalogue().find(OBSERVATION, ADMINISTRATEUR).orElseThrow().arrangements().placedWith())
                .contains(Supervisor.DGS);
        assertThat(edition.catalogue().find(OBSERVATION, INGENIEUR_EN_CHEF).orElseThrow().arrangements().placedWith())
                .contains(Supervisor.DGS);
        assertThat(edition.catalogue().find(OBSERVATION, CONSERVATEUR_BIBLIOTHEQUES).orElseThrow().arrangements()
                .placedWith()).contains(Supervisor.DIRECTEUR_ETABLISSEMENT);
        assertThat(edition.catalogue().find(OBSERVATION, CONSERVATEUR_BIBLIOTHEQUES).orElseThrow().arrangements()
                .phases()).extracting(p -> p.longest().value()).containsExactly(2, 1);
        assertThat(edition.catalogue().find(OBSERVATION, ADMINISTRATEUR).orElseThrow().arrangements().phases())
                .extracting(p -> p.shortest().value() + "-" + p.longest().value()).containsExactly("2-3", "1-1");
    }

    /** "mobilise 4 élèves sur 9 semaines", "plus de 40 000 habitants", "participation forfaitaire de 4 000 €". */
    @Test
    void statesTheCollectiveProjectTerms() {
        var terms = edition.catalogue().definition(PROJET_COLLECTIF).orElseThrow().collectiveProjectTerms().orElseThrow();
        assertThat(terms.teamSize()).isEqualTo(4);
        assertThat(terms.populationAbove()).isEqualTo(40_000);
        assertThat(terms.contribution()).isEqualTo(Euros.of(4_000));
        assertThat(edition.catalogue().definition(PROJET_COLLECTIF).orElseThrow().corps())
                .containsExactly(ADMINISTRATEUR, CONSERVATEUR_BIBLIOTHEQUES, INGENIEUR_EN_CHEF);
    }

    @Test
    void giveTheBrochuresExamplesAndHostBenefits() {
        assertThat(edition.catalogue().find(THEMATIQUE, ADMINISTRATEUR).orElseThrow().examples().get(0).items()).hasSize(6);
        assertThat(edition.catalogue().find(THEMATIQUE, CONSERVATEUR_BIBLIOTHEQUES).orElseThrow().examples().get(0).items())
                .hasSize(6);
        assertThat(edition.catalogue().find(PROJET_COLLECTIF, INGENIEUR_EN_CHEF).orElseThrow().examples().get(0).items())
                .hasSize(6);
        assertThat(edition.catalogue().find(OUVERTURE, ADMINISTRATEUR).orElseThrow().examples())
                .extracting(g -> g.heading().orElseThrow().fr())
                .containsExactly("Services de l'État", "Entreprises publiques", "Établissements culturels",
                        "Secteur privé", "Autres structures");
        assertThat(edition.catalogue().find(PERFECTIONNEMENT, INGENIEUR_EN_CHEF).orElseThrow().examples().get(0).items())
                .hasSize(5);
        assertThat(edition.catalogue().find(PROFESSIONNALISATION, ADMINISTRATEUR).orElseThrow().examples().get(0).items())
                .hasSize(4);
        assertThat(edition.catalogue().definition(OBSERVATION).orElseThrow().hostBenefits())
                .extracting(b -> b.text().fr()).containsExactly("Partager son expérience et bénéficier d'un regard extérieur.");
        assertThat(edition.catalogue().definition(PROFESSIONNALISATION).orElseThrow().hostBenefits().get(0).highlighted())
                .as("LE +").isTrue();
    }

    @Test
    void statesTheCurriculumsEightParcoursTwoItinerairesAndCommonCore() {
        var curriculum = edition.curriculum();
        assertThat(curriculum.parcours()).hasSize(8);
        assertThat(curriculum.itineraires()).extracting(p -> p.title().fr()).containsExactly("Numérique", "Europe");
        assertThat(curriculum.doubleObjective()).hasSize(2);
        assertThat(curriculum.doubleObjective().get(0).points()).hasSize(3);
        assertThat(curriculum.principles()).hasSize(3);
        assertThat(curriculum.troncCommun()).hasValueSatisfying(t -> {
            assertThat(t.schools()).isEqualTo(21);
            assertThat(t.hours().value()).isEqualTo(100);
        });
        assertThat(curriculum.parcoursFor(CONSERVATEUR_BIBLIOTHEQUES)).hasSize(8);
        assertThat(curriculum.parcoursFor(ADMINISTRATEUR)).hasSize(7)
                .noneMatch(p -> p.code().equals("COMPETENCES_SCIENTIFIQUES_TECHNIQUES"));
    }

    /** "stages.inet@cnfpt.fr  Tél. : 03 88 15 53 69 | Port. : 06 10 53 03 78". */
    @Test
    void givesTheInternshipsCoordinatorsContact() {
        InternshipsContact contact = edition.contact();
        assertThat(contact.fullName()).isEqualTo("Ingrid VIBET");
        assertThat(contact.role().fr()).isEqualTo("Conseillère formation en charge de la coordination des stages");
        assertThat(contact.email().value()).isEqualTo("stages.inet@cnfpt.fr");
        assertThat(contact.telephone().national()).isEqualTo("03 88 15 53 69");
        assertThat(contact.mobile().national()).isEqualTo("06 10 53 03 78");
        assertThat(edition.institution().addressLines()).containsExactly("1, rue Edmond Michelet", "CS 40262",
                "67089 Strasbourg Cedex");
        assertThat(edition.institution().telephone().national()).isEqualTo("03 88 15 52 64");
        assertThat(edition.institution().website()).isEqualTo("inet.cnfpt.fr");
    }

    /** "170 students trained every year in initial training", "4,000 …", "600 …", "900 …". */
    @Test
    void givesInetsFiguresFromTheOverview() {
        Institution inet = edition.institution();
        assertThat(inet.figure("INITIAL_TRAINEES_PER_YEAR")).hasValueSatisfying(f -> assertThat(f.value()).isEqualTo(170));
        assertThat(inet.figure("IN_SERVICE_EXECUTIVES_PER_YEAR")).hasValueSatisfying(f -> assertThat(f.value()).isEqualTo(4_000));
        assertThat(inet.figure("PROGRAMMES_PER_YEAR")).hasValueSatisfying(f -> assertThat(f.value()).isEqualTo(600));
        assertThat(inet.figure("TRAINERS_PER_YEAR")).hasValueSatisfying(f -> assertThat(f.value()).isEqualTo(900));
        assertThat(inet.figure("CNFPT_TRAINEES_PER_YEAR")).hasValueSatisfying(f -> assertThat(f.value()).isEqualTo(1_000_000));
        assertThat(inet.internationalMission()).hasSize(5);
        assertThat(inet.forForeignInstitutions()).hasSize(5);
    }

    /** The brochure's inconsistencies are reported, not copied. */
    @Test
    void reportsTheBrochuresInconsistencies() {
        assertThat(edition.errata()).extracting(Erratum::code).contains(
                "PROFESSIONNALISATION_WEEKS_CONSERVATEURS", "CONTACT_EMAIL_MISPRINT", "INGENIEURS_INCLUSIVE_FORM",
                "INGENIEURS_END_OF_SCHOOLING_MONTH");
        assertThat(edition.errata()).filteredOn(e -> e.code().equals("CONTACT_EMAIL_MISPRINT"))
                .extracting(Erratum::published).containsExactly("stages.inet.cnfpt.fr");
    }

    @Test
    void translatesEveryTextIntoEnglish() {
        assertThat(edition.catalogue().definition(OUVERTURE).orElseThrow().name().en()).isEqualTo("Broadening internship");
        assertThat(edition.profile(INGENIEUR_EN_CHEF).name().en()).isEqualTo("chief engineers");
    }
}

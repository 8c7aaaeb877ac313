package fr.cnfpt.inet.stages.domain.edition.published;

import static fr.cnfpt.inet.stages.domain.text.LocalizedText.of;

import fr.cnfpt.inet.stages.domain.contact.EmailAddress;
import fr.cnfpt.inet.stages.domain.contact.PhoneNumber;
import fr.cnfpt.inet.stages.domain.edition.Institution;
import fr.cnfpt.inet.stages.domain.edition.InternshipsContact;
import fr.cnfpt.inet.stages.domain.edition.KeyFigure;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.List;

/**
 * INET's contact for internships (brochure) and INET's profile (the brochure's back page and the
 * English overview "The National Institute for Local Studies").
 */
final class Inet2026 {

    private Inet2026() {
    }

    static InternshipsContact contact() {
        return new InternshipsContact("Ingrid", "VIBET",
                of("Conseillère formation en charge de la coordination des stages",
                        "Training adviser, internships coordinator"),
                EmailAddress.of("stages.inet@cnfpt.fr"),
                PhoneNumber.parse("03 88 15 53 69"),
                PhoneNumber.parse("06 10 53 03 78"));
    }

    static Institution institution() {
        return new Institution(description(),
                List.of("1, rue Edmond Michelet", "CS 40262", "67089 Strasbourg Cedex"),
                of("France", "France"),
                PhoneNumber.parse("0388155264"),
                "inet.cnfpt.fr",
                List.of(of("Gardez le fil avec l'INET", "Keep in touch with INET"),
                        of("Toutes les infos sont sur inet.cnfpt.fr", "Find everything on inet.cnfpt.fr"),
                        of("S'inscrire à la lettre de l'INET", "Subscribe to INET's newsletter")),
                figures(),
                List.of(of("Un programme de formation sur les enjeux européens et internationaux pour les cadres de"
                                        + " direction territoriaux",
                                "A training programme on European and international issues for local government"
                                        + " executives"),
                        of("Le développement de partenariats et de réseaux européens et internationaux",
                                "Developing European and international partnerships and networks"),
                        of("L'accueil de délégations étrangères et l'organisation de stages",
                                "Receiving foreign delegations and organising internships"),
                        of("La mise à disposition de ressources en ligne (publications, études comparatives, etc.)",
                                "Providing online resources (publications, comparative studies, etc.)"),
                        of("L'organisation d'événements thématiques sur les enjeux européens et internationaux pour les"
                                        + " cadres de direction territoriaux",
                                "Organising themed events on European and international issues for local government"
                                        + " executives")),
                List.of(of("Découvrir l'INET, le CNFPT, la formation des agents territoriaux et la décentralisation"
                                        + " en France : l'INET reçoit chaque année des délégations étrangères.",
                                "Learn about INET, the CNFPT, the training of local civil servants and decentralisation"
                                        + " in France: every year INET welcomes foreign delegations."),
                        of("Accueillir un ou une élève de l'INET en stage au sein d'une institution étrangère ou d'une"
                                        + " organisation internationale.",
                                "Host an INET trainee for an internship within a foreign institution or an"
                                        + " international organisation."),
                        of("Envisager un partenariat avec l'INET ou le CNFPT.",
                                "Consider a partnership with INET or the CNFPT."),
                        of("Participer aux formations organisées par le CNFPT ou l'INET.",
                                "Take part in training courses run by the CNFPT or INET."),
                        of("Consulter les publications et études comparatives européennes et internationales de l'INET"
                                        + " et du CNFPT.",
                                "Consult the European and international publications and comparative studies of INET"
                                        + " and the CNFPT.")));
    }

    /**
     * Who INET is, from the English overview (its errors corrected: see {@code docs/edition-2026-2027.md}),
     * and what a host abroad needs to know, from the overview and the brochure.
     */
    private static List<LocalizedText> description() {
        return List.of(of("L'Institut national des études territoriales (INET) est l'école des cadres de direction"
                                + " territoriaux. Il forme les cadres dirigeants et futurs cadres dirigeants des"
                                + " grandes collectivités (communes de plus de 40 000 habitants, départements,"
                                + " régions, métropoles…) qui travaillent dans des administrations locales"
                                + " comptant jusqu'à 15 000 agents.",
                        "The National Institute for Local Studies (Institut national des études territoriales, INET)"
                                + " is the school for the chief executives and senior managers of French local"
                                + " government. It trains the present and future top managers of France's major local"
                                + " authorities (municipalities of over 40,000 inhabitants, départements (counties),"
                                + " regions, metropolitan areas…), whose administrations employ up to 15,000 staff."),
                of("L'INET est pour la fonction publique territoriale l'équivalent de l'Institut national du"
                                + " service public (INSP, ancienne École nationale d'administration, ENA) pour la"
                                + " fonction publique de l'État, ou de l'École des hautes études en santé publique"
                                + " (EHESP) pour la fonction publique hospitalière.",
                        "INET is to the local civil service what the Institut national du service public (INSP,"
                                + " formerly the École nationale d'administration, ENA) is to the State civil service,"
                                + " and the School of Advanced Studies in Public Health (EHESP) to the hospital civil"
                                + " service."),
                of("L'INET est situé à Strasbourg, capitale européenne, et fait partie du Centre national de la"
                                + " fonction publique territoriale (CNFPT), établissement public qui forme chaque"
                                + " année plus d'un million d'agents territoriaux dans toute la France.",
                        "INET is based in Strasbourg, a European capital, and is part of the National Centre for"
                                + " Local Civil Service (Centre national de la fonction publique territoriale, CNFPT),"
                                + " the public body that trains over one million local civil servants throughout"
                                + " France every year."),
                of("Au sein du CNFPT, l'INET forme et accompagne les cadres de direction des principales"
                                + " collectivités aux moments clés de leur carrière : formation initiale des"
                                + " cadres de direction des filières administrative, technique et culturelle,"
                                + " formation tout au long de la vie, conseil et accompagnement de la mobilité"
                                + " professionnelle.",
                        "Within the CNFPT, INET trains and supports the senior executives of major local authorities"
                                + " at key points in their careers: initial training for senior executives in the"
                                + " administrative, technical and cultural streams, lifelong learning, and advice and"
                                + " guidance on career moves."),
                of("Chaque année, 170 élèves suivent la formation initiale de l'INET : les lauréats des concours"
                                + " d'administrateur territorial, de conservateur territorial de bibliothèques, de"
                                + " conservateur territorial du patrimoine et d'ingénieur en chef territorial. Au"
                                + " cours de leur scolarité de 12 à 18 mois, ils effectuent 3 à 5 stages.",
                        "Every year, 170 students follow INET's initial training: those who have passed the"
                                + " competitive examinations for senior administrators, library curators, heritage"
                                + " curators and chief engineers in local government. During their 12- to 18-month"
                                + " training programme, they complete 3 to 5 internships."),
                of("Le modèle de formation de l'INET est accrédité par la Commission internationale"
                                + " d'accréditation des programmes de formation en administration publique"
                                + " (ICAPA), gage d'une reconnaissance internationale de sa qualité. Il est"
                                + " professionnalisant, pluridisciplinaire et innovant.",
                        "INET's training model is accredited by the International Commission on the Accreditation"
                                + " of Public Administration Education and Training Programs (ICAPA), which gives"
                                + " international recognition to its quality. It is vocational, multidisciplinary and"
                                + " innovative."),
                of("Installé à Strasbourg, au cœur de l'Europe, l'INET est ouvert à l'Europe et au monde : sa"
                                + " Mission européenne et internationale, un service du CNFPT basé à l'INET, organise"
                                + " notamment des stages. Une institution étrangère ou une organisation internationale"
                                + " peut accueillir un ou une élève de l'INET : les collectivités européennes figurent"
                                + " parmi les structures d'accueil du stage d'ouverture, et le stage de"
                                + " perfectionnement des ingénieurs et ingénieures en chef peut être réalisé hors"
                                + " collectivité territoriale si leur projet professionnel le justifie.",
                        "Based in Strasbourg, in the heart of Europe, INET is open to Europe and the world: its"
                                + " European and International Mission, a CNFPT department based at INET, organises"
                                + " internships among other things. A foreign institution or an international"
                                + " organisation can host an INET trainee: European local authorities are among the"
                                + " host organisations of the broadening internship (stage d'ouverture), and the chief"
                                + " engineers' advanced internship (stage de perfectionnement) may take place outside"
                                + " local government if the trainee's career plan justifies it."));
    }

    private static List<KeyFigure> figures() {
        return List.of(
                new KeyFigure("INITIAL_TRAINEES_PER_YEAR", 170,
                        of("élèves formés chaque année en formation initiale",
                                "students trained every year in initial training")),
                new KeyFigure("IN_SERVICE_EXECUTIVES_PER_YEAR", 4_000,
                        of("cadres de direction ou futurs cadres formés chaque année en formation continue",
                                "local government executives, present and future, who take in-service training"
                                        + " every year")),
                new KeyFigure("PROGRAMMES_PER_YEAR", 600, of("programmes de formation par an",
                        "training programmes a year")),
                new KeyFigure("TRAINERS_PER_YEAR", 900, of("formateurs et formatrices par an", "trainers a year")),
                new KeyFigure("CNFPT_TRAINEES_PER_YEAR", 1_000_000,
                        of("agents territoriaux formés par an par le CNFPT (plus d'un million)",
                                "local civil servants trained every year by the CNFPT (over one million)")),
                new KeyFigure("FRENCH_CIVIL_SERVANTS", 5_600_000,
                        of("agents de la fonction publique française (environ ; un cinquième de la population active)",
                                "people employed by the French civil service (approximately; one fifth of the working"
                                        + " population)")),
                new KeyFigure("LARGEST_ADMINISTRATIONS_AGENTS", 15_000,
                        of("agents au plus dans les administrations locales où travaillent les cadres formés",
                                "staff at most in the local administrations where the executives INET trains work")),
                new KeyFigure("MAJOR_MUNICIPALITY_INHABITANTS", 40_000,
                        of("habitants : au-delà, une commune compte parmi les grandes collectivités dont l'INET forme"
                                        + " les cadres",
                                "inhabitants: above this, a municipality is one of the major local authorities whose"
                                        + " executives INET trains")));
    }
}

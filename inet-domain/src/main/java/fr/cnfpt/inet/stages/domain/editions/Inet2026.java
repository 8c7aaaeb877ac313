package fr.cnfpt.inet.stages.domain.editions;

import static fr.cnfpt.inet.stages.domain.text.LocalizedText.of;

import fr.cnfpt.inet.stages.domain.contact.EmailAddress;
import fr.cnfpt.inet.stages.domain.contact.PhoneNumber;
import fr.cnfpt.inet.stages.domain.edition.Institution;
import fr.cnfpt.inet.stages.domain.edition.InternshipsContact;
import fr.cnfpt.inet.stages.domain.edition.KeyFigure;
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
                        "Training adviser in charge of coordinating internships"),
                EmailAddress.of("stages.inet@cnfpt.fr"),
                PhoneNumber.parse("03 88 15 53 69"),
                PhoneNumber.parse("06 10 53 03 78"));
    }

    static Institution institution() {
        return new Institution(
                List.of(of("L'Institut national des études territoriales (INET) est l'école des cadres de direction"
                                        + " territoriaux. Il forme les cadres dirigeants et futurs cadres dirigeants des"
                                        + " grandes collectivités (communes de plus de 40 000 habitants, départements,"
                                        + " régions, métropoles…) qui travaillent dans des administrations locales"
                                        + " comptant jusqu'à 15 000 agents.",
                                "The National Institute for Local Studies (INET) is the school for local chief executives"
                                        + " and senior managers. Its aim is to train top managers and future top"
                                        + " managers of major local authorities in France (municipalities of over 40 000"
                                        + " inhabitants, counties (\"départements\"), regions, metropolitan areas…) who"
                                        + " work in local administrations with up to 15000 agents."),
                        of("L'INET est pour la fonction publique territoriale l'équivalent de l'Institut national du"
                                        + " service public (INSP, ancienne École nationale d'administration, ENA) pour la"
                                        + " fonction publique de l'État, ou de l'École des hautes études en santé publique"
                                        + " (EHESP) pour la fonction publique hospitalière.",
                                "The INET is for the local civil service the equivalent of the Institut national du"
                                        + " service public - INSP (former Ecole Nationale d'Administration - ENA) for"
                                        + " state civil service or the School of Senior Studies in Public Health (EHESP)"
                                        + " for the health civil service."),
                        of("L'INET est situé à Strasbourg, capitale européenne, et fait partie du Centre national de la"
                                        + " fonction publique territoriale (CNFPT), établissement public qui forme chaque"
                                        + " année plus d'un million d'agents territoriaux dans toute la France.",
                                "The INET is located in the European capital of Strasbourg and is part of the National"
                                        + " Centre for Local Civil Service (CNFPT - Centre National de la Fonction"
                                        + " Publique Territoriale), a public body that trains over one million local civil"
                                        + " servants throughout France per year."),
                        of("Au sein du CNFPT, l'INET forme et accompagne les cadres de direction des principales"
                                        + " collectivités aux moments clés de leur carrière : formation initiale des"
                                        + " cadres de direction des filières administrative, technique et culturelle,"
                                        + " formation tout au long de la vie, conseil et accompagnement de la mobilité"
                                        + " professionnelle.",
                                "Within the CNFPT, the INET trains and guides local chief executives of main local"
                                        + " authorities at critical points of their careers: initial training for"
                                        + " executive managers from administrative, technical, and cultural fields,"
                                        + " lifelong learning, advice and guidance regarding job mobility."),
                        of("Le modèle de formation de l'INET est accrédité par la Commission internationale"
                                        + " d'accréditation des programmes de formation en administration publique"
                                        + " (ICAPA). Il est professionnalisant, pluridisciplinaire et innovant.",
                                "INET's training model is accredited by the International Commission on the"
                                        + " Accreditation of Public Administration Education and Training Programs"
                                        + " (ICAPA). It is professionalising, multidisciplinary and innovative.")),
                List.of("1, rue Edmond Michelet", "CS 40262", "67089 Strasbourg Cedex"),
                PhoneNumber.parse("0388155264"),
                "inet.cnfpt.fr",
                List.of(of("Gardez le fil avec l'INET", "Keep in touch with INET"),
                        of("Toutes les infos sont sur inet.cnfpt.fr", "All the news is on inet.cnfpt.fr"),
                        of("S'inscrire à la lettre de l'INET", "Subscribe to INET's newsletter")),
                figures(),
                List.of(of("Un programme de formation sur les enjeux européens et internationaux pour les cadres de"
                                        + " direction territoriaux",
                                "A training programme covering European and international issues for local chief"
                                        + " executives"),
                        of("Le développement de partenariats et de réseaux européens et internationaux",
                                "The development of European and international partnerships and networks"),
                        of("L'accueil de délégations étrangères et l'organisation de stages",
                                "The reception of foreign delegations and the organisation of internships"),
                        of("La mise à disposition de ressources en ligne (publications, études comparatives, etc.)",
                                "The provision of online resources (publications, comparative studies, etc.)"),
                        of("L'organisation d'événements thématiques sur les enjeux européens et internationaux pour les"
                                        + " cadres de direction territoriaux",
                                "The organisation of themed events relating to European and international issues for"
                                        + " local chief executives")),
                List.of(of("Découvrir l'INET, le CNFPT, la formation des agents territoriaux et la décentralisation"
                                        + " en France : l'INET reçoit chaque année des délégations étrangères.",
                                "Learn about the INET, the CNFPT, the training of local civil servants, and French"
                                        + " decentralisation: every year the INET receives visits from foreign"
                                        + " delegations."),
                        of("Accueillir un ou une élève de l'INET en stage au sein d'une institution étrangère ou d'une"
                                        + " organisation internationale.",
                                "Host an INET student as part of a vocational internship within a foreign institution"
                                        + " or international organisation."),
                        of("Envisager un partenariat avec l'INET ou le CNFPT.",
                                "Consider a partnership with the INET or the CNFPT."),
                        of("Participer aux formations organisées par le CNFPT ou l'INET.",
                                "Take part in trainings organised by the CNFPT or the INET."),
                        of("Consulter les publications et études comparatives européennes et internationales de l'INET"
                                        + " et du CNFPT.",
                                "Consult the European and international publications and comparative studies"
                                        + " published by the INET and the CNFPT.")));
    }

    private static List<KeyFigure> figures() {
        return List.of(
                new KeyFigure("INITIAL_TRAINEES_PER_YEAR", 170,
                        of("élèves formés chaque année en formation initiale",
                                "students trained every year in initial training")),
                new KeyFigure("IN_SERVICE_EXECUTIVES_PER_YEAR", 4_000,
                        of("cadres de direction ou futurs cadres formés chaque année en formation continue",
                                "regional executives or future regional executives trained every year in in-service"
                                        + " training")),
                new KeyFigure("PROGRAMMES_PER_YEAR", 600, of("programmes de formation par an",
                        "training programmes per year")),
                new KeyFigure("TRAINERS_PER_YEAR", 900, of("formateurs et formatrices par an", "trainers per year")),
                new KeyFigure("CNFPT_TRAINEES_PER_YEAR", 1_000_000,
                        of("agents territoriaux formés par an par le CNFPT (plus d'un million)",
                                "local civil servants trained per year by the CNFPT (over one million)")),
                new KeyFigure("FRENCH_CIVIL_SERVANTS", 5_600_000,
                        of("agents de la fonction publique française (environ ; un cinquième de la population active)",
                                "people employed by the French civil service (approximately; one fifth of the working"
                                        + " population)")),
                new KeyFigure("LARGEST_ADMINISTRATIONS_AGENTS", 15_000,
                        of("agents au plus dans les administrations locales où travaillent les cadres formés",
                                "agents at most in the local administrations where the trained executives work")),
                new KeyFigure("MAJOR_MUNICIPALITY_INHABITANTS", 40_000,
                        of("habitants : au-delà, une commune compte parmi les grandes collectivités dont l'INET forme"
                                        + " les cadres",
                                "inhabitants: above this, a municipality is one of the major local authorities whose"
                                        + " executives INET trains")));
    }
}

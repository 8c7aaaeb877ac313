package fr.cnfpt.inet.stages.importer.editionfile;

import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON form of an edition: plain records mirroring the domain's {@code Edition}, so that the
 * domain stays free of Jackson. Every text is {@code {"fr": "…", "en": "…"}}; codes are the domain's
 * stable codes. See {@code docs/edition-format.md}.
 *
 * @param format  the format's version, {@value EditionJson#FORMAT}
 * @param cohort  the year the cohort's schooling starts
 * @param title  the brochure's title
 * @param coverQuestions  the questions on the cover
 * @param hostingPitch  the paragraphs inviting hosts
 * @param corps  one entry per corps
 * @param curriculum  the curriculum
 * @param internshipTypes  one entry per internship type
 * @param contact  the internships contact
 * @param institution  INET's profile
 * @param errata  the inconsistencies of the sources
 */
record EditionDocument(int format, int cohort, Text title, List<Text> coverQuestions, List<Text> hostingPitch,
        List<CorpsDoc> corps, CurriculumDoc curriculum, List<TypeDoc> internshipTypes, ContactDoc contact,
        InstitutionDoc institution, List<ErratumDoc> errata) {

    record Text(String fr, String en) {
    }

    record CorpsDoc(String code, Text name, Text trainees, Text concours, Integer schoolingMonths, String placedBy,
            Text placementNote) {
    }

    record CurriculumDoc(List<Text> introduction, List<TopicDoc> doubleObjective, List<TopicDoc> principles,
            List<ParcoursDoc> parcours, List<ParcoursDoc> itineraires, Text internshipsPerSchooling) {
    }

    record TopicDoc(Text statement, List<Text> points) {
    }

    record ParcoursDoc(String code, Text title, Text contents, List<String> audience, TroncCommunDoc troncCommun) {
    }

    record TroncCommunDoc(int schools, int hours, List<Text> topics) {
    }

    record TypeDoc(String type, Text name, Text pluralName, List<Text> purpose, Text examplesHeading,
            List<BenefitDoc> hostBenefits, TermsDoc collectiveProjectTerms, List<InternshipDoc> internships) {
    }

    record BenefitDoc(Text text, boolean highlighted) {
    }

    record TermsDoc(int teamSize, int populationAbove, BigDecimal contribution, Text contributionCovers) {
    }

    record InternshipDoc(String corps, int rank, int weeks, List<Text> objectives, ArrangementsDoc arrangements,
            List<ExampleGroupDoc> examples) {
    }

    record ArrangementsDoc(String placedWith, List<Text> statements, List<PhaseDoc> phases) {
    }

    record PhaseDoc(int shortestWeeks, int longestWeeks, Text activity) {
    }

    record ExampleGroupDoc(Text heading, List<Text> items) {
    }

    record ContactDoc(String givenName, String familyName, Text role, String email, String telephone, String mobile) {
    }

    record InstitutionDoc(List<Text> description, List<String> addressLines, Text country, String telephone, String website,
            List<Text> keepInTouch, List<FigureDoc> figures, List<Text> internationalMission,
            List<Text> forForeignInstitutions) {
    }

    record FigureDoc(String code, long value, Text label) {
    }

    record ErratumDoc(String code, Text location, String published, Text retained) {
    }
}

package fr.cnfpt.inet.stages.domain.edition;

import fr.cnfpt.inet.stages.domain.curriculum.Curriculum;
import fr.cnfpt.inet.stages.domain.curriculum.Parcours;
import fr.cnfpt.inet.stages.domain.curriculum.Topic;
import fr.cnfpt.inet.stages.domain.internship.ExampleGroup;
import fr.cnfpt.inet.stages.domain.internship.Internship;
import fr.cnfpt.inet.stages.domain.internship.InternshipTypeDefinition;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lists every text an edition prints, in both languages, with where it is: what a check of the
 * edition's wording (the inclusive forms of the corps' names in French, the English terms) reads.
 * The errata are not listed: they quote the source, variants included, on purpose.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class EditionTexts {

    private EditionTexts() {
    }

    /**
     * Lists an edition's texts, in the order of its JSON form.
     *
     * @param edition  the edition, not null
     * @return the texts, not null
     */
    public static List<EditionText> of(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        List<EditionText> texts = new ArrayList<>();
        add(texts, "title", edition.title());
        addAll(texts, "coverQuestions", edition.coverQuestions());
        addAll(texts, "hostingPitch", edition.hostingPitch());
        for (CorpsProfile profile : edition.profiles()) {
            String at = "corps[" + profile.corps().code() + "]";
            add(texts, at + ".name", profile.name());
            add(texts, at + ".trainees", profile.trainees());
            add(texts, at + ".concours", profile.concours());
            profile.placementNote().ifPresent(note -> add(texts, at + ".placementNote", note));
        }
        curriculum(texts, edition.curriculum());
        for (InternshipTypeDefinition type : edition.catalogue().definitions()) {
            definition(texts, type);
        }
        add(texts, "contact.role", edition.contact().role());
        Institution institution = edition.institution();
        addAll(texts, "institution.description", institution.description());
        add(texts, "institution.country", institution.country());
        addAll(texts, "institution.keepInTouch", institution.keepInTouch());
        for (KeyFigure figure : institution.figures()) {
            add(texts, "institution.figures[" + figure.code() + "].label", figure.label());
        }
        addAll(texts, "institution.internationalMission", institution.internationalMission());
        addAll(texts, "institution.forForeignInstitutions", institution.forForeignInstitutions());
        return List.copyOf(texts);
    }

    private static void curriculum(List<EditionText> texts, Curriculum curriculum) {
        addAll(texts, "curriculum.introduction", curriculum.introduction());
        topics(texts, "curriculum.doubleObjective", curriculum.doubleObjective());
        topics(texts, "curriculum.principles", curriculum.principles());
        parcours(texts, "curriculum.parcours", curriculum.parcours());
        parcours(texts, "curriculum.itineraires", curriculum.itineraires());
        add(texts, "curriculum.internshipsPerSchooling", curriculum.internshipsPerSchooling());
    }

    private static void topics(List<EditionText> texts, String at, List<Topic> topics) {
        for (int i = 0; i < topics.size(); i++) {
            add(texts, at + "[" + i + "].statement", topics.get(i).statement());
            addAll(texts, at + "[" + i + "].points", topics.get(i).points());
        }
    }

    private static void parcours(List<EditionText> texts, String at, List<Parcours> parcours) {
        for (Parcours p : parcours) {
            String where = at + "[" + p.code() + "]";
            add(texts, where + ".title", p.title());
            add(texts, where + ".contents", p.contents());
            p.troncCommun().ifPresent(t -> addAll(texts, where + ".troncCommun.topics", t.topics()));
        }
    }

    private static void definition(List<EditionText> texts, InternshipTypeDefinition type) {
        String at = "internshipTypes[" + type.type().code() + "]";
        add(texts, at + ".name", type.name());
        add(texts, at + ".pluralName", type.pluralName());
        addAll(texts, at + ".purpose", type.purpose());
        add(texts, at + ".examplesHeading", type.examplesHeading());
        for (int i = 0; i < type.hostBenefits().size(); i++) {
            add(texts, at + ".hostBenefits[" + i + "]", type.hostBenefits().get(i).text());
        }
        type.collectiveProjectTerms().ifPresent(t -> add(texts, at + ".collectiveProjectTerms.contributionCovers",
                t.contributionCovers()));
        for (Internship internship : type.corps().stream().flatMap(c -> type.forCorps(c).stream()).toList()) {
            String where = at + ".internships[" + internship.corps().code() + "]";
            addAll(texts, where + ".objectives", internship.objectives());
            addAll(texts, where + ".arrangements.statements", internship.arrangements().statements());
            for (int i = 0; i < internship.arrangements().phases().size(); i++) {
                add(texts, where + ".arrangements.phases[" + i + "]", internship.arrangements().phases().get(i).activity());
            }
            for (int g = 0; g < internship.examples().size(); g++) {
                ExampleGroup group = internship.examples().get(g);
                String examples = where + ".examples[" + g + "]";
                group.heading().ifPresent(h -> add(texts, examples + ".heading", h));
                addAll(texts, examples + ".items", group.items());
            }
        }
    }

    private static void addAll(List<EditionText> texts, String at, List<LocalizedText> list) {
        for (int i = 0; i < list.size(); i++) {
            add(texts, at + "[" + i + "]", list.get(i));
        }
    }

    private static void add(List<EditionText> texts, String where, LocalizedText text) {
        texts.add(new EditionText(where, text));
    }
}

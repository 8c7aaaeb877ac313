package fr.cnfpt.inet.stages.cli.edition;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.CorpsProfile;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.internship.ExampleGroup;
import fr.cnfpt.inet.stages.domain.internship.Internship;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.internship.InternshipTypeDefinition;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JSON view of the catalogue printed by {@code inet corps} and {@code inet stages}. Fields may
 * be added; none may be renamed (embedding teams read them).
 *
 * @param edition  the edition's label, such as "2026-2027"
 * @param corps  the corps, in code order
 */
public record CatalogueView(String edition, List<CorpsView> corps) {

    /**
     * One corps.
     *
     * @param code  the corps code
     * @param label  the corps' name
     * @param trainees  the trainees' name
     * @param filiere  the filière code
     * @param managedBy  INET or INP
     * @param schoolingMonths  the schooling length, null where the edition does not state it
     * @param placementNote  the note saying who places the trainees, null for INET
     * @param stages  the internships in schooling order; absent from {@code inet corps}
     */
    record CorpsView(String code, String label, String trainees, String filiere, String managedBy,
            Integer schoolingMonths, String placementNote,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<StageView> stages) {
    }

    /**
     * One internship of a corps.
     *
     * @param type  the type code
     * @param rank  the place in the schooling, 1 for the first
     * @param weeks  the declared length in weeks
     * @param label  the type's name
     * @param purpose  the purpose lines of the type
     * @param objectives  the objectives for this corps
     * @param placedWith  the supervisor code the trainee is placed with, or null
     * @param arrangements  the arrangements: statements, then the parts of the time
     * @param examples  the examples; a titled group is one line "heading: items"
     * @param hostBenefits  what hosting brings the host
     */
    record StageView(String type, int rank, int weeks, String label, List<String> purpose, List<String> objectives,
            String placedWith, List<String> arrangements, List<String> examples, List<String> hostBenefits) {
    }

    static CatalogueView of(Edition edition, Language language, Set<Corps> corps, Set<InternshipType> types,
            boolean withStages) {
        List<CorpsView> views = edition.profiles().stream()
                .filter(p -> corps.contains(p.corps()))
                .map(p -> corpsView(edition, p, language, withStages ? stages(edition, p.corps(), types, language) : null))
                .toList();
        return new CatalogueView(edition.label(), views);
    }

    private static CorpsView corpsView(Edition edition, CorpsProfile profile, Language language, List<StageView> stages) {
        return new CorpsView(profile.corps().code(), profile.name().in(language), profile.trainees().in(language),
                profile.corps().filiere().name(), profile.placedBy().name(),
                profile.schooling().map(m -> m.value()).orElse(null),
                profile.placementNote().map(n -> n.in(language)).orElse(null), stages);
    }

    private static List<StageView> stages(Edition edition, Corps corps, Set<InternshipType> types, Language language) {
        return edition.catalogue().internshipsOf(corps).stream()
                .filter(i -> types.contains(i.type()))
                .map(i -> stage(edition.catalogue().definition(i.type()).orElseThrow(), i, language))
                .toList();
    }

    private static StageView stage(InternshipTypeDefinition definition, Internship internship, Language language) {
        List<String> arrangements = new ArrayList<>(texts(internship.arrangements().statements(), language));
        internship.arrangements().phases().forEach(p -> arrangements.add(p.activity().in(language)));
        return new StageView(internship.type().code(), internship.rank(), internship.weeks().value(),
                definition.name().in(language), texts(definition.purpose(), language),
                texts(internship.objectives(), language),
                internship.arrangements().placedWith().map(Enum::name).orElse(null), arrangements,
                internship.examples().stream().flatMap(g -> examples(g, language).stream()).toList(),
                definition.hostBenefits().stream().map(b -> b.text().in(language)).toList());
    }

    static List<String> examples(ExampleGroup group, Language language) {
        List<String> items = texts(group.items(), language);
        return group.heading()
                .map(h -> List.of(h.in(language) + (language == Language.FR ? " : " : ": ") + String.join(", ", items)))
                .orElse(items);
    }

    private static List<String> texts(List<LocalizedText> texts, Language language) {
        return texts.stream().map(t -> t.in(language)).collect(Collectors.toList());
    }
}

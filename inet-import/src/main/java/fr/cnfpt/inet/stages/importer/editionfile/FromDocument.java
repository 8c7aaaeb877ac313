package fr.cnfpt.inet.stages.importer.editionfile;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.contact.EmailAddress;
import fr.cnfpt.inet.stages.domain.contact.PhoneNumber;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.corps.Institute;
import fr.cnfpt.inet.stages.domain.curriculum.Curriculum;
import fr.cnfpt.inet.stages.domain.curriculum.Parcours;
import fr.cnfpt.inet.stages.domain.curriculum.Topic;
import fr.cnfpt.inet.stages.domain.curriculum.TroncCommun;
import fr.cnfpt.inet.stages.domain.edition.CorpsProfile;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.Erratum;
import fr.cnfpt.inet.stages.domain.edition.Institution;
import fr.cnfpt.inet.stages.domain.edition.InternshipsContact;
import fr.cnfpt.inet.stages.domain.edition.KeyFigure;
import fr.cnfpt.inet.stages.domain.internship.Arrangements;
import fr.cnfpt.inet.stages.domain.internship.CollectiveProjectTerms;
import fr.cnfpt.inet.stages.domain.internship.ExampleGroup;
import fr.cnfpt.inet.stages.domain.internship.HostBenefit;
import fr.cnfpt.inet.stages.domain.internship.Internship;
import fr.cnfpt.inet.stages.domain.internship.InternshipCatalogue;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.internship.InternshipTypeDefinition;
import fr.cnfpt.inet.stages.domain.internship.Phase;
import fr.cnfpt.inet.stages.domain.internship.Supervisor;
import fr.cnfpt.inet.stages.domain.quantity.Euros;
import fr.cnfpt.inet.stages.domain.quantity.Hours;
import fr.cnfpt.inet.stages.domain.quantity.Months;
import fr.cnfpt.inet.stages.domain.quantity.Weeks;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.importer.editionfile.EditionDocument.CorpsDoc;
import fr.cnfpt.inet.stages.importer.editionfile.EditionDocument.CurriculumDoc;
import fr.cnfpt.inet.stages.importer.editionfile.EditionDocument.InstitutionDoc;
import fr.cnfpt.inet.stages.importer.editionfile.EditionDocument.InternshipDoc;
import fr.cnfpt.inet.stages.importer.editionfile.EditionDocument.ParcoursDoc;
import fr.cnfpt.inet.stages.importer.editionfile.EditionDocument.Text;
import fr.cnfpt.inet.stages.importer.editionfile.EditionDocument.TopicDoc;
import fr.cnfpt.inet.stages.importer.editionfile.EditionDocument.TypeDoc;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Builds a domain edition from its JSON document, naming the JSON path of the first value the
 * domain refuses ({@code $.internshipTypes[2].internships[0].weeks}).
 */
final class FromDocument {

    private FromDocument() {
    }

    static Edition edition(EditionDocument d) {
        require(d.format() == EditionJson.FORMAT, "$.format", "unsupported edition format " + d.format()
                + "; this version reads format " + EditionJson.FORMAT);
        Edition.Builder builder = at("$.cohort", () -> Edition.builder(CohortYear.of(d.cohort())))
                .title(text(d.title(), "$.title"), texts(d.coverQuestions(), "$.coverQuestions"))
                .hostingPitch(texts(d.hostingPitch(), "$.hostingPitch"))
                .curriculum(at("$.curriculum", () -> curriculum(nonNull(d.curriculum(), "$.curriculum"))))
                .catalogue(at("$.internshipTypes", () -> InternshipCatalogue.of(
                        each(d.internshipTypes(), "$.internshipTypes", FromDocument::type))))
                .contact(at("$.contact", () -> new InternshipsContact(d.contact().givenName(), d.contact().familyName(),
                        text(d.contact().role(), "$.contact.role"), EmailAddress.of(d.contact().email()),
                        PhoneNumber.parse(d.contact().telephone()), PhoneNumber.parse(d.contact().mobile()))))
                .institution(at("$.institution", () -> institution(nonNull(d.institution(), "$.institution"))))
                .errata(each(d.errata(), "$.errata", (e, path) -> new Erratum(e.code(), text(e.location(), path + ".location"),
                        e.published(), text(e.retained(), path + ".retained"))));
        each(d.corps(), "$.corps", FromDocument::profile).forEach(p -> at("$.corps", () -> builder.profile(p)));
        return at("$", builder::build);
    }

    private static CorpsProfile profile(CorpsDoc c, String path) {
        Corps corps = at(path + ".code", () -> Corps.fromCode(c.code()).orElseThrow(
                () -> new IllegalArgumentException("unknown corps '" + c.code() + "'; accepted: " + Corps.acceptedCodes())));
        Institute placedBy = at(path + ".placedBy", () -> Institute.valueOf(c.placedBy()));
        if (placedBy == Institute.INET) {
            return at(path, () -> CorpsProfile.placedByInet(corps, text(c.name(), path + ".name"),
                    text(c.trainees(), path + ".trainees"), text(c.concours(), path + ".concours"),
                    Months.of(nonNull(c.schoolingMonths(), path + ".schoolingMonths"))));
        }
        return at(path, () -> CorpsProfile.placedBy(corps, text(c.name(), path + ".name"),
                text(c.trainees(), path + ".trainees"), text(c.concours(), path + ".concours"), placedBy,
                text(c.placementNote(), path + ".placementNote")));
    }

    private static Curriculum curriculum(CurriculumDoc c) {
        return new Curriculum(texts(c.introduction(), "$.curriculum.introduction"),
                each(c.doubleObjective(), "$.curriculum.doubleObjective", FromDocument::topic),
                each(c.principles(), "$.curriculum.principles", FromDocument::topic),
                each(c.parcours(), "$.curriculum.parcours", FromDocument::parcours),
                each(c.itineraires(), "$.curriculum.itineraires", FromDocument::parcours),
                text(c.internshipsPerSchooling(), "$.curriculum.internshipsPerSchooling"));
    }

    private static Topic topic(TopicDoc t, String path) {
        return new Topic(text(t.statement(), path + ".statement"), texts(t.points(), path + ".points"));
    }

    private static Parcours parcours(ParcoursDoc p, String path) {
        List<Corps> audience = each(p.audience(), path + ".audience", (code, at) -> at(at, () -> Corps.fromCode(code)
                .orElseThrow(() -> new IllegalArgumentException("unknown corps '" + code + "'"))));
        Parcours parcours = at(path, () -> Parcours.of(p.code(), text(p.title(), path + ".title"),
                text(p.contents(), path + ".contents"), audience));
        return p.troncCommun() == null ? parcours : at(path + ".troncCommun", () -> parcours.withTroncCommun(
                new TroncCommun(p.troncCommun().schools(), Hours.of(p.troncCommun().hours()),
                        texts(p.troncCommun().topics(), path + ".troncCommun.topics"))));
    }

    private static InternshipTypeDefinition type(TypeDoc t, String path) {
        InternshipType type = at(path + ".type", () -> InternshipType.fromCode(t.type()).orElseThrow(
                () -> new IllegalArgumentException("unknown internship type '" + t.type() + "'; accepted: "
                        + InternshipType.acceptedCodes())));
        InternshipTypeDefinition.Builder builder = InternshipTypeDefinition.builder(type)
                .names(text(t.name(), path + ".name"), text(t.pluralName(), path + ".pluralName"))
                .purpose(texts(t.purpose(), path + ".purpose").toArray(LocalizedText[]::new))
                .examplesHeading(text(t.examplesHeading(), path + ".examplesHeading"))
                .hostBenefits(each(t.hostBenefits(), path + ".hostBenefits",
                        (b, at) -> new HostBenefit(text(b.text(), at + ".text"), b.highlighted())).toArray(HostBenefit[]::new));
        if (t.collectiveProjectTerms() != null) {
            var terms = t.collectiveProjectTerms();
            String at = path + ".collectiveProjectTerms";
            builder.collectiveProjectTerms(at(at, () -> new CollectiveProjectTerms(terms.teamSize(), terms.populationAbove(),
                    Euros.of(nonNull(terms.contribution(), at + ".contribution")),
                    text(terms.contributionCovers(), at + ".contributionCovers"))));
        }
        each(t.internships(), path + ".internships", (i, at) -> internship(type, i, at))
                .forEach(i -> at(path + ".internships", () -> builder.internship(i)));
        return at(path, builder::build);
    }

    private static Internship internship(InternshipType type, InternshipDoc i, String path) {
        Corps corps = at(path + ".corps", () -> Corps.fromCode(i.corps()).orElseThrow(
                () -> new IllegalArgumentException("unknown corps '" + i.corps() + "'; accepted: " + Corps.acceptedCodes())));
        var a = nonNull(i.arrangements(), path + ".arrangements");
        List<LocalizedText> statements = texts(a.statements(), path + ".arrangements.statements");
        List<Phase> phases = each(a.phases(), path + ".arrangements.phases", (p, at) -> at(at, () -> new Phase(
                Weeks.of(p.shortestWeeks()), Weeks.of(p.longestWeeks()), text(p.activity(), at + ".activity"))));
        Arrangements arrangements = a.placedWith() == null
                ? (statements.isEmpty() && phases.isEmpty() ? Arrangements.none() : Arrangements.of(statements))
                : Arrangements.placedWith(at(path + ".arrangements.placedWith", () -> Supervisor.fromCode(a.placedWith())
                        .orElseThrow(() -> new IllegalArgumentException("unknown supervisor '" + a.placedWith() + "'"))),
                        statements, phases);
        List<ExampleGroup> examples = each(i.examples(), path + ".examples", (g, at) -> at(at, () -> g.heading() == null
                ? ExampleGroup.of(texts(g.items(), at + ".items"))
                : ExampleGroup.titled(text(g.heading(), at + ".heading"), texts(g.items(), at + ".items"))));
        return at(path, () -> new Internship(type, corps, i.rank(), Weeks.of(i.weeks()),
                texts(i.objectives(), path + ".objectives"), arrangements, examples));
    }

    private static Institution institution(InstitutionDoc i) {
        String path = "$.institution";
        return new Institution(texts(i.description(), path + ".description"), nonNull(i.addressLines(), path + ".addressLines"),
                text(i.country(), path + ".country"),
                at(path + ".telephone", () -> PhoneNumber.parse(i.telephone())), nonNull(i.website(), path + ".website"),
                texts(i.keepInTouch(), path + ".keepInTouch"),
                each(i.figures(), path + ".figures", (f, at) -> at(at, () -> new KeyFigure(f.code(), f.value(),
                        text(f.label(), at + ".label")))),
                texts(i.internationalMission(), path + ".internationalMission"),
                texts(i.forForeignInstitutions(), path + ".forForeignInstitutions"));
    }

    private static LocalizedText text(Text text, String path) {
        Text value = nonNull(text, path);
        return at(path, () -> LocalizedText.of(value.fr(), value.en()));
    }

    private static List<LocalizedText> texts(List<Text> texts, String path) {
        return each(texts, path, FromDocument::text);
    }

    private static <D, T> List<T> each(List<D> documents, String path, BiFunction<D, String, T> mapping) {
        List<T> values = new ArrayList<>();
        List<D> list = nonNull(documents, path);
        for (int i = 0; i < list.size(); i++) {
            String at = path + "[" + i + "]";
            D document = nonNull(list.get(i), at);
            values.add(at(at, () -> mapping.apply(document, at)));
        }
        return values;
    }

    private static <T> T nonNull(T value, String path) {
        require(value != null, path, "a value is required");
        return value;
    }

    private static void require(boolean condition, String path, String message) {
        if (!condition) {
            throw new EditionFormatException(path, message);
        }
    }

    private static <T> T at(String path, Supplier<T> value) {
        try {
            return value.get();
        } catch (EditionFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new EditionFormatException(path, Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName()));
        }
    }
}

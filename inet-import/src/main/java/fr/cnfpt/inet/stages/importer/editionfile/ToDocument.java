package fr.cnfpt.inet.stages.importer.editionfile;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.curriculum.Curriculum;
import fr.cnfpt.inet.stages.domain.curriculum.Parcours;
import fr.cnfpt.inet.stages.domain.curriculum.Topic;
import fr.cnfpt.inet.stages.domain.edition.CorpsProfile;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.Institution;
import fr.cnfpt.inet.stages.domain.internship.Arrangements;
import fr.cnfpt.inet.stages.domain.internship.Internship;
import fr.cnfpt.inet.stages.domain.internship.InternshipTypeDefinition;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.importer.editionfile.EditionDocument.ArrangementsDoc;
import fr.cnfpt.inet.stages.importer.editionfile.EditionDocument.BenefitDoc;
import fr.cnfpt.inet.stages.importer.editionfile.EditionDocument.ContactDoc;
import fr.cnfpt.inet.stages.importer.editionfile.EditionDocument.CorpsDoc;
import fr.cnfpt.inet.stages.importer.editionfile.EditionDocument.CurriculumDoc;
import fr.cnfpt.inet.stages.importer.editionfile.EditionDocument.ErratumDoc;
import fr.cnfpt.inet.stages.importer.editionfile.EditionDocument.ExampleGroupDoc;
import fr.cnfpt.inet.stages.importer.editionfile.EditionDocument.FigureDoc;
import fr.cnfpt.inet.stages.importer.editionfile.EditionDocument.InstitutionDoc;
import fr.cnfpt.inet.stages.importer.editionfile.EditionDocument.InternshipDoc;
import fr.cnfpt.inet.stages.importer.editionfile.EditionDocument.ParcoursDoc;
import fr.cnfpt.inet.stages.importer.editionfile.EditionDocument.PhaseDoc;
import fr.cnfpt.inet.stages.importer.editionfile.EditionDocument.TermsDoc;
import fr.cnfpt.inet.stages.importer.editionfile.EditionDocument.Text;
import fr.cnfpt.inet.stages.importer.editionfile.EditionDocument.TopicDoc;
import fr.cnfpt.inet.stages.importer.editionfile.EditionDocument.TroncCommunDoc;
import fr.cnfpt.inet.stages.importer.editionfile.EditionDocument.TypeDoc;
import java.util.List;

/** Turns a domain edition into its JSON document. */
final class ToDocument {

    private ToDocument() {
    }

    static EditionDocument of(Edition edition) {
        return new EditionDocument(EditionJson.FORMAT, edition.cohort().year(), text(edition.title()),
                texts(edition.coverQuestions()), texts(edition.hostingPitch()),
                edition.profiles().stream().map(ToDocument::corps).toList(), curriculum(edition.curriculum()),
                edition.catalogue().definitions().stream().map(ToDocument::type).toList(),
                new ContactDoc(edition.contact().givenName(), edition.contact().familyName(), text(edition.contact().role()),
                        edition.contact().email().value(), edition.contact().telephone().digits(),
                        edition.contact().mobile().digits()),
                institution(edition.institution()),
                edition.errata().stream().map(e -> new ErratumDoc(e.code(), text(e.location()), e.published(),
                        text(e.retained()))).toList());
    }

    private static CorpsDoc corps(CorpsProfile p) {
        return new CorpsDoc(p.corps().code(), text(p.name()), text(p.trainees()), text(p.concours()),
                p.schooling().map(m -> m.value()).orElse(null), p.placedBy().name(),
                p.placementNote().map(ToDocument::text).orElse(null));
    }

    private static CurriculumDoc curriculum(Curriculum c) {
        return new CurriculumDoc(texts(c.introduction()), topics(c.doubleObjective()), topics(c.principles()),
                c.parcours().stream().map(ToDocument::parcours).toList(),
                c.itineraires().stream().map(ToDocument::parcours).toList(), text(c.internshipsPerSchooling()));
    }

    private static List<TopicDoc> topics(List<Topic> topics) {
        return topics.stream().map(t -> new TopicDoc(text(t.statement()), texts(t.points()))).toList();
    }

    private static ParcoursDoc parcours(Parcours p) {
        return new ParcoursDoc(p.code(), text(p.title()), text(p.contents()),
                p.audience().stream().map(Corps::code).toList(),
                p.troncCommun().map(t -> new TroncCommunDoc(t.schools(), t.hours().value(), texts(t.topics()))).orElse(null));
    }

    private static TypeDoc type(InternshipTypeDefinition d) {
        return new TypeDoc(d.type().code(), text(d.name()), text(d.pluralName()), texts(d.purpose()),
                text(d.examplesHeading()),
                d.hostBenefits().stream().map(b -> new BenefitDoc(text(b.text()), b.highlighted())).toList(),
                d.collectiveProjectTerms().map(t -> new TermsDoc(t.teamSize(), t.populationAbove(),
                        t.contribution().amount(), text(t.contributionCovers()))).orElse(null),
                d.corps().stream().map(c -> internship(d.forCorps(c).orElseThrow())).toList());
    }

    private static InternshipDoc internship(Internship i) {
        Arrangements a = i.arrangements();
        return new InternshipDoc(i.corps().code(), i.rank(), i.weeks().value(), texts(i.objectives()),
                new ArrangementsDoc(a.placedWith().map(Enum::name).orElse(null), texts(a.statements()),
                        a.phases().stream().map(p -> new PhaseDoc(p.shortest().value(), p.longest().value(),
                                text(p.activity()))).toList()),
                i.examples().stream().map(g -> new ExampleGroupDoc(g.heading().map(ToDocument::text).orElse(null),
                        texts(g.items()))).toList());
    }

    private static InstitutionDoc institution(Institution i) {
        return new InstitutionDoc(texts(i.description()), i.addressLines(), text(i.country()), i.telephone().digits(), i.website(),
                texts(i.keepInTouch()),
                i.figures().stream().map(f -> new FigureDoc(f.code(), f.value(), text(f.label()))).toList(),
                texts(i.internationalMission()), texts(i.forForeignInstitutions()));
    }

    static Text text(LocalizedText text) {
        return new Text(text.fr(), text.en());
    }

    static List<Text> texts(List<LocalizedText> texts) {
        return texts.stream().map(ToDocument::text).toList();
    }
}

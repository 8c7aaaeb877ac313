package fr.cnfpt.inet.stages.reporting.statistics;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.host.Country;
import fr.cnfpt.inet.stages.domain.host.Departement;
import fr.cnfpt.inet.stages.domain.host.HostKind;
import fr.cnfpt.inet.stages.domain.host.Region;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;

/** The labels of the statistics tables' codes and headings. */
final class StatLabels {

    static final LocalizedText TYPE = LocalizedText.of("Type de stage", "Internship type");
    static final LocalizedText CORPS = LocalizedText.of("Cadre d'emplois", "Corps");
    static final LocalizedText COHORT = LocalizedText.of("Promotion", "Cohort");
    static final LocalizedText OFFERS = LocalizedText.of("Offres", "Offers");
    static final LocalizedText TRAINEES = LocalizedText.of("Élèves", "Trainees");
    static final LocalizedText HOST_KIND = LocalizedText.of("Type de structure", "Kind of host");
    static final LocalizedText REGION = LocalizedText.of("Région", "Région");
    static final LocalizedText DEPARTEMENT = LocalizedText.of("Département", "Département");
    static final LocalizedText COUNTRY = LocalizedText.of("Pays", "Country");
    static final LocalizedText BAND = LocalizedText.of("Population", "Population");
    static final LocalizedText TOTAL = LocalizedText.of("Total", "Total");
    static final LocalizedText ABROAD = LocalizedText.of("Étranger", "Abroad");
    static final LocalizedText NOT_GIVEN = LocalizedText.of("Non renseigné", "Not given");

    private StatLabels() {
    }

    static LocalizedText suppressedNote(int minCount) {
        return LocalizedText.of("Les effectifs inférieurs à " + minCount + " sont masqués (« < " + minCount
                + " »), et les taux calculés sur eux (« — »), pour protéger les élèves.", "Counts under " + minCount
                        + " are withheld (\"< " + minCount + "\"), and so are the rates computed from them (\"—\"), to"
                        + " protect trainees' privacy.");
    }

    static LocalizedText previous(int cohort) {
        return LocalizedText.of("Promotion " + cohort, cohort + " cohort");
    }

    static Code total() {
        return new Code("TOTAL", TOTAL);
    }

    static Code type(Edition edition, InternshipType type) {
        return new Code(type.code(), edition.catalogue().definition(type).map(d -> d.name())
                .orElse(LocalizedText.of(type.code(), type.code())));
    }

    static Code corps(Edition edition, Corps corps) {
        return new Code(corps.code(), edition.profile(corps).name());
    }

    static Code hostKind(HostKind kind) {
        return new Code(kind.code(), kind.label());
    }

    static Code region(String code) {
        if (code.equals("ETRANGER")) {
            return new Code(code, ABROAD);
        }
        return Region.fromInseeCode(code).map(r -> new Code(code, r.label())).orElse(new Code(code, NOT_GIVEN));
    }

    static Code departement(String code) {
        String name = Departement.fromCode(code).map(Departement::name).orElse(code);
        return new Code(code, LocalizedText.of(code + " " + name, code + " " + name));
    }

    static Code country(String code) {
        return Country.fromCode(code).map(c -> new Code(code, LocalizedText.of(c.name(Language.FR),
                c.name(Language.EN)))).orElse(new Code(code, NOT_GIVEN));
    }

    static Code cohort(int year) {
        String years = year + "-" + (year + 1);
        return new Code(String.valueOf(year), LocalizedText.of(years, years));
    }
}

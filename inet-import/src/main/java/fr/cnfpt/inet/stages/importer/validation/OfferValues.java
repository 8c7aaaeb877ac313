package fr.cnfpt.inet.stages.importer.validation;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import java.util.stream.Collectors;

/** The value of an offer's field, as a problem quotes it. */
final class OfferValues {

    private OfferValues() {
    }

    static String of(Offer offer, String field) {
        return switch (field) {
            case "corps" -> offer.corps().stream().map(Corps::code).collect(Collectors.joining(","));
            case "hostKind" -> offer.host().kind().code();
            case "population" -> offer.host().population().map(p -> String.valueOf(p.inhabitants())).orElse("");
            case "country" -> offer.host().country().map(c -> c.code()).orElse("");
            case "departement" -> offer.host().departement().map(d -> d.code()).orElse("");
            case "type" -> offer.type().code();
            case "supervisor" -> offer.supervisor().map(Enum::name).orElse("");
            case "contribution" -> offer.contribution().map(e -> e.amount().toPlainString()).orElse("");
            case "submitted" -> offer.submitted().toString();
            case "firstDay" -> offer.period().map(Object::toString).orElse("");
            case "cohort" -> offer.cohort().toString();
            default -> "";
        };
    }
}

/**
 * The pure domain of INET's initial training and internships (see the package
 * {@link fr.cnfpt.inet.stages.domain}). It reads nothing but {@code java.base} and exports every
 * package: all of them are the API embedding teams call.
 */
module fr.cnfpt.inet.stages.domain {
    exports fr.cnfpt.inet.stages.domain;
    exports fr.cnfpt.inet.stages.domain.cohort;
    exports fr.cnfpt.inet.stages.domain.contact;
    exports fr.cnfpt.inet.stages.domain.corps;
    exports fr.cnfpt.inet.stages.domain.curriculum;
    exports fr.cnfpt.inet.stages.domain.edition;
    exports fr.cnfpt.inet.stages.domain.edition.published;
    exports fr.cnfpt.inet.stages.domain.host;
    exports fr.cnfpt.inet.stages.domain.internship;
    exports fr.cnfpt.inet.stages.domain.offer;
    exports fr.cnfpt.inet.stages.domain.placement;
    exports fr.cnfpt.inet.stages.domain.quantity;
    exports fr.cnfpt.inet.stages.domain.rule;
    exports fr.cnfpt.inet.stages.domain.text;
    exports fr.cnfpt.inet.stages.domain.time;
    exports fr.cnfpt.inet.stages.domain.trainee;
}

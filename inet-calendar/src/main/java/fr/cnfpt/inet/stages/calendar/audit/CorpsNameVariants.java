package fr.cnfpt.inet.stages.calendar.audit;

import fr.cnfpt.inet.stages.domain.edition.CorpsProfile;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.EditionText;
import fr.cnfpt.inet.stages.domain.edition.EditionTexts;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the French texts of an edition that write a corps' inclusive name otherwise than its
 * profile does: the 2026-2027 brochure writes the engineers "ingénieurs et ingénieures en chef",
 * "ingénieurs et ingénieurs en chef" and "ingénieures et ingénieurs en chef". The profile's doublet
 * ("ingénieurs et ingénieures") is the edition's one spelling; any other pair of the same stem
 * joined by "et" is a variant, reported with where it is ({@code CORPS_NAME_VARIANT}).
 * <p>
 * This class is immutable and thread-safe.
 */
final class CorpsNameVariants {

    private static final Pattern DOUBLET = Pattern.compile("^(\\p{L}+) et (\\p{L}+)\\b");

    private CorpsNameVariants() {
    }

    static List<AuditFinding> in(Edition edition) {
        Map<String, String> doublets = new LinkedHashMap<>();
        for (CorpsProfile profile : edition.profiles()) {
            Matcher doublet = DOUBLET.matcher(profile.name().fr());
            if (doublet.find()) {
                String stem = commonPrefix(doublet.group(1), doublet.group(2));
                if (stem.length() >= 4) {
                    doublets.putIfAbsent(stem.toLowerCase(Locale.FRENCH), doublet.group(0).toLowerCase(Locale.FRENCH));
                }
            }
        }
        List<AuditFinding> findings = new ArrayList<>();
        for (EditionText text : EditionTexts.of(edition)) {
            doublets.forEach((stem, chosen) -> {
                Matcher written = Pattern.compile("\\b(" + Pattern.quote(stem) + "\\p{L}*) et (" + Pattern.quote(stem)
                        + "\\p{L}*)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text.text().fr());
                while (written.find()) {
                    String pair = written.group().toLowerCase(Locale.FRENCH);
                    if (!pair.equals(chosen)) {
                        findings.add(new AuditFinding(AuditCheck.CORPS_NAME_VARIANT, LocalizedText.of(text.where(), text.where()),
                                LocalizedText.of("« " + written.group() + " » : le nom du cadre d'emplois s'écrit « " + chosen
                                                + " » dans le reste de l'édition",
                                        "\"" + written.group() + "\": the corps' name is written \"" + chosen
                                                + "\" in the rest of the edition")));
                    }
                }
            });
        }
        return findings;
    }

    private static String commonPrefix(String one, String other) {
        int i = 0;
        while (i < one.length() && i < other.length() && one.charAt(i) == other.charAt(i)) {
            i++;
        }
        return one.substring(0, i);
    }
}

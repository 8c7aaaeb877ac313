package fr.cnfpt.inet.stages.reporting.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * veraPDF's verdict on a PDF against one flavour (PDF/A-2b, PDF/UA-1…), for tests: whether it
 * complies and, for each rule it breaks, the rule's clause and test number, what the rule asks, how
 * many checks failed and where the first one was. {@link #toString()} reads as a test's failure
 * message:
 * <pre>
 * not veraPDF flavour 2b: 2 rules failed
 *   6.2.11.4.1-1 (12 checks): The font programs for all fonts used for rendering ... must be embedded; first at root/document[0]/...
 * </pre>
 *
 * @param flavour  the flavour checked, not null
 * @param compliant  veraPDF's verdict
 * @param failedRules  the rules broken, by clause, not null
 */
public record PdfConformance(PDFAFlavour flavour, boolean compliant, List<FailedRule> failedRules) {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    /**
     * A rule of the flavour's validation profile that the document breaks.
     *
     * @param rule  the clause and test number, such as {@code 6.2.11.4.1-1}
     * @param description  what the rule asks
     * @param failedChecks  how many objects failed it
     * @param firstContext  where the first failure is, in veraPDF's object path
     */
    public record FailedRule(String rule, String description, int failedChecks, String firstContext) {

        @Override
        public String toString() {
            return rule + " (" + failedChecks + (failedChecks == 1 ? " check" : " checks") + "): " + description
                    + (firstContext.isEmpty() ? "" : "; first at " + firstContext);
        }
    }

    /** Checks and copies the parts. */
    public PdfConformance {
        Objects.requireNonNull(flavour, "flavour");
        failedRules = List.copyOf(failedRules);
    }

    /**
     * Validates a PDF file.
     *
     * @param pdf  the file, not null
     * @param flavour  the flavour to check against, such as {@code PDFAFlavour.PDFA_2_B}, not null
     * @return the verdict, not null
     * @throws IOException if the file cannot be read or veraPDF cannot parse it
     */
    public static PdfConformance of(Path pdf, PDFAFlavour flavour) throws IOException {
        return of(Files.readAllBytes(pdf), flavour);
    }

    /**
     * Validates a PDF.
     *
     * @param pdf  the document's bytes, not null
     * @param flavour  the flavour to check against, not null
     * @return the verdict, not null
     * @throws IOException if veraPDF cannot parse the document
     */
    public static PdfConformance of(byte[] pdf, PDFAFlavour flavour) throws IOException {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            return new PdfConformance(flavour, result.isCompliant(), failedRules(result));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("veraPDF could not validate the document: " + e.getMessage(), e);
        }
    }

    private static List<FailedRule> failedRules(ValidationResult result) {
        Map<RuleId, String> firstContexts = result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .collect(Collectors.toMap(TestAssertion::getRuleId, PdfConformance::context, (a, b) -> a));
        List<FailedRule> rules = new ArrayList<>();
        result.getFailedChecks().forEach((id, count) -> {
            Rule rule = result.getValidationProfile().getRuleByRuleId(id);
            rules.add(new FailedRule(id.getClause() + "-" + id.getTestNumber(),
                    rule == null ? "" : rule.getDescription(), count, firstContexts.getOrDefault(id, "")));
        });
        rules.sort(Comparator.comparing(FailedRule::rule));
        return rules;
    }

    private static String context(TestAssertion assertion) {
        return assertion.getLocation() == null || assertion.getLocation().getContext() == null ? ""
                : assertion.getLocation().getContext();
    }

    @Override
    public String toString() {
        String name = "veraPDF flavour " + flavour;
        if (compliant && failedRules.isEmpty()) {
            return name + ": compliant";
        }
        return "not " + name + ": " + failedRules.size() + (failedRules.size() == 1 ? " rule" : " rules") + " failed"
                + failedRules.stream().map(r -> "\n  " + r).collect(Collectors.joining());
    }
}

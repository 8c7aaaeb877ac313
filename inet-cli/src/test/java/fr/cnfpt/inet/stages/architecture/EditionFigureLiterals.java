package fr.cnfpt.inet.stages.architecture;

import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.internship.CollectiveProjectTerms;
import fr.cnfpt.inet.stages.domain.internship.Internship;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures of an edition written as literals in Java source: the collective projects'
 * population threshold and contribution as a number or inside a string ({@code 40_000},
 * {@code "40 000"}, {@code "40,000"}), their team size as "4 élèves" or "teams of 4", and an
 * internship's length as "9 semaines". Comments are not read: they may quote the brochure.
 */
final class EditionFigureLiterals {

    /** Spaces, separators and underscores that group the digits of a number. */
    private static final Pattern GROUPING = Pattern.compile("(?<=\\d)[\\s\u00a0\u202f,._'](?=\\d{3}(?!\\d))");
    private static final Pattern WEEKS = Pattern.compile("(?<![\\d.,])(\\d+)\\s(semaines|weeks)\\b");

    private final Set<BigDecimal> amounts = new TreeSet<>();
    private final Pattern team;
    private final Set<Integer> weeks = new TreeSet<>();

    EditionFigureLiterals(Edition edition) {
        CollectiveProjectTerms terms = edition.catalogue().collectiveProjectTerms().orElseThrow();
        amounts.add(BigDecimal.valueOf(terms.populationAbove()));
        amounts.add(terms.contribution().amount().stripTrailingZeros());
        int size = terms.teamSize();
        team = Pattern.compile("(?<![\\d.,])" + size + "\\s(élèves|trainees)\\b|\\b(équipes?|teams?) (de|of) " + size
                + "(?!\\d)");
        edition.catalogue().definitions().forEach(d -> d.corps().forEach(c -> d.forCorps(c).map(Internship::weeks)
                .ifPresent(w -> weeks.add(w.value()))));
    }

    /**
     * Lists the literals of a source that write a figure of the edition.
     *
     * @param source  Java source text
     * @return each finding as "line N: literal"
     */
    List<String> find(String source) {
        List<String> findings = new ArrayList<>();
        for (Literal literal : Literal.read(source)) {
            if (literal.number() ? isAmount(literal.text()) : writesAFigure(literal.text())) {
                findings.add("line " + literal.line() + ": " + literal.text());
            }
        }
        return findings;
    }

    private boolean isAmount(String number) {
        String digits = number.replace("_", "").replaceAll("[lLdDfF]$", "");
        if (digits.length() > 1 && digits.startsWith("0") && !digits.startsWith("0.")) {
            return false; // octal, hexadecimal or binary
        }
        try {
            return amounts.contains(new BigDecimal(digits).stripTrailingZeros());
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private boolean writesAFigure(String text) {
        Matcher numbers = Pattern.compile("(?<![\\d.])\\d+(?![\\d])").matcher(GROUPING.matcher(text).replaceAll(""));
        while (numbers.find()) {
            if (amounts.contains(new BigDecimal(numbers.group()).stripTrailingZeros())) {
                return true;
            }
        }
        Matcher length = WEEKS.matcher(text);
        while (length.find()) {
            if (weeks.contains(Integer.parseInt(length.group(1)))) {
                return true;
            }
        }
        return team.matcher(text).find();
    }

    /** A string or number literal of Java source, with its line. */
    record Literal(int line, boolean number, String text) {

        static List<Literal> read(String s) {
            List<Literal> literals = new ArrayList<>();
            int line = 1;
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\n') {
                    line++;
                    i++;
                } else if (s.startsWith("//", i)) {
                    i = s.indexOf('\n', i) < 0 ? s.length() : s.indexOf('\n', i);
                } else if (s.startsWith("/*", i)) {
                    int end = s.indexOf("*/", i + 2);
                    end = end < 0 ? s.length() : end + 2;
                    line += count(s, i, end);
                    i = end;
                } else if (s.startsWith("\"\"\"", i)) {
                    int end = s.indexOf("\"\"\"", i + 3);
                    end = end < 0 ? s.length() : end + 3;
                    literals.add(new Literal(line, false, s.substring(i, end)));
                    line += count(s, i, end);
                    i = end;
                } else if (c == '"' || c == '\'') {
                    int end = i + 1;
                    while (end < s.length() && s.charAt(end) != c && s.charAt(end) != '\n') {
                        end += s.charAt(end) == '\\' ? 2 : 1;
                    }
                    literals.add(new Literal(line, false, s.substring(i, Math.min(end + 1, s.length()))));
                    i = end + 1;
                } else if (Character.isDigit(c) && (i == 0 || !Character.isJavaIdentifierPart(s.charAt(i - 1)))) {
                    int end = i;
                    while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_'
                            || s.charAt(end) == '.' && end + 1 < s.length() && Character.isDigit(s.charAt(end + 1)))) {
                        end++;
                    }
                    literals.add(new Literal(line, true, s.substring(i, end)));
                    i = end;
                } else {
                    i++;
                }
            }
            return literals;
        }

        private static int count(String s, int from, int to) {
            int lines = 0;
            for (int i = from; i < to; i++) {
                lines += s.charAt(i) == '\n' ? 1 : 0;
            }
            return lines;
        }
    }
}

package fr.cnfpt.inet.stages.cli.console;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.text.Language;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the domain's codes on the command line, in upper case or lower case with dashes, and
 * names the accepted values when a code is unknown.
 */
public final class CodeConverters {

    private CodeConverters() {
    }

    /** Reads a corps code. */
    public static final class CorpsConverter implements ITypeConverter<Corps> {
        @Override
        public Corps convert(String value) {
            return Corps.fromCode(value).orElseThrow(() -> new TypeConversionException(
                    "unknown corps '" + value + "'; accepted: " + Corps.acceptedCodes()));
        }
    }

    /** Reads an internship type code. */
    public static final class TypeConverter implements ITypeConverter<InternshipType> {
        @Override
        public InternshipType convert(String value) {
            return InternshipType.fromCode(value).orElseThrow(() -> new TypeConversionException(
                    "unknown internship type '" + value + "'; accepted: " + InternshipType.acceptedCodes()));
        }
    }

    /** Reads a language code. */
    public static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.fromCode(value).orElseThrow(() -> new TypeConversionException(
                    "unknown language '" + value + "'; accepted: "
                            + Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining(", "))));
        }
    }
}

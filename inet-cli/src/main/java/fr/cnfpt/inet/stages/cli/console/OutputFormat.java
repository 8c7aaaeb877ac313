package fr.cnfpt.inet.stages.cli.console;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The formats the catalogue commands print. */
public enum OutputFormat {
    /** Readable text, wrapped for a terminal. */
    TEXT,
    /** JSON, for programs. */
    JSON;

    /** Reads a format name in any case. */
    static final class Converter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("unknown format '" + value + "'; accepted: text, json");
            }
        }
    }
}

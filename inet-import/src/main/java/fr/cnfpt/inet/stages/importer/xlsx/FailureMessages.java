package fr.cnfpt.inet.stages.importer.xlsx;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.importer.spi.FileProblem;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The words of the failures that end the reading of a workbook ({@link WorkbookFailure}), in French
 * and English: what is wrong, and what to do. Quote no content of the file but, when the caller
 * passes them, a part's name and an XML parser's first line.
 * <p>
 * This class is immutable and thread-safe.
 */
final class FailureMessages {

    private FailureMessages() {
    }

    static WorkbookFailure damagedSheet(long line, String cell, String detail, String detailEn) {
        String where = line == 0 ? "" : " à partir de la ligne " + line;
        String whereEn = line == 0 ? "" : " from row " + line;
        String near = cell.isEmpty() ? "" : ", vers la cellule " + cell;
        String nearEn = cell.isEmpty() ? "" : ", near cell " + cell;
        return new WorkbookFailure(FileProblem.XLSX_INVALID, LocalizedText.of("La feuille est endommagée" + where + near
                + detail + " : les lignes précédentes sont lues, pas la suite. Enregistrez le classeur de nouveau"
                + " depuis Excel au format « Classeur Excel (.xlsx) ».", "The sheet is damaged" + whereEn + nearEn
                + detailEn + ": the rows before are read, not the rest. Save the workbook again from Excel as"
                + " \"Excel Workbook (.xlsx)\"."));
    }

    static WorkbookFailure notReadable(LocalizedText reason) {
        return new WorkbookFailure(FileProblem.XLSX_INVALID,
                LocalizedText.of("Ce n'est pas un classeur .xlsx lisible : "
                + reason.fr() + ". Enregistrez-le de nouveau au format « Classeur Excel (.xlsx) ».",
                "This is not a readable .xlsx workbook: " + reason.en() + ". Save it again as \"Excel Workbook"
                        + " (.xlsx)\"."));
    }

    static WorkbookFailure refused(WorkbookRefusal.Reason reason, String part) {
        String in = part.isEmpty() ? "" : " (" + part + ")";
        return switch (reason) {
            case ZIP_BOMB -> unsafe(LocalizedText.of("une de ses parties" + in + " se décompresse en plus de "
                    + Math.round(1 / XlsxImporter.MIN_INFLATE_RATIO) + " fois sa taille, ou en un volume démesuré"
                    + " (bombe zip)", "one of its parts" + in + " inflates to more than "
                    + Math.round(1 / XlsxImporter.MIN_INFLATE_RATIO) + " times its size, or to an outsized volume"
                    + " (zip bomb)"));
            case TOO_MANY_PARTS -> unsafe(LocalizedText.of("il contient plus de "
                    + ZipSecureFile.getMaxFileCount() + " parties", "it holds more than "
                    + ZipSecureFile.getMaxFileCount() + " parts"));
            case DOCTYPE -> unsafe(LocalizedText.of("une de ses parties" + in + " déclare une DTD (DOCTYPE), qui"
                    + " permet des entités XML ; Excel n'en écrit jamais", "one of its parts" + in + " declares a DTD"
                    + " (DOCTYPE), which allows XML entities; Excel never writes one"));
            case PART_TOO_LARGE -> tooLarge(LocalizedText.of("une partie lue d'un bloc" + in + " dépasse "
                    + WorkbookParts.MAX_WHOLE_PART_BYTES / (1024 * 1024) + " Mio une fois décompressée",
                    "a part read whole" + in + " exceeds " + WorkbookParts.MAX_WHOLE_PART_BYTES / (1024 * 1024)
                            + " MiB once inflated"));
            case MARKUP_TOO_LONG -> tooLarge(LocalizedText.of("une balise XML" + in + " dépasse "
                    + MarkupGuard.MAX_MARKUP_CHARACTERS + " caractères", "an XML tag" + in + " exceeds "
                    + MarkupGuard.MAX_MARKUP_CHARACTERS + " characters"));
            case STRINGS_TOO_LARGE -> tooLarge(LocalizedText.of("ses textes partagés dépassent la mémoire qui leur"
                    + " est réservée", "its shared strings exceed the memory set aside for them"));
            case ENCODING -> notReadable(LocalizedText.of("une de ses parties" + in + " n'est ni en UTF-8 ni en UTF-16",
                    "one of its parts" + in + " is neither UTF-8 nor UTF-16"));
        };
    }

    static WorkbookFailure unsafe(LocalizedText reason) {
        return new WorkbookFailure(FileProblem.XLSX_UNSAFE, LocalizedText.of("Le classeur est refusé par sécurité : "
                + reason.fr() + ". Enregistrez-le de nouveau depuis Excel au format « Classeur Excel (.xlsx) » ;"
                + " s'il vient d'un tiers, vérifiez sa provenance.", "The workbook is refused for safety: "
                + reason.en() + ". Save it again from Excel as \"Excel Workbook (.xlsx)\"; if it comes from a third"
                + " party, check where it comes from."));
    }

    static WorkbookFailure tooLarge(LocalizedText reason) {
        return new WorkbookFailure(FileProblem.XLSX_TOO_LARGE,
                LocalizedText.of("Le classeur est trop volumineux pour être lu"
                + " en mémoire : " + reason.fr() + ". Enregistrez-le au format « CSV UTF-8 », que inet lit au fil de"
                + " l'eau, ou découpez-le ; ou donnez plus de mémoire à Java (-Xmx).", "The workbook is too large to"
                + " be read in memory: " + reason.en() + ". Save it as \"CSV UTF-8\", which inet reads as a stream,"
                + " or split it; or give Java more memory (-Xmx)."));
    }
}

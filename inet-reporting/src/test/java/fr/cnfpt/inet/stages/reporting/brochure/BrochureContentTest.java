package fr.cnfpt.inet.stages.reporting.brochure;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.calendar.CohortSchedule;
import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.editions.Editions;
import fr.cnfpt.inet.stages.domain.text.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrochureContentTest {

    private static final Edition EDITION = Editions.current();
    private static final CohortSchedule COHORT_2026 = Schedules.of(EDITION).forCohort(CohortYear.of(2026));

    private static List<Block> french() {
        return BrochureContent.of(EDITION, COHORT_2026, Language.FR);
    }

    @Test
    void contentsListsEveryChapterAndLinksToIt() {
        List<Block> entries = french().stream()
                .filter(b -> b.kind() == Block.Kind.CONTENTS_ENTRY).toList();

        assertThat(entries).extracting(Block::text).containsExactly("En quoi consiste la formation initiale à l'INET ?",
                "Quelles sont les périodes de stages ?", "Stages d'observation", "Stages thématiques",
                "Projets collectifs", "Stages d'ouverture", "Stages de perfectionnement",
                "Stages de professionnalisation", "Votre contact à l'INET");
        assertThat(entries).allSatisfy(e -> assertThat(e.anchor()).isEqualTo(e.text()));
    }

    @Test
    void everySectionHeadingIsPrintedWithTheBlockAfterIt() {
        List<Block> blocks = french();

        assertThat(blocks).noneMatch(b -> b.kind() == Block.Kind.SECTION);
        assertThat(blocks).filteredOn(b -> b.heading().equals("Un double objectif")).singleElement()
                .extracting(Block::kind).isEqualTo(Block.Kind.PARAGRAPH);
    }

    /** "Stage d'ouverture 4 semaines (février 2027)" and "Stage de perfectionnement 7 semaines (février - mars 2027)" share a row. */
    @Test
    void summaryPutsTheOuvertureAndThePerfectionnementOnOneRow() {
        List<Block> blocks = french();
        int header = blocks.indexOf(blocks.stream().filter(b -> b.heading().equals("Les stages de chaque cadre d'emplois"))
                .findFirst().orElseThrow());

        assertThat(blocks.get(header).cells()).containsExactly("Élèves administrateurs et administratrices territoriaux",
                "Élèves conservateurs et conservatrices territoriaux de bibliothèques",
                "Élèves ingénieurs et ingénieures en chef territoriaux");
        assertThat(blocks.get(header + 1).cells()).containsExactly("18 MOIS DE SCOLARITÉ (01/02/2026 – 31/07/2027)",
                "18 MOIS DE SCOLARITÉ (01/02/2026 – 31/07/2027)", "12 MOIS DE SCOLARITÉ (01/04/2026 – 31/03/2027)");
        assertThat(blocks.get(header + 5).cells()).containsExactly("Stage d'ouverture 4 semaines (février 2027)",
                "Stage d'ouverture 3 semaines (février 2027)", "Stage de perfectionnement 7 semaines (février - mars 2027)");
        assertThat(blocks.get(header + 3).cells().get(2)).isEmpty();
    }

    @Test
    void timelineLabelsEachInternshipInItsFirstMonthAndShadesEveryMonthItCovers() {
        List<Block> grids = french().stream().filter(b -> b.kind() == Block.Kind.GRID).toList();

        assertThat(grids).extracting(Block::label).containsExactly("Année 2026", "Année 2026", "Année 2027");
        assertThat(grids).extracting(Block::columns).containsExactly(6, 6, 7);
        Block administrateurs = grids.get(0).rows().get(0);
        assertThat(administrateurs.cells()).containsExactly("", "Début scolarité", "Stage d'observation (4 semaines)", "",
                "Stage thématique (7 semaines)", "");
        assertThat(administrateurs.shaded()).containsExactly(false, false, true, true, true, true);
        Block ingenieurs2027 = grids.get(2).rows().get(2);
        assertThat(ingenieurs2027.cells().subList(0, 3)).containsExactly("", "Stage de perfectionnement (7 semaines)",
                "Fin scolarité");
    }

    @Test
    void internshipTableGivesTheDatesInWordsAndTheDeadline() {
        assertThat(french()).filteredOn(b -> b.label().equals("Durée et période")).first()
                .extracting(Block::cells).asList().containsExactly(
                        "4 semaines du 30 mars au 24 avril 2026\nDépôt des offres jusqu'au 24 novembre 2025",
                        "3 semaines du 30 ou 31 mars au 17 ou 18 avril 2026\nDépôt des offres jusqu'au 24 novembre 2025",
                        "3 semaines du 1er au 19 juin 2026\nDépôt des offres jusqu'au 30 janvier 2026");
    }

    @Test
    void textSharedByEveryCorpsIsPrintedOnceAcrossTheColumns() {
        List<Block> rows = french().stream().filter(b -> b.kind() == Block.Kind.TABLE_ROW).toList();

        // Seed, "Projets collectifs": "9 semaines du 12 octobre au 18 décembre 2026 Dépôt des offres
        // jusqu'au 19 juin 2026", in the first column, the others empty.
        assertThat(rows).filteredOn(b -> b.label().equals("Durée et période"))
                .extracting(Block::cells).contains(List.of(
                        "9 semaines du 12 octobre au 18 décembre 2026\nDépôt des offres jusqu'au 19 juin 2026"));
        assertThat(rows).filteredOn(b -> b.label().equals("Durée et période")).extracting(b -> b.cells().size())
                .containsExactly(3, 2, 1, 2, 1, 2);
    }

    @Test
    void collectiveProjectContributionIsTheSeedsSentence() {
        // Seed: "Une participation forfaitaire de 4 000 € est demandée pour contribuer à la couverture des
        // frais de réalisation des projets collectifs (accompagnement méthodologique des élèves, frais de
        // déplacement, etc.)."
        assertThat(french()).extracting(b -> b.text().replaceAll("[\\u00a0\\u202f]", " ")).contains(
                "Une participation forfaitaire de 4 000 € est demandée pour contribuer à la couverture des frais de"
                        + " réalisation des projets collectifs (accompagnement méthodologique des élèves, frais de"
                        + " déplacement, etc.).");
    }

    @Test
    void keepInTouchHeadingIsNotRepeatedAsItsFirstLine() {
        assertThat(french()).flatExtracting(Block::heading, Block::text)
                .filteredOn("Gardez le fil avec l'INET"::equals).hasSize(1);
        assertThat(french()).extracting(Block::text).contains("inet.cnfpt.fr", "03 88 15 52 64");
    }
}

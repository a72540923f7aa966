package dev.marketingops.feedback.collect.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.marketingops.plumbing.problem.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A CSV export is read as RFC 4180 says, each row with the line it starts on; a file misread as a whole is refused. */
class CsvTableTest {

    @Test
    void quotedCellsKeepCommasQuotesAndLineBreaks_rowsKeepTheirStartingLine() {
        List<CsvTable.Row> rows = CsvTable.parse("\uFEFFtype,text\r\n"
                + "REVIEW,\"Quick, friendly \"\"support\"\"\"\r\n"
                + "\r\n"
                + "REVIEW,\"two\nlines\"\n"
                + "  \n"
                + "NPS,a \"quote\" inside,\n"
                + "NPS,last");

        assertThat(rows).extracting(CsvTable.Row::line).containsExactly(1, 2, 4, 7, 8);
        assertThat(rows.get(0).cells()).containsExactly("type", "text");
        assertThat(rows.get(1).cells()).containsExactly("REVIEW", "Quick, friendly \"support\"");
        assertThat(rows.get(2).cells()).containsExactly("REVIEW", "two\nlines");
        assertThat(rows.get(3).cells()).containsExactly("NPS", "a \"quote\" inside", "");
        assertThat(rows.get(4).cells()).containsExactly("NPS", "last");
    }

    @Test
    void anUnclosedQuoteRefusesTheFileNamingTheLineItOpensOn() {
        String csv = "type,text,customerRef\n"
                + "REVIEW,fine,c-1\n"
                + "REVIEW,\"Great product,c-2\n"
                + "REVIEW,other customer,c-3\n"
                + "REVIEW,yet another,c-4\n";

        ProblemException refused = catchThrowableOfType(() -> CsvTable.parse(csv), ProblemException.class);

        assertThat(refused).as("an unclosed quote must not merge the later rows into one cell").isNotNull();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("body");
            assertThat(error.message()).contains("line 3").contains("never closed").doesNotContain("c-3");
        });
    }

    @Test
    void anUnclosedQuoteInARowsFirstCellNamesThatRowsLine() {
        ProblemException refused = catchThrowableOfType(
                () -> CsvTable.parse("text,customerRef\nfine,c-1\n\"Great product,c-2\nother,c-3\n"), ProblemException.class);

        assertThat(refused).isNotNull();
        assertThat(refused.errors()).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("opens on line 3"));
    }

    @Test
    void textAfterAClosingQuoteRefusesTheFileNamingTheLine() {
        ProblemException refused = catchThrowableOfType(
                () -> CsvTable.parse("type,text\nREVIEW,ok\nREVIEW,\"quoted\"trailing\n"), ProblemException.class);

        assertThat(refused).isNotNull();
        assertThat(refused.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("body");
            assertThat(error.message()).contains("line 3");
        });
    }

    @Test
    void anEmptyBodyHasNoRows() {
        assertThat(CsvTable.parse("")).isEmpty();
        assertThat(CsvTable.parse("\n\n")).isEmpty();
    }
}

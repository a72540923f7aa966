package dev.marketingops.plumbing.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A list's optional filters: only the ones given become clauses; blank text is not given. */
class FilterTest {

    @Test
    void givenFiltersBecomeClausesInOrder() {
        Filter filter = new Filter().eq("ownerTeam", "growth").eq("status", null).eq("stage", "GROWTH");
        assertThat(filter.query()).isEqualTo("ownerTeam = :p0 and stage = :p1");
        assertThat(filter.params()).containsEntry("p0", "growth").containsEntry("p1", "GROWTH");
    }

    @Test
    void blankTextIsNoFilterAsABlankEnumOrUuidIs() {
        Filter filter = new Filter().eq("ownerTeam", " ").eq("name", "");
        assertThat(filter.query()).isEqualTo("1 = 1");
        assertThat(filter.params()).isEmpty();
    }
}

package dev.marketingops.infra;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The early start steps aside whenever the run's tag expressions let a benchmark through, however they say so. */
class EarlyInfrastructureTest {

    @Test
    void stepsAsideWhenTheGroupsSelectTheBenchmarkTag() {
        for (String groups : new String[] {"benchmark", " benchmark ", "benchmark,x", "x,benchmark", "x, benchmark",
                "benchmark|x", "x | benchmark", "benchmark & slow", "(benchmark & !slow) | fast", "slow & benchmark & !fast",
                "!(!benchmark)", "any()", "!x"}) {
            assertTrue(EarlyInfrastructure.stepsAside(groups, false), groups);
        }
    }

    @Test
    void startsEarlyWhenTheGroupsCannotSelectIt() {
        for (String groups : new String[] {"!benchmark", "x", "x,y", "x & !benchmark", "!benchmark & (x | y)",
                "benchmark & !benchmark", "benchmarks", "none()", "", " ", ","}) {
            assertFalse(EarlyInfrastructure.stepsAside(groups, false), groups);
        }
        assertFalse(EarlyInfrastructure.stepsAside(null, false));
    }

    @Test
    void stepsAsideWhenTheBenchmarksPropertyIsOnWhateverTheGroups() {
        assertTrue(EarlyInfrastructure.stepsAside(null, true));
        assertTrue(EarlyInfrastructure.stepsAside("!benchmark", true));
    }

    @Test
    void stepsAsideWhenTheGroupsDoNotParse() {
        assertTrue(EarlyInfrastructure.stepsAside("benchmark &", false));
        assertTrue(EarlyInfrastructure.stepsAside("(x", false));
    }
}

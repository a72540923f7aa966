package dev.marketingops.infra;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.platform.commons.JUnitException;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TagFilter;

/** Whether a run's {@code groups} (Surefire's tag expressions) can select a test tagged {@code benchmark}. */
final class BenchmarkTag {

    static final String NAME = "benchmark";
    /** More names than this beside benchmark, and the answer is yes without trying each combination. */
    private static final int MAX_OTHER_TAGS = 12;

    private BenchmarkTag() {
    }

    /**
     * True when the filter JUnit builds from {@code groups} lets a benchmark through: a test tagged only
     * {@code benchmark} passes it, or the tag lets in a test that the expressions' other tags alone would not
     * ({@code benchmark & slow}). So {@code benchmark}, {@code benchmark,x}, {@code x | benchmark}, {@code !x} do;
     * {@code !benchmark} or {@code x} do not. Unparsable expressions count as selected: the run fails anyway.
     */
    static boolean selectedBy(String groups) {
        if (groups == null || groups.isBlank()) {
            return false;
        }
        // Surefire splits groups at commas and hands JUnit each expression; JUnit includes a test any of them matches.
        List<String> expressions = Arrays.stream(groups.split(",")).map(String::trim).filter(e -> !e.isEmpty()).toList();
        if (expressions.isEmpty()) {
            return false;
        }
        List<String> others = new ArrayList<>(otherNames(expressions));
        if (others.size() > MAX_OTHER_TAGS) {
            return true;
        }
        try {
            return passes(TagFilter.includeTags(expressions), others);
        } catch (JUnitException e) {
            return true;
        }
    }

    /** Whether benchmark alone passes, or added to some of {@code others} turns the filter's answer to yes. */
    private static boolean passes(PostDiscoveryFilter filter, List<String> others) {
        // Our benchmarks carry only their tag; one with more counts where the tag is what lets it in, not under plain x.
        for (int combination = 0; combination < 1 << others.size(); combination++) {
            Set<TestTag> tags = new HashSet<>();
            for (int i = 0; i < others.size(); i++) {
                if ((combination & 1 << i) != 0) {
                    tags.add(TestTag.create(others.get(i)));
                }
            }
            Set<TestTag> withBenchmark = new HashSet<>(tags);
            withBenchmark.add(TestTag.create(NAME));
            if (included(filter, withBenchmark) && (tags.isEmpty() || !included(filter, tags))) {
                return true;
            }
        }
        return false;
    }

    private static boolean included(PostDiscoveryFilter filter, Set<TestTag> tags) {
        return filter.apply(new Tagged(tags)).included();
    }

    /** The tag names in the expressions besides benchmark: what is left between JUnit's reserved characters. */
    private static Set<String> otherNames(List<String> expressions) {
        Set<String> names = new TreeSet<>();
        for (String expression : expressions) {
            for (String name : expression.split("[\\s()&|!]+")) {
                if (!name.isEmpty() && !name.equals(NAME) && TestTag.isValid(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** A test carrying exactly {@code tags}, for the filter to judge. */
    private static final class Tagged extends AbstractTestDescriptor {

        private final Set<TestTag> tags;

        Tagged(Set<TestTag> tags) {
            super(UniqueId.forEngine("benchmark-tag").append("test", "tagged"), "tagged");
            this.tags = tags;
        }

        @Override
        public Set<TestTag> getTags() {
            return tags;
        }

        @Override
        public Type getType() {
            return Type.TEST;
        }
    }
}
